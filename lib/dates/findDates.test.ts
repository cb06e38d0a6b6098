import { describe, expect, it } from "vitest";
import type { DateMention } from "../model/mentions";
import { eventDateSchema } from "../model/schema";
import { findDates } from "./findDates";
import { looksAhead } from "./looksAhead";

/** The mention whose text is `phrase`; also checks that text and index point into the sentence. */
function mention(sentence: string, published: string | null, phrase: string, lookingAhead?: boolean): DateMention {
  const all = findDates(sentence, published, lookingAhead === undefined ? undefined : { lookingAhead });
  for (const m of all) {
    expect(sentence.slice(m.index, m.index + m.text.length)).toBe(m.text);
    expect(eventDateSchema.safeParse(m).success).toBe(true);
  }
  const found = all.find((m) => m.text === phrase);
  if (found === undefined) throw new Error(`no mention "${phrase}" in ${JSON.stringify(all)}`);
  return found;
}

const span = (m: DateMention) => [m.start, m.end];

describe("findDates: explicit dates with a year", () => {
  it("reads a written-out day", () => {
    const s = "Putin at a meeting with Lukashenko in Minsk on May 23, 2024. Kremlin photo";
    const m = mention(s, "2024-05-24", "May 23, 2024");
    expect(m).toMatchObject({ start: "2024-05-23", end: "2024-05-23", precision: "day", basis: "explicit" });
    expect(m.index).toBe(s.indexOf("May 23"));
    expect(m.future).toBe(false);
  });

  it("reads a month with a year as the whole month", () => {
    const m = mention(
      "Zelensky refused to authorize presidential elections in May 2024, citing martial law.",
      "2025-11-27",
      "May 2024",
    );
    expect(m).toMatchObject({ start: "2024-05-01", end: "2024-05-31", precision: "month", basis: "explicit" });
    expect(
      span(mention("Popularity has fallen since the mobilization of September 2022.", null, "September 2022")),
    ).toEqual(["2022-09-01", "2022-09-30"]);
    expect(span(mention("The offensive began in Sept. 2022 near Kharkiv.", "2024-01-01", "Sept. 2022"))).toEqual([
      "2022-09-01",
      "2022-09-30",
    ]);
  });

  it("reads a year after a preposition as the whole year", () => {
    const m = mention(
      "Zelenskyy rejected the possibility and in 2022 signed a decree officially declaring any negotiations impossible.",
      "2024-05-24",
      "2022",
    );
    expect(m).toMatchObject({ start: "2022-01-01", end: "2022-12-31", precision: "year", basis: "explicit" });
  });

  it("returns only the month for a month inside a longer since-clause", () => {
    const all = findDates(
      "One source said that Putin's popularity has fallen since the first mobilization in September 2022.",
      "2024-05-24",
    );
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      text: "September 2022",
      start: "2022-09-01",
      end: "2022-09-30",
      precision: "month",
    });
  });

  it("reads ISO, day-first and dotted European dates", () => {
    expect(span(mention("The decree is dated 2024-05-23 in the register.", null, "2024-05-23"))).toEqual([
      "2024-05-23",
      "2024-05-23",
    ]);
    expect(span(mention("He signed it on 23 May 2024 in Kyiv.", null, "23 May 2024"))).toEqual([
      "2024-05-23",
      "2024-05-23",
    ]);
    expect(span(mention("Опубліковано 23.05.2024 о 12:00.", null, "23.05.2024"))).toEqual(["2024-05-23", "2024-05-23"]);
    // dots mean day first even when the day could be a month
    expect(span(mention("Published 05.06.2024.", null, "05.06.2024"))).toEqual(["2024-06-05", "2024-06-05"]);
  });

  it("keeps explicit dates resolved when the publication date is unknown", () => {
    const m = mention("The summit took place on February 24, 2022, in Minsk.", null, "February 24, 2022");
    expect(m).toMatchObject({ start: "2022-02-24", basis: "explicit", future: false });
  });
});

describe("findDates: dates inside names", () => {
  it("reads no date in the name of a movement, an alliance or a revolution, and still reads a date before a name", () => {
    const named =
      "The rebel March 23rd Movement and the 14 March Alliance met the heirs of the February 17 Revolution.";
    expect(findDates(named, "2025-11-15")).toEqual([]);
    expect(span(mention("On March 23 Russia said it was ready.", "2025-11-15", "March 23"))).toEqual([
      "2025-03-23",
      "2025-03-23",
    ]);
  });
});

