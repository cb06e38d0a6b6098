import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../load/parseArticle";
import { extractArticle } from "./extractArticle";
import { readExtractionContext } from "./extractionContext";

const root = path.resolve(import.meta.dirname, "../..");
const { ctx } = readExtractionContext(path.join(root, "content"));

// Written for these tests: who each claim rests on when the speaker is a pronoun, a role, a
// commentator, unnamed sources a cited outlet relied on, or nobody but the outlet.
const text = `---
title: "Moscow signals interest in a pause"
publisher: "Wire"
url: "https://wire.example/pause"
published: 2025-03-20
---
The Kremlin is ready to freeze the fighting along the current line. Its condition is that Kyiv gives up its claim to the occupied regions.

The Daily Courier writes about this, citing three sources in Moscow. According to the newspaper, Putin is ready to fight on to force Ukraine to negotiate.

Diplomats in Brussels say Putin has proposed a pause in strikes on energy sites. They say the pause proposed by Moscow would last thirty days. The Kremlin is also ready to release prisoners of war.

Since January, Western officials have picked up signals that Putin may be interested in a truce.

Two former officials close to him said Putin had signaled through intermediaries that he would accept a ceasefire.

"Russia wants to negotiate only on its own terms. It will demand that Ukraine stay out of NATO," former foreign minister Dmytro Kuleba explained.

According to him, Putin will propose a ceasefire once his troops reach the regional borders.

Kyiv, however, is unlikely to accept such an offer. Zelensky refused to authorize a referendum on the regions in 2024, citing the war.

Peskov recounted how the envoys of both sides held talks in Riyadh in February. A new round of talks will be held in Geneva next month, the spokesman revealed.

"We will send a delegation to the talks in Geneva. Moscow wants only a pause to rearm," Zelensky said, the Daily Courier reported.
`;

const result = extractArticle(parseArticle("2025-03-20-wire-pause.md", text), ctx);
const sourcesOn = (fragment: string) => {
  const found = result.mentions
    .map((m) => m.event.sources[0]!)
    .filter((s) => s.sentence.includes(fragment))
    .map((s) => ({ attribution: s.attribution, speaker: s.speaker }));
  expect(found.length, `an event on "${fragment}"`).toBeGreaterThan(0);
  return found;
};

describe("extractArticle: who a claim rests on", () => {
  it("gives a lead the sources a cited outlet took it from, and what the paragraph attributes to the outlet", () => {
    for (const s of sourcesOn("Its condition is that Kyiv"))
      expect(s).toEqual({ attribution: "anonymous", speaker: null });
    for (const s of sourcesOn("According to the newspaper, Putin is ready to fight"))
      expect(s).toEqual({ attribution: "anonymous", speaker: null });
  });

  it("continues unnamed sources through 'They say' and a clause inside it", () => {
    for (const s of sourcesOn("They say the pause proposed by Moscow"))
      expect(s).toEqual({ attribution: "anonymous", speaker: null });
    // The rest of the paragraph goes on with what they said.
    for (const s of sourcesOn("also ready to release prisoners"))
      expect(s).toEqual({ attribution: "anonymous", speaker: null });
  });

  it("never makes the person a claim is about its speaker", () => {
    for (const s of sourcesOn("Western officials have picked up signals"))
      expect(s).toEqual({ attribution: "anonymous", speaker: null });
    for (const s of sourcesOn("Two former officials close to him"))
      expect(s).toEqual({ attribution: "anonymous", speaker: null });
  });

  it("reads a former official's reading as an analyst's, through the quotation and 'According to him'", () => {
    for (const s of sourcesOn("Russia wants to negotiate only"))
      expect(s).toEqual({ attribution: "analyst", speaker: "kuleba" });
    for (const s of sourcesOn("According to him, Putin will propose"))
      expect(s).toEqual({ attribution: "analyst", speaker: "kuleba" });
  });

  it("gives a quotation closed by 'X said, an outlet reported' to X, whose words the outlet reports", () => {
    for (const s of sourcesOn("We will send a delegation"))
      expect(s).toEqual({ attribution: "on-record", speaker: "zelensky" });
  });

  it("keeps the outlet's own assessment and its account of an act with the outlet", () => {
    for (const s of sourcesOn("Kyiv, however, is unlikely to accept"))
      expect(s).toEqual({ attribution: "outlet", speaker: null });
    for (const s of sourcesOn("Zelensky refused to authorize"))
      expect(s).toEqual({ attribution: "outlet", speaker: null });
  });

  it("puts a speaker who recounts, or a role that continues them ('the spokesman revealed'), on record", () => {
    for (const s of sourcesOn("Peskov recounted how"))
      expect(s).toEqual({ attribution: "on-record", speaker: "peskov" });
    for (const s of sourcesOn("the spokesman revealed"))
      expect(s).toEqual({ attribution: "on-record", speaker: "peskov" });
  });
});

