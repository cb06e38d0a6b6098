#!/usr/bin/env node
// Serves the dashboard, building it first when the sources or content changed since the last
// build, so that `npm start` is the one command a newcomer needs.
import { spawnSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const portFlag = args.indexOf("--port");
const port = portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? "3000");
const root = path.resolve(import.meta.dirname, "..");
const INPUTS = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "package.json",
  "next.config.js",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
];
const STAMP = path.join(root, ".next", "signals-build-hash");

function hashInputs() {
  const hash = createHash("sha256");
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith(".")) walk(path.join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      hash.update(path.relative(root, p));
      hash.update(readFileSync(p));
    }
  };
  for (const input of INPUTS) walk(path.join(root, input));
  // The site's address is written into the pages at build time (README: The site's address).
  hash.update(`SIGNALS_SITE_URL=${process.env.SIGNALS_SITE_URL ?? ""}`);
  return hash.digest("hex");
}

const wanted = hashInputs();
const built =
  existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === wanted;
if (!built) {
  console.log("signals: building the dashboard (sources or content changed since the last build)…");
  const result = spawnSync("npm", ["run", "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("signals: the build failed; the messages above say which file to fix.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(STAMP, wanted);
}
console.log(`signals: serving on http://localhost:${port}`);
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
