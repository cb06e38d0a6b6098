import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../load/parseArticle";
import { extractArticle } from "./extractArticle";
import { readExtractionContext } from "./extractionContext";

const root = path.resolve(import.meta.dirname, "../..");
const { ctx } = readExtractionContext(path.join(root, "content"));

// A wire report written for these tests in the style of the corpus: a dateline, a speaker on
// record, unnamed officials, an analyst, a relative date and a claim about the other side.
const file = "2024-03-14-wire-geneva-talks.md";
const text = `---
title: "Zelensky rules out talks on Russia's terms"
publisher: "Wire"
url: "https://wire.example/geneva-talks"
published: 2024-03-14
---
KYIV, March 14 (Wire) - Ukrainian President Volodymyr Zelensky said on Wednesday that Kyiv would never accept a deal that rewards Russian aggression.

Zelensky said Russia wants to freeze the conflict along the current front line.

Two senior officials said the talks in Geneva will resume next month.

Putin told reporters on Tuesday that Moscow was ready for negotiations.

On Monday, Kyiv issued a decree to "recognise the impossibility of holding negotiations with the Kremlin."
`;

const result = extractArticle(parseArticle(file, text), ctx);
const events = result.mentions.map((m) => m.event);
const about = (fragment: string) => {
  const found = events.filter((e) => e.sources[0]!.sentence.includes(fragment));
  expect(found.length, `an event on "${fragment}"`).toBeGreaterThan(0);
  return found;
};

describe("extractArticle", () => {
  it("gives an event at the end of a chain of infinitives the subject that starts it", () => {
    // 'Kyiv issued a decree [to "recognise the impossibility [of holding negotiations …]"]'.
    const [decree] = about("issued a decree");
    expect(decree!.actors.map((a) => a.id)).toContain("ukraine");
  });

  it("codes a reading of the other side's intentions as an assessment, not by its verb's category", () => {
    const [reading] = about("Russia wants to freeze");
    expect(reading!.type).toBe("assessment");
    expect(reading!.codes.cameo).toBe("012");
  });

  it("dates a weekday by the publication day and not by the dateline", () => {
    const [refusal] = about("would never accept a deal");
    expect(refusal!.date).toMatchObject({ start: "2024-03-13", end: "2024-03-13", precision: "day" });
    const [readiness] = about("ready for negotiations");
    expect(readiness!.type).toBe("negotiation-readiness");
    expect(readiness!.date.start).toBe("2024-03-12");
  });

  it("dates a reprinted wire story's weekdays and undated statements by its dateline's day", () => {
    const reprint = `---
title: "Truce talks"
publisher: "Daily Paper"
url: "https://paper.example/truce"
published: 2024-03-15
---
NAIROBI, March 14 (Wire) -- The mediators said they were ready for more talks.

The two sides first agreed to a truce on Friday.
`;
    const events = extractArticle(parseArticle("2024-03-15-paper-truce.md", reprint), ctx).mentions.map((m) => m.event);
    expect(events.find((e) => e.type === "negotiation-readiness")?.date.start).toBe("2024-03-14");
    expect(events.find((e) => e.type === "ceasefire-signal")?.date.start).toBe("2024-03-08");
  });

  it("makes whom a speaker told the signal's target, but not an audience ('told the envoy that …')", () => {
    const told = extractArticle(
      parseArticle(
        "2024-03-14-wire-told.md",
        `---\ntitle: "Talks"\npublisher: "Wire"\nurl: "https://wire.example/told"\npublished: 2024-03-14\n---\nZelensky on Friday told Turkish President Recep Tayyip Erdogan that Kyiv would send a delegation to Istanbul.\n\nLavrov told Chinese state television that Moscow saw no basis for talks.\n\n"We reminded Hamas that Israel had accepted the plan," the envoy said.\n`,
      ),
      ctx,
    );
    const [sent, refused, reminded] = told.mentions.map((m) => m.event.actors);
    expect(sent).toEqual(
      expect.arrayContaining([
        { id: "zelensky", role: "source" },
        { id: "erdogan", role: "target" },
      ]),
    );
    // (the audience's country is only named beside the signal)
    expect(refused).toContainEqual({ id: "china", role: "mentioned" });
    // Reminding someone tells them too.
    expect(reminded).toEqual(expect.arrayContaining([{ id: "hamas", role: "target" }]));
  });

  it("gives a speaker on record their own stance", () => {
    const [refusal] = about("would never accept a deal");
    const source = refusal!.sources[0]!;
    expect(source.attribution).toBe("on-record");
    expect(source.speaker).toBe("zelensky");
    expect(refusal!.positions.every((p) => p.actor === "zelensky")).toBe(true);
  });

  it("never gives a position to an actor who is only mentioned or targeted", () => {
    for (const e of about("would never accept a deal")) expect(e.positions.map((p) => p.actor)).not.toContain("russia");
    // A reading of the other side's aims is the other side's position, read by the speaker.
    for (const e of about("Russia wants to freeze")) {
      expect(e.sources[0]!.speaker).toBe("zelensky");
      for (const p of e.positions) expect(p.actor).toBe("russia");
    }
  });

  it("keeps unnamed officials anonymous and a future date ahead", () => {
    const [talks] = about("will resume next month");
    expect(talks!.sources[0]).toMatchObject({ attribution: "anonymous", speaker: null });
    expect(talks!.date).toMatchObject({ start: "2024-04-01", end: "2024-04-30", precision: "month" });
    expect(talks!.modality).not.toBe("reported");
  });

  it("points every event at its sentence in the raw article body", () => {
    const body = parseArticle(file, text).body;
    for (const e of events) {
      const [from, to] = e.sources[0]!.offsets!;
      expect(body.slice(from, to)).toContain(e.sources[0]!.sentence.slice(0, 20));
    }
  });
});

/** The events of a short wire story published on `published`. */
function wireEvents(published: string, body: string) {
  const md = `---\ntitle: "Wire story"\npublisher: "Wire"\nurl: "https://wire.example/story"\npublished: ${published}\n---\n${body}\n`;
  return extractArticle(parseArticle(`${published}-wire-story.md`, md), ctx).mentions.map((m) => m.event);
}

