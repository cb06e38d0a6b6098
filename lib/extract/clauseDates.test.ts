import { describe, expect, it } from "vitest";
import triggers from "../../content/triggers.json";
import { analyseSentence } from "../clauses/analyseSentence";
import { findFrames } from "../clauses/frames";
import type { DateMention } from "../model/mentions";
import { loadLexicon } from "../signals/lexicon";
import { tokenAtChar as tokenAt } from "../clauses/analyseSentence";
import { directionFrom } from "../dates/clauseDirection";
import { draftDates, frameDate } from "./clauseDates";
import { sentenceSignals, type SignalDraft } from "./sentenceSignals";

const lex = loadLexicon(triggers);
const analyse = (sentence: string) => analyseSentence(sentence, { reporting: lex.framing });

/** A date phrase of `sentence` as the date finder would give it, resolved by hand. */
function date(
  sentence: string,
  text: string,
  start: string,
  end = start,
  over: Partial<DateMention> = {},
): DateMention {
  const index = sentence.indexOf(text);
  if (index < 0) throw new Error(`"${text}" is not in "${sentence}"`);
  return {
    text,
    index,
    start,
    end,
    precision: start === end ? "day" : "range",
    basis: "relative",
    future: false,
    ...over,
  };
}

/** Which way the date phrase `text` points in `sentence`. */
function direction(sentence: string, text: string) {
  return directionFrom(analyse(sentence))(sentence.indexOf(text), text.length);
}

/** The drafts of a sentence with the dates each states, as phrases. */
function dated(sentence: string, dates: DateMention[]) {
  const a = analyse(sentence);
  const frames = findFrames(a, lex.framing);
  const drafts = sentenceSignals(a, frames, lex, () => dates, { minStrength: 2 });
  return drafts.map((d: SignalDraft) => ({
    type: d.signal.type,
    dates: draftDates(a, d, lex, dates).map((x) => x.text),
  }));
}

describe("tokenAt", () => {
  it("finds the token a character offset falls in, or -1", () => {
    const a = analyse("Putin met Orban on Friday.");
    expect(a.tokens[tokenAt(a, 20)]!.text).toBe("Friday");
    expect(tokenAt(a, 5)).toBe(-1); // the space before "met"
    expect(tokenAt(a, 200)).toBe(-1);
  });
});

describe("draftDates of a name given to what the event did", () => {
  it("dates the event by the day inside the name ('in what it called an operation on Feb. 24')", () => {
    const s = "The army crossed the border in what it called a special operation on Feb. 24.";
    expect(dated(s, [date(s, "Feb. 24", "2022-02-24")])).toEqual([{ type: "military-claim", dates: ["Feb. 24"] }]);
  });
});

describe("draftDates of a deal's terms", () => {
  it("dates no term by its own times ('Under the deal, the troops will leave by March')", () => {
    const s = "Under the accord the rebel army will move into five camps by early next year.";
    expect(dated(s, [date(s, "early next year", "2025-01-01", "2025-04-30", { future: true })])).toEqual([
      { type: "proposal", dates: [] },
    ]);
    // a truce of its own keeps its day
    const truce = "Under the accord, the truce will take effect on Sunday.";
    expect(dated(truce, [date(truce, "Sunday", "2025-01-19", "2025-01-19", { future: true })])).toEqual([
      { type: "ceasefire-signal", dates: ["Sunday"] },
    ]);
    // what a party will do with no deal's terms before it is dated as ever
    const plain = "The rebel army will move into five camps by early next year.";
    expect(
      dated(plain, [date(plain, "early next year", "2025-01-01", "2025-04-30", { future: true })])[0]?.dates,
    ).toEqual(["early next year"]);
  });
});

describe("draftDates of what the event follows", () => {
  it("does not date the event by what it follows ('the truce follows air strikes on Tuesday')", () => {
    const s = "The truce follows air strikes on the capital on Tuesday.";
    expect(dated(s, [date(s, "on Tuesday", "2024-03-05")])[0]).toEqual({ type: "ceasefire-signal", dates: [] });
    const c = "The truce came two days after air strikes on Tuesday.";
    expect(dated(c, [date(c, "on Tuesday", "2024-03-05")])[0]?.dates).toEqual([]);
    // What came first is the event itself: its date stays.
    const t = "The offer comes after a phone call between the two presidents on Tuesday.";
    expect(dated(t, [date(t, "on Tuesday", "2024-03-05")])).toContainEqual({ type: "talks", dates: ["on Tuesday"] });
  });
});

describe("draftDates of a date that describes a person", () => {
  it("does not date the event by a date in a name's apposition ('X, council president for March, said')", () => {
    const s = "Ambassador Maria Lopez, council president for March, urged the parties to resume talks.";
    expect(dated(s, [date(s, "for March", "2024-03-01", "2024-03-31")])[0]?.dates).toEqual([]);
    // A place's apposition with a time after its own preposition keeps it.
    const t = "Talks resumed in Nairobi, Kenya, on Monday, officials said.";
    expect(dated(t, [date(t, "on Monday", "2024-03-04")])[0]?.dates).toEqual(["on Monday"]);
  });
});

describe("draftDates of a time the event is compared with", () => {
  it("does not date the event by what it is set against ('in contrast to the 1970s', 'unlike in 2014')", () => {
    const s = "The junta vowed to shield former fighters, in contrast to the 1970s, when many vanished.";
    expect(dated(s, [date(s, "the 1970s", "1970-01-01", "1979-12-31")])[0]?.dates).toEqual([]);
    const u = "Unlike in 2014, the army promised on Monday to stay in its barracks.";
    expect(
      dated(u, [date(u, "2014", "2014-01-01", "2014-12-31"), date(u, "on Monday", "2016-06-20")])[0]?.dates,
    ).toEqual(["on Monday"]);
  });
});

