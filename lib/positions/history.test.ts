import { describe, expect, it } from "vitest";
import type { Actor, ArticleMeta, SignalEvent, Source } from "../model/schema";
import { extractPositions } from "./extractPositions";
import { basesOf, buildHistory, cellKey, matrixAsOf, splitCellKey } from "./history";
import { readVocabulary, stanceCompatibility } from "./vocabulary";

const vocab = readVocabulary();

const ARTICLES: ArticleMeta[] = [
  ["2023-12-23-mind-nyt-putin-signals-truce", "2023-12-23"],
  ["2023-12-24-247newsreel-putin-ready-to-make-a-deal", "2023-12-24"],
  ["2024-05-24-obozrevatel-putin-ready-to-negotiate-on-his-terms", "2024-05-24"],
  ["2025-02-06-espreso-putin-backchannel-talks", "2025-02-06"],
  ["2025-11-27-libertygazette-putin-bishkek-press-conference", "2025-11-27"],
].map(([id, published]) => ({
  id: id!,
  title: id!,
  publisher: "",
  url: "",
  published: published!,
  language: "en",
  warnings: [],
}));
const [MIND, REEL, OBOZ, ESPRESO, LIBERTY] = ARTICLES.map((a) => a.id) as [string, string, string, string, string];

const ACTORS: Actor[] = [
  { id: "putin", name: "Vladimir Putin", kind: "person", country: "RUS", role: "President of Russia", aliases: [] },
  { id: "peskov", name: "Dmitry Peskov", kind: "person", country: "RUS", role: "Kremlin spokesman", aliases: [] },
  { id: "russia", name: "Russia", kind: "state", country: "RUS", aliases: [] },
  { id: "zelensky", name: "Volodymyr Zelensky", kind: "person", country: "UKR", aliases: [] },
  { id: "malomuzh", name: "Mykola Malomuzh", kind: "person", country: "UKR", role: "Ukrainian general", aliases: [] },
];

let counter = 0;
/** An event as the extractor writes it: positions read from the sentence for its holder. */
function event(date: string, holder: string, sentence: string, sources: Omit<Source, "sentence">[]): SignalEvent {
  counter++;
  return {
    id: `e${counter}`,
    aliases: [],
    date: { start: date, end: date, precision: "day", text: "", basis: "explicit" },
    type: "condition",
    codes: { cameo: null, plover: null },
    modality: "asserted",
    actors: [{ id: holder, role: "source" }],
    positions: extractPositions({ sentence, holder }, vocab),
    summary: sentence,
    sources: sources.map((s) => ({ ...s, sentence })),
  };
}

const NO_LONGER_NYT = event(
  "2023-12-23",
  "putin",
  "American officials note that Putin is no longer demanding that the Zelenskiy government be removed from power in Ukraine.",
  [{ article: MIND, attribution: "anonymous", speaker: null }],
);
const NO_LONGER_REEL = event(
  "2023-12-24",
  "putin",
  "But US officials see a change in Putin’s position, stressing that he is no longer calling for the resignation of Zelenskyi’s government.",
  [{ article: REEL, attribution: "anonymous", speaker: null }],
);
const LEGALLY_IMPOSSIBLE = event(
  "2025-11-27",
  "putin",
  "Putin described the prospect of signing an agreement with authorities in Kiev as “legally impossible.”",
  [{ article: LIBERTY, attribution: "on-record", speaker: "putin" }],
);
const TRUCE_SINCE_SEPTEMBER = event(
  "2023-09-01",
  "putin",
  "According to the newspaper's interlocutors, Putin has been hinting since September that he is ready for a truce that would stop the fighting at the current positions.",
  [{ article: MIND, attribution: "anonymous", speaker: null }],
);
const CURRENT_FRONT = event(
  "2023-09-01",
  "putin",
  "Since at least September, Putin has signaled through proxies that he is willing to reach a ceasefire to end fighting on the current front, a far cry from his desire to dominate Ukraine, according to two former senior Russian officials close to him.",
  [{ article: REEL, attribution: "anonymous", speaker: null }],
);
const BORDERS_FRONT_LINE = event(
  "2024-05-24",
  "putin",
  `His condition is that Kyiv recognizes the "borders" along which the front line now runs.`,
  [{ article: OBOZ, attribution: "anonymous", speaker: null }],
);
const TROOPS_LEAVE = event(
  "2025-11-27",
  "putin",
  "Putin emphasized that Russia will cease hostilities once Ukrainian troops leave Russian territories they still occupy.",
  [{ article: LIBERTY, attribution: "on-record", speaker: "putin" }],
);
const MALOMUZH_GOALS = event(
  "2025-02-06",
  "putin",
  "According to him, Putin is working through various negotiation tracks, attempting to secure certain goals: control over occupied territories, the establishment of a demarcation line, pressure on Ukraine regarding neutrality, and the status of the Russian language, among other demands.",
  [{ article: ESPRESO, attribution: "on-record", speaker: "malomuzh" }],
);
const PESKOV_ILLEGITIMACY = event(
  "2025-02-05",
  "russia",
  `- On February 5, Kremlin spokesperson Dmitry Peskov reiterated Russia's claim about Zelenskyy’s alleged "illegitimacy" but stated that Russia is open to negotiations.`,
  [{ article: ESPRESO, attribution: "on-record", speaker: "peskov" }],
);