describe("a story told in another year", () => {
  it("dates a day written without a year in the year of the days just told with one", () => {
    const events = wireEvents(
      "2023-12-14",
      "The talks opened on 3 March 1991 at an air base outside the capital.\n\n" +
        "For two weeks the delegations argued over maps.\n\n" +
        "On 14 March the mediator told them the talks would close the next morning.\n\n" +
        "The agreement was signed on 15 March, the envoy said.\n\n" +
        "The rebels rejected the accord that November.",
    );
    // (the undated act in the simple past goes on in that year's story, from the day just told)
    expect(events.map((e) => e.date.start)).toEqual([
      "1991-03-03",
      "1991-03-03",
      "1991-03-14",
      "1991-03-15",
      "1991-11-01",
    ]);
  });

  it("dates an undated act in the simple past by the day of that year just told, and a present state by publication", () => {
    const events = wireEvents(
      "2023-12-14",
      "The talks opened on 3 March 1991 at an air base outside the capital.\n\n" +
        "The mediators drafted maps for two weeks.\n\n" +
        "Captions aside, the delegations argued.\n\n" +
        "Another paragraph on the weather.\n\n" +
        "On 14 March the mediator told them the talks would close the next morning.\n\n" +
        "More colour from the air base.\n\n" +
        "Yet more colour.\n\n" +
        "The rebel delegation rejected the accord, the envoy said.\n\n" +
        "The accord is still rejected by the rebels.",
    );
    expect(events.find((e) => e.sources[0]!.sentence.startsWith("The rebel delegation"))?.date.start).toBe(
      "1991-03-14",
    );
    expect(events.at(-1)?.date.start).toBe("2023-12-14");
  });

  it("but not once the story is back in its own year, nor after a year alone", () => {
    const back = wireEvents(
      "2023-12-14",
      "The talks opened on 3 March 1991 at an air base.\n\n" +
        "The envoy arrived in the capital on 2 December 2023.\n\n" +
        "The rebels signed the agreement on 11 December, the envoy said.",
    );
    expect(back.at(-1)?.date.start).toBe("2023-12-11");
    const year = wireEvents(
      "2023-12-14",
      "The war began in 1991.\n\nThe rebels signed the agreement on 11 December, the envoy said.",
    );
    expect(year.at(-1)?.date.start).toBe("2023-12-11");
  });
});

describe("a truce still to come in a dated announcement", () => {
  it("is dated by the announcement when the sentence dates it, and by the truce's start when not", () => {
    const [dated] = wireEvents(
      "2024-05-11",
      "The mediators announced on Wednesday that a ceasefire would begin on Friday at dawn.",
    );
    expect(dated?.type).toBe("ceasefire-signal");
    expect(dated?.date.start).toBe("2024-05-08");
    const [undated] = wireEvents("2024-05-11", "The mediators said a ceasefire would begin on Friday at dawn.");
    expect(undated?.date.start).toBe("2024-05-10");
  });
});

describe("a truce declared from a day long before the story", () => {
  it("is dated by the day it took effect, while one from a day of the story's week is dated by the story", () => {
    const [old] = wireEvents("2002-02-22", "The rebels declared a one-month truce from December 24.");
    expect(old?.type).toBe("ceasefire-signal");
    expect(old?.date.start).toBe("2001-12-24");
    const [recent] = wireEvents("2002-02-22", "The rebels declared a truce from Wednesday.");
    expect(recent?.date.start).toBe("2002-02-22");
  });
});

describe("a count of days later", () => {
  it("counts from the last day told, though its sentence tells no event", () => {
    const events = wireEvents(
      "2023-12-14",
      "The letter reached the secretary-general on 18 July 1988.\n\n" +
        "Two days later, the ayatollah told the nation that he accepted the ceasefire.",
    );
    expect(events.map((e) => e.date.start)).toEqual(["1988-07-20"]);
  });
});

describe("an opening dateline", () => {
  it("names where the story was filed, not who acts", () => {
    const [event] = wireEvents(
      "2025-03-13",
      "TBILISI/YEREVAN — Armenian and Azerbaijani negotiators said on Thursday that they had agreed the text of a border treaty.",
    );
    expect(event?.actors.map((a) => a.id).sort()).toEqual(["armenia", "azerbaijan"]);
  });

  it("gives its date to no date of the story after it ('Jan. 22, 2023 — On Saturday, Jan. 21, …')", () => {
    const [event] = wireEvents(
      "2023-01-22",
      "Riverside Gazette, January 22, 2023 — On Saturday, January 21, the round of talks between the government and the rebels came to an end.",
    );
    expect(event?.date).toMatchObject({ start: "2023-01-21", end: "2023-01-21" });
  });

  it("leaves each phrase after it the direction of its own clause ('… with the truce due to begin on Friday')", () => {
    const events = wireEvents(
      "2021-06-08",
      "LIMA, June 8 (Wire) - The envoy said on Tuesday that Peru and Chile had accepted a deal to end a year of clashes along the border, with the truce due to begin at dawn on Friday.",
    );
    expect(events.map((e) => e.date.start)).not.toContain("2021-06-04");
    expect(events.find((e) => e.type === "ceasefire-signal")?.date).toMatchObject({ start: "2021-06-08" });
  });

  it("is no part of the summary", () => {
    const [event] = wireEvents(
      "1999-02-24",
      "RAMBOUILLET, France (AP) Serbs agreed in principle Tuesday to give limited self-rule to the province.",
    );
    expect(event?.summary).toBe("Serbs agreed in principle Tuesday to give limited self-rule to the province.");
  });
});

describe("a signal with no one named", () => {
  it("is kept when it is the clause's subject, the clause's own matter ('the truce has largely held')", () => {
    const events = wireEvents(
      "2024-08-14",
      "The mediators met both delegations in Doha on Tuesday.\n\nThe truce has largely held, though shelling resumed near the port.",
    );
    expect(events.map((e) => e.type)).toContain("ceasefire-signal");
  });

  it("is dropped when a side phrase only names it, or its subject names only troops ('the army did not follow suit')", () => {
    for (const later of ["Prices rose sharply in the weeks after the truce.", "The army did not follow suit."]) {
      const events = wireEvents("2024-08-14", `The mediators met both delegations in Doha on Tuesday.\n\n${later}`);
      expect(events.map((e) => e.type)).toEqual(["talks"]);
    }
  });
});

describe("background the story reports", () => {
  it("keeps a vote, a choice or an election that has happened, undated, as news of the story's day", () => {
    for (const body of [
      "Delegates at the reconciliation forum have voted on a transitional council, ending a month of deadlock.",
      "Delegates at the reconciliation forum have chosen a transitional council, ending a month of deadlock.",
    ])
      expect(wireEvents("2024-02-09", body)).toContainEqual(
        expect.objectContaining({ type: "context", date: expect.objectContaining({ start: "2024-02-09" }) }),
      );
  });

  it("drops one still to come with no day, or only named ('elections are due', 'will elect a speaker')", () => {
    for (const body of [
      "Fresh elections are due, the commission said.",
      "The new assembly will elect a speaker once the parties agree on seats.",
    ])
      expect(wireEvents("2024-02-09", body).filter((e) => e.type === "context")).toEqual([]);
  });
});

