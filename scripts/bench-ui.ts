// Measures the dashboard on a generated list of 10,000 events and 60 actors in headless Chromium:
// first render after the data arrives, frame times during a scripted zoom and pan, filter latency
// and the first-load JavaScript of /. Prints a table and writes bench-results/ui.json.
//
//   npm run bench:ui                 build the benchmark variant, then measure
//   npm run bench:ui -- --no-build   reuse the last benchmark build
//
// More pages (e.g. /positions) are added as further entries of SCENARIOS.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumLaunchOptions } from "../e2e/chromium";
import { generateEventDocument } from "../lib/bench/generateEventDocument";

const ROOT = path.resolve(import.meta.dirname, "..");
const EVENTS = 10_000;
const ACTORS = 60;
const DIST_DIR = ".next/bench-ui";
const DATA_FILE = path.join(tmpdir(), "signals-bench-ui", `events-${EVENTS}-${ACTORS}.json`);
const RESULTS = path.join(ROOT, "bench-results", "ui.json");

interface Metric {
  value: number;
  unit: "ms" | "KB" | "count";
  /** the target from the issue; the check is value < target */
  target?: number;
  note?: string;
}
type Metrics = Record<string, Metric>;

interface Scenario {
  name: string;
  run(page: Page, baseUrl: string): Promise<Metrics>;
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR, SIGNALS_EVENTS: DATA_FILE };

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

function writeData() {
  mkdirSync(path.dirname(DATA_FILE), { recursive: true });
  const doc = generateEventDocument({ events: EVENTS, actors: ACTORS, seed: 20_260 });
  writeFileSync(DATA_FILE, JSON.stringify(doc));
  console.log(`bench:ui: ${EVENTS} events, ${ACTORS} actors → ${DATA_FILE}`);
}

function build() {
  // `next build` rewrites tsconfig.json and next-env.d.ts for its dist dir; the benchmark's
  // separate dist dir must not leave that change in the working tree.
  const keep = ["tsconfig.json", "next-env.d.ts"].map((f) => path.join(ROOT, f)).filter((f) => existsSync(f));
  const saved = keep.map((f) => [f, readFileSync(f)] as const);
  const started = Date.now();
  console.log(`bench:ui: building into ${DIST_DIR} (one page per event: this takes a few minutes)…`);
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (const [f, content] of saved) writeFileSync(f, content);
  if (result.status !== 0) throw new Error("the benchmark build failed (see above)");
  return (Date.now() - started) / 1000;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function serve(port: number): Promise<ChildProcess> {
  const server = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error("the benchmark server did not start within a minute");
}

/** Waits for a performance mark the app emits and returns its time. */
async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 60_000 });
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)!.startTime, name);
}

const dashboard: Scenario = {
  name: "dashboard /",
  async run(page, baseUrl) {
    const scripts = new Map<string, number>();
    let htmlBytes = 0;
    page.on("response", async (response) => {
      const url = response.url();
      try {
        if (response.request().resourceType() === "script" && url.startsWith(baseUrl))
          scripts.set(url, gzipSync(await response.body()).length);
        else if (response.request().resourceType() === "document") htmlBytes = gzipSync(await response.body()).length;
      } catch {
        // a body that is gone (redirects) has nothing to count
      }
    });
    await page.goto(`${baseUrl}/`, { waitUntil: "load" });
    const data = await markTime(page, "signals:data");
    const rendered = await markTime(page, "signals:timeline-rendered");
    await page.waitForLoadState("networkidle");

    // --- scripted zoom and pan ------------------------------------------------------------------
    const plot = page.locator("[data-testid=timeline] svg[role=group]");
    const box = (await plot.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + Math.min(box.height, 400) / 2;
    await page.mouse.move(cx, cy);
    // A string, not a function: tsx would wrap the inner callback in a helper the page lacks.
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__stop = false;
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (!window.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(16);
    }
    await page.mouse.down();
    for (let i = 0; i < 40; i++) {
      await page.mouse.move(cx - i * 12, cy);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, 100);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(200);
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __stop: boolean };
      w.__stop = true;
      return w.__frames.slice(1);
    });
    frames.sort((a, b) => a - b);
    const marksAfterZoom = await page.locator("[data-event-id]").count();

    // --- filter changes: toggle signal types from the legend ------------------------------------
    const latencies: number[] = [];
    for (const type of ["talks", "threat", "proposal", "condition", "context", "sanction"]) {
      const before = await page.evaluate(() => performance.getEntriesByName("signals:filter-applied").length);
      await page.locator(`[data-type="${type}"]`).click();
      await page.waitForFunction((n) => performance.getEntriesByName("signals:filter-applied").length > n, before);
      latencies.push(
        await page.evaluate(() => {
          const start = performance.getEntriesByName("signals:filter-start").at(-1)!.startTime;
          return performance.getEntriesByName("signals:filter-applied").at(-1)!.startTime - start;
        }),
      );
    }
    latencies.sort((a, b) => a - b);

    const jsKB = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
    return {
      "first render after data": { value: rendered - data, unit: "ms", target: 1000 },
      "timeline rendered after navigation start": { value: rendered, unit: "ms" },
      "zoom/pan frame median": { value: quantile(frames, 0.5), unit: "ms", target: 16 },
      "zoom/pan frame p95": { value: quantile(frames, 0.95), unit: "ms", target: 33 },
      "zoom/pan frames": { value: frames.length, unit: "count" },
      "marks in DOM after zoom": { value: marksAfterZoom, unit: "count" },
      "filter change median": { value: quantile(latencies, 0.5), unit: "ms", target: 100 },
      "filter change max": { value: latencies.at(-1)!, unit: "ms" },
      "first-load JS of / (gzip)": {
        value: jsKB,
        unit: "KB",
        target: 200,
        note: `${scripts.size} scripts; event data is in the HTML, not counted`,
      },
      "HTML with event index (gzip)": { value: htmlBytes / 1024, unit: "KB", note: "compact index, no evidence text" },
    };
  },
};