describe("findDates: calendar dates without a year", () => {
  const peskov =
    "On February 5, Kremlin spokesperson Dmitry Peskov reiterated Russia's claim about Zelenskyy's alleged illegitimacy.";

  it("takes the latest such day on or before publication", () => {
    const m = mention(peskov, "2025-02-06", "February 5");
    expect(m).toMatchObject({ start: "2025-02-05", end: "2025-02-05", precision: "day", basis: "explicit" });
    expect(m.future).toBe(false);
    expect(mention("He spoke on Dec. 30 in Moscow.", "2025-02-06", "Dec. 30").start).toBe("2024-12-30");
    expect(mention("He spoke on February 6 in Moscow.", "2025-02-06", "February 6").start).toBe("2025-02-06");
  });

  it("takes a day a few weeks from the article over one most of a year away, whatever the tense", () => {
    const s = "Putin proposed direct talks in Istanbul on May 15.";
    expect(span(mention(s, "2025-05-12", "May 15", false))).toEqual(["2025-05-15", "2025-05-15"]);
    // A day of the past months before stays in the past.
    expect(span(mention("The talks were held on March 3.", "2025-05-12", "March 3", false))).toEqual([
      "2025-03-03",
      "2025-03-03",
    ]);
    // A day set for later that would be most of a year ahead is the one of a couple of months before.
    const soon = "As soon as 12 January the army broke the truce.";
    expect(span(mention(soon, "2025-03-06", "12 January", false))).toEqual(["2025-01-12", "2025-01-12"]);
    const respect = "The ministers urged the parties to respect the August 4 ceasefire agreement.";
    expect(span(mention(respect, "2024-10-19", "August 4", true))).toEqual(["2024-08-04", "2024-08-04"]);
    // One of the past most of a year before still stays there.
    const past = "The pause collapsed on December 1 when talks stalled.";
    expect(span(mention(past, "2025-10-27", "December 1", false))).toEqual(["2024-12-01", "2024-12-01"]);
  });

  it("takes the next such day when the sentence looks ahead", () => {
    const m = mention("On August 5, Peskov will brief reporters.", "2025-02-06", "August 5", true);
    expect(m).toMatchObject({ start: "2025-08-05", future: true });
    // A day a few weeks back is that day, not one most of a year ahead.
    expect(mention(peskov, "2025-02-06", "February 5", true)).toMatchObject({ start: "2025-02-05" });
  });

  it("reads a bare month as the latest such month in past-tense copy", () => {
    const m = mention(
      "He recounted a general understanding following the summit in Alaska in August, only for sanctions to follow.",
      "2025-11-27",
      "August",
    );
    expect(m).toMatchObject({ start: "2025-08-01", end: "2025-08-31", precision: "month", basis: "explicit" });
    const s = "Russia launched the strikes in March.";
    expect(span(mention(s, "2023-12-23", "March", looksAhead(s)))).toEqual(["2023-03-01", "2023-03-31"]);
  });

  it("reads a bare month as the next such month when the sentence looks ahead", () => {
    const s =
      "However, former Russian officials say that Putin would like to conclude a deal sooner: the ideal time, according to one source, would be before the Russian presidential election in March.";
    expect(looksAhead(s)).toBe(true);
    const m = mention(s, "2023-12-23", "March", looksAhead(s));
    expect(m).toMatchObject({ start: "2024-03-01", end: "2024-03-31", future: true });
    const scheduled =
      "According to some, the ideal time would be before the Russian presidential elections scheduled for March.";
    expect(mention(scheduled, "2023-12-24", "March", looksAhead(scheduled)).start).toBe("2024-03-01");
    const election = "Opposition groups are preparing for the election in March.";
    expect(mention(election, "2023-12-24", "March", looksAhead(election)).start).toBe("2024-03-01");
  });

  it("defaults lookingAhead to looksAhead(sentence)", () => {
    expect(findDates("The vote is expected to take place in March.", "2023-12-24")[0]?.start).toBe("2024-03-01");
    expect(
      findDates("The vote is expected to take place in March.", "2023-12-24", { lookingAhead: false })[0]?.start,
    ).toBe("2023-03-01");
  });

  it("gives a day or month without a year the year named right after it ('Dec. 31 this year')", () => {
    const back = () => "back" as const;
    const at = (s: string, p: string) => findDates(s, "2005-08-15", { direction: back }).find((m) => m.text === p);
    expect(at("The handover was concluded by Dec. 31 this year.", "Dec. 31")?.start).toBe("2005-12-31");
    expect(at("The envoys first met on March 3 last year.", "March 3")?.start).toBe("2004-03-03");
  });

  it("takes the next instance of a date set for later, whatever the tense or the caller says", () => {
    const back = () => "back" as const;
    const at = (s: string, p: string) => findDates(s, "1989-11-01", { direction: back }).find((m) => m.text === p);
    expect(at("The dividend was made payable Jan. 2 to stock of record Dec. 15.", "Jan. 2")?.start).toBe("1990-01-02");
    expect(at("The dividend was made payable Jan. 2 to stock of record Dec. 15.", "Dec. 15")?.start).toBe("1989-12-15");
    expect(at("Dunkin' has set Nov. 10 as the deadline for bids.", "Nov. 10")?.start).toBe("1989-11-10");
    expect(at("The offer was extended to Nov. 20.", "Nov. 20")?.start).toBe("1989-11-20");
    expect(at("They met as soon as Tuesday.", "Tuesday")?.start).toBe("1989-11-07");
  });

  it('reads "in October alone" as the latest October', () => {
    const s =
      "The Russian president estimated that in October alone, Kiev lost 47,000 troops, but mobilized only around 16,500, with rampant desertion.";
    const all = findDates(s, "2025-11-27");
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ text: "October", start: "2025-10-01", end: "2025-10-31", precision: "month" });
  });

  it("resolves last/this/next with a month name", () => {
    expect(span(mention("Talks stalled last March.", "2023-12-23", "last March"))).toEqual([
      "2023-03-01",
      "2023-03-31",
    ]);
    expect(span(mention("Talks stalled last December.", "2023-12-23", "last December"))).toEqual([
      "2022-12-01",
      "2022-12-31",
    ]);
    const next = mention("Talks resume next March.", "2023-12-23", "next March");
    expect(next).toMatchObject({ start: "2024-03-01", future: true, basis: "relative" });
  });

  it("leaves yearless dates unresolved without a publication date", () => {
    for (const [s, phrase] of [
      [peskov, "February 5"],
      ["It happened in March.", "March"],
    ] as const) {
      expect(mention(s, null, phrase)).toMatchObject({ start: null, end: null, basis: "unresolved" });
    }
  });
});