describe("the story's time", () => {
  it("dates a clause of 'after' by its distance from the clause it hangs on ('a day after the rebels announced …')", () => {
    const events = wireEvents(
      "2024-06-12",
      "The envoy met the rebel delegation on Tuesday, a day after the rebels said they were ready for talks.",
    );
    expect(events.find((e) => e.type === "talks")?.date).toMatchObject({ start: "2024-06-11", end: "2024-06-11" });
    expect(events.find((e) => e.type !== "talks")?.date).toMatchObject({
      start: "2024-06-10",
      end: "2024-06-10",
      text: "a day after",
    });
  });

  it("dates an undated clause, or its saying, by the day of what it came soon or a counted distance after", () => {
    const said = wireEvents(
      "2016-10-04",
      '"We will keep working for peace," the president told supporters minutes after the polls closed on Sunday.',
    );
    expect(said[0]?.date).toMatchObject({ start: "2016-10-02", end: "2016-10-02", text: "minutes after" });
    const signed = wireEvents("2016-10-06", "The rebels signed the deal a day after the talks ended on Monday.");
    expect(signed.find((e) => e.sources[0]!.sentence.startsWith("The rebels"))?.date).toMatchObject({
      start: "2016-10-04",
      end: "2016-10-04",
    });
    // (a bare "after" says nothing of how long after)
    const bare = wireEvents("2016-10-06", "The rebels signed the deal after the talks ended on Monday.");
    expect(bare.find((e) => e.sources[0]!.sentence.startsWith("The rebels"))?.date.text).not.toMatch(/after/);
  });

  it("keeps the date a clause of 'after' states, and gives no event where the distance cannot be counted", () => {
    const stated = wireEvents(
      "2024-06-15",
      "The army shelled the port on Wednesday, two days after the rebels said on Sunday they were ready for talks.",
    );
    expect(stated.find((e) => e.type === "negotiation-readiness")?.date).toMatchObject({ start: "2024-06-09" });
    const loose = wireEvents(
      "2024-06-15",
      "The talks resumed in March, two months after the rebels rejected the plan.",
    );
    expect(loose.map((e) => e.type)).toEqual(["talks"]);
    // What a clause of "before" names may still have been to come.
    const planned = wireEvents(
      "2024-06-13",
      "The army shelled the port on Wednesday, two days before the rebels were due to free ten hostages.",
    );
    expect(planned.map((e) => e.type)).not.toContain("ceasefire-signal");
  });

  it("is the day of saying, before the publication day, of a statement about another day", () => {
    const events = wireEvents(
      "2023-01-22",
      "The delegations announced on Saturday that the talks that opened in Oslo will resume on February 13.\n\n" +
        "The delegations thanked Norway for its hospitality.",
    );
    expect(events.find((e) => e.sources[0]!.sentence.includes("will resume"))?.date.start).toBe("2023-02-13");
    expect(events.find((e) => e.sources[0]!.sentence.includes("thanked"))?.date).toMatchObject({
      start: "2023-01-21",
      carried: true,
    });
  });

  it("takes its first day from a sentence that tells no event ('Snow fell in Oslo on Sunday, 25 September')", () => {
    const events = wireEvents(
      "2016-10-04",
      "Heavy snow fell in Oslo on Sunday, 25 September.\n\nSoon after, Mr Novak met the two delegations.",
    );
    expect(events.find((e) => e.sources[0]!.sentence.includes("met the two"))?.date).toMatchObject({
      start: "2016-09-25",
      carried: true,
    });
    // such a sentence does not move a time the story has
    const later = wireEvents(
      "2016-10-04",
      "The delegations met in Oslo on Wednesday, 28 September.\n\n" +
        "Heavy snow fell in Oslo on Monday, 3 October.\n\n" +
        "Mr Novak said the talks were useful.",
    );
    expect(later.find((e) => e.sources[0]!.sentence.includes("useful"))?.date.start).toBe("2016-09-28");
  });

  it("opens the publication day at its heading in a page told day by day, but not at a page's own date label", () => {
    const days = wireEvents(
      "2021-04-16",
      "Thursday, 15 April\nThe pause took effect at dawn.\n\nFriday, 16 April\nThe army said its drones had struck a depot near the line.",
    );
    expect(days.find((e) => e.type === "military-claim")?.date.start).toBe("2021-04-16");
    // a date label that opens the page is the publication day, which opens nothing
    const label = wireEvents(
      "2021-04-16",
      "Friday, 16 April\nThe envoys met in Oslo on Wednesday.\n\nThe army said its drones had struck a depot near the line.",
    );
    expect(label.find((e) => e.type === "military-claim")?.date.start).toBe("2021-04-14");
  });

  it("dates what was said after the act just told ('after the signing') by that act's day", () => {
    const story = (opening: string) =>
      wireEvents(
        "2021-04-15",
        "The rebels said on Thursday that they would release forty prisoners.\n\n" +
          "The envoys signed the truce accord in Oslo on Wednesday.\n\n" +
          `${opening}, the premier announced that the army would halt its offensive.`,
      ).find((e) => e.sources[0]!.sentence.includes("premier announced"))?.date.start;
    expect(story("At a briefing after the signing")).toBe("2021-04-14");
    expect(story("After the ceremony")).toBe("2021-04-14");
    // or in the occasion just told
    expect(story("In the same speech")).toBe("2021-04-14");
    expect(story("At that meeting")).toBe("2021-04-14");
    expect(story("In the speech")).toBe("2021-04-15");
    // after a thing that is no act just told, the story's day
    expect(story("After the war")).toBe("2021-04-15");
  });

  it("dates what came next in a turn of events ('then rejected') by the day told last, not the story's latest", () => {
    const events = wireEvents(
      "2021-04-17",
      "The allies met in Oslo on Friday to demand a seat at the talks.\n\n" +
        "The premier had called the rebel leader on Wednesday. He then rejected the mediator's plan.",
    );
    expect(events.find((e) => e.sources[0]!.sentence.includes("then rejected"))?.date.start).toBe("2021-04-14");
    // without "then", the story's latest day
    const plain = wireEvents(
      "2021-04-17",
      "The allies met in Oslo on Friday to demand a seat at the talks.\n\n" +
        "The premier had called the rebel leader on Wednesday. He rejected the mediator's plan.",
    );
    expect(plain.find((e) => e.sources[0]!.sentence.includes("He rejected"))?.date.start).toBe("2021-04-16");
  });

  it("moves a story told of an earlier day to today when a sentence of no event reaches it ('arrived this morning')", () => {
    const events = wireEvents(
      "2021-04-16",
      "The envoys left Oslo on Wednesday without a deal.\n\n" +
        "The first sign of progress came this morning. Buses carrying freed detainees crossed the front line.",
    );
    expect(events.find((e) => e.sources[0]!.sentence.includes("detainees"))?.date.start).toBe("2021-04-16");
    // a sentence of no event about an earlier day still leaves the story where it was
    const later = wireEvents(
      "2021-04-16",
      "The envoys left Oslo on Wednesday without a deal.\n\n" +
        "The weather turned on Monday. Buses carrying freed detainees crossed the front line.",
    );
    expect(later.find((e) => e.sources[0]!.sentence.includes("detainees"))?.date.start).toBe("2021-04-14");
  });

  it("takes its first day from a clause that tells no event, beside one that does", () => {
    const events = wireEvents(
      "2021-04-15",
      "The decision was taken on Tuesday, and the pullback of the brigades will begin within a week.\n\n" +
        "Mr Novak welcomed the pullback.",
    );
    expect(events.find((e) => e.sources[0]!.sentence.includes("welcomed"))?.date).toMatchObject({
      start: "2021-04-13",
      carried: true,
    });
  });

  it("does not take the day a plan is set for as the story's time ('the truce will begin on …')", () => {
    const events = wireEvents(
      "2021-04-15",
      "The truce between the army and the rebels will begin at dawn on Thursday, April 15.\n\n" +
        "Mr Novak welcomed the truce.",
    );
    expect(events.find((e) => e.sources[0]!.sentence.includes("welcomed"))?.date).toMatchObject({
      basis: "publication",
    });
  });

  it("stays the publication day, told by a report issued that day, past background a week back", () => {
    const events = wireEvents(
      "2025-03-18",
      "President Haas has agreed to a pause in strikes, according to a statement issued by his office on March 18.\n\n" +
        "The rebels have had some success lately. Late on March 10, rebel drones attacked the capital.\n\n" +
        "His office also said Mr Haas welcomed the idea of a truce at sea.",
    );
    const on = (fragment: string) => events.find((e) => e.sources[0]!.sentence.includes(fragment))?.date;
    expect(on("drones attacked")).toMatchObject({ start: "2025-03-10" });
    expect(on("truce at sea")).toMatchObject({ start: "2025-03-18" });
  });

  it("goes back to a call the sentence before dated for what the partner in it did, not for the caller's next act", () => {
    const events = wireEvents(
      "2025-03-19",
      "The two presidents said on Wednesday that they had held a constructive call.\n\n" +
        "Mr Lind spoke on Tuesday to President Haas about a partial ceasefire.\n\n" +
        "Mr Haas agreed to halt strikes on the port.\n\n" +
        "Mr Lind visited the port on Monday.\n\n" +
        "Mr Lind called for an end to the shelling.",
    );
    const on = (fragment: string) => events.find((e) => e.sources[0]!.sentence.includes(fragment))?.date;
    expect(on("spoke on Tuesday")).toMatchObject({ start: "2025-03-18" });
    expect(on("agreed to halt strikes")).toMatchObject({ start: "2025-03-18", carried: true });
    expect(on("called for an end")).toMatchObject({ start: "2025-03-19" });
  });

  it("is not moved to a deadline the story names ('were to finalise a deal by August 18')", () => {
    const events = wireEvents(
      "2025-08-26",
      "The government and the rebels restarted peace talks in Doha, the mediator said.\n\n" +
        "The parties were to finalise an agreement by August 18.\n\n" +
        "The rebels had insisted on a separate ceasefire deal.",
    );
    const insisted = events.find((e) => e.sources[0]!.sentence.includes("insisted"));
    expect(insisted?.date).toMatchObject({ start: "2025-08-26", basis: "publication" });
  });
});