const options = { articles: ARTICLES, actors: ACTORS };

describe("buildHistory on the seed corpus's reports", () => {
  it("merges the December 2023 reports of the dropped demand and marks the later illegitimacy claim as a shift", () => {
    // Given out of order: the history is ordered by date, not by input.
    const history = buildHistory([LEGALLY_IMPOSSIBLE, NO_LONGER_REEL, NO_LONGER_NYT], options);
    const entries = history.cells[cellKey("putin", "legitimacy")]!;
    expect(entries.map((e) => [e.stanceId, e.firstDate, e.lastDate, e.shiftFrom])).toEqual([
      ["no-longer-demands-removal", "2023-12-23", "2023-12-24", null],
      ["zelensky-illegitimate", "2025-11-27", "2025-11-27", ["no longer demands removal of Ukraine's government"]],
    ]);
    expect(entries[0]!.evidence.map((e) => [e.article, e.basis])).toEqual([
      [MIND, "anonymous"],
      [REEL, "anonymous"],
    ]);
    expect(entries[0]!.points.at(-1)).toEqual(["2023-12-24", 2, 4, "24 Dec 2023"]);
    expect(basesOf(entries[1]!.points.at(-1)![2])).toEqual(["on-record"]);
  });

  it("keeps freeze-at-the-front as one stance across three differently worded reports, then shifts to withdrawal", () => {
    const history = buildHistory([TROOPS_LEAVE, BORDERS_FRONT_LINE, CURRENT_FRONT, TRUCE_SINCE_SEPTEMBER], options);
    const entries = history.cells[cellKey("putin", "territory")]!;
    expect(entries.map((e) => e.stanceId)).toEqual(["freeze-at-front-line", "ukrainian-withdrawal"]);
    expect(entries[0]!.points).toEqual([
      ["2023-09-01", 2, 4, "1 Sep 2023"],
      ["2024-05-24", 3, 4, "24 May 2024"],
    ]);
    expect(entries[1]!.shiftFrom).toEqual(["freeze at the current front line"]);
  });

  it("does not call stances first reported together a shift, and marks a third party as such", () => {
    const history = buildHistory([MALOMUZH_GOALS], options);
    const entries = history.cells[cellKey("putin", "territory")]!;
    expect(entries.map((e) => [e.stanceId, e.shiftFrom])).toEqual([
      ["freeze-at-front-line", null],
      ["keep-captured-territory", null],
    ]);
    // A Ukrainian general on record describing Putin's goals is not Putin on record.
    expect(entries[0]!.evidence[0]!.basis).toBe("third-party");
  });

  it("names no speaker for a source that is not on the record", () => {
    const about = { ...NO_LONGER_NYT, sources: NO_LONGER_NYT.sources.map((s) => ({ ...s, speaker: "putin" })) };
    const entry = buildHistory([about], options).cells[cellKey("putin", "legitimacy")]![0]!;
    expect(entry.evidence.map((e) => [e.basis, e.speaker])).toEqual([["anonymous", null]]);
  });

  it("counts a state's spokesperson on record as the state's own voice", () => {
    const history = buildHistory([PESKOV_ILLEGITIMACY], options);
    expect(history.cells[cellKey("russia", "legitimacy")]![0]!.evidence[0]!.basis).toBe("on-record");
  });

  it("opens a new entry when an earlier stance returns after a different one", () => {
    const history = buildHistory([TRUCE_SINCE_SEPTEMBER, BORDERS_FRONT_LINE, TROOPS_LEAVE], options);
    const back = event("2025-12-01", "putin", "Moscow wants the conflict frozen along the existing line of contact.", [
      { article: LIBERTY, attribution: "outlet", speaker: null },
    ]);
    const again = buildHistory([TRUCE_SINCE_SEPTEMBER, BORDERS_FRONT_LINE, TROOPS_LEAVE, back], options);
    expect(history.cells[cellKey("putin", "territory")]!.map((e) => e.stanceId)).toEqual([
      "freeze-at-front-line",
      "ukrainian-withdrawal",
    ]);
    expect(again.cells[cellKey("putin", "territory")]!.map((e) => [e.stanceId, e.shiftFrom !== null])).toEqual([
      ["freeze-at-front-line", false],
      ["ukrainian-withdrawal", true],
      ["freeze-at-front-line", true],
    ]);
  });

  it("does not call a move between compatible stances a shift, but a conflicting one is", () => {
    const notRetreat = event(
      "2023-12-23",
      "putin",
      `At the same time, Putin is "not ready to retreat a meter" from the positions he has taken, he added.`,
      [{ article: MIND, attribution: "anonymous", speaker: null }],
    );
    const events = [TRUCE_SINCE_SEPTEMBER, notRetreat, BORDERS_FRONT_LINE, TROOPS_LEAVE];
    const naive = buildHistory(events, options).cells[cellKey("putin", "territory")]!;
    expect(naive.map((e) => [e.stanceId, e.shiftFrom !== null])).toEqual([
      ["freeze-at-front-line", false],
      ["keep-captured-territory", true],
      ["freeze-at-front-line", true],
      ["ukrainian-withdrawal", true],
    ]);
    const aware = buildHistory(events, { ...options, compatible: stanceCompatibility(vocab) }).cells[
      cellKey("putin", "territory")
    ]!;
    expect(aware.map((e) => [e.stanceId, e.shiftFrom])).toEqual([
      ["freeze-at-front-line", null],
      ["keep-captured-territory", null],
      ["freeze-at-front-line", null],
      ["ukrainian-withdrawal", ["freeze at the current front line"]],
    ]);
    // Dropping the demand to remove the government and then calling Zelensky illegitimate conflict.
    const legitimacy = buildHistory([NO_LONGER_NYT, LEGALLY_IMPOSSIBLE], {
      ...options,
      compatible: stanceCompatibility(vocab),
    }).cells[cellKey("putin", "legitimacy")]!;
    expect(legitimacy[1]!.shiftFrom).toEqual(["no longer demands removal of Ukraine's government"]);
  });

  it("never calls a stance read as a bare clause a shift, and looks past it for the shift after", () => {
    const clause = event(
      "2025-11-20",
      "putin",
      "While it is not yet clear who exactly will come, the Russian delegation will be headed by Foreign Ministry officials, as well as presidential aides Vladimir Medinsky and Yury Ushakov.",
      [{ article: LIBERTY, attribution: "outlet", speaker: null }],
    );
    const notInterested = event(
      "2025-12-01",
      "putin",
      "However, U.S. Secretary of State Anthony Blinken, speaking in Kyiv last week, told reporters that he did not believe Putin was interested in serious negotiations.",
      [{ article: LIBERTY, attribution: "on-record", speaker: "blinken" }],
    );
    const asPutin = (e: SignalEvent) => ({ ...e, positions: e.positions.map((p) => ({ ...p, actor: "putin" })) });
    const entries = buildHistory([PESKOV_ILLEGITIMACY, clause, notInterested].map(asPutin), options).cells[
      cellKey("putin", "negotiation-format")
    ]!;
    expect(entries.map((e) => [e.stanceId, e.shiftFrom])).toEqual([
      ["open-to-talks", null],
      [null, null],
      ["not-interested-in-talks", ["open to talks"]],
    ]);
  });

  it("breaks date ties by first publication, and dates an undated event by its article", () => {
    const undated = { ...NO_LONGER_REEL, id: "undated", date: { ...NO_LONGER_REEL.date, start: null, end: null } };
    const sameDay = {
      ...LEGALLY_IMPOSSIBLE,
      id: "same-day",
      date: { ...LEGALLY_IMPOSSIBLE.date, start: "2023-12-24", end: "2023-12-24" },
    };
    const history = buildHistory([sameDay, undated], options);
    const entries = history.cells[cellKey("putin", "legitimacy")]!;
    // Both fall on 2023-12-24; the 247 News Reel article was published first.
    expect(entries.map((e) => [e.stanceId, e.firstDate])).toEqual([
      ["no-longer-demands-removal", "2023-12-24"],
      ["zelensky-illegitimate", "2023-12-24"],
    ]);
    const lost = buildHistory([undated], { actors: ACTORS });
    expect(lost.undated).toBe(1);
    expect(lost.cells).toEqual({});
  });
});

