import { describe, expect, it } from "vitest";
import type { SignalEvent } from "../model/schema";
import type { Mention } from "../model/mentions";
import { mergeEvents, mergeGroup } from "./mergeEvents";
import { keySource, MergeKeyTable, wordNumbers } from "./mergeKeys";

function mention(article: string, published: string, sentence: string, over: Partial<SignalEvent> = {}): Mention {
  return {
    article,
    published,
    event: {
      id: `${article}-${sentence.length}`,
      aliases: [],
      date: { start: published, end: published, precision: "day", text: "", basis: "publication" },
      type: "ceasefire-signal",
      codes: { cameo: "0356", plover: "AGREE" },
      modality: "asserted",
      actors: [{ id: "putin", role: "subject" }],
      positions: [],
      summary: sentence,
      sources: [{ article, sentence, attribution: "anonymous", speaker: null }],
      ...over,
    },
  };
}

// The two December 2023 reports of one New York Times story, in different translations.
const mind =
  "They say that the truce Moscow is proposing preserves a sovereign Ukraine with Kyiv as its capital, but would leave nearly 20% of Ukrainian territory under Russian control.";
const newsreel =
  "They say the truce proposed by Putin would preserve a sovereign Ukraine with its capital in Kyiv, but allow Russia to control the 20 percent of Ukrainian territory it has already annexed.";