describe("draftDates of an event whose subject carries a completion of its own", () => {
  it("does not date the event by what completes a noun of the subject ('Talks to salvage the 2015 deal are set to resume on …')", () => {
    const s = "Talks to save the 2015 Vienna accord are set to resume on November 29.";
    expect(dated(s, [date(s, "2015", "2015-01-01", "2015-12-31"), date(s, "on November 29", "2021-11-29")])).toEqual([
      { type: "talks", dates: ["on November 29"] },
    ]);
  });
});

describe("draftDates past a side clause", () => {
  it("does not date the event by what completes a side clause ('to break a deadlock that has allowed X to grow since 2011')", () => {
    const s =
      "Envoys urged the parties to end a stalemate that has allowed smugglers to thrive since the coup in 2011.";
    expect(dated(s, [date(s, "2011", "2011-01-01", "2011-12-31")])).toEqual([{ type: "proposal", dates: [] }]);
  });
});

describe("draftDates of an event read from a noun's infinitive", () => {
  it("dates the event by its own clause, not by the time of what completes a noun ('ended Tuesday with an agreement to meet in May')", () => {
    const s = "The round ended on Tuesday with an agreement to meet again at the end of May.";
    const dates = [date(s, "on Tuesday", "2001-05-08"), date(s, "the end of May", "2001-05-21", "2001-05-31")];
    expect(dated(s, dates)).toEqual([{ type: "talks", dates: ["on Tuesday"] }]);
  });
});

describe("directionFrom", () => {
  it("looks back from a past-tense clause", () => {
    expect(direction("Putin met Orban in Moscow on Friday.", "Friday")).toBe("back");
    expect(direction("The deal was signed in Istanbul on Tuesday.", "Tuesday")).toBe("back");
  });

  it("reads a phrase that opens a quotation, before its comma, with the quoted clause", () => {
    expect(direction('The envoy said: "On Friday, we will order a truce."', "On Friday")).toBe("ahead");
    expect(direction('The envoy said: "On Friday, we ordered a truce."', "On Friday")).toBe("back");
  });

  it("looks ahead from a future or modal clause", () => {
    expect(direction("Witkoff will meet Putin in Moscow on Friday.", "Friday")).toBe("ahead");
    expect(direction("Talks could resume in Istanbul on Friday.", "Friday")).toBe("ahead");
    expect(direction("The prisoners are to be freed on Monday.", "Monday")).toBe("ahead");
    // what one is ready to do is still to come
    expect(direction("He is willing to meet the envoy this Thursday in Doha.", "this Thursday")).toBe("ahead");
  });

  it("looks ahead from what a participle says is expected, whatever the tense it hangs on", () => {
    const s = "The envoys have drawn attention, preparing a meeting of the two leaders, expected by early June.";
    expect(direction(s, "early June")).toBe("ahead");
  });

  it("takes the nearest instance for what a clause happened ahead of ('on the eve of the summit on June 15')", () => {
    const s = "Speaking on the eve of the peace summit on June 15, the president said talks were impossible.";
    expect(direction(s, "June 15")).toBe("nearest");
    expect(direction("The envoy met the minister ahead of talks in Doha on Friday.", "Friday")).toBe("nearest");
  });

  it("takes the nearest instance for a duty reported in the past, and keeps 'would' ahead of its saying", () => {
    const duty = "The advisers agreed that the truce should be observed after talks in Paris on Wednesday.";
    expect(direction(duty, "Wednesday")).toBe("nearest");
    expect(direction("The envoy said talks would resume in Paris on Wednesday.", "Wednesday")).toBe("recent");
    expect(direction("The envoy said on Monday that talks would resume on Wednesday.", "Wednesday")).toBe("ahead");
    expect(direction("The truce should be observed after talks on Wednesday.", "Wednesday")).toBe("ahead");
  });

  it("reads a plan the past perfect says was overtaken as possibly for the day just past ('had been scheduled to open Monday')", () => {
    expect(direction("The talks had been scheduled to open Monday.", "Monday")).toBe("recent");
    expect(direction("The sides agreed to meet on Monday.", "Monday")).toBe("ahead");
  });

  it("reads a month that a plan made in the past was for as the instance nearest ('agreed to meet in early October')", () => {
    expect(direction("The rebels agreed to sit down for talks in early October.", "early October")).toBe("nearest");
    expect(direction("The rebels will agree to sit down for talks in early October.", "early October")).toBe("ahead");
    expect(direction("The rebels agreed to sit down for talks on Friday.", "Friday")).toBe("ahead");
  });

  it("looks back from a past participle, whatever the clause it hangs on ('Captured in early March, the plant remains …')", () => {
    expect(direction("Captured by the army in early March, the plant remains close to the front.", "early March")).toBe(
      "back",
    );
    expect(
      direction("Under the accord concluded in Geneva on Monday, the North will freeze its programme.", "Monday"),
    ).toBe("back");
    expect(direction("The summit, expected on Friday, will open the talks.", "Friday")).not.toBe("back");
  });

  it("looks ahead from an infinitive after a verb that looks forward ('agreed to meet on Friday')", () => {
    expect(direction("The leaders agreed to meet on Friday.", "Friday")).toBe("ahead");
    expect(direction("Witkoff plans to leave for Moscow on Sunday.", "Sunday")).toBe("ahead");
  });

  it("reads what a past order set for a day as possibly for the day just past ('ordered … to cease fire on Friday')", () => {
    const s = "The president ordered the army to hold fire from noon on Friday.";
    expect(direction(s, "Friday")).toBe("recent");
    // An order dated by its own words counts from them; one still to be given looks ahead.
    expect(direction("The president on Monday ordered the army to cease fire on Friday.", "Friday")).toBe("ahead");
    expect(direction("The president will order the army to cease fire on Friday.", "Friday")).toBe("ahead");
  });

  it("keeps the tense of another verb an infinitive completes ('appeared to …')", () => {
    expect(direction("Putin appeared to soften his stance on Friday.", "Friday")).toBe("back");
  });

  it("looks ahead after 'until', whatever the tense", () => {
    expect(direction("The ceasefire held until Sunday.", "Sunday")).toBe("ahead");
    expect(direction("The ceasefire will hold until Sunday.", "Sunday")).toBe("ahead");
  });

  it("says nothing for a present-tense clause", () => {
    expect(direction("Russia wants talks on Friday.", "Friday")).toBeNull();
  });

  it("gives a participle its governing clause's tense", () => {
    expect(direction("Zelensky addressed the summit, calling on Friday for a ceasefire.", "Friday")).toBe("back");
  });

  it("reads a quotation by its own tense, not the reporting verb's", () => {
    const sentence = '"We will meet again next week," Peskov said on Tuesday.';
    expect(direction(sentence, "next week")).toBe("ahead");
    expect(direction(sentence, "Tuesday")).toBe("back");
  });

  it("says nothing for an offset outside the sentence's tokens", () => {
    expect(directionFrom(analyse("Putin met Orban."))(500, 3)).toBeNull();
  });
});

