import { describe, expect, it } from "vitest";
import { parseGold, type GoldEvent, type GoldFile } from "./gold";
import {
  formatArticle,
  formatChecks,
  formatLine,
  formatScore,
  formatTotals,
  scoreDocument,
  type ScorableDocument,
  type ScorableEvent,
} from "./score";

const SENTENCE = "Putin met Trump in Riyadh on January 10.";
const OTHER = "Peskov said Russia is open to talks.";

type SourceOverrides = Partial<ScorableEvent["sources"][number]>;

function event(id: string, sentence: string, over: Partial<ScorableEvent> = {}, source: SourceOverrides = {}) {
  return {
    id,
    type: "talks",
    summary: sentence,
    date: { start: "2025-01-10", end: "2025-01-10" },
    actors: [{ id: "putin" }, { id: "trump" }],
    positions: [],
    sources: [{ article: "a1", sentence, attribution: "on-record", speaker: "putin", ...source }],
    ...over,
  } satisfies ScorableEvent;
}

function doc(events: ScorableEvent[], articles = [{ id: "a1", published: "2025-01-15" }]): ScorableDocument {
  return {
    articles,
    actors: [
      { id: "putin", name: "Vladimir Putin", aliases: ["Putin"] },
      { id: "trump", name: "Donald Trump", aliases: ["Trump"] },
    ],
    events,
  };
}

const entry = (anchor: string, over: Partial<GoldEvent> = {}): GoldEvent => ({
  anchor,
  required: true,
  window: ["2025-01-01", "2025-01-31"],
  actors: ["Putin", "Trump"],
  types: ["talks"],
  ...over,
});
const gold = (events: GoldEvent[], key = "a1", published = "2025-01-15"): GoldFile => ({
  articles: { [key]: { published, events } },
});

describe("scoreDocument: date, actors and type, as the reference scorer", () => {
  it("counts an event on the anchor with the right date, actors and type as strictly correct", () => {
    const s = scoreDocument(gold([entry("met Trump in Riyadh")]), doc([event("e1", SENTENCE)]));
    expect(s).toMatchObject({ required: 1, found: 1, strict: 1, dateCorrect: 1, actorsCorrect: 1, typeCorrect: 1 });
    expect(s.lines[0]!.status).toBe("ok");
  });

  it("fails the date, the actors and the type each on its own, and says what was wanted", () => {
    const wrongDate = scoreDocument(
      gold([entry("met Trump")]),
      doc([event("e1", SENTENCE, { date: { start: "2024-12-01", end: "2024-12-31" } })]),
    );
    expect(wrongDate).toMatchObject({ strict: 0, found: 1, dateCorrect: 0, actorsCorrect: 1, typeCorrect: 1 });
    expect(formatLine(wrongDate.lines[0]!)).toContain("date=2024-12-01..2024-12-31 (want 2025-01-01..2025-01-31)");

    const wrongActors = scoreDocument(
      gold([entry("met Trump")]),
      doc([event("e1", SENTENCE, { actors: [{ id: "putin" }] })]),
    );
    expect(wrongActors).toMatchObject({ strict: 0, dateCorrect: 1, actorsCorrect: 0, typeCorrect: 1 });
    expect(formatLine(wrongActors.lines[0]!)).toContain("actors missing Trump");

    const wrongType = scoreDocument(
      gold([entry("met Trump", { types: ["talks", "proposal"] })]),
      doc([event("e1", SENTENCE, { type: "threat" })]),
    );
    expect(wrongType).toMatchObject({ strict: 0, dateCorrect: 1, actorsCorrect: 1, typeCorrect: 0 });
    expect(formatLine(wrongType.lines[0]!)).toContain("type=threat (want talks|proposal)");
    expect(wrongType.lines[0]!.status).toBe("partial");
  });

  it("matches anchors after folding case, quotes and dashes, and reports an unanswered entry as MISSING", () => {
    const s = scoreDocument(
      gold([entry("PUTIN met ‘Trump’"), entry("an anchor no event carries", { required: false })]),
      doc([event("e1", SENTENCE)]),
    );
    expect(s).toMatchObject({ found: 1, optional: 1, optionalFound: 0 });
    expect(formatLine(s.lines[1]!)).toBe('opt MISSING "an anchor no event carries"');
  });

  it("takes the best of several events on one sentence", () => {
    const s = scoreDocument(
      gold([entry("met Trump")]),
      doc([event("e1", SENTENCE, { type: "threat" }), event("e2", SENTENCE)]),
    );
    expect(s.lines[0]!.event!.id).toBe("e2");
    expect(s.strict).toBe(1);
  });

  it("counts a merge group as merged only when one event answers every mention", () => {
    const twoMentions: GoldFile = {
      articles: {
        a1: { published: "2025-01-15", events: [entry("met Trump", { same: "g" })] },
        a2: { published: "2025-01-16", events: [entry("open to talks", { same: "g" })] },
      },
    };
    const merged = event("e1", SENTENCE);
    merged.sources.push({ article: "a2", sentence: OTHER, attribution: "on-record", speaker: "peskov" });
    expect(scoreDocument(twoMentions, doc([merged]))).toMatchObject({ mergeGroups: 1, mergedGroups: 1 });
    const apart = doc([event("e1", SENTENCE), event("e2", OTHER, {}, { article: "a2" })]);
    expect(scoreDocument(twoMentions, apart)).toMatchObject({ mergeGroups: 1, mergedGroups: 0 });
  });

  it("prints the totals line exactly as the reference scorer does", () => {
    const s = scoreDocument(gold([entry("met Trump")]), doc([event("e1", SENTENCE), event("e2", "Unrelated.")]));
    expect(formatTotals(s)).toBe(
      "strict 1/1 (100%) · found 1/1 · date 1 · actors 1 · type 1 · merged 0/0 · events 2, 1 on annotated sentences (50%)",
    );
  });
});

