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
import { setFlagsFromString } from "node:v8";

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
// V8 first compiles a regular expression to bytecode, interprets it, and compiles it to machine
// code once it runs again. The extractor's expressions are many and large (the position
// vocabulary's run to thousands of characters) and nearly all run on every sentence, so the
// first step is pure cost: compiled straight to machine code, a re-extract after one changed
// article spends about 0.1 s less before its first article is done.
setFlagsFromString("--no-regexp-tier-up");
// An extraction allocates a few megabytes an article, nearly all of it dead by the next one; V8
// reads survival at a few allocation sites (a sentence's tokens) as long life and from then on
// allocates their objects straight in the old generation, where only a full collection frees
// them. Without that, a 1,000-article run promotes a third as much and spends about 0.4 s less
// in collections. (`npm run extract` also gives Node a 32 MB young generation from the start,
// which can only be set on Node's command line: half the scavenges again, for about 40 MB more
// memory, and none of the early ones while it grows, which a re-extract of one article is made of.)
setFlagsFromString("--no-allocation-site-pretenuring");
// The script reads its arguments where Node puts them: after the path of the file it runs.
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