describe("a summary's subject pronoun", () => {
  it("is not read as the person the clause names after it ('he met with Kim')", () => {
    const events = wireEvents(
      "2025-08-26",
      "President Halvorsen and Chancellor Brandtner held talks in Oslo.\n\nOn Monday he met with Putin in Minsk.",
    );
    const met = events.find((e) => e.sources[0]!.sentence.includes("met with Putin"));
    expect(met?.summary).toBe("He met with Putin in Minsk.");
  });
});

describe("talks a side phrase opening the sentence names", () => {
  it("are an event of their own, summarised as the talks held, beside the clause's event", () => {
    const events = wireEvents(
      "2025-08-26",
      "In a phone call with President Putin, Chancellor Brandtner urged Russia to declare a truce.",
    );
    expect(events.map((e) => `${e.type}: ${e.summary}`)).toEqual([
      "ceasefire-signal: Chancellor Brandtner urged Russia to declare a truce.",
      "talks: Brandtner held a phone call with President Putin.",
    ]);
  });
});

describe("talks a side phrase names with their parties", () => {
  it("are summarised as theirs, with both parties, not as talks the clause's subject held", () => {
    const events = wireEvents(
      "2025-08-26",
      "The minister spoke to reporters after talks between Russia and Turkey in Sochi.",
    );
    expect(events.map((e) => `${e.type}: ${e.summary}`)).toEqual(["talks: Talks between Russia and Turkey in Sochi."]);
  });
});

describe("a participle of meeting that sets the scene", () => {
  it("makes whom the actor meets a party to what the clause states ('Meeting with Erdogan, Putin called …')", () => {
    const [event] = wireEvents("2025-08-26", "Meeting with Erdogan in Ankara on Monday, Putin called for a ceasefire.");
    expect(event?.actors).toEqual([
      { id: "putin", role: "source" },
      { id: "erdogan", role: "target" },
      { id: "russia", role: "represented" },
      { id: "turkey", role: "represented" },
    ]);
  });
});