describe("findDates: weekdays", () => {
  it("takes the latest such weekday on or before publication", () => {
    const s =
      "During a discussion with his generals on Tuesday, Putin boasted that Ukraine is so backed into a corner.";
    const m = mention(s, "2023-12-24", "Tuesday");
    expect(m).toMatchObject({ start: "2023-12-19", end: "2023-12-19", precision: "day", basis: "relative" });
    expect(m.future).toBe(false);
  });

  it("takes the publication day itself when it is that weekday", () => {
    const s =
      "The Russian president addressed this and other issues during a press conference in Bishkek, Kyrgyzstan on Thursday as he concluded a state visit.";
    expect(mention(s, "2025-11-27", "Thursday").start).toBe("2025-11-27");
  });

  it("moves forward for next, and back a full week for last on the same weekday", () => {
    const next = mention("They meet next Tuesday.", "2023-12-24", "next Tuesday");
    expect(next).toMatchObject({ start: "2023-12-26", future: true });
    expect(mention("They met last Tuesday.", "2023-12-19", "last Tuesday").start).toBe("2023-12-12");
    expect(mention("They will meet on Friday.", "2023-12-24", "Friday", true)).toMatchObject({
      start: "2023-12-29",
      future: true,
    });
  });

  it("reads what was still to come when it was said as ahead, unless the day is the one just past", () => {
    const recent = () => "recent" as const;
    const at = (published: string, p: string) =>
      findDates(`The army said it would observe a truce from ${p}.`, published, { direction: recent }).find(
        (m) => m.text === p,
      )?.start;
    // A Thursday: Wednesday is the day before, Monday four days gone.
    expect(at("2025-05-08", "Wednesday")).toBe("2025-05-07");
    expect(at("2025-05-08", "Monday")).toBe("2025-05-12");
    expect(at("2025-05-08", "Thursday")).toBe("2025-05-08");
    expect(at("2025-05-01", "April")).toBe("2025-04-01");
    expect(at("2025-05-08", "the weekend")).toBe("2025-05-10");
  });

  it("ignores plural weekdays and lower-case words", () => {
    expect(findDates("Talks are held on Mondays.", "2023-12-24")).toEqual([]);
  });
});

