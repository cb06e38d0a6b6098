// Measures the dashboard on a generated list of 10,000 events and 60 actors in headless Chromium:
// first render after the data arrives, frame times during a scripted zoom and pan, filter latency
// and the first-load JavaScript of /. Prints a table and writes bench-results/ui.json.
//
//   npm run bench:ui                 build the benchmark variant, then measure
//   npm run bench:ui -- --no-build   reuse the last benchmark build
//   npm run bench:ui -- --no-build --only=vis   only the scenarios whose name starts so
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
  /** a reference for comparison: its failure does not fail the run */
  reference?: boolean;
  /** `partial` collects figures as they are measured, so a reference that breaks still reports them */
  run(page: Page, baseUrl: string, partial: Metrics): Promise<Metrics>;
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

// --- frame cost from a DevTools trace ------------------------------------------------------------
// Headless Chromium draws at 60 Hz whatever the flags say (--disable-gpu-vsync and
// --disable-frame-rate-limit do not raise its requestAnimationFrame rate; `idle rAF rate` in the
// output checks this on every run), so requestAnimationFrame deltas are at least 16.7 ms and say
// nothing about the work. Instead a frame's cost is the main-thread busy time it needed: the
// durations of the renderer main thread's top-level tasks (input, timers, React's scheduler,
// the animation-frame callbacks, style, layout, paint) summed between one BeginMainThreadFrame and
// the next. Idle time waiting for the next vsync is not counted.
const FRAME_NOTE = "main-thread busy ms per frame (trace), not rAF deltas";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

async function traceFrames(page: Page, gesture: () => Promise<void>): Promise<{ work: number; at: number }[]> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: ["toplevel", "disabled-by-default-devtools.timeline.frame", "__metadata"],
  });
  await gesture();
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's renderer is the main thread that drew the most frames.
  const frameCount = new Map<string, number>();
  for (const e of events)
    if (e.name === "BeginMainThreadFrame" && mains.has(`${e.pid}:${e.tid}`))
      frameCount.set(`${e.pid}:${e.tid}`, (frameCount.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const thread = [...frameCount].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!thread) throw new Error("the trace holds no frames of the page");
  const on = (e: TraceEvent) => `${e.pid}:${e.tid}` === thread;
  const frameTs = events
    .filter((e) => on(e) && e.name === "BeginMainThreadFrame")
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  // Top-level tasks only (a nested run loop's tasks are inside their parent's duration).
  const tasks = events
    .filter((e) => on(e) && e.ph === "X" && e.name === "ThreadControllerImpl::RunTask")
    .sort((a, b) => a.ts - b.ts);
  const work = new Array<number>(frameTs.length).fill(0);
  let end = -Infinity;
  let f = 0;
  for (const t of tasks) {
    if (t.ts < end) continue;
    end = t.ts + (t.dur ?? 0);
    // A task belongs to the first frame that begins at or after its start (the frame's own
    // rendering task starts just before its BeginMainThreadFrame).
    while (f < frameTs.length && frameTs[f]! < t.ts) f++;
    if (f === frameTs.length) break;
    work[f]! += (t.dur ?? 0) / 1000;
  }
  return frameTs.map((ts, i) => ({ work: work[i]!, at: ts / 1000 }));
}