describe("draftDates", () => {
  it("dates an event by the first date phrase in its own clause", () => {
    const s = "Putin met Orban in Moscow on Friday.";
    expect(dated(s, [date(s, "on Friday", "2025-06-20")])).toEqual([{ type: "talks", dates: ["on Friday"] }]);
  });

  it("dates an event by the clause completing it ('agreed to meet on Friday')", () => {
    const s = "The leaders agreed to meet on Friday.";
    expect(dated(s, [date(s, "on Friday", "2025-06-20", "2025-06-20", { future: true })])).toEqual([
      { type: "talks", dates: ["on Friday"] },
    ]);
  });

  it("dates a meeting agreed to when it is to be held, though the agreeing reads as readiness", () => {
    const s = "Both parties had agreed to reconvene on Friday.";
    expect(dated(s, [date(s, "on Friday", "2025-06-20", "2025-06-20", { future: true })])).toEqual([
      { type: "negotiation-readiness", dates: ["on Friday"] },
    ]);
    // What else was agreed for a later day was agreed before it.
    const t = "Both parties had agreed to reopen their embassies on Friday.";
    expect(dated(t, [date(t, "on Friday", "2025-06-20", "2025-06-20", { future: true })])[0]?.dates).toEqual([]);
  });

  it("takes no date from how long a truce is to last ('agreed a truce for the next 48 hours')", () => {
    const s = "The two armies agreed a truce for the next 48 hours.";
    const span = date(s, "the next 48 hours", "2025-06-16", "2025-06-17", { future: true });
    expect(dated(s, [span])).toEqual([{ type: "ceasefire-signal", dates: [] }]);
    // a day after "for" is when ("scheduled for June 20"), and talks held for two days are held then
    const t = "The signing of the accord is scheduled for June 20.";
    expect(dated(t, [date(t, "June 20", "2025-06-20", "2025-06-20", { future: true })])[0]?.dates).toEqual(["June 20"]);
    const u = "The delegations will meet for the next two days.";
    expect(dated(u, [date(u, "the next two days", "2025-06-16", "2025-06-17", { future: true })])[0]?.dates).toEqual([
      "the next two days",
    ]);
  });

  it("takes no date from when an agreed or announced truce takes effect ('agreed on a truce from midnight Sunday')", () => {
    const s = "The commanders agreed on a truce from midnight on Sunday.";
    const sunday = date(s, "on Sunday", "2025-06-15", "2025-06-15", { future: true });
    expect(dated(s, [sunday])).toEqual([{ type: "ceasefire-signal", dates: [] }]);
    const t = "The talks ran from Monday to Wednesday.";
    expect(dated(t, [date(t, "from Monday to Wednesday", "2025-06-09", "2025-06-11")])).toEqual([
      { type: "talks", dates: ["from Monday to Wednesday"] },
    ]);
    // Past the truce's length and a time of day, in whatever zones.
    const v = "The rebels have agreed on a truce for 48 hours from 6 p.m. (1600 GMT) on Sunday.";
    expect(dated(v, [date(v, "on Sunday", "2025-06-15")])).toEqual([{ type: "ceasefire-signal", dates: [] }]);
    const u = "The army will declare a truce from Friday.";
    expect(dated(u, [date(u, "from Friday", "2025-06-20", "2025-06-20", { future: true })])).toEqual([
      { type: "ceasefire-signal", dates: ["from Friday"] },
    ]);
    // A comma may set the start off: the rebels welcomed a truce, not one of Saturday.
    const w =
      "The envoy announced on Friday that the parties had responded to a plan for a two-month truce, starting tomorrow, Saturday, and the rebels have been quick to welcome the truce.";
    const friday = date(w, "on Friday", "2025-06-20");
    const saturday = date(w, "tomorrow, Saturday", "2025-06-21", "2025-06-21", { future: true });
    expect(dated(w, [friday, saturday])).toContainEqual({ type: "ceasefire-signal", dates: ["on Friday"] });
    // A span set off by commas is when the truce was kept or broken.
    const x = "The rebels violated the truce, from Saturday evening until Sunday, dozens of times.";
    const span = date(x, "from Saturday evening until Sunday", "2025-06-14", "2025-06-15");
    expect(dated(x, [span])[0]?.dates).toEqual(["from Saturday evening until Sunday"]);
  });

  it("takes no date from what the event came ahead of ('on the eve of the summit on June 15'), which is its own event", () => {
    const s = "On the eve of the summit on June 15, the minister rejected the plan.";
    expect(dated(s, [date(s, "on June 15", "2025-06-15", "2025-06-15", { basis: "explicit" })])).toEqual([
      { type: "rejection", dates: [] },
      { type: "talks", dates: ["on June 15"] },
    ]);
  });

  it("takes no date from a thing a date is written before ('the September 25 referendum'), unless the event is it or in it", () => {
    const s = "The leaders rejected calls to cancel the September 25 referendum.";
    expect(dated(s, [date(s, "September 25", "2017-09-25", "2017-09-25", { basis: "explicit" })])).toEqual([
      { type: "rejection", dates: [] },
    ]);
    const summit = "The leaders attended the June 15 summit.";
    expect(dated(summit, [date(summit, "June 15", "2017-06-15", "2017-06-15", { basis: "explicit" })])).toEqual([
      { type: "talks", dates: ["June 15"] },
    ]);
    // a date that owns its noun ("last night's truce") is that thing's too
    // ("welcomed last night's truce" is a truce's signal, sent today: a response is not the thing)
    const owned = "The envoy praised last night's truce.";
    expect(dated(owned, [date(owned, "last night", "2023-05-13", "2023-05-13", { basis: "relative" })])).toEqual([
      { type: "ceasefire-signal", dates: [] },
    ]);
    // a part of the day after the date is the date's own ("late on Thursday night")
    const night = "The rebels announced a truce with the army late on Thursday night.";
    expect(dated(night, [date(night, "late on Thursday", "2022-06-02")])).toEqual([
      { type: "ceasefire-signal", dates: ["late on Thursday"] },
    ]);
    const monday = "The leaders attended Monday's summit.";
    expect(dated(monday, [date(monday, "Monday", "2023-05-08", "2023-05-08", { basis: "relative" })])).toEqual([
      { type: "talks", dates: ["Monday"] },
    ]);
    // "at a year-end news conference on Friday": a period's end before a noun names a kind of event
    const yearEnd = "Speaking at a year-end news conference on Friday, the minister rejected the plan.";
    expect(
      dated(yearEnd, [
        date(yearEnd, "year-end", "2025-12-31", "2025-12-31", { basis: "relative" }),
        date(yearEnd, "on Friday", "2025-12-19", "2025-12-19", { basis: "relative" }),
      ]),
    ).toEqual([{ type: "rejection", dates: ["on Friday"] }]);
    // a noun the event's own clause completes is the event ("Kenya's Tuesday decision to expel …")
    const decision = "The clash follows Kenya's Tuesday decision to expel the Ugandan envoy.";
    expect(dated(decision, [date(decision, "Tuesday", "2026-03-03", "2026-03-03", { basis: "relative" })])).toEqual([
      { type: "rejection", dates: ["Tuesday"] },
    ]);
    const letter = "The envoy rejected the plan in an October letter.";
    expect(dated(letter, [date(letter, "October", "2018-10-01", "2018-10-31", { basis: "explicit" })])).toEqual([
      { type: "rejection", dates: ["October"] },
    ]);
    // a year before or after a name is part of the name
    for (const named of [
      "The sides agreed to base the border on the 1991 Almaty Declaration.",
      "The sides agreed to base the border on the Almaty Declaration of 1991.",
    ])
      expect(
        dated(named, [date(named, "1991", "1991-01-01", "1991-12-31", { basis: "explicit", precision: "year" })]),
      ).toEqual([{ type: "proposal", dates: [] }]);
    // past a possessive and adjectives; a place the event happened in still dates it
    const annexed = "Kyiv rejected proposals to recognise Moscow's illegal 2014 annexation of the peninsula.";
    expect(dated(annexed, [date(annexed, "2014", "2014-01-01", "2014-12-31", { basis: "explicit" })])).toEqual([
      { type: "rejection", dates: [] },
    ]);
    // past adjectives after it too
    const signatories = "The signatories to the 2015 nuclear deal held talks in Istanbul.";
    expect(dated(signatories, [date(signatories, "2015", "2015-01-01", "2015-12-31", { basis: "explicit" })])).toEqual([
      expect.objectContaining({ dates: [] }),
    ]);
    // a year joined to "pre-" or "post-" describes a noun
    const borders = "The envoy rejected a return to the pre-1999 borders.";
    expect(dated(borders, [date(borders, "1999", "1999-01-01", "1999-12-31", { basis: "explicit" })])).toEqual([
      expect.objectContaining({ dates: [] }),
    ]);
    // a day before a compound noun whose head is the event dates it
    const call = "The thaw began with the premier's March 3 phone call with the rebel leader.";
    expect(dated(call, [date(call, "March 3", "2021-03-03", "2021-03-03", { basis: "explicit" })])).toEqual([
      { type: "talks", dates: ["March 3"] },
    ]);
    // and after a preposition that a verb separates from it
    const reviving = "Envoys working at restoring the 2018 border accord proposed a new text.";
    expect(dated(reviving, [date(reviving, "2018", "2018-01-01", "2018-12-31", { basis: "explicit" })])).toContainEqual(
      { type: "proposal", dates: [] },
    );
    // a run of years before a name is the name's too
    const war = "The two sides agreed to honour the soldiers who fell in the 1914-18 Great War.";
    expect(dated(war, [date(war, "1914-18", "1914-01-01", "1918-12-31", { basis: "explicit" })])).toEqual([
      expect.objectContaining({ dates: [] }),
    ]);
    // past a bracket the editor opened ("the collapse of the [2014 Geneva] accord")
    const bracketed = "The rebels blamed the army for the collapse of the [2014 Geneva] accord.";
    expect(
      dated(bracketed, [date(bracketed, "2014", "2014-01-01", "2014-12-31", { basis: "explicit", precision: "year" })]),
    ).toEqual([expect.objectContaining({ dates: [] })]);
    // a date after its own preposition is the clause's, whatever word follows it
    const urging = "The council adopted a resolution on April 30 urging talks over the region.";
    expect(dated(urging, [date(urging, "April 30", "2007-04-30", "2007-04-30", { basis: "explicit" })])).toEqual([
      expect.objectContaining({ dates: ["April 30"] }),
    ]);
    // a date that owns the occasion after "at" or "in" is where the event happened
    const drawn = "The sides proposed a plan at Sunday's talks.";
    expect(dated(drawn, [date(drawn, "Sunday", "2025-11-23")])).toContainEqual({ type: "proposal", dates: ["Sunday"] });
    const meeting = "The deal was reached at the border commission's Friday meeting.";
    expect(dated(meeting, [date(meeting, "Friday", "2024-04-19")])).toContainEqual({
      type: "ceasefire-signal",
      dates: ["Friday"],
    });
  });

  it("takes no date from a deadline of what is under way ('Before September 22, Israel is seeking a deal')", () => {
    const s = "Before September 22, the government is seeking progress on a security agreement.";
    expect(dated(s, [date(s, "September 22", "2025-09-22", "2025-09-22", { basis: "explicit" })])).toEqual([
      expect.objectContaining({ dates: [] }),
    ]);
    const done = "The agreement was signed before March 3.";
    expect(dated(done, [date(done, "March 3", "2025-03-03", "2025-03-03", { basis: "explicit" })])).toEqual([
      expect.objectContaining({ dates: ["March 3"] }),
    ]);
  });

  it("takes no date from an occasion the event completes ('ordered a truce to mark the holiday on May 9')", () => {
    const s = "The president ordered a truce to mark the national holiday on May 9.";
    expect(dated(s, [date(s, "on May 9", "2025-05-09", "2025-05-09", { basis: "explicit", future: true })])).toEqual([
      { type: "ceasefire-signal", dates: [] },
    ]);
  });

  it("dates an event by a participle describing its trigger ('the truce announced on Sunday')", () => {
    const s = "The truce announced on Sunday held.";
    expect(dated(s, [date(s, "on Sunday", "2025-06-15")])).toEqual([
      { type: "ceasefire-signal", dates: ["on Sunday"] },
    ]);
  });

  it("dates a reported statement by the clause that reports it ('Peskov said on Tuesday that …')", () => {
    const s = "Peskov said on Tuesday that talks will resume.";
    expect(dated(s, [date(s, "on Tuesday", "2025-06-17")])).toEqual([{ type: "talks", dates: ["on Tuesday"] }]);
  });

  it("dates what is to come by a schedule that accompanies it ('with talks set for Friday'), what is past not", () => {
    const s =
      "The government and the rebels will resume their dialogue, with talks scheduled for Friday in Oslo, the mediator said on Monday.";
    const dates = [date(s, "for Friday", "2025-06-20"), date(s, "on Monday", "2025-06-16")];
    expect(dated(s, dates)).toEqual([{ type: "talks", dates: ["for Friday"] }]);
    const past = "The two sides held talks in Oslo, with a new round set for Friday, the mediator said on Monday.";
    expect(dated(past, [date(past, "for Friday", "2025-06-20"), date(past, "on Monday", "2025-06-16")])).toEqual([
      { type: "talks", dates: ["on Monday"] },
    ]);
  });

  it("takes no date from a deadline set for what completes the verb ('asked him to reach a deal by 5 November')", () => {
    const s = "The premier asked the envoy to reach an agreement by 5 November.";
    expect(dated(s, [date(s, "5 November", "2024-11-05")])).toEqual([{ type: "proposal", dates: [] }]);
    // a duty is laid down when it is stated, whatever day it is due
    const duty = "The rebels must hand over their weapons by Friday.";
    expect(dated(duty, [date(duty, "Friday", "2024-11-01", "2024-11-01", { future: true })])[0]?.dates).toEqual([]);
    // nor is a pledge made in the past dated by its deadline, though what is pledged is still to come
    const pledged =
      "The two armies pledged to pull back their troops from three more areas by the end of March 2021, without saying which.";
    expect(
      dated(pledged, [date(pledged, "the end of March 2021", "2021-03-21", "2021-03-31", { future: true })])[0]?.dates,
    ).toEqual([]);
    const ahead = "The two sides are expected to sign the deal by Friday.";
    expect(dated(ahead, [date(ahead, "Friday", "2024-11-01", "2024-11-01", { future: true })])).toEqual([
      { type: "ceasefire-signal", dates: ["Friday"] },
    ]);
  });

  it("takes no day still to come from what completes a past act ('agreed to reopen their embassies from 20 May')", () => {
    const s = "The two governments agreed to reopen their embassies from 20 May.";
    expect(dated(s, [date(s, "20 May", "2025-05-20", "2025-05-20", { future: true })])).toEqual([
      { type: "proposal", dates: [] },
    ]);
  });

  it("dates a clause in the simple past by a day that ends the sentence after an -ing form describing its object", () => {
    const s = "The ministry issued a licence authorizing oil sales on Wednesday.";
    expect(dated(s, [date(s, "on Wednesday", "2024-04-17")])).toContainEqual({
      type: "sanction",
      dates: ["on Wednesday"],
    });
  });

  it("dates a meeting agreed for a day or a week then, but one agreed only for a month or so by the agreeing", () => {
    const day = "The envoys agreed to meet again on Friday.";
    expect(dated(day, [date(day, "on Friday", "2025-05-23", "2025-05-23", { future: true })])).toEqual([
      { type: "talks", dates: ["on Friday"] },
    ]);
    const week = "The envoys agreed to hold another round next week.";
    expect(
      dated(week, [date(week, "next week", "2025-05-26", "2025-06-01", { future: true, precision: "week" })]),
    ).toEqual([{ type: "talks", dates: ["next week"] }]);
    const vague = "The envoys agreed to talk again in three months.";
    expect(
      dated(vague, [date(vague, "in three months", "2025-09-01", "2025-09-30", { future: true, precision: "month" })]),
    ).toEqual([{ type: "talks", dates: [] }]);
  });

  it("takes no date from a deadline after 'until' and a clock time ('gave Hamas until 6 p.m. ET on Sunday to answer')", () => {
    const s = "The envoy gave the rebels until 6 p.m. ET on Sunday to accept the plan.";
    expect(dated(s, [date(s, "Sunday", "2025-10-05", "2025-10-05", { future: true })])).toEqual([
      { type: "condition", dates: [] },
    ]);
  });

  it("takes no date from the end of a span ('extend the truce until May 18'), but from a move ('postponed until')", () => {
    const s = "The two sides agreed on Wednesday to extend the truce until May 18.";
    expect(dated(s, [date(s, "on Wednesday", "2025-05-14"), date(s, "May 18", "2025-05-18")])).toEqual([
      { type: "ceasefire-signal", dates: ["on Wednesday"] },
    ]);
    const bare = "The two sides agreed to extend the truce till Sunday.";
    expect(dated(bare, [date(bare, "Sunday", "2025-05-18")])).toEqual([{ type: "ceasefire-signal", dates: [] }]);
    const moved = "The mediators postponed the next round of talks until Friday.";
    expect(dated(moved, [date(moved, "Friday", "2025-05-23")])).toContainEqual(
      expect.objectContaining({ dates: ["Friday"] }),
    );
  });

  it("dates what does not happen until a day on that day ('will not take effect until Monday')", () => {
    const s = "The ceasefire will not take effect until Monday.";
    expect(dated(s, [date(s, "Monday", "2025-05-19")])).toEqual([{ type: "ceasefire-signal", dates: ["Monday"] }]);
  });

  it("dates a clause by a clause of 'when' on it ('When they last met, in May, the sides agreed …')", () => {
    const s = "When they last met, in May 2024, the two sides agreed to exchange prisoners.";
    expect(dated(s, [date(s, "in May 2024", "2024-05-01", "2024-05-31")])).toContainEqual({
      type: "context",
      dates: ["in May 2024"],
    });
  });

  it("dates a statement by a participle on the reporting clause ('speaking in Kyiv last week')", () => {
    const s = "Putin, speaking in Kyiv last week, said Russia was ready for talks.";
    expect(dated(s, [date(s, "last week", "2025-06-09", "2025-06-15")])).toEqual([
      { type: "negotiation-readiness", dates: ["last week"] },
    ]);
  });

  it("shares the date of a coordinated clause ('met … on Monday and said …')", () => {
    const s = "Erdogan met Putin in Sochi on Monday and said Turkey was ready to host talks.";
    expect(dated(s, [date(s, "on Monday", "2025-06-16")])).toEqual([
      { type: "talks", dates: ["on Monday"] },
      { type: "negotiation-readiness", dates: ["on Monday"] },
    ]);
  });

  it("does not share it with a coordinated clause that names its own subject in another tense", () => {
    const s = "Elections are due by the end of 2026, but the two sides signed a truce.";
    const end = date(s, "the end of 2026", "2026-09-01", "2026-12-31", { basis: "explicit" });
    expect(dated(s, [end]).find((d) => d.type === "ceasefire-signal")).toEqual({ type: "ceasefire-signal", dates: [] });
    // In the same tense it continues the clause before ("… then either").
    const t = "On July 10 the leaders held talks in Abu Dhabi, but the accord was not signed then either.";
    const july = date(t, "July 10", "2025-07-10", "2025-07-10", { basis: "explicit" });
    expect(dated(t, [july]).find((d) => d.type === "rejection")).toEqual({ type: "rejection", dates: ["July 10"] });
  });

  it("gives a time set off by commas after an opening side clause to the clause it hangs on", () => {
    const s = "Ten days after the summit ended, on March 9, the two leaders signed a truce.";
    const march = date(s, "March 9", "2025-03-09", "2025-03-09", { basis: "explicit" });
    expect(dated(s, [march]).find((d) => d.type === "ceasefire-signal")).toEqual({
      type: "ceasefire-signal",
      dates: ["March 9"],
    });
  });

  it("does not share it from a clause in the past perfect with one in the plain past", () => {
    const s = "The general argued that the truce had lapsed in March and that the rebels were now ready for talks.";
    const march = date(s, "in March", "2025-03-01", "2025-03-31");
    expect(dated(s, [march]).find((d) => d.type === "negotiation-readiness")).toEqual({
      type: "negotiation-readiness",
      dates: [],
    });
  });

  it("gives both of two successive days an event names ('on June 16 then … on June 17')", () => {
    const s = "Witkoff met Zelensky on June 16 then Putin on June 17.";
    const dates = [
      date(s, "June 16", "2025-06-16", "2025-06-16", { basis: "explicit" }),
      date(s, "June 17", "2025-06-17", "2025-06-17", { basis: "explicit" }),
    ];
    expect(dated(s, dates)).toEqual([{ type: "talks", dates: ["June 16", "June 17"] }]);
  });

  it("takes only the first of two days that are not successive events", () => {
    const s = "Witkoff met Zelensky on June 16, June 17 at the latest.";
    const dates = [
      date(s, "June 16", "2025-06-16", "2025-06-16", { basis: "explicit" }),
      date(s, "June 17", "2025-06-17", "2025-06-17", { basis: "explicit" }),
    ];
    expect(dated(s, dates)).toEqual([{ type: "talks", dates: ["June 16"] }]);
  });

  it("does not date a hypothetical event by its own date but by the claim's ('could meet … tomorrow, if …')", () => {
    const s = "Peskov said on Tuesday that Russia could meet Ukraine tomorrow if Kyiv withdraws.";
    const dates = [
      date(s, "on Tuesday", "2025-06-17"),
      date(s, "tomorrow", "2025-06-21", "2025-06-21", { future: true }),
    ];
    expect(dated(s, dates)).toEqual([{ type: "condition", dates: ["on Tuesday"] }]);
  });

  it("does not date a demand by the date of the hypothetical it completes ('insisted that … could meet tomorrow, if …')", () => {
    const s = "The president insisted that Russia could meet Ukraine tomorrow if its troops left.";
    const dates = [date(s, "tomorrow", "2025-06-21", "2025-06-21", { future: true })];
    const drafts = dated(s, dates);
    expect(drafts.map((d) => d.type)).toContain("condition");
    expect(drafts.flatMap((d) => d.dates)).not.toContain("tomorrow");
  });

  it("leaves the date of a side clause to that clause ('Putin, who met Orban on Friday, rejected …')", () => {
    const s = "Putin, who met Orban on Friday, rejected a ceasefire.";
    expect(dated(s, [date(s, "on Friday", "2025-06-20")])).toEqual([{ type: "rejection", dates: [] }]);
  });

  it("dates what was said by the occasion a phrase after a comma names, wherever the phrase hangs ('…, in an interview on Dec. 12')", () => {
    const s =
      "The minister said the army was not ready to sign a truce as it lacked the means to hold the line, in an interview with a radio station on Dec. 12.";
    expect(dated(s, [date(s, "Dec. 12", "2024-12-12", "2024-12-12", { basis: "explicit" })])[0]).toEqual({
      type: "rejection",
      dates: ["Dec. 12"],
    });
  });

  it("dates a deal by a participle that describes it past a phrase of the noun ('a deal between A and B signed last month')", () => {
    const s = "It followed a separate peace deal between the two governments signed last month.";
    expect(dated(s, [date(s, "last month", "2025-06-01", "2025-06-30")])).toEqual([
      { type: "ceasefire-signal", dates: ["last month"] },
    ]);
  });

  it("leaves a participle on a noun inside a phrase of the trigger to that noun ('talks on the release of hostages seized last year')", () => {
    const s = "The sides resumed talks on the release of hostages seized last year.";
    expect(dated(s, [date(s, "last year", "2023-01-01", "2023-12-31")])[0]).toEqual({ type: "talks", dates: [] });
  });

  it("gives a draft named in passing the date it was found with", () => {
    const s = "Zelensky rejected a 20-point peace plan announced last month.";
    expect(dated(s, [date(s, "last month", "2025-05-01", "2025-05-31")])).toEqual([
      { type: "rejection", dates: [] },
      { type: "proposal", dates: ["last month"] },
    ]);
  });
});