describe("findDates: calendar units relative to publication", () => {
  it("reads last week as the previous Monday..Sunday", () => {
    const s =
      "However, U.S. Secretary of State Anthony Blinken, speaking in Kyiv last week, told reporters that he did not believe Putin was interested.";
    const m = mention(s, "2024-05-24", "last week");
    expect(m).toMatchObject({ start: "2024-05-13", end: "2024-05-19", precision: "week", basis: "relative" });
  });

  it("reads this week and next week", () => {
    expect(span(mention("Envoys met this week.", "2025-11-27", "this week"))).toEqual(["2025-11-24", "2025-11-30"]);
    const s =
      "Russia expects US officials to arrive in Moscow next week to continue discussions over the peace roadmap, the president revealed.";
    const m = mention(s, "2025-11-27", "next week", looksAhead(s));
    expect(m).toMatchObject({ start: "2025-12-01", end: "2025-12-07", precision: "week", future: true });
  });

  it("reads last/this/next month and year as whole units", () => {
    const s =
      "He recounted how there appeared to be a general understanding, only for President Donald Trump to slap sanctions on two major Russian oil companies last month.";
    expect(mention(s, "2025-11-27", "last month")).toMatchObject({
      start: "2025-10-01",
      end: "2025-10-31",
      precision: "month",
    });
    expect(span(mention("Prices rose this month.", "2025-11-27", "this month"))).toEqual(["2025-11-01", "2025-11-30"]);
    expect(mention("Prices will rise next month.", "2025-11-27", "next month")).toMatchObject({
      start: "2025-12-01",
      end: "2025-12-31",
      future: true,
    });
    expect(mention("Exports fell last year.", "2025-11-27", "last year")).toMatchObject({
      start: "2024-01-01",
      end: "2024-12-31",
      precision: "year",
    });
    expect(span(mention("Exports fell this year.", "2025-11-27", "this year"))).toEqual(["2025-01-01", "2025-12-31"]);
    expect(mention("Exports will fall next year.", "2025-11-27", "next year")).toMatchObject({
      start: "2026-01-01",
      future: true,
    });
    expect(mention("Growth slowed last quarter.", "2025-11-27", "last quarter")).toMatchObject({
      start: "2025-07-01",
      end: "2025-09-30",
      precision: "quarter",
    });
  });

  it("reads yesterday, today, tonight and tomorrow", () => {
    expect(span(mention("He said so yesterday.", "2023-12-24", "yesterday"))).toEqual(["2023-12-23", "2023-12-23"]);
    expect(span(mention("Today, the Kremlin said so.", "2023-12-24", "Today"))).toEqual(["2023-12-24", "2023-12-24"]);
    expect(span(mention("He speaks tonight.", "2023-12-24", "tonight"))).toEqual(["2023-12-24", "2023-12-24"]);
    expect(mention("He speaks tomorrow.", "2023-12-24", "tomorrow")).toMatchObject({
      start: "2023-12-25",
      future: true,
    });
    expect(findDates("He told Russia Today that talks were possible.", "2023-12-24")).toEqual([]);
    // A country before the day word is a subject or the end of a phrase, not a title.
    expect(span(mention("In talks with Russia yesterday, envoys met.", "2023-12-24", "yesterday"))).toEqual([
      "2023-12-23",
      "2023-12-23",
    ]);
    expect(span(mention("Russia today said no.", "2023-12-24", "today"))).toEqual(["2023-12-24", "2023-12-24"]);
  });

  it("reads earlier this month/year (up to the day before) and later this year", () => {
    expect(mention("Talks began earlier this month.", "2023-12-24", "earlier this month")).toMatchObject({
      start: "2023-12-01",
      end: "2023-12-23",
      precision: "range",
    });
    expect(span(mention("Talks began earlier this year.", "2023-12-24", "earlier this year"))).toEqual([
      "2023-01-01",
      "2023-12-23",
    ]);
    expect(span(mention("Talks began earlier in the week.", "2025-10-04", "earlier in the week"))).toEqual([
      "2025-09-29",
      "2025-10-03",
    ]);
    expect(mention("Talks resume later this year.", "2023-06-10", "later this year")).toMatchObject({
      start: "2023-06-10",
      end: "2023-12-31",
      future: true,
    });
  });

  it("leaves relative phrases unresolved without a publication date", () => {
    const all = findDates("He spoke on Tuesday, last week and a year ago.", null);
    expect(all.map((m) => m.text)).toEqual(["Tuesday", "last week", "a year ago"]);
    for (const m of all) expect(m).toMatchObject({ start: null, end: null, basis: "unresolved" });
    expect(findDates("He spoke on Tuesday.", "2023-02-30")[0]).toMatchObject({ start: null, basis: "unresolved" });
  });
});