/** requestAnimationFrame callbacks per second on an idle page: about 60 means vsync still caps frames. */
async function idleRafRate(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    let n = 0;
    const start = performance.now();
    const tick = () => {
      n++;
      if (performance.now() - start < 1000) requestAnimationFrame(tick);
      else resolve(n / ((performance.now() - start) / 1000));
    };
    requestAnimationFrame(tick);
  })`);
}

/** The scripted gesture: 30 wheel steps in, a 480 px drag, 30 wheel steps out, at (cx, cy). */
async function zoomAndPan(page: Page, cx: number, cy: number) {
  await page.mouse.move(cx, cy);
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
  await page.waitForTimeout(300);
}

const dashboard: Scenario = {
  name: "dashboard /",
  async run(page, baseUrl) {
    const scripts = new Map<string, number>();
    let htmlBytes = 0;
    let html = "";
    page.on("response", async (response) => {
      const url = response.url();
      try {
        if (response.request().resourceType() === "script" && url.startsWith(baseUrl))
          scripts.set(url, gzipSync(await response.body()).length);
        else if (response.request().resourceType() === "document") {
          const body = await response.body();
          html = body.toString("utf8");
          htmlBytes = gzipSync(body).length;
        }
      } catch {
        // a body that is gone (redirects) has nothing to count
      }
    });
    await page.goto(`${baseUrl}/`, { waitUntil: "load" });
    const data = await markTime(page, "signals:data");
    const rendered = await markTime(page, "signals:timeline-rendered");
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    // First-load JS: the scripts the HTML loads (not the noModule polyfills modern browsers skip);
    // chunks fetched later (another route's prefetch, code loaded on demand) are counted apart.
    const inHtml = new Set(
      [...html.matchAll(/<script\b[^>]*>/g)]
        .filter((m) => !/\snoModule/i.test(m[0]))
        .map((m) => /\ssrc="([^"]+)"/.exec(m[0])?.[1])
        .filter((src): src is string => !!src)
        .map((src) => new URL(src, baseUrl).href),
    );
    const firstLoad = new Map([...scripts].filter(([url]) => inHtml.has(url)));
    const rafRate = await idleRafRate(page);

    // --- scripted zoom and pan ------------------------------------------------------------------
    const plot = page.locator("[data-testid=timeline] svg[role=group]");
    const box = (await plot.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + Math.min(box.height, 400) / 2;
    const frames = await traceFrames(page, () => zoomAndPan(page, cx, cy));
    const costs = frames.map((f) => f.work).sort((a, b) => a - b);
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

    const jsKB = [...firstLoad.values()].reduce((a, b) => a + b, 0) / 1024;
    const later = [...scripts].filter(([url]) => !firstLoad.has(url));
    return {
      "first render after data": { value: rendered - data, unit: "ms", target: 1000 },
      "timeline rendered after navigation start": { value: rendered, unit: "ms" },
      "zoom/pan frame median": { value: quantile(costs, 0.5), unit: "ms", target: 16, note: FRAME_NOTE },
      "zoom/pan frame p95": { value: quantile(costs, 0.95), unit: "ms", target: 33, note: FRAME_NOTE },
      "zoom/pan frame max": { value: costs.at(-1) ?? NaN, unit: "ms" },
      "zoom/pan frames": { value: frames.length, unit: "count", note: "main-thread frames during the gesture" },
      "zoom/pan main-thread work": {
        value: costs.reduce((a, b) => a + b, 0),
        unit: "ms",
        note: "sum over the gesture",
      },
      "marks in DOM after zoom": { value: marksAfterZoom, unit: "count" },
      "filter change median": { value: quantile(latencies, 0.5), unit: "ms", target: 100 },
      "filter change max": { value: latencies.at(-1)!, unit: "ms" },
      "first-load JS of / (gzip)": {
        value: jsKB,
        unit: "KB",
        target: 200,
        note: `${firstLoad.size} scripts; event data is in the HTML, not counted`,
      },
      "JS loaded after first load during the run (gzip)": {
        value: later.reduce((a, [, b]) => a + b, 0) / 1024,
        unit: "KB",
        note: `${later.length} scripts: route prefetches, code loaded on demand`,
      },
      "idle rAF rate": {
        value: rafRate,
        unit: "count",
        note: "per second; ~60 = headless still vsync-capped, hence trace-based frame costs",
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
    const complete = await markTime(page, "positions:matrix-complete");
    // Rows are windowed: the stances come from the mark, the buttons in the DOM are those near the viewport.
    const cells = await page.evaluate(
      () => (performance.getEntriesByName("positions:matrix-ready")[0] as PerformanceMark).detail.cells as number,
    );
    const buttons = await page.locator("[data-cell]").count();
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
      "matrix render, first screenful (decode + compute + commit)": { value: render, unit: "ms", target: 300 },
      "matrix rendered after navigation start": { value: ready, unit: "ms", note: "first screenful of rows" },
      "all rows rendered after the first": { value: complete - ready, unit: "ms", note: "windowed rows" },
      "cells with a stance": { value: cells, unit: "count" },
      "cell buttons in the DOM": { value: buttons, unit: "count", note: "rows near the viewport" },
      "as-of change median": { value: quantile(dateChanges, 0.5), unit: "ms", target: 100 },
      "cell history open": { value: historyOpen, unit: "ms", note: "one static JSON per cell" },
    };
  },
};

// A reference, not a target: the same events and the same scripted zoom and pan in vis-timeline
// (its standalone build, a devDependency only, never in the app's bundle), one lane per actor,
// no stacking. Its own clustering is off: with it on, its first render took 9.8 s and the page
// stopped responding mid-gesture on every run. Served from a temporary directory by request
// interception.
const VIS_ORIGIN = "http://vis-timeline.bench";
const visTimeline: Scenario = {
  name: "vis-timeline reference",
  reference: true,
  async run(page, _baseUrl, partial) {
    const dir = path.join(tmpdir(), "signals-bench-ui", "vis-timeline");
    mkdirSync(dir, { recursive: true });
    const standalone = path.join(ROOT, "node_modules", "vis-timeline", "standalone", "umd");
    writeFileSync(
      path.join(dir, "vis-timeline.min.js"),
      readFileSync(path.join(standalone, "vis-timeline-graph2d.min.js")),
    );
    const css = path.join(ROOT, "node_modules", "vis-timeline", "styles", "vis-timeline-graph2d.min.css");
    if (existsSync(css)) writeFileSync(path.join(dir, "vis-timeline.min.css"), readFileSync(css));
    writeFileSync(path.join(dir, "events.json"), readFileSync(DATA_FILE));
    writeFileSync(
      path.join(dir, "index.html"),
      `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="vis-timeline.min.css">
