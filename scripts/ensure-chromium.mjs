#!/usr/bin/env node
// The e2e tests drive the system Chromium. Make sure one is there before Playwright starts:
// install Debian's package when we may, otherwise say exactly what is missing.
import { accessSync, constants, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const usable = () => {
  try {
    accessSync(chromium, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

if (usable()) process.exit(0);

const debianLike = existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (!process.env.CHROMIUM_PATH && debianLike && root) {
  console.log("ensure-chromium: no Chromium at /usr/bin/chromium; installing Debian's chromium package…");
  const run = (cmd, args) =>
    spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (
    run("apt-get", ["update", "-qq"]).status === 0 &&
    run("apt-get", ["install", "-y", "-qq", "chromium"]).status === 0 &&
    usable()
  ) {
    process.exit(0);
  }
  console.error("ensure-chromium: installing the chromium package failed (see apt's messages above).");
  process.exit(1);
}
console.error(
  `ensure-chromium: the end-to-end tests need Chromium at ${chromium}, and none is there.\n` +
    (process.env.CHROMIUM_PATH
      ? "CHROMIUM_PATH points at a file that is missing or not executable: fix the path.\n"
      : "Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.\n"),
);
process.exit(1);
