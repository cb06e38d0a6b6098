import type { Found } from "../found";

/**
 * TimeML tags the time itself: a preposition before it ("in 2022", "over the past two months",
 * "since September") is a SIGNAL, outside the TIMEX3. Event dates keep them in their text.
 */
const LEADING_SIGNAL = /^(?:in|on|at|over|during|for|within|throughout|across|from|between|since|by|until|till)\s+/i;

export function withoutSignal(sentence: string, f: Found): Found {
  const lead = LEADING_SIGNAL.exec(sentence.slice(f.index, f.index + f.length));
  return lead === null || lead[0].length >= f.length
    ? f
    : { ...f, index: f.index + lead[0].length, length: f.length - lead[0].length };
}