describe("findDates: ago, recent and past spans", () => {
  it('reads "a year ago" as the month a year before publication, next to a more explicit season', () => {
    const s = "A year ago, in the fall of 2022, American officials add, Putin was interested in a ceasefire agreement.";
    const all = findDates(s, "2023-12-23");
    expect(all.map((m) => m.text)).toEqual(["A year ago", "the fall of 2022"]);
    expect(all[0]).toMatchObject({ start: "2022-12-01", end: "2022-12-31", precision: "month", basis: "relative" });
    expect(all[1]).toMatchObject({ start: "2022-09-01", end: "2022-11-30", precision: "season", basis: "explicit" });
  });

  it('reads "about a year ago"', () => {
    const s =
      "But William J. Burns, director of the CIA, and Sergei Naryshkin last met about a year ago in Turkey, officials said.";
    expect(span(mention(s, "2023-12-24", "about a year ago"))).toEqual(["2022-12-01", "2022-12-31"]);
  });

  it("reads counted and vague ago phrases", () => {
    const p = "2023-12-24";
    expect(mention("It began two years ago.", p, "two years ago")).toMatchObject({
      start: "2021-01-01",
      end: "2021-12-31",
      precision: "year",
    });
    expect(mention("It began three months ago.", p, "three months ago")).toMatchObject({
      start: "2023-09-01",
      precision: "month",
    });
    expect(mention("It began a week ago.", p, "a week ago")).toMatchObject({
      start: "2023-12-11",
      end: "2023-12-17",
      precision: "week",
    });
    expect(mention("It began 3 days ago.", p, "3 days ago")).toMatchObject({ start: "2023-12-21", precision: "day" });
    expect(mention("It began days ago.", p, "days ago")).toMatchObject({
      start: "2023-12-21",
      end: "2023-12-23",
      precision: "range",
    });
  });

  it('reads "in recent weeks" as the four weeks before publication', () => {
    const s =
      "This follows the constant pressure on the battlefield and the aggressor country's territorial gains in recent weeks, the article says.";
    expect(mention(s, "2024-05-24", "in recent weeks")).toMatchObject({
      start: "2024-04-26",
      end: "2024-05-24",
      precision: "range",
    });
  });

  it("reads over/in/for the past N units as a range ending at publication", () => {
    const s = "Over the past 16 months, Putin has suffered several humiliations — embarrassing retreats.";
    expect(mention(s, "2023-12-24", "Over the past 16 months")).toMatchObject({
      start: "2022-08-24",
      end: "2023-12-24",
      precision: "range",
    });
    expect(span(mention("Attacks rose in the past two weeks.", "2024-05-24", "in the past two weeks"))).toEqual([
      "2024-05-10",
      "2024-05-24",
    ]);
    expect(span(mention("Attacks rose for the past year.", "2024-05-24", "for the past year"))).toEqual([
      "2023-05-24",
      "2024-05-24",
    ]);
  });
});