<script src="vis-timeline.min.js"></script></head>
<body style="margin:0;font:12px system-ui"><div id="timeline" style="width:1366px"></div><script>
fetch("events.json").then((r) => r.json()).then((doc) => {
  performance.mark("signals:data");
  const groups = doc.actors.map((a) => ({ id: a.id, content: a.name }));
  const items = [];
  for (const e of doc.events) {
    if (!e.date.start) continue;
    for (const id of new Set(e.actors.map((a) => a.id))) {
      const span = e.date.precision !== "day" && e.date.end !== e.date.start;
      items.push({ id: e.id + "|" + id, group: id, start: e.date.start, end: span ? e.date.end : undefined,
        type: span ? "range" : "point", content: "", title: e.summary });
    }
  }
  const timeline = new vis.Timeline(document.getElementById("timeline"), new vis.DataSet(items), new vis.DataSet(groups), {
    stack: false, maxHeight: 640, zoomMin: 7 * 86400000,
  });
  timeline.once("changed", () => requestAnimationFrame(() => performance.mark("signals:timeline-rendered")));
  window.__items = items.length;
});
</script></body></html>`,
    );
    await page.route(`${VIS_ORIGIN}/**`, (route) => {
      const file = path.join(dir, new URL(route.request().url()).pathname.slice(1) || "index.html");
      if (!existsSync(file)) return route.fulfill({ status: 404 });
      const type = file.endsWith(".js")
        ? "text/javascript"
        : file.endsWith(".css")
          ? "text/css"
          : file.endsWith(".json")
            ? "application/json"
            : "text/html";
      return route.fulfill({ body: readFileSync(file), contentType: type });
    });
    await page.goto(`${VIS_ORIGIN}/index.html`, { waitUntil: "load" });
    const data = await markTime(page, "signals:data");
    const rendered = await markTime(page, "signals:timeline-rendered");
    partial["first render after data"] = { value: rendered - data, unit: "ms" };
    partial["items (event x actor)"] = {
      value: await page.evaluate(() => (window as unknown as { __items: number }).__items),
      unit: "count",
    };
    await page.waitForTimeout(500);
    const box = (await page.locator(".vis-panel.vis-center").first().boundingBox())!;
    const frames = await traceFrames(page, () =>
      zoomAndPan(page, box.x + box.width / 2, box.y + Math.min(box.height, 400) / 2),
    );
    const costs = frames.map((f) => f.work).sort((a, b) => a - b);
    return {
      ...partial,
      "zoom/pan frame median": { value: quantile(costs, 0.5), unit: "ms", note: FRAME_NOTE },
      "zoom/pan frame p95": { value: quantile(costs, 0.95), unit: "ms", note: FRAME_NOTE },
      "zoom/pan frame max": { value: costs.at(-1) ?? NaN, unit: "ms" },
      "zoom/pan frames": { value: frames.length, unit: "count" },
      "zoom/pan main-thread work": {
        value: costs.reduce((a, b) => a + b, 0),
        unit: "ms",
        note: "sum over the gesture",
      },
    };
  },
};

const SCENARIOS: Scenario[] = [dashboard, positions, visTimeline];

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
    // No vsync flags: headless Chromium ignores them (see traceFrames); frames are costed from a trace.
    browser = await chromium.launch(options);
    const only = args.find((a) => a.startsWith("--only="))?.slice("--only=".length);
    for (const scenario of SCENARIOS.filter((s) => !only || s.name.startsWith(only))) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      console.log(`bench:ui: ${scenario.name}…`);
      const partial: Metrics = {};
      try {
        const run = scenario.run(page, `http://127.0.0.1:${port}`, partial);
        results[scenario.name] = scenario.reference
          ? await Promise.race([
              run,
              new Promise<never>((_, reject) =>
                setTimeout(() => reject(new Error("no result within 3 minutes")), 180_000).unref(),
              ),
            ])
          : await run;
      } catch (err) {
        // A reference scenario that breaks is reported, not fatal; the app's own scenarios are.
        if (!scenario.reference) throw err;
        const message = err instanceof Error ? err.message.split("\n")[0]! : String(err);
        console.error(`bench:ui: ${scenario.name} failed: ${message}`);
        results[scenario.name] = { ...partial, failed: { value: NaN, unit: "count", note: message } };
        if (!browser.isConnected()) break;
      }
      await context.close().catch(() => undefined);
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
  console.log(
    "bench:ui: zoom/pan frame = main-thread busy time per frame from a DevTools trace (sum of the renderer main " +
      "thread's top-level tasks between consecutive BeginMainThreadFrame events); vsync waits are not counted.",
  );
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  // A partial run (--only) keeps the other scenarios' last figures.
  const previous =
    args.some((a) => a.startsWith("--only=")) && existsSync(RESULTS)
      ? (JSON.parse(readFileSync(RESULTS, "utf8")) as { scenarios?: Record<string, Metrics> }).scenarios
      : undefined;
  writeFileSync(
    RESULTS,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        events: EVENTS,
        actors: ACTORS,
        buildSeconds,
        scenarios: { ...previous, ...results },
      },
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
