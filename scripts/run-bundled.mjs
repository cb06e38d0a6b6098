#!/usr/bin/env node
// node scripts/run-bundled.mjs SCRIPT.ts [args…]
// Runs a TypeScript command-line script as one esbuild bundle in plain Node. The extraction
// scripts run this way rather than through tsx: tsx compiles with `keepNames`, which wraps
// every named closure in a `defineProperty` call each time it is created — about a tenth of
// extraction time on a large corpus — and routes every module through its loader hooks.
import { build } from "esbuild";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("usage: node scripts/run-bundled.mjs SCRIPT.ts [args…]");
  process.exit(2);
}
const entry = path.resolve(script);
const outfile = path.join(
  root,
  "node_modules/.cache/signals",
  `${path.relative(root, entry).replace(/[\\/]/g, "__")}.mjs`,
);

// In a bundle, `import.meta` is the bundle's: each module gets its own file's path instead.
const ownPaths = {
  name: "own-import-meta-paths",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => ({
      contents: (await readFile(file, "utf8"))
        .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(file)))
        .replaceAll("import.meta.filename", JSON.stringify(file)),
      loader: "ts",
    }));
  },
};

let outputFiles;
try {
  ({ outputFiles } = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    // Not "node20": esbuild would rewrite every \p{…} regular expression literal as a `new RegExp`
    // call, constructed again each time the expression runs.
    target: "es2022",
    packages: "external",
    sourcemap: "linked",
    plugins: [ownPaths],
    logLevel: "error",
    write: false,
  }));
} catch {
  // esbuild has printed what and where
  process.exit(1);
}
// Through a rename: several runs at once (tests in parallel) may build the same bundle.
await mkdir(path.dirname(outfile), { recursive: true });
for (const { path: file, contents } of outputFiles) {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, contents);
  await rename(tmp, file);
}
process.setSourceMapsEnabled(true);
// The script reads its arguments where Node puts them: after the path of the file it runs.
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