describe("dates at their precision", () => {
  const IN_2022 = {
    ...LEGALLY_IMPOSSIBLE,
    id: "in-2022",
    date: {
      start: "2022-01-01",
      end: "2022-12-31",
      precision: "year" as const,
      text: "2022",
      basis: "explicit" as const,
    },
  };
  const history = buildHistory([IN_2022], options);
  const key = cellKey("putin", "legitimacy");

  it("says a stance dated to a year is of that year, never of its first day", () => {
    const entry = history.cells[key]![0]!;
    expect([entry.firstLabel, entry.lastLabel]).toEqual(["2022", "2022"]);
    expect(entry.evidence[0]!.dateLabel).toBe("2022");
    expect(matrixAsOf(history.cells, null).get(key)).toMatchObject({ sinceLabel: "2022", dateLabel: "2022" });
  });

  it("counts a stance as of a day only once its whole span has begun", () => {
    for (const day of ["2022-01-01", "2022-06-30", "2022-12-30"])
      expect(matrixAsOf(history.cells, day).has(key)).toBe(false);
    expect(matrixAsOf(history.cells, "2022-12-31").get(key)?.stanceId).toBe("zelensky-illegitimate");
  });

  it("dates a stance the text gives no date for by the day it was reported, in words that say so", () => {
    const undated = {
      ...LEGALLY_IMPOSSIBLE,
      id: "undated-day",
      date: {
        start: "2025-11-20",
        end: "2025-11-26",
        precision: "range" as const,
        text: "",
        basis: "publication" as const,
      },
    };
    const entry = buildHistory([undated], options).cells[key]![0]!;
    expect([entry.firstDate, entry.firstLabel]).toEqual(["2025-11-27", "reported 27 Nov 2025"]);
  });
});