describe("frameDate", () => {
  it("dates a statement by the frame that reports it", () => {
    const s = "Peskov said on Tuesday that talks will resume.";
    const a = analyse(s);
    const [frame] = findFrames(a, lex.framing);
    expect(frameDate(a, frame!, [date(s, "on Tuesday", "2025-06-17")])?.text).toBe("on Tuesday");
  });

  it("dates a statement by a clause describing its speaker ('said an official who met … this fall')", () => {
    const s = '"They want a deal," said a senior official who met with Moscow this fall.';
    const a = analyse(s);
    const frame = findFrames(a, lex.framing).find((f) => f.clause !== null)!;
    expect(frameDate(a, frame, [date(s, "this fall", "2025-09-22", "2025-11-30")])?.text).toBe("this fall");
  });

  it("takes no date from a clause of its own on the speaker before the verb ('X, who flew in late Wednesday, said …')", () => {
    const s = "The envoy, who flew in to Oslo late Wednesday, said the two sides had agreed on a truce.";
    const a = analyse(s);
    const frame = findFrames(a, lex.framing).find((f) => f.clause !== null)!;
    expect(frameDate(a, frame, [date(s, "late Wednesday", "2018-12-12")])).toBeNull();
  });

  it("gives no date to an 'according to' frame or an undated one", () => {
    const s = "According to Erdogan, both sides are ready to meet.";
    const a = analyse(s);
    const [frame] = findFrames(a, lex.framing);
    expect(frame!.clause).toBeNull();
    expect(frameDate(a, frame!, [])).toBeNull();
  });
});