describe("findDates: since", () => {
  it("dates nothing with a since-phrase that sets a baseline for an ordinal or superlative", () => {
    const s = "The meeting was the second round of direct talks between the two sides since March 2022.";
    expect(findDates(s, "2025-06-03").map((d) => d.text)).toEqual([]);
    const largest = "It was the largest prisoner exchange since the war began in February 2022.";
    expect(findDates(largest, "2025-06-03").map((d) => d.text)).toEqual(["February 2022"]);
    // A date inside the noun phrase "since" opens sets the baseline too.
    const phrase = "They held the first direct talks since the early months of the 2022 invasion.";
    expect(findDates(phrase, "2025-05-12").map((d) => d.text)).toEqual([]);
    const invasion = "It was the biggest release of captives since the full-scale invasion in February 2022.";
    expect(findDates(invasion, "2024-01-03").map((d) => d.text)).toEqual([]);
    // A long name may stand between ("the first visit by an envoy of the … (…) since …").
    const visit =
      "It was the first trip to Tehran by a senior envoy of the Organisation of Islamic Cooperation (OIC) since the revolution in February 1979.";
    expect(findDates(visit, "2024-01-03").map((d) => d.text)).toEqual([]);
    // but not across a word that opens another clause
    const convoy = "The first aid convoy reached the town on Monday as the army kept up shelling since March 2024.";
    expect(findDates(convoy, "2024-06-03").map((d) => d.text)).toContain("since March 2024");
  });

  it("dates nothing with a span a superlative is measured over ('the largest swap in five months')", () => {
    const ahead = { lookingAhead: true };
    expect(findDates("They will swap 200 captives, the largest exchange in five months.", "2026-02-06", ahead)).toEqual(
      [],
    );
    expect(findDates("It was the first meeting in the past three years.", "2026-02-06")).toEqual([]);
    expect(
      findDates("The sides will hold the first round of talks in March.", "2026-02-06", ahead).map((d) => d.text),
    ).toEqual(["March"]);
  });

  it("dates nothing with a since-phrase in an aside that describes a noun ('the rebels, at war since 2020,')", () => {
    const s = "The government and the rebels, at war since 2020, have agreed to end hostilities.";
    expect(findDates(s, "2022-11-02").map((d) => d.text)).toEqual([]);
    const own = "Russia has, since 2022, rejected any talks.";
    expect(findDates(own, "2022-11-02").map((d) => d.text)).toEqual(["since 2022"]);
  });

  it('runs "since September" from the latest September to publication, open-ended', () => {
    const s = "According to the newspaper's interlocutors, Putin has been hinting since September that he is ready.";
    const m = mention(s, "2023-12-23", "since September");
    expect(m).toMatchObject({
      start: "2023-09-01",
      end: "2023-12-23",
      precision: "range",
      open: true,
      basis: "relative",
    });
  });

  it('handles "since at least" and "since October"', () => {
    const s = "Since at least September, Putin has signaled through proxies that he is willing to reach a ceasefire.";
    expect(mention(s, "2023-12-24", "Since at least September")).toMatchObject({
      start: "2023-09-01",
      end: "2023-12-24",
      open: true,
    });
    const gaza = "Support for the West, which has been focused on the war in Gaza since October, is waning.";
    expect(mention(gaza, "2023-12-23", "since October")).toMatchObject({
      start: "2023-10-01",
      end: "2023-12-23",
      open: true,
    });
  });

  it("keeps an explicit since-year even without a publication date", () => {
    expect(
      mention("Since September 2022 he has avoided the topic.", "2024-05-24", "Since September 2022"),
    ).toMatchObject({ start: "2022-09-01", end: "2024-05-24", basis: "explicit", open: true });
    expect(mention("Since September 2022 he has avoided the topic.", null, "Since September 2022")).toMatchObject({
      start: "2022-09-01",
      end: null,
      basis: "explicit",
      open: true,
    });
    expect(mention("Since September he has avoided the topic.", null, "Since September")).toMatchObject({
      start: null,
      end: null,
      basis: "unresolved",
      open: true,
    });
  });
});