/** The events of a short wire article with the given date, slug and body. */
function wireEvents(published: string, slug: string, body: string) {
  const md = `---\ntitle: "${slug}"\npublisher: "Wire"\nurl: "https://wire.example/${slug}"\npublished: ${published}\n---\n${body}`;
  return extractArticle(parseArticle(`${published}-wire-${slug}.md`, md), ctx).mentions.map((m) => m.event);
}

describe("extractArticle: evidence of different attribution", () => {
  it("keeps an outlet's statement and what unnamed sources say apart, though the second goes on with the first", () => {
    const talks = wireEvents(
      "2025-03-20",
      "envoys",
      "The two envoys have met in secret several times. The envoys have also held talks by phone, according to two diplomats.\n",
    ).filter((e) => e.type === "talks");
    expect(talks.map((e) => [e.sources[0]!.attribution, e.sources[0]!.sentence])).toEqual([
      ["outlet", "The two envoys have met in secret several times."],
      ["anonymous", "The envoys have also held talks by phone, according to two diplomats."],
    ]);
  });

  it("goes on with the speaker who closed the paragraph before on a quotation", () => {
    const events = wireEvents(
      "2025-10-19",
      "truce",
      `Foreign Minister Amira Haddad welcomed the truce on Sunday.

"We look forward to the next round of talks in Ankara," she added.

"Both sides must stop all attacks on civilians."
`,
    );
    const last = events.find((e) => e.sources[0]!.sentence.startsWith('"Both sides'));
    expect(last?.actors.map((a) => a.id)).toContain("amira-haddad");
    expect(last?.sources[0]).toMatchObject({ attribution: "on-record", speaker: "amira-haddad" });
  });

  it('goes on with the speaker of a quotation closed earlier in the same paragraph (\'"…," she said. "We will …"\')', () => {
    const events = wireEvents(
      "2025-10-19",
      "halt",
      `"They no longer want to fight," said Foreign Minister Amira Haddad. "We will stop all strikes at midnight."
`,
    );
    const halt = events.find((e) => e.sources[0]!.sentence.startsWith('"We will'));
    expect(halt?.sources[0]).toMatchObject({ attribution: "on-record", speaker: "amira-haddad" });
    // Her own "I hope" inside the next quotation frames nothing of its own.
    const hoped = wireEvents(
      "2025-10-19",
      "hope",
      `"They no longer want to fight," said Foreign Minister Amira Haddad. "I hope that, with the help of the mediators, the fighting will end."
`,
    ).find((e) => e.sources[0]!.sentence.startsWith('"I hope'));
    expect(hoped?.sources[0]).toMatchObject({ attribution: "on-record", speaker: "amira-haddad" });
  });

  it("gives the lines of an embedded post to the author its signature names", () => {
    const events = wireEvents(
      "2025-03-03",
      "post",
      `Foreign Minister Amira Haddad later wrote on social media.

I have spoken to the leaders of both armies.

They have accepted our proposal for a truce. — Amira Haddad (@AHaddadFM) March 3, 2025
`,
    );
    const accepted = events.find((e) => e.sources[0]!.sentence.startsWith("They have accepted"));
    expect(accepted?.sources[0]).toMatchObject({ attribution: "on-record", speaker: "amira-haddad" });
  });

  it("gives what a speaker says others believe to the speaker, when the others are named by no one", () => {
    const [basis] = wireEvents(
      "2006-10-14",
      "believed",
      "Foreign Minister Amira Haddad said the governments believed the proposals were a sound basis for a deal.\n",
    );
    expect(basis?.sources[0]).toMatchObject({ attribution: "on-record", speaker: "amira-haddad" });
  });

  it("goes on with the speaker a paragraph ends on in the paragraph of quotation after it", () => {
    const events = wireEvents(
      "2025-10-19",
      "after",
      `Foreign Minister Amira Haddad added that the rebels had "a chance like no other" to lay down their arms.

"For now the embargo will stay in force."
`,
    );
    const embargo = events.find((e) => e.sources[0]!.sentence.includes("embargo"));
    expect(embargo?.sources[0]).toMatchObject({ attribution: "on-record", speaker: "amira-haddad" });
  });

  it("gives a statement to the person a subject names, not to the body that owns the title", () => {
    const [welcome] = wireEvents(
      "2023-05-12",
      "owner",
      "The European Union's envoy Josep Borrell welcomed the truce between the two sides on Friday.\n",
    );
    expect(welcome?.sources[0]).toMatchObject({ attribution: "on-record", speaker: "borrell" });
  });

  it("gives a statement to a person set off by an apposition after an opening participle", () => {
    const [accepted] = wireEvents(
      "2024-06-03",
      "opening",
      "Speaking to the BBC, Omar Haddad, a senior Hamas leader, said the movement had accepted the truce.\n",
    );
    expect(accepted?.sources[0]).toMatchObject({ attribution: "on-record", speaker: "omar-haddad" });
  });

  it("gives what a participle says to the subject of its clause ('X condemned …, calling for …')", () => {
    const events = wireEvents(
      "2024-06-03",
      "participle",
      "The African Union condemned the coup, calling for the immediate release of the president.\n",
    );
    expect(events.map((e) => e.sources[0])).toEqual([
      expect.objectContaining({ attribution: "on-record", speaker: "african-union" }),
      expect.objectContaining({ attribution: "on-record", speaker: "african-union" }),
    ]);
  });

  it("names the person who reports what their state has said among the event's sources", () => {
    const [ready] = wireEvents(
      "2024-06-03",
      "reported",
      "Ankara has said it is ready to host talks, Foreign Minister Hakan Fidan said on Monday.\n",
    );
    expect(ready?.actors).toEqual(expect.arrayContaining([{ id: "fidan", role: "source" }]));
  });

  it("reads another side's intentions read by a speaker as an assessment, but a promise or an expressed intention reported as the act", () => {
    const types = (text: string) => wireEvents("2024-05-31", "intent", `${text}\n`).map((e) => e.type);
    expect(types("Erdogan said Israel wants to resume talks.")).toEqual(["assessment"]);
    expect(types("Erdogan said Israel has promised to resume talks.")).toEqual(["negotiation-readiness"]);
    expect(types("Erdogan said Israel had expressed its readiness to resume talks.")).toContain(
      "negotiation-readiness",
    );
    expect(types("Erdogan said Israel had confirmed its willingness to resume talks.")).toContain(
      "negotiation-readiness",
    );
    // What a thing shows is the speaker's reading of it.
    expect(types("Erdogan said Israel's recent moves showed a readiness to resume talks.")).toEqual(["assessment"]);
  });

  it("reads a belief about what will come as an assessment, but what the believer says must be done as a demand", () => {
    const types = (text: string) => wireEvents("2024-05-31", "belief", `${text}\n`).map((e) => e.type);
    expect(types("The rebel spokesman says he believes the truce will hold.")).toEqual(["assessment"]);
    expect(types("The minister believes the sanctions should be lifted.")).not.toContain("assessment");
  });

  it("names the one person an event is from when a pronoun opening the paragraph resolves to nobody", () => {
    const events = wireEvents(
      "2025-10-19",
      "envoy",
      `Foreign Minister Amira Haddad visited Cairo on Sunday and spoke with the mediators.

He also called for all prisoners to be released.
`,
    );
    const call = events.find((e) => e.sources[0]!.sentence.startsWith("He also"));
    expect(call?.actors.map((a) => a.id)).toEqual(["amira-haddad"]);
    expect(call?.summary).toBe("Amira Haddad also called for all prisoners to be released.");
  });

  it("gives the paragraphs after '… said:' to the speaker, dated from the day he spoke, up to a heading", () => {
    const events = wireEvents(
      "2023-04-12",
      "statement",
      `Following the talks in Geneva, Foreign Minister Amira Haddad yesterday said:

Today's agreement between the two delegations is an important step towards ending the war.

I urged both sides to honour the truce.

Further information

Both delegations will meet again in May.
`,
    );
    const on = (fragment: string) => events.find((e) => e.sources[0]!.sentence.includes(fragment));
    for (const fragment of ["Today's agreement", "I urged both sides"]) {
      expect(on(fragment)?.sources[0]!.speaker, fragment).toBe("amira-haddad");
      expect(on(fragment)?.date.start, fragment).toBe("2023-04-11");
    }
    // Past the heading, the outlet speaks again.
    expect(on("meet again in May")?.sources[0]!.speaker).not.toBe("amira-haddad");
  });

  it("gives the paragraphs after a title naming whose statement follows ('FULL STATEMENT BY …') to that speaker", () => {
    const events = wireEvents(
      "2024-06-14",
      "statement",
      `The two foreign ministers signed the road map in Geneva on Friday.

BELOW IS THE FULL STATEMENT BY FOREIGN MINISTER DMYTRO KULEBA

Good afternoon.

We are ready to resume the talks on the exchange of prisoners next week.
`,
    );
    const on = (fragment: string) => events.find((e) => e.sources[0]!.sentence.includes(fragment));
    expect(on("ready to resume the talks")?.sources[0]!.speaker).toBe("kuleba");
    // A title of a text no one is named as giving frames nothing.
    const text = wireEvents(
      "2024-06-14",
      "text",
      `The two foreign ministers signed the road map in Geneva on Friday.\n\nFULL TEXT OF THE ROAD MAP\n\nThe parties will resume the talks next week.\n`,
    );
    expect(
      text.find((e) => e.sources[0]!.sentence.includes("resume the talks"))?.sources[0]!.speaker ?? null,
    ).toBeNull();
  });

  it("gives the paragraphs after a speaker's label ('Amira Haddad, Foreign Minister:') to that speaker, up to the next label", () => {
    const events = wireEvents(
      "2023-04-12",
      "transcript",
      `The two delegations met in Geneva on Tuesday.

Foreign Minister Amira Haddad, Head of the Delegation:

We agreed on a ceasefire from midnight on Friday.

I think that the other side has refused to withdraw its heavy weapons.

Correspondent:

The talks will resume in May.
`,
    );
    const on = (fragment: string) => events.find((e) => e.sources[0]!.sentence.includes(fragment));
    for (const fragment of ["agreed on a ceasefire", "refused to withdraw"])
      expect(on(fragment)?.sources[0]!.speaker, fragment).toBe("amira-haddad");
    expect(on("resume in May")?.sources[0]!.speaker).not.toBe("amira-haddad");
    // A heading on what a person said is a topic, not a label.
    const topic = wireEvents(
      "2023-04-12",
      "topic",
      `Foreign Minister Amira Haddad met the envoys in Geneva on Tuesday.\n\nAmira Haddad on the truce:\n\nThe rebels attacked the port on Tuesday.\n`,
    );
    expect(topic.find((e) => e.sources[0]!.sentence.includes("attacked the port"))?.sources[0]!.speaker).not.toBe(
      "amira-haddad",
    );
  });
});
