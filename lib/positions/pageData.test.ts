import { describe, expect, it } from "vitest";
import type { EventDocument, SignalEvent, Source } from "../model/schema";
import { extractPositions } from "./extractPositions";
import { matrixAsOf } from "./history";
import { actorProfile, cellHistory, positionsIndex } from "./pageData";
import { readVocabulary } from "./vocabulary";
import { decodePositions, encodePositions } from "./wire";

const vocab = readVocabulary();

function event(
  id: string,
  date: string,
  holder: string,
  others: string[],
  sentence: string,
  source: Omit<Source, "sentence">,
): SignalEvent {
  return {
    id,
    aliases: [],
    date: { start: date, end: date, precision: "day", text: "", basis: "explicit" },
    type: "condition",
    codes: { cameo: null, plover: null },
    modality: "asserted",
    actors: [{ id: holder, role: "source" }, ...others.map((o) => ({ id: o, role: "target" as const }))],
    positions: extractPositions({ sentence, holder }, vocab),
    summary: `summary of ${id}`,
    sources: [{ ...source, sentence }],
  };
}

const doc: EventDocument = {
  schemaVersion: 1,
  articles: [
    {
      id: "mind",
      title: "NYT: Putin sends signals",
      publisher: "Mind.ua",
      url: "https://mind.ua/x",
      published: "2023-12-23",
      language: "en",
      warnings: [],
    },
    {
      id: "liberty",
      title: "Putin on US Peace Proposal",
      publisher: "Liberty Gazette",
      url: "https://l.us/x",
      published: "2025-11-27",
      language: "en",
      warnings: [],
    },
  ],
  actors: [
    {
      id: "putin",
      name: "Vladimir Putin",
      kind: "person",
      country: "RUS",
      role: "President of Russia",
      aliases: ["Putin"],
    },
    {
      id: "zelensky",
      name: "Volodymyr Zelensky",
      kind: "person",
      country: "UKR",
      role: "President of Ukraine",
      aliases: [],
    },
    { id: "united-states", name: "United States", kind: "state", country: "USA", aliases: [] },
  ],
  events: [
    event(
      "e1",
      "2023-12-23",
      "putin",
      ["zelensky"],
      "American officials note that Putin is no longer demanding that the Zelenskiy government be removed from power in Ukraine.",
      { article: "mind", attribution: "anonymous", speaker: null },
    ),
    event(
      "e2",
      "2025-11-27",
      "putin",
      ["zelensky"],
      "Putin described the prospect of signing an agreement with authorities in Kiev as “legally impossible.”",
      { article: "liberty", attribution: "on-record", speaker: "putin" },
    ),
    event(
      "e3",
      "2025-11-27",
      "putin",
      ["united-states"],
      "Putin emphasized that Russia will cease hostilities once Ukrainian troops leave Russian territories they still occupy.",
      { article: "liberty", attribution: "on-record", speaker: "putin" },
    ),
  ],
};

describe("the positions page data", () => {
  it("has rows for actors with positions and columns for topics in vocabulary order", () => {
    const index = positionsIndex(doc);
    expect(index.rows.map((r) => r.id)).toEqual(["putin"]);
    expect(index.columns.map((c) => c.id)).toEqual(["territory", "legitimacy", "ceasefire-terms"]);
    expect(positionsIndex(doc)).toBe(index);
  });

  it("sends the browser a matrix that reads the same as the server's", () => {
    const index = positionsIndex(doc);
    const decoded = decodePositions(
      JSON.parse(JSON.stringify(encodePositions(index.history, index.rows, index.columns))),
    );
    for (const asOf of [null, "2024-01-01", "2025-11-27"]) {
      expect(matrixAsOf(decoded.cells(), asOf)).toEqual(matrixAsOf(index.history.cells, asOf));
    }
    // The latest matrix comes precomputed, the same as the browser would compute it.
    expect(decoded.latest).toEqual(matrixAsOf(index.history.cells, null));
    expect(decoded.changeDates).toEqual(
      [...new Set(Object.values(index.history.cells).flatMap((es) => es.map((e) => e.firstDate)))].sort(),
    );
  });

  it("gives a cell's history with evidence sentences, articles and attribution", () => {
    const detail = cellHistory(doc, "putin", "legitimacy")!;
    expect(detail.topic.label).toBe("Legitimacy of the other side");
    expect(detail.entries.map((e) => [e.stanceId, e.shiftFrom !== null, e.bases])).toEqual([
      ["no-longer-demands-removal", false, ["anonymous"]],
      ["zelensky-illegitimate", true, ["on-record"]],
    ]);
    expect(detail.entries[1]!.evidence[0]).toMatchObject({
      event: "e2",
      speaker: { id: "putin", name: "Vladimir Putin" },
      article: { title: "Putin on US Peace Proposal", publisher: "Liberty Gazette" },
    });
    expect(cellHistory(doc, "putin", "nato-membership")).toBeNull();
  });

  it("profiles an actor: events, counterparts, articles quoting them, positions", () => {
    const profile = actorProfile(doc, "putin")!;
    expect(profile.events.map((e) => e.id)).toEqual(["e1", "e2", "e3"]);
    expect(profile.counterparts.map((c) => [c.actor.id, c.events])).toEqual([
      ["zelensky", 2],
      ["united-states", 1],
    ]);
    expect(profile.quotedIn.map((q) => [q.article.id, q.sentences.length])).toEqual([["liberty", 2]]);
    expect(profile.positions.map((p) => p.topic.id)).toEqual(["territory", "legitimacy", "ceasefire-terms"]);
    const zelensky = actorProfile(doc, "zelensky")!;
    expect([zelensky.events.length, zelensky.positions.length, zelensky.quotedIn.length]).toEqual([2, 0, 0]);
    expect(actorProfile(doc, "nobody")).toBeNull();
  });

  it("does not count an anonymous source about the actor as quoting them", () => {
    const aboutPutin = event(
      "e4",
      "2023-12-23",
      "putin",
      [],
      "Three sources familiar with the discussions said he expressed frustration.",
      { article: "mind", attribution: "anonymous", speaker: "putin" },
    );
    const profile = actorProfile({ ...doc, events: [...doc.events, aboutPutin] }, "putin")!;
    expect(profile.quotedIn.map((q) => q.article.id)).toEqual(["liberty"]);
  });

  it("counts as counterparts only those taking part beside the actor, not those a sentence only names", () => {
    const named = (id: string, actors: SignalEvent["actors"]) => ({
      ...event(id, "2023-12-26", "putin", [], "Talks were held.", {
        article: "mind",
        attribution: "outlet",
        speaker: null,
      }),
      actors,
    });
    const more = [
      named("e5", [
        { id: "putin", role: "source" },
        { id: "erdogan", role: "mentioned" },
      ]),
      named("e6", [
        { id: "putin", role: "mentioned" },
        { id: "erdogan", role: "subject" },
      ]),
    ];
    const profile = actorProfile({ ...doc, events: [...doc.events, ...more] }, "putin")!;
    expect(profile.events.map((e) => e.id)).toContain("e6");
    expect(profile.counterparts.map((c) => c.actor.id)).not.toContain("erdogan");
  });
});
