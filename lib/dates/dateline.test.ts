import { describe, expect, it } from "vitest";
import { datelineLength, filedOn } from "./dateline";

/** The dateline a paragraph opens with, as text. */
const dateline = (paragraph: string) => paragraph.slice(0, datelineLength(paragraph));

describe("datelineLength", () => {
  it("ends on an agency's mark without a dash, and takes an agency named after the date", () => {
    expect(dateline("RAMBOUILLET, France (AP) Serbs agreed in principle on Tuesday.")).toBe(
      "RAMBOUILLET, France (AP) ",
    );
    expect(dateline("LIMA, Nov. 23 Kyodo - Chief delegates will meet.")).toBe("LIMA, Nov. 23 Kyodo - ");
    expect(dateline("Hamas (the group) said it would attend.")).toBe("");
  });

  it("measures a page's label of its date scraped into the text ('date 2021-03-04', 'Published: 4 March 2021')", () => {
    expect(dateline("date 2021-03-04 The two delegations met in Lima.")).toBe("date 2021-03-04 ");
    expect(dateline("Published: 4 March 2021 The envoys left.")).toBe("Published: 4 March 2021 ");
    expect(dateline("Last updated on March 4, 2021 - The envoys left.")).toBe("Last updated on March 4, 2021 - ");
    // a word that only looks like a label is a sentence
    expect(dateline("Date of the next round is not set.")).toBe("");
    expect(dateline("Published 12 books, the envoy retired.")).toBe("");
  });

  it("measures a city-first wire dateline with its place and date", () => {
    expect(dateline("WASHINGTON, United States, Aug 19 — President Trump said a summit was being arranged.")).toBe(
      "WASHINGTON, United States, Aug 19 — ",
    );
  });

  it("measures a dateline with its country in square brackets ('New Delhi [India], August 7 (ANI):')", () => {
    expect(dateline("New Delhi [India], August 7 (ANI): The minister said talks would resume.")).toBe(
      "New Delhi [India], August 7 (ANI): ",
    );
    expect(dateline("Riyadh [Saudi Arabia],August 7: Several states proposed a plan.")).toBe(
      "Riyadh [Saudi Arabia],August 7: ",
    );
  });

  it("measures a TASS dateline with its agency mark", () => {
    expect(
      dateline(
        "ISTANBUL, July 25. /TASS/. Turkish President Recep Tayyip Erdogan promised to phone his Russian and American counterparts.",
      ),
    ).toBe("ISTANBUL, July 25. /TASS/. ");
  });

  it("measures a dateline with the agency's mark before its dash", () => {
    expect(dateline("KYIV, March 3 (Reuters) - Ukraine said it had hit a refinery.")).toBe(
      "KYIV, March 3 (Reuters) - ",
    );
    expect(dateline("MOSCOW (AP) — The Kremlin said on Monday it was open to talks.")).toBe("MOSCOW (AP) — ");
    expect(dateline("DOHA (AFP/REUTERS) - Talks resumed on Monday.")).toBe("DOHA (AFP/REUTERS) - ");
    expect(datelineLength("KYIV (on Monday) said nothing.")).toBe(0);
  });

  it("measures a dateline marked with a site's domain in brackets", () => {
    expect(dateline("Leeds, United Kingdom, May 4, 2019 (example.org) – The talks broke down on Friday.")).toBe(
      "Leeds, United Kingdom, May 4, 2019 (example.org) – ",
    );
    expect(datelineLength("Leeds (in the north) – a city of talks.")).toBe(0);
  });

  it("measures a dateline whose mark gives the day of filing after a dash ('(Daily Post / Sputnik - 4th March, 2021)')", () => {
    expect(dateline("NAIROBI (Daily Post / Sputnik - 4th March, 2021) The envoys agreed to meet again.")).toBe(
      "NAIROBI (Daily Post / Sputnik - 4th March, 2021) ",
    );
    // with a comma after the city, in capitals or title case, and the day's month cut short
    expect(dateline("Lima, (APP - Daily Post / Coast News - 4th Mar, 2021) The minister said it.")).toBe(
      "Lima, (APP - Daily Post / Coast News - 4th Mar, 2021) ",
    );
    expect(dateline("LIMA, (Daily Post - 4th Mar, 2021) The minister said it.")).toBe(
      "LIMA, (Daily Post - 4th Mar, 2021) ",
    );
    expect(datelineLength("Lima (the capital) said nothing.")).toBe(0);
  });

  it("measures a dateline of two cities", () => {
    expect(dateline("TBILISI/BAKU — Officials said on Thursday that the text was agreed.")).toBe("TBILISI/BAKU — ");
  });

  it("measures a city in brackets before a dash", () => {
    const p = "(LONDON) — Delegations from both sides are set to meet on Friday.";
    expect(p.slice(datelineLength(p))).toBe("Delegations from both sides are set to meet on Friday.");
  });

  it("measures a bare city before a dash", () => {
    expect(dateline("YEREVAN—Armenia and Azerbaijan initialled the peace agreement.")).toBe("YEREVAN—");
    expect(dateline("KYIV - Ukraine said on Monday it had hit a Russian refinery.")).toBe("KYIV - ");
  });

  it("measures a city in title case before a colon set off by spaces, or with its country before a dash", () => {
    expect(dateline("Manama : Gulf leaders signed a declaration on Tuesday.")).toBe("Manama : ");
    expect(dateline("Doha, Qatar — The two sides resumed talks.")).toBe("Doha, Qatar — ");
    expect(dateline("Addis Ababa, Ethiopia (AFP) - The envoys met.")).toBe("Addis Ababa, Ethiopia (AFP) - ");
    expect(datelineLength("Hamas — the group said — accepted the terms.")).toBe(0);
    expect(datelineLength("Erdogan, Turkey's president — and host — said no.")).toBe(0);
    expect(datelineLength("Putin: we are ready to talk.")).toBe(0);
  });

  it("measures a city in title case followed by a date", () => {
    expect(dateline("Skopje, 12 May 2023 (MIA) — After talks on Saturday, the envoy left.")).toBe(
      "Skopje, 12 May 2023 (MIA) — ",
    );
    expect(dateline("Nairobi, March 3 - The envoys met.")).toBe("Nairobi, March 3 - ");
    expect(dateline("Sharm el-Sheikh, October 9 (Agencies) -- Mediators met on Monday.")).toBe(
      "Sharm el-Sheikh, October 9 (Agencies) -- ",
    );
    expect(datelineLength("Ruto, on March 3, met the envoys.")).toBe(0);
    // A date in figures after the city ends the dateline, with or without a dash.
    expect(dateline("Geneva 14.05.2024 Envoys met on Monday.")).toBe("Geneva 14.05.2024 ");
    expect(dateline("Oslo, 03/06/2023 - Envoys met.")).toBe("Oslo, 03/06/2023 - ");
    expect(datelineLength("Geneva talks on 14.05.2024 ended.")).toBe(0);
    // So does a full date in words before a capital.
    expect(dateline("Nairobi November 3, 2022 The envoys met.")).toBe("Nairobi November 3, 2022 ");
    expect(dateline("Port Louis 3 November 2022 Envoys met.")).toBe("Port Louis 3 November 2022 ");
    expect(datelineLength("Nairobi November 3, 2022 was the day the envoys met.")).toBe(0);
  });

  it("measures a date-first dateline with its weekday", () => {
    expect(dateline("Thursday, November 23, 2023 – Qatar announced the truce would begin on Friday.")).toBe(
      "Thursday, November 23, 2023 – ",
    );
    expect(dateline("18 February 2025: Russian and US delegations met in Riyadh.")).toBe("18 February 2025: ");
    // a stop after the city, and an agency's mark with a hyphen
    expect(dateline("KYIV. April 22 (Interfax-Ukraine) – The envoy is expected on Friday.")).toBe(
      "KYIV. April 22 (Interfax-Ukraine) – ",
    );
    // the outlet's own mark after the date, as small outlets print it
    expect(dateline("Nov 4, 2023(Lakeside Post) — The mediators asked both sides to return.")).toBe(
      "Nov 4, 2023(Lakeside Post) — ",
    );
  });

  it("measures a full date that opens a paragraph before a capital, glued to it or not", () => {
    expect(dateline("November 23, 2016A revised accord is to be signed on Thursday.")).toBe("November 23, 2016");
    expect(dateline("March 4, 2024 The envoys met again.")).toBe("March 4, 2024 ");
    // a date that a sentence opens on is no dateline ("May 9, 2024 was …", "May 9 saw …")
    expect(datelineLength("May 9, 2024 was the day the truce began.")).toBe(0);
    expect(datelineLength("March 4 Talks resumed.")).toBe(0);
  });

  it("finds no dateline in an ordinary paragraph", () => {
    expect(datelineLength("Zelensky and Trump met in Rome on Saturday.")).toBe(0);
    expect(datelineLength("On June 16, Witkoff met Zelensky in Kyiv.")).toBe(0);
    expect(datelineLength("")).toBe(0);
  });

  it("does not take a sentence opening with an acronym for a dateline", () => {
    expect(datelineLength("NATO leaders met in The Hague on Tuesday.")).toBe(0);
    expect(datelineLength("US officials said talks would resume.")).toBe(0);
  });
});

describe("filedOn", () => {
  it("gives the day a dateline was filed, when it is publication day or a few days before", () => {
    expect(filedOn("NAIROBI, Kenya, March 2 (Xinhua) -- The envoys met.", "2024-03-03")).toBe("2024-03-02");
    expect(filedOn("NAIROBI, March 3 (AP) — The envoys met.", "2024-03-03")).toBe("2024-03-03");
    // A dateline weeks older is no filing day of this page, and a paragraph without one has none.
    expect(filedOn("NAIROBI, February 2 (AP) — The envoys met.", "2024-03-03")).toBeNull();
    expect(filedOn("The envoys met on March 2.", "2024-03-03")).toBeNull();
    expect(filedOn("NAIROBI (AP) — The envoys met.", "2024-03-03")).toBeNull();
  });
});