describe("the story's sides", () => {
  it("are parties to truce or talks news that names at most one side ('The truce took hold at dawn')", () => {
    const events = wireEvents(
      "2024-11-27",
      "The truce that Armenia and Azerbaijan signed in Geneva took hold on Wednesday.\n\n" +
        "President Emmanuel Macron announced on Tuesday that the shelling would stop.\n\n" +
        "Azerbaijan rejected any buffer zone on Wednesday.\n\n" +
        "Monitors from Kenya and Norway will meet on Friday.",
    );
    const roles = (i: number) => events[i]!.actors.map((a) => `${a.id}:${a.role}`);
    expect(events.map((e) => e.type)).toEqual(["ceasefire-signal", "ceasefire-signal", "rejection", "talks"]);
    expect(roles(1)).toEqual(["macron:source", "france:represented", "armenia:party", "azerbaijan:party"]);
    // Not what names two sides, nor news of another kind.
    expect(roles(0)).toEqual(["armenia:subject", "azerbaijan:subject"]);
    expect(roles(2).some((r) => r.endsWith(":party"))).toBe(false);
    expect(roles(3).some((r) => r.endsWith(":party"))).toBe(false);
  });
});

describe("an interview", () => {
  it("reads no event from the interviewer's turns, only from the answers", () => {
    const events = wireEvents(
      "2018-12-21",
      "Q: You had some meetings with the rebels in Doha last week.\n\n" +
        "ENVOY HALVORSEN: The rebels agreed to a three-month ceasefire.",
    );
    expect(events.map((e) => e.sources[0]!.sentence)).toEqual([
      "ENVOY HALVORSEN: The rebels agreed to a three-month ceasefire.",
    ]);
  });
});

describe("the reader", () => {
  it("is no party: a clause the writer addresses to 'you' gives no event, a quoted 'you' does", () => {
    const events = wireEvents(
      "2025-10-21",
      "Here is what you need to know about the talks today.\n\n" +
        '"You must withdraw your troops from our land," the minister told the rebel envoy on Monday.',
    );
    expect(events.map((e) => e.type)).toEqual(["condition"]);
  });
});

describe("a plural pronoun subject", () => {
  it("is the parties that acted in the sentence before, both sides of a meeting, never one person", () => {
    const actorsOf = (...paragraphs: string[]) =>
      wireEvents("2025-06-20", paragraphs.join("\n\n"))
        .at(-1)!
        // (the states the officials among them speak for aside)
        .actors.filter((a) => a.role !== "represented")
        .map((a) => a.id);
    expect(
      actorsOf("Armenia and Azerbaijan signed a truce on Friday.", "They also agreed to reopen the border."),
    ).toEqual(["armenia", "azerbaijan"]);
    expect(actorsOf("Putin met Erdogan on Friday.", "They agreed to resume grain exports.")).toEqual([
      "putin",
      "erdogan",
    ]);
    expect(
      actorsOf("Putin said on Friday that the talks were useful.", "They agreed to resume grain exports."),
    ).toEqual([]);
    // Not a meeting's topic, not across a sentence that told nothing, not when a plural comes first.
    expect(
      actorsOf("Putin spoke to Erdogan by phone on Friday about Syria.", "They agreed to resume grain exports."),
    ).toEqual(["putin", "erdogan"]);
    expect(
      actorsOf(
        "Armenia and Azerbaijan signed a border deal on Friday.",
        "Villagers were relieved.",
        "They hoped the truce would hold.",
      ),
    ).toEqual([]);
    expect(
      actorsOf(
        "Putin met Erdogan on Friday.",
        "Western diplomats were unimpressed and said they would push for new sanctions.",
      ),
    ).toEqual([]);
    // A state the sentence names only as a place is no party of its own.
    expect(
      actorsOf("Armenia and Azerbaijan signed a truce on Friday.", "They also agreed to hold talks in Kazakhstan."),
    ).toEqual(["armenia", "azerbaijan", "kazakhstan"]);
  });
});

describe("actors the evidence sentence names outside the event's clause", () => {
  it("are mentioned, after those who take part", () => {
    const events = wireEvents(
      "2025-03-14",
      "Speaking in Quito, where Brazil's envoy arrived on Monday, Ecuador's president rejected the border plan.",
    );
    const rejection = events.find((e) => e.type === "rejection");
    expect(rejection?.actors.map((a) => a.id)).toEqual(["ecuador", "brazil"]);
    expect(rejection?.actors[1]).toEqual({ id: "brazil", role: "mentioned" });
  });

  it("include a state named only as a place ('its embassy in Chile')", () => {
    const [event] = wireEvents("2025-03-14", "Peru reopened its embassy in Chile on Tuesday.");
    expect(event?.actors.map((a) => a.id)).toEqual(["peru", "chile"]);
    expect(event?.actors[1]).toEqual({ id: "chile", role: "mentioned" });
  });
});

describe("a singular pronoun subject", () => {
  it("is the one actor named by the subject of the clause it hangs on ('the junta has made clear it will …')", () => {
    const [event] = wireEvents(
      "2024-08-12",
      "Mali's military-led junta has made clear it will stay away from EU-sponsored talks in Lisbon.",
    );
    expect(event).toMatchObject({ type: "rejection" });
    expect(event!.actors).toEqual([
      { id: "mali", role: "subject" },
      { id: "eu", role: "target" },
    ]);
  });
});

describe("a quotation's pronoun speaker", () => {
  it("speaks for whoever the sentence attributes the quotation to", () => {
    const [event] = wireEvents("2025-04-19", '"We assume that the rebels will sign the deal," Putin added.');
    expect(event?.actors.map((a) => a.id)).toContain("putin");
    expect(event?.sources[0]!.attribution).toBe("on-record");
  });
});

describe("a quotation that a colon opens", () => {
  it("goes on with its speaker in the sentences after the first", () => {
    const events = wireEvents(
      "2025-04-19",
      'Karl Moser, the special envoy for the region, said: "The meetings were useful. We made real progress on the key points."',
    );
    const progress = events.find((e) => e.sources[0]!.sentence.includes("real progress"));
    expect(progress?.actors.map((a) => a.id)).toEqual(["karl-moser"]);
    expect(progress?.sources[0]!.speaker).toBe("karl-moser");
  });
});