describe("draftDates from a clause describing the circumstance or the subject", () => {
  it("dates an event by what it was done while doing ('While announcing the deadline on May 3, the president threatened …')", () => {
    const s = "While announcing the deadline on May 3, the president threatened to impose sanctions.";
    expect(dated(s, [date(s, "on May 3", "2024-05-03")]).find((d) => d.type === "threat")?.dates).toEqual(["on May 3"]);
    // A finite "while" may contrast two things; it dates nothing else.
    const t = "While the army attacked on May 3, the envoy urged both sides to agree a truce.";
    expect(dated(t, [date(t, "on May 3", "2024-05-03")]).find((d) => d.type === "ceasefire-signal")?.dates).toEqual([]);
  });

  it("dates what went on until a day by that day ('had been holding talks until X said on Wednesday …')", () => {
    const s = "The two sides had been holding talks in Doha until the mediator said on Wednesday that they had failed.";
    expect(dated(s, [date(s, "on Wednesday", "2025-10-29")]).find((d) => d.type === "talks")?.dates).toEqual([
      "on Wednesday",
    ]);
    // What will not happen until a day is not of that day.
    const t = "The army will not halt its strikes until the rebels disarm on Friday.";
    expect(dated(t, [date(t, "on Friday", "2025-10-31")])[0]?.dates).toEqual([]);
  });

  it("dates a bare verb by the verb joined to it ('were ambushed and killed by the rebels on Saturday')", () => {
    const s = "The envoys met and agreed on a truce on Saturday.";
    expect(dated(s, [date(s, "on Saturday", "2024-05-04")]).find((d) => d.type === "talks")?.dates).toEqual([
      "on Saturday",
    ]);
  });

  it("dates acts in the simple past that share a subject by the day the later one states ('flew to Oslo and met …')", () => {
    const s = "The foreign minister flew to Oslo and met the rebel envoys on 4 May 1999.";
    expect(dated(s, [date(s, "on 4 May 1999", "1999-05-04")]).find((d) => d.type === "talks")?.dates).toEqual([
      "on 4 May 1999",
    ]);
    // Not a step told after the one before, nor an act of another subject.
    const later = "The rebels seized the border town and later signed a truce on 4 May 1999.";
    expect(
      dated(later, [date(later, "on 4 May 1999", "1999-05-04")]).find((d) => d.type === "military-claim")?.dates,
    ).toEqual([]);
    const other = "The army shelled the border town, and the rebels signed a truce on 4 May 1999.";
    expect(
      dated(other, [date(other, "on 4 May 1999", "1999-05-04")]).find((d) => d.type === "military-claim")?.dates,
    ).toEqual([]);
  });

  it("dates a clause by the participle that opens the sentence on it ('Talking to reporters on Wednesday, …')", () => {
    const s = "Talking to reporters on Wednesday, the envoy called on both sides to end the war.";
    expect(dated(s, [date(s, "on Wednesday", "2023-05-03")])[0]?.dates).toEqual(["on Wednesday"]);
  });

  it("dates a clause by an -ing participle set off after its subject ('The president, touring the port on Monday, …')", () => {
    const s = "The president, touring the port city on Monday, pledged to send reinforcements.";
    expect(dated(s, [date(s, "on Monday", "2023-05-01")]).find((d) => d.type === "proposal")?.dates).toEqual([
      "on Monday",
    ]);
    // A past participle describes the subject: its day is when the subject came to be.
    const t = "The truce, agreed on Monday, collapsed.";
    expect(dated(t, [date(t, "on Monday", "2024-05-06")]).find((d) => d.type === "rejection")?.dates ?? []).toEqual([]);
  });

  it("dates what a thing does now by the participle describing it, but not what it did later", () => {
    const s = "The proposal, unveiled on Monday, calls for a 30-day truce.";
    expect(dated(s, [date(s, "on Monday", "2024-05-06")])[0]?.dates).toEqual(["on Monday"]);
    const t = "The truce, agreed on Monday, collapsed.";
    expect(
      dated(t, [date(t, "on Monday", "2024-05-06")]).some(
        (d) => d.dates.includes("on Monday") && d.type === "rejection",
      ),
    ).toBe(false);
  });
});