describe("mergeEvents", () => {
  it("merges one event reported by two outlets and keeps the earliest-published id", () => {
    const a = mention("mind", "2023-12-23", mind);
    const b = mention("newsreel", "2023-12-24", newsreel);
    const merged = mergeEvents([b, a]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.id).toBe(a.event.id);
    expect(merged[0]!.aliases).toEqual([b.event.id]);
    expect(merged[0]!.sources.map((s) => s.article)).toEqual(["mind", "newsreel"]);
  });

  it("counts a person and the state they act for as one party the two reports share", () => {
    const talks = (ids: string[]) => ({
      type: "talks" as const,
      actors: ids.map((id) => ({ id, role: "subject" as const })),
    });
    const a = mention("wire", "2024-05-17", "Envoy Li Wen met President Kovac and Foreign Minister Ilic in Kyiv.", {
      ...talks(["li-wen", "kovac", "ilic"]),
    });
    const b = mention("daily", "2024-05-17", "Beijing's special representative held talks with Kovac of Ukraine.", {
      ...talks(["china", "kovac", "ukraine"]),
    });
    const states: Record<string, string> = { "li-wen": "china", kovac: "ukraine", ilic: "ukraine" };
    expect(mergeEvents([a, b], (id) => states[id])).toHaveLength(1);
    // Without knowing whom the people act for, the two share only Kovac, too little for so few
    // shared words; and a state neither report names is no party they share.
    expect(mergeEvents([a, b])).toHaveLength(2);
    const unnamed = mention("daily", "2024-05-17", "Beijing's special representative held talks with Kovac.", {
      ...talks(["kovac", "wang-tao"]),
    });
    expect(mergeEvents([a, unnamed], (id) => ({ ...states, "wang-tao": "china" })[id])).toHaveLength(2);
  });

  it("merges reports that name no actor in common when two parties one names are the states the other's people act for", () => {
    const summit = (ids: string[]) => ({
      type: "talks" as const,
      actors: ids.map((id) => ({ id, role: "subject" as const })),
    });
    const a = mention(
      "wire",
      "2024-05-17",
      "President Kovac and Prime Minister Ilic met at the lakeside summit in Ohrid.",
      {
        ...summit(["kovac", "ilic"]),
      },
    );
    const b = mention("daily", "2024-05-18", "Leaders of Ukraine and Poland met at the lakeside summit in Ohrid.", {
      ...summit(["ukraine", "poland"]),
    });
    const states: Record<string, string> = { kovac: "ukraine", ilic: "poland" };
    expect(mergeEvents([a, b], (id) => states[id])).toHaveLength(1);
    // One such party is too little: a leader's word and another report on his state differ too often.
    const one = mention("daily", "2024-05-18", "Leaders of Ukraine and Chile met at the lakeside summit in Ohrid.", {
      ...summit(["ukraine", "chile"]),
    });
    expect(mergeEvents([a, one], (id) => states[id])).toHaveLength(2);
  });

  it("keeps the more explicit date of the mentions", () => {
    const a = mention("mind", "2023-12-23", mind);
    const explicit = {
      start: "2023-09-01",
      end: "2023-12-24",
      precision: "range",
      text: "since September",
      basis: "relative",
      open: true,
    } as const;
    const b = mention("newsreel", "2023-12-24", newsreel, { date: explicit });
    expect(mergeEvents([a, b])[0]!.date).toEqual(explicit);
  });

  it("keeps, of days as informative, the one more reports give, whatever the phrase that stated it", () => {
    const day = (start: string, text: string, basis: "explicit" | "relative", carried?: true) =>
      ({ start, end: start, precision: "day", text, basis, ...(carried && { carried }) }) as const;
    const onThe27th = day("2024-11-27", "on November 27", "explicit");
    const onTuesday = day("2024-11-26", "on Tuesday", "relative");
    const events = [
      mention("gazette", "2024-11-28", "The truce was agreed on November 27.", { date: onThe27th }),
      mention("wire", "2024-11-27", "The cabinet approved the truce on Tuesday.", { date: onTuesday }),
      mention("daily", "2024-11-27", "Both governments accepted the truce.", {
        date: day("2024-11-26", "on Tuesday", "relative", true),
      }),
    ].map((m) => m.event);
    expect(mergeGroup(events, ["2024-11-28", "2024-11-27", "2024-11-27"]).date).toEqual(onTuesday);
  });

  it("takes the day a report after the fact gives within a span another report foresaw", () => {
    const week = {
      start: "2025-03-10",
      end: "2025-03-16",
      precision: "week",
      text: "next week",
      basis: "relative",
    } as const;
    const talks = (ids: string[]) => ({
      type: "talks" as const,
      actors: ids.map((id) => ({ id, role: "subject" as const })),
    });
    const foreseen = mention("wire", "2025-03-08", "The two envoys will meet again in Geneva next week.", {
      ...talks(["elbonia", "freedonia"]),
      date: week,
    });
    const held = mention("daily", "2025-03-15", "The second round between the two envoys ended in Geneva.", {
      ...talks(["elbonia", "freedonia"]),
    });
    const [merged, ...rest] = mergeEvents([foreseen, held]);
    expect(rest).toHaveLength(0);
    expect(merged!.date).toMatchObject({ start: "2025-03-15", end: "2025-03-15" });
    // A span stated after the fact is kept: the day of an undated report is only when it came out.
    const lastWeek = mention("weekly", "2025-03-19", "The two envoys met again in Geneva last week.", {
      ...talks(["elbonia", "freedonia"]),
      date: { ...week, text: "last week" },
    });
    expect(mergeEvents([held, lastWeek])[0]!.date).toMatchObject({ start: "2025-03-10", end: "2025-03-16" });
  });

  it("does not merge different events, two mentions in one article, or far-apart dates", () => {
    const other =
      "Putin's determination to prevent Ukraine from joining NATO is among the demands that will not be abandoned.";
    expect(
      mergeEvents([
        mention("mind", "2023-12-23", mind),
        mention("newsreel", "2023-12-24", other, { type: "condition" }),
      ]),
    ).toHaveLength(2);
    expect(mergeEvents([mention("mind", "2023-12-23", mind), mention("mind", "2023-12-23", newsreel)])).toHaveLength(2);
    expect(mergeEvents([mention("mind", "2023-12-23", mind), mention("later", "2025-11-27", newsreel)])).toHaveLength(
      2,
    );
  });

  it("merges only mentions of one type, even of kindred types worded alike", () => {
    const offer = "The rebels put forward a plan for a buffer zone along the river on Monday.";
    const demand = "The rebels demanded a buffer zone along the river on Monday.";
    const a = mention("wire", "2024-03-05", offer, { type: "proposal" });
    expect(mergeEvents([a, mention("paper", "2024-03-05", demand, { type: "condition" })])).toHaveLength(2);
    expect(mergeEvents([a, mention("paper", "2024-03-05", offer, { type: "proposal" })])).toHaveLength(1);
  });

  it("does not merge when the named people differ", () => {
    const b = mention("newsreel", "2023-12-24", newsreel, { actors: [{ id: "zelensky", role: "subject" }] });
    expect(mergeEvents([mention("mind", "2023-12-23", mind), b])).toHaveLength(2);
  });

  it("tells reports apart by who takes part, not by whom else their sentences name", () => {
    const acting = (id: string) => [
      { id, role: "subject" as const },
      { id: "biden", role: "mentioned" as const },
    ];
    const a = mention("mind", "2023-12-23", mind, { actors: acting("putin") });
    expect(mergeEvents([a, mention("newsreel", "2023-12-24", newsreel, { actors: acting("zelensky") })])).toHaveLength(
      2,
    );
    const b = mention("newsreel", "2023-12-24", newsreel, { actors: [{ id: "putin", role: "subject" }] });
    expect(mergeEvents([a, b])[0]!.actors).toEqual(acting("putin"));
  });

  it("gives an actor one report names and another has acting the acting role", () => {
    const withZelensky = (role: "mentioned" | "target") => [
      { id: "putin", role: "subject" as const },
      { id: "zelensky", role },
    ];
    const a = mention("mind", "2023-12-23", mind, { actors: withZelensky("mentioned") });
    const b = mention("newsreel", "2023-12-24", newsreel, { actors: withZelensky("target") });
    expect(mergeGroup([a.event, b.event]).actors).toEqual([
      { id: "putin", role: "subject" },
      { id: "zelensky", role: "target" },
    ]);
  });
});