describe("doing what another party did", () => {
  it("is an event of the kind just told ('will follow our example', 'did the same')", () => {
    const events = wireEvents(
      "2025-04-19",
      'The minister ordered a halt to all combat operations on Saturday. "We expect that the rebels will follow our example," he added.\n\n' +
        "The rebels signed the deal on Monday. The army did not follow suit.",
    );
    const follow = events.find((e) => e.sources[0]!.sentence.includes("follow our example"));
    expect(follow?.type).toBe("ceasefire-signal");
    expect(events.some((e) => e.sources[0]!.sentence.includes("follow suit"))).toBe(false);
  });

  it("reads mirroring another party's actions as doing what it did ('would mirror the government's moves')", () => {
    const events = wireEvents(
      "2025-04-19",
      "The minister ordered a halt to all combat operations on Saturday. The rebels said they would mirror the government's moves.",
    );
    expect(events.find((e) => e.sources[0]!.sentence.includes("mirror"))?.type).toBe("ceasefire-signal");
  });
});

describe("a newsletter's label", () => {
  it("is no part of the summary ('Why it matters:')", () => {
    const events = wireEvents(
      "2024-05-06",
      "Why it matters: If Chad and Niger can agree to conditions, it could lead to the release of 33 hostages held in the north and to a pause in fighting for a month.",
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.summary).not.toMatch(/matters:/i);
  });
});

describe("headings and list items", () => {
  const sentence = "President Amira Haddad confirmed the deal, which means a full ceasefire";
  it("reads a line opening on a bullet as a sentence, though it has no closing stop", () => {
    const types = wireEvents("2025-01-15", `• ${sentence}\n`).map((e) => e.type);
    expect(types).toContain("ceasefire-signal");
  });

  it("holds a headline without a stop to a stronger reading", () => {
    expect(wireEvents("2025-01-15", `${sentence}\n`)).toEqual([]);
  });
});

describe("a sentence opening 'Hours later'", () => {
  it("is of the day the sentence before stated, however long before publication", () => {
    const events = wireEvents(
      "2018-09-12",
      "The rebel leader backed away from the deal on August 28. Hours later the mediators announced that he had agreed to sign it.",
    );
    const later = events.find((e) => e.sources[0]!.sentence.startsWith("Hours later"));
    expect(later?.date).toMatchObject({ start: "2018-08-28", end: "2018-08-28" });
  });

  it("is so for a statement made 'afterwards'", () => {
    const events = wireEvents(
      "2024-04-03",
      "The guns fell silent along the border on Monday.\n\n" +
        "On Saturday the president called both leaders and urged them to stop shooting.\n\n" +
        "The foreign minister said afterwards that her country agreed to a truce in principle.",
    );
    const afterwards = events.find((e) => e.sources[0]!.sentence.includes("afterwards"));
    expect(afterwards?.date).toMatchObject({ start: "2024-03-30", end: "2024-03-30" });
  });
});

describe("'that evening', 'the next day', 'two days later'", () => {
  it("date a sentence by the last day the story stated, or the day after it, not by publication", () => {
    const events = wireEvents(
      "2019-03-20",
      "The envoy met the rebel leader in Lima on March 2. The two had not spoken in a year.\n\n" +
        "In a statement the next day, the rebels rejected the plan.\n\n" +
        "Speaking on television that evening, the envoy called for a truce.",
    );
    const of = (start: string) => events.find((e) => e.sources[0]!.sentence.startsWith(start))?.date;
    expect(of("In a statement")).toMatchObject({ start: "2019-03-03", end: "2019-03-03" });
    expect(of("Speaking on television")).toMatchObject({ start: "2019-03-03", end: "2019-03-03" });
  });

  it("date 'on the third day of talks' by the day the story said the talks opened", () => {
    const events = wireEvents(
      "2019-03-20",
      "The talks, hosted by Peru, opened in Lima on March 4. The rebels objected to the format.\n\n" +
        "On the third day of talks, the rebels rejected the plan.",
    );
    const rejected = events.find((e) => e.sources[0]!.sentence.startsWith("On the third day"));
    expect(rejected?.date).toMatchObject({ start: "2019-03-06", end: "2019-03-06" });
  });

  it("date a sentence of 'two days later' two days after the last day stated, as an event of its own", () => {
    const events = wireEvents(
      "2019-03-20",
      "The rebels pledged a truce on March 2. Two days later, in Lima, the rebels signed the truce.",
    );
    const signed = events.find((e) => e.sources[0]!.sentence.startsWith("Two days later"));
    expect(signed?.date).toMatchObject({ start: "2019-03-04", end: "2019-03-04" });
    expect(signed?.sources[0]!.sentence).not.toMatch(/pledged/);
  });
  it("count a clause's 'the next day' from the day an earlier clause of its sentence names", () => {
    const events = wireEvents(
      "2019-03-23",
      "Envoys settled the text on Monday, and the president unveiled the accord in the capital the next day.",
    );
    expect(events.map((e) => e.date.start).sort()).toEqual(["2019-03-18", "2019-03-19"]);
  });

  it("count 'two days earlier', 'the day before' and 'days later' from the last day stated", () => {
    const of = (sentence: string) =>
      wireEvents("2019-03-20", `The rebels signed the truce in Lima on March 12. ${sentence}`).find((e) =>
        e.sources[0]!.sentence.startsWith(sentence.slice(0, 12)),
      )?.date;
    expect(of("The army had rejected the plan two days earlier.")).toMatchObject({ start: "2019-03-10" });
    expect(of("The army had rejected the plan the day before.")).toMatchObject({ start: "2019-03-11" });
    // a few days after: a span of them
    expect(of("The army rejected the plan days later.")).toMatchObject({ start: "2019-03-13", end: "2019-03-16" });
    // a comparison counts nothing
    expect(of("The army signed the plan two days earlier than planned.")).not.toMatchObject({ start: "2019-03-10" });
  });

  it("count a clause's own 'days later' from the day another clause of its sentence states", () => {
    const events = wireEvents(
      "2023-06-09",
      "The president announced a truce with the armed groups on 31 December, which the rebels said days later they had never accepted.",
    );
    expect(events.find((e) => e.type === "rejection")?.date).toMatchObject({ start: "2023-01-01", end: "2023-01-04" });
    // the clause that states the day keeps it
    expect(events.find((e) => e.type === "ceasefire-signal")?.date).toMatchObject({ start: "2022-12-31" });
  });

  it("leave an act alone when the counted words are in a clause after it, of another act", () => {
    const events = wireEvents(
      "2019-03-20",
      "Tuesday, 19 March\nThe two sides swapped forty prisoners each, an exchange the envoy had announced the day before.",
    );
    const swap = events.find((e) => e.sources[0]!.sentence.startsWith("The two sides"));
    expect(swap?.date).toMatchObject({ start: "2019-03-19", end: "2019-03-19" });
  });
});