describe("draftDates of an appeal", () => {
  it("dates an appeal by its statement, not by the day of what it asks for ('invited them to talks on May 15')", () => {
    const s = "The president invited the rebels to resume talks in Geneva on May 15.";
    expect(dated(s, [date(s, "on May 15", "2025-05-15")])[0]?.dates).toEqual([]);
    // Nor is an appeal dated by the deadline it sets.
    const u = "The president called for a full truce by the end of the month.";
    expect(dated(u, [date(u, "the end of the month", "2025-05-21", "2025-05-31")])[0]?.dates).toEqual([]);
    // Nor is readiness dated by the day of what one is ready to do.
    const r = "The president is willing to meet the rebel leader this Thursday in Doha.";
    expect(dated(r, [date(r, "this Thursday", "2025-05-15")])[0]?.dates).toEqual([]);
    // What was agreed to is of its own day.
    const t = "The rebels agreed to resume talks in Geneva on May 15.";
    expect(dated(t, [date(t, "on May 15", "2025-05-15")])[0]?.dates).toEqual(["on May 15"]);
  });
});

describe("draftDates from what an event came soon after", () => {
  it("dates an event by what it came soon after ('proposed talks soon after fighting erupted on Thursday')", () => {
    const s = "The envoy had proposed talks soon after fighting erupted on Thursday.";
    expect(dated(s, [date(s, "on Thursday", "2025-07-24")])[0]?.dates).toEqual(["on Thursday"]);
    // Plain "after" says only that it came later.
    const t = "The envoy proposed talks after fighting erupted on Thursday.";
    expect(dated(t, [date(t, "on Thursday", "2025-07-24")])[0]?.dates).toEqual([]);
  });
});

