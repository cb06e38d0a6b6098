import { setFlagsFromString } from "node:v8";

/** How much the heap may grow past its live size after a full collection. */
const HEAP_GROWING_PERCENT = 30;

/**
 * For a process that extracts a whole corpus. Each article allocates a few megabytes that die
 * with it, while what the run keeps (merge keys, mention text) grows slowly; by default V8 lets
 * the heap grow to several times the live data between full collections, and a machine with
 * memory to spare lets it: 10,000 articles peaked at 1 GB for about 200 MB live. Capping the
 * growth keeps the process near its live size; the extra collections cost less than
 * `npm run bench:extract`'s run-to-run noise. V8 reads this flag at every collection, so
 * setting it after start-up takes effect.
 */
export function keepHeapNearLiveSize(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