describe("a heading that is only a day", () => {
  it("dates the part of the story under it, whichever way the story runs", () => {
    const events = wireEvents(
      "2019-03-20",
      "The latest on the truce talks.\n\nMonday, March 11\nThe rebels rejected the plan.\n\n" +
        "Friday, March 8\nThe envoy called for a truce.",
    );
    const of = (start: string) => events.find((e) => e.sources[0]!.sentence.startsWith(start))?.date;
    expect(of("The rebels rejected")).toMatchObject({ start: "2019-03-11", end: "2019-03-11" });
    expect(of("The envoy called")).toMatchObject({ start: "2019-03-08", end: "2019-03-08" });
  });

  it("opens nothing when it is the page's label of its publication day", () => {
    const events = wireEvents(
      "2019-03-20",
      "Wednesday, March 20\nThe rebels rejected the plan in Lima on Monday. The envoy called for a truce.",
    );
    // (the undated call follows the story's Monday, as it would without the label)
    const call = events.find((e) => e.sources[0]!.sentence.startsWith("The envoy"));
    expect(call?.date).toMatchObject({ start: "2019-03-18" });
  });
});

describe("the story's lead", () => {
  it("tells news of the story's day without an actor or a date; the same words later do not", () => {
    const lead = "Shops reopened across the city under the truce.";
    const [event] = wireEvents("2024-05-07", lead);
    expect(event).toMatchObject({ type: "ceasefire-signal", date: { start: "2024-05-07", basis: "publication" } });
    const later = wireEvents("2024-05-07", `Envoys from both sides flew home on Monday.\n\n${lead}`);
    expect(later.some((e) => e.sources[0]!.sentence === lead)).toBe(false);
  });
});

describe("the story's deal", () => {
  it("is a plan when the deals the story names are all of a matter of their own, a truce otherwise", () => {
    const signing = "The two sides signed the agreement in Oslo on Tuesday.";
    const nuclear = wireEvents("2024-05-08", `Six powers clinched a nuclear deal with Tehran on Monday.\n\n${signing}`);
    expect(nuclear.find((e) => e.sources[0]!.sentence === signing)?.type).toBe("proposal");
    const truce = wireEvents("2024-05-08", `The rivals reached a peace deal on Monday.\n\n${signing}`);
    expect(truce.find((e) => e.sources[0]!.sentence === signing)?.type).toBe("ceasefire-signal");
  });
});

describe("a statement in the past perfect", () => {
  it("is of the day the story just told of, when that is before the story's latest day", () => {
    const events = wireEvents(
      "2024-05-08",
      "The minister said in a statement on Tuesday that the talks had gone well.\n\n" +
        "Peace talks opened in Doha on Monday between the two sides.\n\n" +
        "The chief negotiator had called for a prompt truce.\n\n" +
        "The chief negotiator also called for an immediate ceasefire.",
    );
    const dated = (fragment: string) => events.find((e) => e.sources[0]!.sentence.startsWith(fragment))?.date.start;
    expect(dated("The chief negotiator had called")).toBe("2024-05-06");
    expect(dated("The chief negotiator also called")).toBe("2024-05-07");
  });
});

describe("two parties named by number alone", () => {
  it("are the parties of the sentence just before when no pair is named ('The two countries also agreed')", () => {
    const events = wireEvents(
      "2024-05-08",
      "Peru and Chile signed a border accord in Lima on Monday. They pledged to reopen the border crossings within a month.\n\n" +
        "The two nations also agreed to set up a joint fisheries commission.",
    );
    const agreed = events.find((e) => e.sources[0]!.sentence.startsWith("The two nations"));
    expect(agreed?.actors.map((a) => a.id).sort()).toEqual(["chile", "peru"]);
  });
});

describe("a description with a copula", () => {
  it("is the outlet's, not a statement of the actor it describes ('Erdogan's optimism seems …')", () => {
    const events = wireEvents("2024-05-08", "Erdogan's optimism seems unshakeable these days. Putin proposed a truce.");
    const described = events.find((e) => e.sources[0]!.sentence.includes("optimism"));
    expect(described?.type).toBe("assessment");
    expect(described?.sources[0]).toMatchObject({ attribution: "outlet", speaker: null });
    const proposed = events.find((e) => e.sources[0]!.sentence.startsWith("Putin"));
    expect(proposed?.sources[0]).toMatchObject({ attribution: "on-record", speaker: "putin" });
  });
});

describe("'today' in a quotation", () => {
  it("is the day of the statement: the day the story has reached when the statement names none", () => {
    const events = wireEvents(
      "2024-05-08",
      "Peru and Chile announced a border accord on Monday.\n\n" +
        '"I welcome the agreement reached today and urge both armies to respect a ceasefire," UN envoy Ana Ruiz said.\n\n' +
        '"We are ready for talks today," Foreign Minister Jorge Salas said on Wednesday.',
    );
    const dated = (fragment: string) => events.find((e) => e.sources[0]!.sentence.includes(fragment))?.date.start;
    expect(dated("I welcome")).toBe("2024-05-06");
    expect(dated("We are ready")).toBe("2024-05-08");
  });

  it("counts a weekday from the day the sentence's own speaking frame names, not the story's day before", () => {
    const events = wireEvents(
      "2025-04-06",
      "The two ministers met in Baku on Friday.\n\n" +
        'Reza Karimi, an adviser to the supreme leader, told a state broadcaster on Saturday that Tehran would shut the corridor "with or without Moscow", warning it would become "a trap".',
    );
    const closing = events.find((e) => e.sources[0]!.sentence.includes("shut the corridor"));
    expect(closing?.date.start).toBe("2025-04-05");
  });
});

describe("a verb of speculating", () => {
  it("frames the speaker's reading of another side, an assessment on record ('speculated that Moscow may …')", () => {
    const [event] = wireEvents(
      "2024-05-08",
      "Peruvian Foreign Minister Jorge Salas speculated that Chile may have no intention of signing the accord.",
    );
    expect(event?.type).toBe("assessment");
    expect(event?.sources[0]).toMatchObject({ attribution: "on-record", speaker: "jorge-salas" });
  });

  it("reads another state's readiness to fight as the speaker's reading of it, the side's own as a threat", () => {
    const [reading] = wireEvents(
      "2024-05-08",
      "Peruvian Foreign Minister Jorge Salas said Chile was ready to keep attacking the border posts.",
    );
    expect(reading?.type).toBe("assessment");
    const [own] = wireEvents(
      "2024-05-08",
      "Peruvian Foreign Minister Jorge Salas said Peru was ready to keep attacking the border posts.",
    );
    expect(own?.type).toBe("threat");
  });

  it("reads 'would' after a past belief as its future: a prediction ('believed the accord would bring peace')", () => {
    const [event] = wireEvents(
      "2024-05-08",
      "Peruvian Foreign Minister Jorge Salas said he believed the accord would bring a lasting ceasefire.",
    );
    expect(event?.type).toBe("assessment");
  });
});

