/**
 * Names the kind of a TimeML value ("day", "quarter", "duration", …) and of a value error
 * ("a year off", "quarter read as day"), so that `eval:timex --errors` can group what is left.
 */

const SHAPES: readonly [string, RegExp][] = [
  ["reference", /^(?:PRESENT|PAST|FUTURE)_REF$/],
  ["time", /^(?:\d{4}|XXXX)-\d{2}-\d{2}T/],
  ["day", /^\d{4}-\d{2}-\d{2}$/],
  ["weekend", /^\d{4}-W\d{2}-WE$/],
  ["week", /^\d{4}-W\d{2}$/],
  ["month", /^\d{4}-\d{2}$/],
  ["quarter", /^\d{4}-Q\d$/],
  ["half", /^\d{4}-H\d$/],
  ["season", /^\d{4}-(?:SP|SU|FA|WI)$/],
  ["year", /^\d{4}$/],
  ["decade", /^\d{3}$/],
  ["century", /^\d{2}$/],
  ["duration", /^P/],
  ["underspecified", /X/],
];

export function valueShape(value: string): string {
  return SHAPES.find(([, re]) => re.test(value))?.[0] ?? "other";
}

/** The year of a calendar value and the rest of it ("1989-Q3" → 1989, "-Q3"), or null. */
function splitYear(value: string): { year: number; rest: string } | null {
  const m = /^(\d{4})(.*)$/.exec(value);
  return m ? { year: Number(m[1]), rest: m[2]! } : null;
}

/** How a system value differs from the gold one; call only for values that differ. */
export function valueErrorKind(gold: string, system: string): string {
  const [g, s] = [valueShape(gold), valueShape(system)];
  if (g !== s) return `${g} read as ${s}`;
  const [gy, sy] = [splitYear(gold), splitYear(system)];
  if (gy && sy && gy.rest === sy.rest) return sy.year > gy.year ? `${g}: a later year` : `${g}: an earlier year`;
  if (g === "day" && sy && gy) {
    const days = (Date.parse(system) - Date.parse(gold)) / 86_400_000;
    if (Math.abs(days) === 7) return days > 0 ? "day: a week later" : "day: a week earlier";
  }
  return `${g}: other value`;
}