describe("mergeEvents: matching reports of one event", () => {
  const friday = {
    start: "2024-11-15",
    end: "2024-11-15",
    precision: "day",
    text: "on Friday",
    basis: "relative",
  } as const;
  const callTass = "The president held a telephone conversation with the chancellor at the chancellery's request.";
  const callReuters = "The call on Friday was their first in over a year, the presidency said.";
  const talks = { type: "talks" as const, codes: { cameo: "040", plover: "CONSULT" }, date: friday };
  const pair = [
    { id: "putin", role: "subject" as const },
    { id: "scholz", role: "target" as const },
  ];

  it("merges the same type on the same day between shared parties despite little shared wording", () => {
    const a = mention("tass", "2024-11-15", callTass, { ...talks, actors: pair });
    const b = mention("reuters", "2024-11-16", callReuters, { ...talks, actors: pair });
    const merged = mergeEvents([a, b]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.aliases).toEqual([b.event.id]);
  });

  it("needs more shared wording when no party is shared or the days differ", () => {
    const a = mention("tass", "2024-11-15", callTass, { ...talks, actors: [] });
    const b = mention("reuters", "2024-11-16", callReuters, { ...talks, actors: [] });
    expect(mergeEvents([a, b])).toHaveLength(2);
    const saturday = { ...friday, start: "2024-11-16", end: "2024-11-16", text: "on Saturday" };
    const c = mention("reuters", "2024-11-16", callReuters, { ...talks, actors: pair, date: saturday });
    expect(mergeEvents([mention("tass", "2024-11-15", callTass, { ...talks, actors: pair }), c])).toHaveLength(2);
  });

  it("needs more shared wording between a day and a span of months that holds it, whatever mediators they share", () => {
    // Two negotiations brokered by the same mediators: one round of talks in October, and
    // another pair's talks hosted since April.
    const mediators: SignalEvent["actors"] = [
      { id: "qatar", role: "subject" },
      { id: "united-states", role: "subject" },
    ];
    const october = { start: "2025-10-09", end: "2025-10-09", precision: "day", text: "", basis: "relative" } as const;
    const sinceApril = {
      start: "2025-04-01",
      end: "2025-11-15",
      precision: "range",
      text: "since April",
      basis: "relative",
    } as const;
    const a = mention("cairo", "2025-10-09", "The talks in Egypt were mediated by Qatar and the United States.", {
      ...talks,
      actors: mediators,
      date: october,
    });
    const b = mention(
      "doha",
      "2025-11-15",
      "Qatar has hosted several rounds of direct talks since April, focusing on preconditions between the two sides.",
      {
        ...talks,
        actors: mediators,
        date: sinceApril,
      },
    );
    expect(mergeEvents([a, b])).toHaveLength(2);
  });

  describe("within one article", () => {
    const lead = "Putin and Scholz held their first phone call in two years on Friday, the Kremlin said.";
    const restated = "The phone call between Putin and Scholz on Friday lasted about an hour.";

    it("merges a restated lead with the same stated date and type", () => {
      const merged = mergeEvents([
        mention("tass", "2024-11-15", lead, { ...talks, actors: pair }),
        mention("tass", "2024-11-15", restated, { ...talks, actors: pair }),
      ]);
      expect(merged).toHaveLength(1);
      expect(merged[0]!.sources.map((s) => s.sentence).sort()).toEqual([lead, restated]);
    });

    it("does not merge a restatement whose date was carried from an earlier sentence", () => {
      const carried = { ...friday, carried: true };
      expect(
        mergeEvents([
          mention("tass", "2024-11-15", lead, { ...talks, actors: pair }),
          mention("tass", "2024-11-15", restated, { ...talks, actors: pair, date: carried }),
        ]),
      ).toHaveLength(2);
    });

    it("merges an undated headline with the lead that dates it on the day of publication", () => {
      const headline = "Putin and Scholz hold first phone call in two years";
      const today = { ...friday, text: "today", basis: "relative" as const };
      const undated = { ...friday, text: "", basis: "publication" as const };
      const report = (sentence: string, date: SignalEvent["date"], id: string) => {
        const m = mention("tass", "2024-11-15", sentence, { ...talks, actors: pair, date });
        return { ...m, event: { ...m.event, id } };
      };
      // whichever of the two comes first by id
      expect(mergeEvents([report(headline, undated, "a"), report(lead, today, "b")])).toHaveLength(1);
      expect(mergeEvents([report(headline, undated, "b"), report(lead, today, "a")])).toHaveLength(1);
      // Two undated mentions state no day to share.
      expect(mergeEvents([report(headline, undated, "a"), report(lead, undated, "b")])).toHaveLength(2);
    });

    it("does not merge two mentions of another type on the same day", () => {
      expect(
        mergeEvents([
          mention("tass", "2024-11-15", lead, { ...talks, actors: pair }),
          mention("tass", "2024-11-15", restated, { ...talks, actors: pair, type: "assessment" }),
        ]),
      ).toHaveLength(2);
    });
  });

  describe("a carried date", () => {
    const stated = {
      start: "2023-12-10",
      end: "2023-12-10",
      precision: "day",
      text: "on December 10",
      basis: "explicit",
    } as const;

    it("is compared as the publication date it stands for", () => {
      const a = mention("mind", "2023-12-23", mind, { date: { ...stated, carried: true } });
      const b = mention("newsreel", "2023-12-24", newsreel);
      expect(mergeEvents([a, b])).toHaveLength(1);
    });

    it("keeps the day it carried: two reports of days two apart are two events", () => {
      const day = (start: string) => ({ ...stated, start, end: start, carried: true });
      const a = mention("mind", "2023-12-23", mind, { date: day("2023-12-22") });
      // (published the same day, the two would otherwise be the one news cycle)
      expect(mergeEvents([a, mention("newsreel", "2023-12-23", newsreel, { date: day("2023-12-20") })])).toHaveLength(
        2,
      );
      expect(mergeEvents([a, mention("newsreel", "2023-12-24", newsreel, { date: day("2023-12-23") })])).toHaveLength(
        1,
      );
      // nor does it join a day another report states two days away
      expect(
        mergeEvents([
          a,
          mention("newsreel", "2023-12-23", newsreel, { date: { ...stated, start: "2023-12-20", end: "2023-12-20" } }),
        ]),
      ).toHaveLength(2);
    });

    it("a date stated in the sentence itself is not", () => {
      const a = mention("mind", "2023-12-23", mind, { date: stated });
      const b = mention("newsreel", "2023-12-24", newsreel);
      expect(mergeEvents([a, b])).toHaveLength(2);
    });
  });

  describe("an undated report", () => {
    const day = (start: string) =>
      ({ start, end: start, precision: "day", text: "on Friday", basis: "relative" }) as const;

    it("tells of nothing that happened more than a day after it was published", () => {
      const a = mention("wire", "2023-12-22", mind);
      expect(mergeEvents([a, mention("daily", "2023-12-26", newsreel, { date: day("2023-12-24") })])).toHaveLength(2);
      // A day's grace for time zones, and for the night before it came out.
      expect(mergeEvents([a, mention("daily", "2023-12-26", newsreel, { date: day("2023-12-23") })])).toHaveLength(1);
      expect(mergeEvents([a, mention("daily", "2023-12-26", newsreel, { date: day("2023-12-21") })])).toHaveLength(1);
    });

    it("tells of nothing that happened two days or more before it was published", () => {
      // (news would have written that day: "met on Wednesday")
      const a = mention("wire", "2023-12-22", mind);
      expect(mergeEvents([a, mention("daily", "2023-12-26", newsreel, { date: day("2023-12-20") })])).toHaveLength(2);
      // two undated reports of one news cycle still merge
      expect(mergeEvents([a, mention("daily", "2023-12-24", newsreel)])).toHaveLength(1);
    });
  });

  describe("placing an article's mentions", () => {
    const report = "Putin said Russia is ready for a truce that keeps the occupied regions under Russian control.";
    const close =
      "Putin is ready for a truce that would keep the occupied regions under Russian control, the sources said.";
    // Close enough to join on its own, but less so than `close`.
    const stray = "Putin is ready for a truce, but not on Ukraine's terms, the Kremlin said.";

    it("places the mention that agrees best, and at most one mention of an article in a group", () => {
      const first = mention("nyt", "2023-12-23", report);
      const strayMention = mention("mind", "2023-12-24", stray);
      const closeMention = mention("mind", "2023-12-24", close);
      const merged = mergeEvents([first, strayMention, closeMention]);
      expect(merged).toHaveLength(2);
      const group = merged.find((e) => e.id === first.event.id)!;
      expect(group.aliases).toEqual([closeMention.event.id]);
      expect(group.sources.map((s) => s.article)).toEqual(["nyt", "mind"]);
      expect(merged.find((e) => e.id === strayMention.event.id)!.aliases).toEqual([]);
    });

    it("lets a restated lead with the same stated date follow its article into the group", () => {
      const dated = {
        start: "2023-12-22",
        end: "2023-12-22",
        precision: "day",
        text: "on Friday",
        basis: "relative",
      } as const;
      const first = mention("nyt", "2023-12-23", report, { date: dated });
      const closeMention = mention("mind", "2023-12-24", close, { date: dated });
      const restatement = mention("mind", "2023-12-24", stray, { date: dated });
      const merged = mergeEvents([first, closeMention, restatement]);
      expect(merged).toHaveLength(1);
      expect(merged[0]!.aliases.sort()).toEqual([closeMention.event.id, restatement.event.id].sort());
    });

    it("lets a second report of the same type and day follow its article into the group, whatever its wording", () => {
      const tuesday = { ...friday, start: "2024-03-12", end: "2024-03-12", text: "on Tuesday" };
      const parties = (...ids: string[]) => ids.map((id) => ({ id, role: "subject" as const }));
      const talks = { type: "talks" as const, date: tuesday, actors: parties("russia", "ukraine") };
      const first = mention("wire", "2024-03-12", "Russian and Ukrainian delegations met in Geneva on Tuesday.", talks);
      const lead = mention(
        "daily",
        "2024-03-13",
        "The Russian and Ukrainian delegations met in Geneva on Tuesday.",
        talks,
      );
      const hosts = "Switzerland has long offered its good offices to both sides.";
      const host = mention("daily", "2024-03-13", hosts, {
        ...talks,
        actors: parties("switzerland", "russia", "ukraine"),
      });
      const merged = mergeEvents([first, lead, host]);
      expect(merged).toHaveLength(1);
      expect(merged[0]!.aliases.sort()).toEqual([lead.event.id, host.event.id].sort());
      // Of another day, or another type, it is another event.
      const monday = { ...tuesday, start: "2024-03-11", end: "2024-03-11", text: "on Monday" };
      expect(mergeEvents([first, lead, { ...host, event: { ...host.event, date: monday } }])).toHaveLength(2);
      expect(mergeEvents([first, lead, { ...host, event: { ...host.event, type: "proposal" } }])).toHaveLength(2);
    });

    it("joins two clusters of reports of one joint act that never met: same type, stated day and parties", () => {
      const tuesday = { ...friday, start: "2024-03-12", end: "2024-03-12", text: "on Tuesday" };
      const pair = (...ids: string[]) => ids.map((id) => ({ id, role: "subject" as const }));
      const talksOn = { type: "talks" as const, date: tuesday, actors: pair("chile", "peru") };
      const met = "Delegations of Chile and Peru met in Lima on Tuesday to settle the maritime dispute.";
      const round = "It was the first round of border negotiations in a decade, officials said on Tuesday.";
      const reports = (article: string, published: string, over: Partial<SignalEvent> = {}) => [
        mention(article, published, met, { ...talksOn, ...over }),
        mention(article, published, `${round} `, { ...talksOn, ...over }),
      ];
      const merged = mergeEvents([...reports("wire", "2024-03-12"), ...reports("daily", "2024-03-13")]);
      expect(merged).toHaveLength(1);
      expect(merged[0]!.sources).toHaveLength(4);
      // Views of the day, or reports of another day, stay apart.
      const views = { type: "assessment" as const };
      expect(
        mergeEvents([...reports("wire", "2024-03-12", views), ...reports("daily", "2024-03-13", views)]),
      ).toHaveLength(2);
      const monday = { ...tuesday, start: "2024-03-11", end: "2024-03-11", text: "on Monday" };
      expect(
        mergeEvents([...reports("wire", "2024-03-12"), ...reports("daily", "2024-03-13", { date: monday })]),
      ).toHaveLength(2);
    });

    it("places the stray mention when it is the only one the article has", () => {
      const first = mention("nyt", "2023-12-23", report);
      const strayMention = mention("mind", "2023-12-24", stray);
      const merged = mergeEvents([first, strayMention]);
      expect(merged).toHaveLength(1);
      expect(merged[0]!.aliases).toEqual([strayMention.event.id]);
    });
  });
});