describe("a sentence that goes on about the person the one before told of", () => {
  const events = wireEvents(
    "2024-09-06",
    [
      "Norway's foreign minister said on Thursday that the mediators would return to Bogota next week.",
      'President Ana Morales said on Wednesday that the rebels had to disarm first. "We will not negotiate under fire," she told lawmakers.',
      "She asked who would guarantee the safety of the delegates.",
      "Hours earlier, the rebel commander rejected the proposal as a trap.",
    ].join("\n\n"),
  );
  const dayOf = (fragment: string) => events.find((e) => e.sources[0]!.sentence.includes(fragment))?.date.start;

  it("is of the day that one stated, not of the story's latest day", () => {
    expect(dayOf("had to disarm first")).toBe("2024-09-04");
    expect(dayOf("will not negotiate under fire")).toBe("2024-09-04");
    expect(dayOf("who would guarantee the safety")).toBe("2024-09-04");
  });

  it("passes that day on to 'hours earlier'", () => {
    expect(dayOf("rejected the proposal as a trap")).toBe("2024-09-04");
  });

  it("is of the day the one before stated, though that one told no event", () => {
    const told = wireEvents(
      "2024-09-07",
      [
        "On Saturday the mediators said the second round of releases had been delayed.",
        "General Tomas Ruiz warned on Thursday that the respite would not last. Once it was over, he told his officers, the army would resume its offensive.",
      ].join("\n\n"),
    );
    expect(told.find((e) => e.sources[0]!.sentence.includes("resume its offensive"))?.date.start).toBe("2024-09-05");
  });

  it("is not of a day still to come that the one before set", () => {
    const later = wireEvents(
      "2024-09-06",
      "President Ana Morales will fly to Oslo on Monday for the talks. She said the rebels had to disarm first.",
    );
    expect(later.find((e) => e.sources[0]!.sentence.includes("had to disarm"))?.date.start).toBe("2024-09-06");
  });
});

describe("extractArticle lists the state an official speaks for", () => {
  it("adds the state of a minister introduced by title, and of a listed spokesman, as represented", () => {
    const event = wireEvents(
      "2024-05-08",
      "Peruvian Foreign Minister Jorge Salas flew home on Monday.\n\nSalas said on Tuesday that the talks had stalled.",
    ).find((e) => e.sources[0]!.sentence.startsWith("Salas said"));
    expect(event?.actors).toContainEqual({ id: "peru", role: "represented" });
    const [spoken] = wireEvents("2024-05-08", "On Monday Dmitry Peskov said the talks had stalled.");
    expect(spoken?.actors).toContainEqual({ id: "russia", role: "represented" });
    // (one whose state the title does not tell speaks for no state the article knows of)
    const [unknown] = wireEvents("2024-05-08", "Senior negotiator Jorge Salas said the talks had stalled.");
    expect(unknown?.actors.some((a) => a.role === "represented")).toBe(false);
  });
});

describe("extractArticle on a body cut off mid-sentence", () => {
  const events = wireEvents(
    "2024-05-10",
    "The two delegations met in Oslo on Thursday.\n\nThe peace talks are taking place at a hotel in Bergen, with delegations from Chile and Mexico as guarantors and the support of the Offi",
  );

  it("reads a long last paragraph without a stop as a sentence the copy cut off, not a heading", () => {
    expect(events.some((e) => e.sources[0]!.sentence.includes("taking place at a hotel"))).toBe(true);
  });
});

describe("a photo caption", () => {
  const caption = "Presidents Jan Kowal and Eva Lind with envoy Omar Said after the signing in Tallinn. Photo: Wire";

  it("introduces the people it pictures, whom the story then calls by name alone or 'the two leaders'", () => {
    const events = wireEvents(
      "2024-08-14",
      `${caption}\n\nTwo days after Jan Kowal and Eva Lind signed the accord, crews began clearing mines.\n\nThe two leaders met again on Tuesday.`,
    );
    const ids = (t: string) => events.find((e) => e.sources[0]!.sentence.startsWith(t))!.actors.map((a) => a.id);
    expect(ids("Two days")).toEqual(expect.arrayContaining(["jan-kowal", "eva-lind"]));
    expect(ids("The two leaders")).toEqual(expect.arrayContaining(["jan-kowal", "eva-lind"]));
    // The caption itself tells no event.
    expect(events.some((e) => e.sources[0]!.sentence.includes("Photo"))).toBe(false);
  });
});

describe("a lead photo", () => {
  /** The events of a page, after checking that each event of its lead, opening with `dateline`, has `people`. */
  function leadWith(published: string, page: string, dateline: string, people: string[]) {
    const events = wireEvents(published, page);
    const lead = events.filter((e) => e.sources[0]!.sentence.startsWith(dateline));
    expect(lead.length).toBeGreaterThan(0);
    for (const e of lead) expect(e.actors.map((a) => a.id)).toEqual(expect.arrayContaining(people));
    return events;
  }

  it("gives the lead's dealing states the people it pictures, with an agency's slashed credit", () => {
    const events = leadWith(
      "2024-08-14",
      "Estonian President Jan Kowal and Latvian President Eva Lind shake hands in Riga, August 13, 2024. Baltic Wire/Pool\n\nRIGA (Baltic Wire) - Estonia and Latvia agreed on Tuesday to reopen talks on their sea border.",
      "RIGA",
      ["jan-kowal", "eva-lind"],
    );
    // The caption tells no event of its own.
    expect(events.every((e) => e.sources[0]!.sentence.startsWith("RIGA"))).toBe(true);
  });

  it("gives a pictured commander to the body their title names, when it takes part", () => {
    const events = leadWith(
      "1991-06-08",
      "K-21 commander Abel Moyo speaks to reporters at his camp near the border. Harbour Daily photo\n\nLIMA (Harbour Daily) - President Ivo Maren and the leaders of the K-21 guerrilla movement put their names to an accord on Friday.",
      "LIMA",
      ["k-21", "abel-moyo"],
    );
    expect(events.some((e) => e.sources[0]!.sentence.includes("photo"))).toBe(false);
  });
});