describe("findDates: seasons", () => {
  it("reads this fall in a December article as the past fall", () => {
    const s = "They want to stay where they are, said a senior official who met with Moscow this fall.";
    expect(mention(s, "2023-12-23", "this fall")).toMatchObject({
      start: "2023-09-01",
      end: "2023-11-30",
      precision: "season",
      future: false,
    });
    expect(span(mention("They met this autumn.", "2023-12-23", "this autumn"))).toEqual(["2023-09-01", "2023-11-30"]);
  });

  it("reads this fall in a spring article as the coming fall", () => {
    expect(mention("Talks may resume this fall.", "2024-04-10", "this fall")).toMatchObject({
      start: "2024-09-01",
      future: true,
    });
  });

  it("reads a season with a year, winter running into the next year", () => {
    for (const phrase of ["the fall of 2022", "fall 2022", "autumn of 2022"]) {
      expect(span(mention(`It happened in ${phrase}.`, null, phrase))).toEqual(["2022-09-01", "2022-11-30"]);
    }
    expect(span(mention("It happened in the winter of 2022.", null, "the winter of 2022"))).toEqual([
      "2022-12-01",
      "2023-02-28",
    ]);
    expect(span(mention("It happened in winter 2023/24.", null, "winter 2023/24"))).toEqual([
      "2023-12-01",
      "2024-02-29",
    ]);
    expect(span(mention("It happened in the spring of 2023.", null, "the spring of 2023"))).toEqual([
      "2023-03-01",
      "2023-05-31",
    ]);
    expect(span(mention("It happened in summer 2023.", null, "summer 2023"))).toEqual(["2023-06-01", "2023-08-31"]);
  });

  it("reads last fall, last winter and a bare season", () => {
    expect(span(mention("They met last fall.", "2023-12-23", "last fall"))).toEqual(["2022-09-01", "2022-11-30"]);
    expect(span(mention("They met last winter.", "2023-12-23", "last winter"))).toEqual(["2022-12-01", "2023-02-28"]);
    expect(span(mention("Fighting slowed in the spring.", "2023-12-23", "the spring"))).toEqual([
      "2023-03-01",
      "2023-05-31",
    ]);
  });

  it('does not read "the fall of" a city as a season', () => {
    expect(findDates("After the fall of Avdiivka, talks stalled.", "2024-03-01")).toEqual([]);
  });
});

describe("findDates: parts, quarters, halves and ranges", () => {
  it("splits a year into early, mid and late", () => {
    const p = "2025-01-10";
    expect(mention("It began in early 2024.", p, "early 2024")).toMatchObject({
      start: "2024-01-01",
      end: "2024-04-30",
      precision: "range",
    });
    expect(span(mention("It began in mid-2024.", p, "mid-2024"))).toEqual(["2024-05-01", "2024-08-31"]);
    expect(span(mention("It began in late 2024.", p, "late 2024"))).toEqual(["2024-09-01", "2024-12-31"]);
    expect(span(mention("It began late last year.", p, "late last year"))).toEqual(["2024-09-01", "2024-12-31"]);
  });

  it("splits a month into early, mid and late", () => {
    const p = "2024-06-15";
    expect(span(mention("It began in early May.", p, "early May"))).toEqual(["2024-05-01", "2024-05-10"]);
    expect(span(mention("It began in mid-May.", p, "mid-May"))).toEqual(["2024-05-11", "2024-05-20"]);
    expect(mention("It began in late May.", p, "late May")).toMatchObject({
      start: "2024-05-21",
      end: "2024-05-31",
      precision: "range",
    });
    expect(span(mention("It began in late February 2024.", null, "late February 2024"))).toEqual([
      "2024-02-21",
      "2024-02-29",
    ]);
  });

  it("reads quarters and halves", () => {
    const p = "2025-01-10";
    expect(mention("Output fell in Q1 2024.", p, "Q1 2024")).toMatchObject({
      start: "2024-01-01",
      end: "2024-03-31",
      precision: "quarter",
    });
    expect(span(mention("Output fell in the first quarter of 2024.", p, "the first quarter of 2024"))).toEqual([
      "2024-01-01",
      "2024-03-31",
    ]);
    expect(mention("Output will rise in the second half of 2025.", p, "the second half of 2025")).toMatchObject({
      start: "2025-07-01",
      end: "2025-12-31",
      precision: "half",
      future: true,
    });
    expect(span(mention("Output will rise in H2 2025.", p, "H2 2025"))).toEqual(["2025-07-01", "2025-12-31"]);
  });

  it("joins day, month and year ranges", () => {
    const p = "2024-06-15";
    expect(mention("Talks ran from May 5 to May 9.", p, "from May 5 to May 9")).toMatchObject({
      start: "2024-05-05",
      end: "2024-05-09",
      precision: "range",
    });
    expect(span(mention("Talks ran May 5–9, 2024, in Geneva.", null, "May 5–9, 2024"))).toEqual([
      "2024-05-05",
      "2024-05-09",
    ]);
    expect(mention("Talks ran between March and May 2024.", null, "between March and May 2024")).toMatchObject({
      start: "2024-03-01",
      end: "2024-05-31",
      precision: "range",
      basis: "explicit",
    });
    expect(span(mention("The 2022-2023 offensive failed.", null, "2022-2023"))).toEqual(["2022-01-01", "2023-12-31"]);
    expect(
      span(mention("From September 2022 to May 2023 it stalled.", null, "From September 2022 to May 2023")),
    ).toEqual(["2022-09-01", "2023-05-31"]);
  });
});