describe("scoreDocument: attribution", () => {
  const attributed = (over: Partial<GoldEvent>) =>
    gold([entry("met Trump", { attribution: "on-record", speaker: "putin", ...over })]);

  it("accepts the source's attribution and speaker when both agree", () => {
    const s = scoreDocument(attributed({}), doc([event("e1", SENTENCE)]));
    expect(s).toMatchObject({ attributionChecked: 1, attributionCorrect: 1 });
    expect(formatLine(s.lines[0]!)).toContain("attribution=on-record putin");
  });

  it("fails a wrong attribution and a wrong speaker, each on its own", () => {
    const kind = scoreDocument(attributed({ attribution: "anonymous", speaker: null }), doc([event("e1", SENTENCE)]));
    expect(kind).toMatchObject({ attributionChecked: 1, attributionCorrect: 0 });
    expect(formatLine(kind.lines[0]!)).toContain("attribution=on-record putin (want anonymous)");
    const speaker = scoreDocument(attributed({ speaker: "trump" }), doc([event("e1", SENTENCE)]));
    expect(speaker).toMatchObject({ attributionChecked: 1, attributionCorrect: 0 });
    expect(speaker.lines[0]!.attribution).toEqual({ ok: false, want: "on-record trump", got: "on-record putin" });
  });

  it("reads the attribution of the source that carries the anchor, in the gold entry's article", () => {
    const merged = event("e1", OTHER, {}, { article: "a2", speaker: "peskov" });
    merged.sources.push({ article: "a3", sentence: SENTENCE, attribution: "on-record", speaker: "putin" });
    merged.sources.push({ article: "a1", sentence: SENTENCE, attribution: "anonymous", speaker: null });
    const s = scoreDocument(
      attributed({ attribution: "anonymous", speaker: null }),
      doc([merged], [{ id: "a1", published: "2025-01-15" }]),
    );
    expect(s).toMatchObject({ attributionChecked: 1, attributionCorrect: 1 });
  });

  it("checks nothing for a gold file without attributions, nor for an entry no event answers", () => {
    const plain = scoreDocument(gold([entry("met Trump")]), doc([event("e1", SENTENCE)]));
    expect(plain).toMatchObject({ attributionChecked: 0, positionsWanted: 0, positionsHeld: 0 });
    expect(formatChecks(plain)).toBe("optional 0/0");
    const unanswered = scoreDocument(attributed({ anchor: "not there" }), doc([event("e1", SENTENCE)]));
    expect(unanswered.attributionChecked).toBe(0);
  });
});