describe("MergeKeyTable", () => {
  it("keeps of a sentence only its folded words, and shares dates and actor lists between keys", () => {
    const table = new MergeKeyTable();
    table.push(keySource(mention("a", "2024-03-01", "The Kremlin rejected the truce on Friday.")));
    table.push(keySource(mention("b", "2024-03-01", "Moscow said the cease-fire was a trick.")));
    const [a, b] = [table.at(0)!, table.at(1)!];
    expect(table.wordsOf(0).sort()).toEqual(["ceasefire", "friday", "kremlin", "reject"]);
    expect(table.wordsOf(1)).toContain("ceasefire");
    // One number per distinct word: the same word in two sentences is the same number.
    const shared = [...wordNumbers(a.words)].filter((n) => wordNumbers(b.words).has(n));
    expect(shared).toHaveLength(1);
    expect(a.date).toBe(b.date);
    expect(a.date.text).toBe("");
    expect(a.actors).toBe(b.actors);
    expect(a).toMatchObject({ article: "a", published: "2024-03-01", type: b.type });
    expect(table.at(2)).toBeUndefined();
  });

  it("numbers any number of distinct words, past what one character holds", () => {
    const table = new MergeKeyTable();
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}x`);
    for (let i = 0; i < words.length; i += 20)
      table.push(keySource(mention(`a${i}`, "2024-03-01", words.slice(i, i + 20).join(" "))));
    expect(table.wordsOf(table.length - 1)).toEqual(words.slice(-20));
    expect(wordNumbers(table.at(table.length - 1)!.words).size).toBe(20);
  });
});