// The matrix of claimed positions: its first render from the page data, moving the as-of date,
// and opening one cell's history (fetched per cell).
const positions: Scenario = {
  name: "positions /positions",
  async run(page, baseUrl) {
    await page.goto(`${baseUrl}/positions`, { waitUntil: "load" });
    const ready = await markTime(page, "positions:matrix-ready");
    const render = await page.evaluate(() => performance.getEntriesByName("positions:render").at(-1)!.duration);
    const cells = await page.locator("[data-cell]").count();
    const asOf = async (value: string) => {
      const before = await page.evaluate(() => performance.getEntriesByName("positions:matrix-ready").length);
      const started = await page.evaluate(() => performance.now());
      await page.getByLabel("As of").fill(value);
      await page.getByLabel("As of").press("Enter");
      await page.waitForFunction((n) => performance.getEntriesByName("positions:matrix-ready").length > n, before);
      return (
        (await page.evaluate(() => performance.getEntriesByName("positions:matrix-ready").at(-1)!.startTime)) - started
      );
    };
    const dateChanges = [await asOf("2018"), await asOf("2021-06"), await asOf("2024-02-29")].sort((a, b) => a - b);
    const opened = await page.evaluate(() => performance.now());
    await page.locator("[data-cell]").first().click();
    await page.locator("[data-history-panel] [data-entry]").first().waitFor();
    const historyOpen = (await page.evaluate(() => performance.now())) - opened;
    return {
      "matrix render (decode + compute + commit)": { value: render, unit: "ms", target: 300 },
      "matrix rendered after navigation start": { value: ready, unit: "ms" },
      "cells with a stance": { value: cells, unit: "count" },
      "as-of change median": { value: quantile(dateChanges, 0.5), unit: "ms", target: 100 },
      "cell history open": { value: historyOpen, unit: "ms", note: "one static JSON per cell" },
    };
  },
};

const SCENARIOS: Scenario[] = [dashboard, positions];

async function main() {
  const args = process.argv.slice(2);
  let buildSeconds: number | null = null;
  if (!args.includes("--no-build") || !existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) {
    writeData();
    buildSeconds = build();
  }
  const port = await freePort();
  const server = await serve(port);
  let browser: Browser | null = null;
  const results: Record<string, Metrics> = {};
  try {
    const options = chromiumLaunchOptions();
    // Without vsync and the 60 Hz cap, requestAnimationFrame deltas are the real cost of a frame.
    browser = await chromium.launch({
      ...options,
      args: [...options.args, "--disable-frame-rate-limit", "--disable-gpu-vsync"],
    });
    for (const scenario of SCENARIOS) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      console.log(`bench:ui: ${scenario.name}…`);
      results[scenario.name] = await scenario.run(page, `http://127.0.0.1:${port}`);
      await context.close();
    }
  } finally {
    await browser?.close();
    server.kill();
  }

  const rows: string[][] = [["scenario", "metric", "value", "target", ""]];
  for (const [scenario, metrics] of Object.entries(results))
    for (const [name, m] of Object.entries(metrics))
      rows.push([
        scenario,
        name,
        `${m.value.toFixed(m.unit === "count" ? 0 : 1)} ${m.unit}`,
        m.target === undefined ? "" : `< ${m.target} ${m.unit}`,
        m.target === undefined ? (m.note ?? "") : m.value < m.target ? "ok" : "MISSED",
      ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  "));
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(
    RESULTS,
    JSON.stringify(
      { date: new Date().toISOString(), events: EVENTS, actors: ACTORS, buildSeconds, scenarios: results },
      null,
      2,
    ),
  );
  console.log(`bench:ui: written ${path.relative(ROOT, RESULTS)}`);
  if (rows.some((r) => r[4] === "MISSED")) process.exitCode = 1;
}

main().catch((err) => {
  console.error(`bench:ui: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