describe("draftDates from the scene that opens the sentence", () => {
  it("dates a clause in the simple past by a participle in the opening phrase ('In a statement released on Sunday, …')", () => {
    const s = "In a video statement released on Sunday, the general rejected the proposal.";
    expect(dated(s, [date(s, "on Sunday", "2025-11-23")])[0]?.dates).toEqual(["on Sunday"]);
    // A perfect spans more than the scene's day.
    const t = "In the war launched in 2022, the rebels have rejected every proposal.";
    expect(dated(t, [date(t, "in 2022", "2022-01-01", "2022-12-31")])[0]?.dates).toEqual([]);
  });
});

describe("draftDates of what may come", () => {
  it("dates what may happen on a day by that day, but not an offer on a condition or a hope by a deadline", () => {
    const s = "The envoy said the two sides may sign a truce on Monday.";
    expect(dated(s, [date(s, "on Monday", "2024-05-06", "2024-05-06", { future: true })])[0]?.dates).toEqual([
      "on Monday",
    ]);
    const t = "The envoy said the rebels could sign a truce on Monday, if the army withdraws.";
    expect(dated(t, [date(t, "on Monday", "2024-05-06", "2024-05-06", { future: true })])[0]?.dates).not.toContain(
      "on Monday",
    );
    const u = "The envoy said the accord could end the war by next year.";
    expect(
      dated(u, [date(u, "next year", "2025-01-01", "2025-12-31", { future: true, precision: "year" })])[0]?.dates,
    ).not.toContain("next year");
  });
});

describe("draftDates of a meeting a clause of 'which' says opened", () => {
  it("dates the talks by the day the meeting opened ('closed a meeting that convened on Tuesday')", () => {
    const s = "The signing closed a meeting that convened on Tuesday.";
    expect(dated(s, [date(s, "on Tuesday", "2024-03-05")])).toContainEqual({ type: "talks", dates: ["on Tuesday"] });
    const t = "The round, which opened on Monday, produced no deal.";
    expect(dated(t, [date(t, "on Monday", "2024-03-04")])).toContainEqual({ type: "talks", dates: ["on Monday"] });
    // Another verb in the clause of "which" tells of something else ("which ran from Thursday").
    const u = "He spoke at a summit which ran on Sunday.";
    expect(dated(u, [date(u, "on Sunday", "2024-03-03")]).find((d) => d.type === "talks")?.dates ?? []).toEqual([]);
  });
});