describe("scoreDocument: positions", () => {
  const withPositions = (positions: GoldEvent["positions"], anchor = "met Trump") => entry(anchor, { positions });

  it("meets a gold position only with the same holder and topic", () => {
    const s = scoreDocument(
      gold([
        withPositions([
          { holder: "putin", topic: "territory" },
          { holder: "putin", topic: "nato-membership" },
        ]),
      ]),
      doc([
        event("e1", SENTENCE, {
          positions: [
            { actor: "putin", topic: "territory" },
            { actor: "russia", topic: "nato-membership" },
          ],
        }),
      ]),
    );
    expect(s).toMatchObject({
      positionsWanted: 2,
      positionsMet: 1,
      positionsHeld: 2,
      positionsRight: 1,
      positionsWrongHolder: 1,
    });
    expect(s.lines[0]!.positions).toEqual({
      met: ["putin/territory"],
      missing: ["putin/nato-membership"],
      extra: ["russia/nato-membership"],
      wrongHolder: ["russia/nato-membership"],
    });
    expect(formatLine(s.lines[0]!)).toContain(
      "positions 1/2 (missing putin/nato-membership; extra russia/nato-membership (holder not in gold))",
    );
  });

  it("counts a position of a gold holder on a topic the gold does not state against precision, not as a wrong holder", () => {
    const s = scoreDocument(
      gold([withPositions([{ holder: "putin", topic: "territory" }])]),
      doc([
        event("e1", SENTENCE, {
          positions: [
            { actor: "putin", topic: "territory" },
            { actor: "putin", topic: "war-aims" },
          ],
        }),
      ]),
    );
    expect(s).toMatchObject({ positionsMet: 1, positionsHeld: 2, positionsRight: 1, positionsWrongHolder: 0 });
  });

  it("counts every position of an event against a sentence that states none", () => {
    const s = scoreDocument(
      gold([withPositions([])]),
      doc([event("e1", SENTENCE, { positions: [{ actor: "trump", topic: "sanctions" }] })]),
    );
    expect(s).toMatchObject({ positionsWanted: 0, positionsHeld: 1, positionsRight: 0, positionsWrongHolder: 1 });
    expect(formatChecks(s)).toBe(
      "optional 0/0 · positions recall 0/0 (n/a), precision 0/1 (0%), 1 under a holder not in gold",
    );
  });

  it("does not blame a merged event for the positions another of its gold mentions states, and counts it once", () => {
    const merged = event("e1", SENTENCE, {
      positions: [
        { actor: "putin", topic: "territory" },
        { actor: "russia", topic: "negotiation-format" },
      ],
    });
    merged.sources.push({ article: "a1", sentence: OTHER, attribution: "on-record", speaker: "peskov" });
    const s = scoreDocument(
      gold([
        withPositions([{ holder: "putin", topic: "territory" }]),
        withPositions([{ holder: "russia", topic: "negotiation-format" }], "open to talks"),
      ]),
      doc([merged]),
    );
    expect(s).toMatchObject({
      positionsWanted: 2,
      positionsMet: 2,
      positionsHeld: 2,
      positionsRight: 2,
      positionsWrongHolder: 0,
    });
  });
});