describe("matrixAsOf", () => {
  const history = buildHistory(
    [
      NO_LONGER_NYT,
      NO_LONGER_REEL,
      LEGALLY_IMPOSSIBLE,
      TRUCE_SINCE_SEPTEMBER,
      CURRENT_FRONT,
      BORDERS_FRONT_LINE,
      TROOPS_LEAVE,
    ],
    options,
  );

  it("shows each cell's latest stance, its date, sources, shift and strip", () => {
    const cell = matrixAsOf(history.cells, null).get(cellKey("putin", "legitimacy"))!;
    expect(cell).toMatchObject({
      stanceId: "zelensky-illegitimate",
      since: "2025-11-27",
      date: "2025-11-27",
      sources: 1,
      onRecord: true,
      shiftFrom: ["no longer demands removal of Ukraine's government"],
      entries: 2,
    });
    expect(cell.strip.map((s) => [s.stanceId, s.shift])).toEqual([
      ["no-longer-demands-removal", false],
      ["zelensky-illegitimate", true],
    ]);
  });

  it("goes back in time: the stance, its sources and its bases as of a date", () => {
    const dec2023 = matrixAsOf(history.cells, "2024-12-31");
    expect(dec2023.get(cellKey("putin", "legitimacy"))).toMatchObject({
      stanceId: "no-longer-demands-removal",
      sources: 2,
      bases: ["anonymous"],
      onRecord: false,
      shiftFrom: null,
    });
    const territoryEarly = matrixAsOf(history.cells, "2024-01-31").get(cellKey("putin", "territory"))!;
    expect([territoryEarly.stanceId, territoryEarly.sources, territoryEarly.date]).toEqual([
      "freeze-at-front-line",
      2,
      "2023-09-01",
    ]);
    expect(matrixAsOf(history.cells, "2023-01-01").size).toBe(0);
  });

  it("shows the stance reported most recently, also when it was first reported before another", () => {
    // Two stances reported together, then only the first again: the first is the latest.
    const later = {
      ...BORDERS_FRONT_LINE,
      id: "later",
      date: { ...BORDERS_FRONT_LINE.date, start: "2025-03-01", end: "2025-03-01" },
    };
    const cells = buildHistory([MALOMUZH_GOALS, later], options).cells;
    expect(cells[cellKey("putin", "territory")]!.map((e) => e.stanceId)).toEqual([
      "freeze-at-front-line",
      "keep-captured-territory",
    ]);
    expect(matrixAsOf(cells, null).get(cellKey("putin", "territory"))).toMatchObject({
      stanceId: "freeze-at-front-line",
      date: "2025-03-01",
      entries: 2,
    });
    expect(matrixAsOf(cells, "2025-02-28").get(cellKey("putin", "territory"))!.stanceId).toBe(
      "keep-captured-territory",
    );
  });

  it("limits itself to the requested cells", () => {
    const only = matrixAsOf(history.cells, null, {
      keys: [cellKey("putin", "territory"), cellKey("nobody", "territory")],
    });
    expect([...only.keys()]).toEqual(["putin:territory"]);
  });

  it("splits cell keys back into actor and topic", () => {
    expect(splitCellKey("putin:nato-membership")).toEqual({ actor: "putin", topic: "nato-membership" });
    expect(splitCellKey("putin")).toBeNull();
  });
});

