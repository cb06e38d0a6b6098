/**
 * TimeML's reading of a temporal expression (TIMEX3): what kind of expression it is and its
 * normalised value. Event dates use start–end spans instead; these are for evaluation and export.
 */

export const TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

/** A TIMEX3-like span of a text: offsets into the text, the words as written, type, value and mod. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  /** TimeML's modifier ("START", "END", "MID", "APPROX", "MORE_THAN", …) when the words give one */
  mod?: string;
}
