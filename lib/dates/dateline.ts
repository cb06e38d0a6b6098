/**
 * Datelines that open a wire story or a paragraph ("WASHINGTON, United States, Aug 19 —",
 * "ISTANBUL, July 25. /TASS/.", "KYIV, March 3 (Reuters) -", "KYIV. April 22 (Interfax-Ukraine) –",
 * "Thursday, November 23, 2023 –", "Sept 2, 2020(Outlet) —", "November 23, 2016A revised …", "YEREVAN—", "TBILISI/BAKU —",
 * "Leeds, United Kingdom, May 4, 2019 (example.org) –", "(LONDON) —", "Manama :", "Doha, Qatar —", "RAMBOUILLET, France (AP)", "LIMA, Nov. 23 Kyodo -",
 * "New Delhi [India], August 7 (ANI):", "Lima, (Daily Post / Coast News - 4th Mar, 2021)"). They say where and when the story was filed, which is
 * metadata: their date must not date the events that follow.
 */

import { findDates } from "./findDates";
import { epochDay, parseIsoDay } from "./spans";
import { DAY_IN_FIGURES } from "../language/calendarNames";
import { MONTH, WEEKDAY } from "./words";

const DAY_OF_MONTH = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})`;
const DAY = String.raw`${DAY_OF_MONTH}(?:,?\s+\d{4})?`;
const DASH = String.raw`\s*(?:—|–|-{1,2}|:)\s*`;
/**
 * an agency's or a site's mark in brackets: "(Reuters)", "(AP)", "(example.org)", with the day
 * of filing after a dash as some reprints give it ("(Daily Post / Sputnik - 4th March, 2021)")
 */
const DATED = String.raw`\p{Lu}[\p{L}&./ -]{0,60}?\s[-–—]\s*${DAY}`;
const MARK = String.raw`\((?:\p{Lu}[\p{L}&./ -]{0,30}|${DATED}|[\p{Ll}\d-]+\.[\p{Ll}.]{2,12})\)`;
/** the agency's mark before the dash */
const AGENCY = String.raw`(?:\s*${MARK})?`;

/** "RAMBOUILLET, France (AP) Serbs agreed": an agency's mark in brackets ends the dateline without a dash. */
const MARKED = String.raw`\s*${MARK}(?:\s*(?:—|–|-{1,2}|:))?\s+`;
/** "LIMA, Nov. 23 Kyodo -": an agency's name after the date, before the dash. */
const NAMED_AGENCY = String.raw`(?:\s+\p{Lu}\p{Ll}+)?`;

const CITY_FIRST = new RegExp(
  String.raw`^\(?\p{Lu}[\p{Lu}.'’ /-]{2,}\)?(?:,\s*\p{Lu}[\p{L}.' ]{1,30}){0,2}(?:,?\s*${DAY}${NAMED_AGENCY})?(?:\.\s*\/\p{Lu}+\/\.?\s*|,?${MARKED}|${AGENCY}${DASH})`,
  "u",
);
// ("November 23, 2016A revised text …": a full date that opens a paragraph before a capital,
// glued to it or not, as a page's date line scraped into the text, is no part of a sentence.)
// ("date 2021-03-04 The delegations …", "Published: 4 March 2021 The envoys …": so is a page's label of
// its date, with the date in any form.)
const PAGE_LABEL = String.raw`(?:[Dd]ate|[Pp]ublished(?:\s+on)?|(?:[Ll]ast\s+)?[Uu]pdated(?:\s+on)?|[Pp]osted(?:\s+on)?)\s*:?\s+`;
const DATE_FIRST = new RegExp(
  String.raw`^(?:(?:${WEEKDAY}),?\s+)?(?:${DAY}${AGENCY}${DASH}|${DAY_OF_MONTH},?\s+\d{4}\s*(?=\p{Lu}))|^${PAGE_LABEL}(?:\d{4}-\d{2}-\d{2}|${DAY_IN_FIGURES}|${DAY})\s*(?:${DASH})?(?=\p{Lu})`,
  "u",
);
/**
 * A city in title case is a dateline only where a sentence could not start so: before a colon set
 * off by spaces ("Manama : Gulf leaders …"), or with its country before a dash ("Doha, Qatar —");
 * "Hamas — the group said —" and "Putin: …" are sentences.
 */
// "Rio de Janeiro", "Sharm el-Sheikh", "Dar es Salaam": a lower-case particle may join its words.
const TITLED_CITY = String.raw`\p{Lu}\p{Ll}+(?:(?:[ -](?:de|del|da|do|dos|es|el|al|la|le|sur))?[ -]\p{Lu}\p{Ll}+)?`;
const COUNTRY = String.raw`,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}`;
/** "New Delhi [India], August 7 (ANI):": the country in square brackets after the city, as ANI writes it. */
const BRACKETED_COUNTRY = String.raw`(?:\s*\[\p{Lu}[\p{L} ]{1,30}\])?`;
// "Ohrid, 19 March 2023 (MIA) —", "Kyiv, March 3 —": a date after the city makes it a dateline.
// "Geneva 14.05.2024 Talks …", "Kyiv, 03.03.2022 -": a date in figures after the city ends a
// dateline with or without a dash, since no sentence opens on a city and such a date; so does a
// full date in words before a capital ("Nairobi November 3, 2022 The envoys …").
const TITLED_FIRST = new RegExp(
  String.raw`^${TITLED_CITY}${BRACKETED_COUNTRY}(?:(?:${COUNTRY})?\s+:\s+|${COUNTRY}${AGENCY}\s+(?:—|–|-{1,2})\s+|(?:${COUNTRY})?,\s*${DAY}(?:${MARKED}|${AGENCY}${DASH})|(?:${COUNTRY})?,?\s+${DAY_IN_FIGURES}(?:${AGENCY}${DASH}|\s+)|(?:${COUNTRY})?,?\s+${DAY_OF_MONTH},?\s+\d{4}\s+(?=\p{Lu})|,?\s*\(${DATED}\)(?:${DASH}|\s+))`,
  "u",
);

/** How many characters at the start of a paragraph are its dateline (0 when it has none). */
export function datelineLength(paragraph: string): number {
  const m = CITY_FIRST.exec(paragraph) ?? DATE_FIRST.exec(paragraph) ?? TITLED_FIRST.exec(paragraph);
  return m ? m[0].length : 0;
}

/** How many days before publication a dateline may have been filed ("BEIJING, Jan. 20" in a paper of Jan. 21). */
const FILED_BEFORE_DAYS = 3;

/**
 * The day a dateline says its story was filed, when that is publication day or a few days before:
 * a wire story reprinted the next day ("PUTRAJAYA, Malaysia, July 28 (Xinhua) --" on a page of July
 * 29) tells of its own day, so its "on Monday" and its undated statements are of that day.
 */
export function filedOn(paragraph: string, published: string | null): string | null {
  const length = datelineLength(paragraph);
  const pub = parseIsoDay(published);
  if (!length || !pub) return null;
  const [day] = findDates(paragraph.slice(0, length), published).filter(
    (d) => d.precision === "day" && d.start === d.end,
  );
  const filed = parseIsoDay(day?.start);
  if (!filed) return null;
  const before = epochDay(pub.y, pub.m, pub.d) - epochDay(filed.y, filed.m, filed.d);
  return before >= 0 && before <= FILED_BEFORE_DAYS ? day!.start : null;
}
