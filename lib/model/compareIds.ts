/**
 * Orders ids and ISO dates by code unit. They are plain ASCII, where this is the order
 * `localeCompare` gives too, at a fraction of its cost: a corpus of 10,000 articles sorts some
 * 200,000 mentions by them.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
