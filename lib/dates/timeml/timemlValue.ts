/**
 * Whether a string is a TimeML 1.2 value: a calendar point at some granularity ("2024",
 * "2024-05", "2024-W21-WE", "2024-Q2", "2024-SU", "198" for a decade, "XXXX-WXX-4" for a set,
 * "2024-05-23T22:00", "2024-05-23TNI"), a duration ("P3Y", "PT2H", "P2Y6M", "PXD"), or a
 * reference to the present, past or future.
 */
const MONTH_DAY = String.raw`(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?`;
const WITHIN_YEAR = String.raw`-(?:${MONTH_DAY}|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI)`;
const CLOCK = String.raw`T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?|MO|AF|EV|NI|DT)`;
/** A year can be narrowed to a part of it and a time of day; a decade or century cannot. */
const POINT = new RegExp(String.raw`^(?:(?:\d{4}|XXXX)(?:${WITHIN_YEAR})?(?:${CLOCK})?|\d{3}X?|\d{2}(?:XX)?)$`);
const DURATION = /^P(?=.)(?:(?:\d+|X)(?:Y|M|W|D|Q|E|C|L))*(?:T(?=.)(?:(?:\d+|X)[HMS])+)?$/;

export function isTimemlValue(value: string): boolean {
  return /^(?:PRESENT|PAST|FUTURE)_REF$/.test(value) || POINT.test(value) || DURATION.test(value);
}