describe("findDates: other news phrasings", () => {
  it("dates a report in the past even when the reported plan looks ahead", () => {
    const s = "Kremlin aide Yuri Ushakov said on Nov. 26 that a meeting could take place next month.";
    expect(looksAhead(s)).toBe(true);
    expect(mention(s, "2025-11-27", "Nov. 26", true)).toMatchObject({ start: "2025-11-26", future: false });
    const t = "Peskov told reporters on Wednesday that talks will resume.";
    expect(mention(t, "2025-11-27", "Wednesday", true).start).toBe("2025-11-26");
    const u = "He said talks will resume on Wednesday.";
    expect(mention(u, "2025-11-27", "Wednesday", true).start).toBe("2025-12-03");
  });

  it("uses a written weekday to pick the year of a yearless day", () => {
    const s = "US envoy Steve Witkoff met Putin for five hours on Tuesday, December 2.";
    expect(mention(s, "2025-11-27", "Tuesday, December 2").start).toBe("2025-12-02");
  });

  it("reads abbreviated months, day ranges, since-years and decades", () => {
    const p = "2025-11-27";
    expect(span(mention("Russia invaded on Feb. 24, 2022.", p, "Feb. 24, 2022"))).toEqual(["2022-02-24", "2022-02-24"]);
    expect(span(mention("The meeting, held on Dec. 19–20, ended.", p, "Dec. 19–20"))).toEqual([
      "2024-12-19",
      "2024-12-20",
    ]);
    expect(mention("Putin, who has ruled Russia since 1999, spoke.", p, "since 1999")).toMatchObject({
      start: "1999-01-01",
      end: p,
      open: true,
      basis: "explicit",
    });
    expect(span(mention("Russia was weak in the 1990s.", p, "the 1990s"))).toEqual(["1990-01-01", "1999-12-31"]);
    expect(span(mention("Losses mounted in late summer.", p, "late summer"))).toEqual(["2025-08-01", "2025-08-31"]);
    expect(span(mention("Talks end by the end of the year.", p, "the end of the year"))).toEqual([
      "2025-09-01",
      "2025-12-31",
    ]);
  });

  it("does not read a fraction as a day", () => {
    expect(findDates("Russia holds 3/4 of the region since May 9.", "2025-11-27").map((m) => m.text)).toEqual([
      "since May 9",
    ]);
  });
});

describe("findDates: things that are not dates", () => {
  it.each([
    "The Russian president estimated that Kiev lost 47,000 troops, but mobilized only around 16,500.",
    "Russia would control the 20 percent of Ukrainian territory it has already annexed.",
    "He says the West seeks to destroy Russia's 1,000-year-old civilization.",
    "Putin is confident of securing another six-year term.",
    "The war has lasted 16 months.",
    "Kyiv fears that this may be an attempt by the Kremlin, as he may change his mind.",
    "Putin may change his mind if Russian forces seize the initiative.",
    "May God help us, he said.",
    "Thousands joined a march on the capital.",
    "Protesters joined the March for Peace.",
    "The ceasefire talks went nowhere.",
  ])("finds nothing in %j", (s) => {
    expect(findDates(s, "2023-12-24")).toEqual([]);
  });
});

describe("findDates: named days", () => {
  it("reads no day in a named day that qualifies a noun, and still reads the day alone", () => {
    expect(findDates("Both sides said the Good Friday Agreement still holds.", "2025-11-15")).toEqual([]);
    expect(findDates("Envoys floated a Good Friday-style accord for the region.", "2025-11-15")).toEqual([]);
    expect(findDates("The Bloody Sunday inquiry reported in June.", "2025-11-15").map((d) => d.text)).toEqual(["June"]);
    expect(findDates("The truce was broken on Good Friday, officials said.", "2025-11-15")).toHaveLength(1);
  });
});

describe("findDates: a phrase of time in quotation marks", () => {
  it("reads it as if the marks were not there, at the same offsets", () => {
    const m = mention(
      'The president will visit Lima in "the spring", the two leaders said.',
      "2018-01-10",
      "the spring",
    );
    expect(m).toMatchObject({ start: "2018-03-01", end: "2018-05-31", precision: "season" });
  });
});