describe("scale", () => {
  it("builds and reads 60 actors × 15 topics × 10,000 events, one cell per actor and topic", () => {
    const topics = vocab.topics.map((t) => t.id);
    const stancesOf = vocab.topics.map((t) => t.stances.map((s) => s));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const events: SignalEvent[] = [];
    for (let i = 0; i < 10_000; i++) {
      // Every actor meets every topic; stances and dates vary.
      const t = Math.floor(i / 60) % topics.length;
      const stance = stancesOf[t]![Math.floor(random() * stancesOf[t]!.length)]!;
      const day = `20${14 + Math.floor(random() * 12)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      events.push({
        ...LEGALLY_IMPOSSIBLE,
        id: `s${i}`,
        date: { ...LEGALLY_IMPOSSIBLE.date, start: day, end: day },
        positions: [{ actor: `actor-${i % 60}`, topic: topics[t]!, stance: stance.label, stanceId: stance.id }],
      });
    }
    // (How fast is measured by npm run bench:ui against the page's 300 ms budget, not here: a
    // timed test fails on a loaded machine.)
    const history = buildHistory(events, options);
    const matrix = matrixAsOf(history.cells, "2020-06-30");
    expect(history.actors).toHaveLength(60);
    expect(Object.keys(history.cells).length).toBe(60 * topics.length);
    expect(matrix.size).toBeGreaterThan(700);
  });
});
