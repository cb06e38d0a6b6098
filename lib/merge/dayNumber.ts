import { isoDayNumber } from "../dates/spans";

// A corpus has a few thousand distinct days and compares them hundreds of thousands of times.
const dayNumbers = new Map<string, number>();

/** Days since 1970 of a YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = isoDayNumber(iso);
    if (dayNumbers.size < 100_000) dayNumbers.set(iso, n);
  }
  return n;
}