describe("scoreDocument: per article", () => {
  it("counts required, found and strict entries, and the events emitted from the article and on its annotated sentences", () => {
    const s = scoreDocument(
      gold([entry("met Trump"), entry("open to talks", { types: ["negotiation-readiness"] })], "a1"),
      doc([event("e1", SENTENCE), event("e2", OTHER), event("e3", "Elsewhere.", {}, { article: "a2" })]),
    );
    expect(s.articles).toEqual([
      { key: "a1", article: "a1", required: 2, found: 2, strict: 1, events: 2, eventsOnAnnotatedSentences: 2 },
    ]);
    expect(formatArticle(s.articles[0]!)).toBe(
      "a1: required 2 · found 2 · strict 1 · events 2, 2 on annotated sentences",
    );
  });

  it("finds the article by the gold key read as a file name, else by its publication day, else by its anchors", () => {
    const articles = [
      { id: "d1-01-talks", published: "2025-01-15" },
      { id: "other", published: "2025-01-15" },
      { id: "unique-day", published: "2025-01-20" },
    ];
    const events = [event("e1", SENTENCE, {}, { article: "other" })];
    const byKey = scoreDocument(gold([entry("met Trump")], "d1_01_talks"), doc(events, articles));
    expect(byKey.articles[0]!.article).toBe("d1-01-talks");
    expect(formatArticle(byKey.articles[0]!)).toMatch(/^d1_01_talks: /);
    const byDay = scoreDocument(gold([entry("met Trump")], "000_x", "2025-01-20"), doc(events, articles));
    expect(byDay.articles[0]!.article).toBe("unique-day");
    const byAnchors = scoreDocument(gold([entry("met Trump")], "001_y", "2025-01-15"), doc(events, articles));
    expect(byAnchors.articles[0]!.article).toBe("other");
    const nowhere = scoreDocument(gold([entry("not there")], "002_z", "2025-01-15"), doc(events, articles));
    expect(formatArticle(nowhere.articles[0]!)).toMatch(/^002_z \(not in the event document\): .* events 0, 0/);
  });

  it("prints each article, its entries when verbose, then the totals", () => {
    const s = scoreDocument(gold([entry("met Trump")]), doc([event("e1", SENTENCE)]));
    expect(formatScore(s, false).split("\n")).toHaveLength(3);
    expect(formatScore(s, true).split("\n")[1]).toMatch(/^ {2}req ok {6}"met Trump"/);
  });
});

describe("parseGold", () => {
  const valid = { articles: { a1: { published: "2025-01-15", events: [entry("met Trump")] } } };

  it("reads a gold file with or without attribution and positions", () => {
    expect(parseGold("g.json", JSON.stringify(valid)).articles.a1!.events).toHaveLength(1);
    const annotated = structuredClone(valid);
    Object.assign(annotated.articles.a1.events[0]!, { attribution: "anonymous", speaker: null, positions: [] });
    expect(parseGold("g.json", JSON.stringify(annotated)).articles.a1!.events[0]!.attribution).toBe("anonymous");
  });

  it("names the file and the field of a problem", () => {
    expect(() => parseGold("g.json", "{")).toThrow(/^g\.json: is not valid JSON/);
    const badWindow = structuredClone(valid);
    (badWindow.articles.a1.events[0]! as { window: unknown }).window = ["2025-01-01"];
    expect(() => parseGold("g.json", JSON.stringify(badWindow))).toThrow(/^g\.json: articles\.a1\.events\[0\]\.window/);
    const loneSpeaker = structuredClone(valid);
    Object.assign(loneSpeaker.articles.a1.events[0]!, { speaker: "putin" });
    expect(() => parseGold("g.json", JSON.stringify(loneSpeaker))).toThrow(
      /^g\.json: articles\.a1\.events\[0\]\.attribution: attribution and speaker are given together/,
    );
    const badAttribution = structuredClone(valid);
    Object.assign(badAttribution.articles.a1.events[0]!, { attribution: "rumour", speaker: null });
    expect(() => parseGold("g.json", JSON.stringify(badAttribution))).toThrow(/events\[0\]\.attribution/);
  });
});
