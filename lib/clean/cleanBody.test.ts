import { describe, expect, it } from "vitest";
import { cleanBody } from "./cleanBody";
import { article, articleFiles } from "./testFixtures";

const lines = (text: string) => text.split("\n");
const cleanArticle = (name: string) => {
  const a = article(name);
  return { article: a, cleaned: cleanBody(a.body, { title: a.title }) };
};
/** The raw paragraph as cleaning should leave it: straight quotes, single spaces. */
const plain = (s: string) =>
  s
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/(?<=[\p{L}\p{N}])[\u2013\u2014](?=[\p{L}\p{N}])/gu, "-")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();

describe("cleanBody on the committed articles", () => {
  it.each(articleFiles)("%s: keeps every news paragraph, changing only quotes and spaces", (file) => {
    const { article: a, cleaned } = cleanArticle(file);
    const removed = new Set(cleaned.removed.map((r) => r.text));
    const kept = new Set(lines(cleaned.text));
    for (const paragraph of a.body.split("\n").map(plain)) {
      if (!paragraph || removed.has(paragraph) || /[À-ÿ]{3}/.test(paragraph)) continue;
      expect(kept).toContain(paragraph);
    }
    expect(cleaned.warnings).toEqual([]);
    expect(cleaned.text).not.toMatch(/[“”‘’«»]|\n\n| {2}|^ | $/m);
  });

  it("mind.ua: repairs the mis-decoded Ukrainian line, drops the cookie banner, the error prompt and repeated headlines", () => {
    const { article: a, cleaned } = cleanArticle("mind-nyt");
    const text = lines(cleaned.text);
    expect(text).toContain("Цей текст також доступний українською");
    expect(cleaned.repaired).toContainEqual({
      kind: "mojibake",
      from: "Öåé òåêñò òàêîæ äîñòóïíèé óêðà¿íñüêîþ",
      to: "Цей текст також доступний українською",
      rawStart: a.body.indexOf("Öåé"),
    });
    expect(cleaned.text).not.toMatch(/cookies|Ctrl|[À-ÿ]{2}/);
    expect(cleaned.removed).toContainEqual(
      expect.objectContaining({
        kind: "boilerplate",
        text: expect.stringMatching(/^У випадку, якщо ви знайшли помилку/),
      }),
    );
    expect(text[0]).toBe(plain(a.title));
    expect(text.filter((l) => l === plain(a.title))).toHaveLength(1);
    expect(cleaned.removed.filter((r) => r.kind === "duplicate-heading")).toHaveLength(2);
    expect(text.at(-1)).toMatch(/^Background\. As a reminder, Putin accidentally mentioned/);
  });

  it("247newsreel: drops the source line and the author bio, keeps the subheading", () => {
    const { cleaned } = cleanArticle("247newsreel");
    expect(cleaned.text).not.toMatch(/Source: Hot News|Ashley Bailey|talented author/);
    expect(lines(cleaned.text)).toContain("The existence of a truce");
    expect(lines(cleaned.text).at(-1)).toBe(
      '"They never kept their agreements," Rinkevichs said of the Russians, "and they broke them when they saw fit."',
    );
    expect(cleaned.text).toContain("Latvian President Edgars Rinkevičs said");
  });

  it("obozrevatel: drops the repeated headline and the Other News teasers, keeps the photo caption", () => {
    const { article: a, cleaned } = cleanArticle("obozrevatel");
    const text = lines(cleaned.text);
    expect(text[0]).toBe(a.title);
    expect(text.filter((l) => l === a.title)).toHaveLength(1);
    expect(text).toContain("Putin at a meeting with Lukashenko in Minsk on May 23, 2024. Kremlin photo");
    expect(cleaned.text).not.toMatch(/Other News|burger|juicy/);
    expect(text.at(-1)).toMatch(/^However, U\.S\. Secretary of State Anthony Blinken/);
    expect(cleaned.text).toContain("as long as Zelenskyy was in power unless Russia");
  });

  it("espreso: drops the tag line, keeps the dash-led news item", () => {
    const { cleaned } = cleanArticle("espreso");
    expect(lines(cleaned.text)).not.toContain("- News");
    expect(lines(cleaned.text).at(-1)).toMatch(/^- On February 5, Kremlin spokesperson Dmitry Peskov reiterated/);
  });

  it("libertygazette: drops the truncated lead, the read-time counter and the byline", () => {
    const { article: a, cleaned } = cleanArticle("libertygazette");
    const text = lines(cleaned.text);
    expect(text[0]).toBe(a.title);
    expect(cleaned.text).not.toMatch(/over…|Min Read|Eric Hill/);
    expect(text.filter((l) => l.startsWith("Russian President Vladimir Putin has reiterated"))).toHaveLength(1);
    expect(text.at(-1)).toMatch(/^Russia expects US officials to arrive in Moscow next week/);
  });
});

describe("cleanBody rules", () => {
  const text = (raw: string, title?: string) => cleanBody(raw, { title }).text;

  it("normalises line breaks, spaces and quotes but keeps dashes", () => {
    expect(text("  He said:\t“yes”  —  it’s ‘done’ «now»  \r\n\r\n\r\n  Next\u00a0line\u200b.  ")).toBe(
      `He said: "yes" — it's 'done' "now"\nNext line.`,
    );
  });

  it("reads two single quotes typed for a double one as a double quote ('‘‘…’’')", () => {
    expect(text("“We are ready for talks,’’ the minister said. ‘‘Soon,’’ he added.")).toBe(
      `"We are ready for talks," the minister said. "Soon," he added.`,
    );
  });

  it("makes a typographic hyphen a plain one, so hyphenated words join as any others", () => {
    expect(text("Qatari\u2011brokered talks and a Kigali\u2010backed group")).toBe(
      "Qatari-brokered talks and a Kigali-backed group",
    );
  });

  it("makes a dash between two words a hyphen, and keeps a spaced dash that sets off an aside", () => {
    expect(text("The Serbia\u2013Kosovo accord \u2013 signed in 2013 \u2013 stalled in 2014\u20132015.")).toBe(
      "The Serbia-Kosovo accord \u2013 signed in 2013 \u2013 stalled in 2014-2015.",
    );
  });

  it("repairs UTF-8 read as Windows-1252 and Cyrillic read as Latin-1", () => {
    const cleaned = cleanBody("Kyiv cafÃ© owners said itâ€™s calm.\nÑëàâà Óêðà¿í³! Ãåðîÿì ñëàâà!");
    expect(cleaned.text).toBe("Kyiv café owners said it's calm.\nСлава Україні! Героям слава!");
    expect(cleaned.repaired.map((r) => r.to)).toEqual(["é", "’", "Слава Україні! Героям слава"]);
  });

  it("leaves real accented Latin text alone", () => {
    const raw = "Latvian President Edgars Rinkēvičs met the café owner in Zürich, à la française; Þú ert.";
    expect(cleanBody(raw).repaired).toEqual([]);
    expect(text(raw)).toBe(raw);
  });

  it("removes a line that stays garbled after repair", () => {
    const cleaned = cleanBody("Talks resumed.\n\ufffd\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd \ufffd\ufffd");
    expect(cleaned.text).toBe("Talks resumed.");
    expect(cleaned.removed[0]!.kind).toBe("mojibake-unrepairable");
    expect(cleaned.warnings).toEqual(["1 line(s) of unrepairable mis-decoded text removed"]);
  });

  it.each([
    "We use cookies to improve your experience. Accept all",
    "This website uses cookies. By continuing to browse you agree.",
    "Accept all cookies",
    "3 min read",
    "1 Min Read 0 67",
    "Source: Hot News",
    "Photo: Reuters",
    "- Politics",
    "Tags: Putin, Ukraine, talks",
    "#Ukraine #Peace",
    "Share this article",
    "Subscribe to our Telegram channel",
    "Follow us on X",
    "Advertisement",
    "Facebook Twitter Telegram",
    "[email protected]",
    "editor@example.com",
    "https://example.org/news/123",
    "If you found an error, please select it and press Ctrl + Enter",
    "Read also: Zelensky meets Trump in Washington",
    "By Jane Smith",
    "* * *",
  ])("drops the furniture line %j", (line) => {
    const cleaned = cleanBody(`Putin said he was ready for talks.\n${line}\nKyiv rejected the offer.`);
    expect(cleaned.text).toBe("Putin said he was ready for talks.\nKyiv rejected the offer.");
    expect(cleaned.removed).toEqual([{ kind: "boilerplate", text: line, rawStart: 35 }]);
  });

  it.each([
    "Google uses cookies to track users, the European Commission said on Monday.",
    "Putin at a meeting with Lukashenko in Minsk. Kremlin photo",
    "- On February 5, Peskov said Russia is open to negotiations.",
    "Share prices in Moscow fell after the talks collapsed.",
    "Sources said the talks would resume in Istanbul next week.",
    "By March, both sides had agreed to a prisoner exchange.",
  ])("keeps the news line %j", (line) => {
    expect(text(`Talks began.\n${line}\nThey ended.`)).toBe(`Talks began.\n${line}\nThey ended.`);
  });

  it("drops a teaser block at the end of the article through to the end", () => {
    const body = ["Talks began in Riyadh on Tuesday, officials said, and went on late into the night.".repeat(3)];
    const raw = [...body, "Related news:", "Ceasefire talks stall", "Putin meets Witkoff. Read the full story."].join(
      "\n",
    );
    expect(text(raw)).toBe(body[0]);
  });

  it("keeps a last paragraph of prose after a teaser block though the scrape lost its full stop", () => {
    const body = ["Talks began in Riyadh on Tuesday, officials said, and went on late into the night.".repeat(3)];
    const last =
      "On May 3 the two delegations in the capital announced the close of a round of talks that had lasted for almost two months";
    const raw = [...body, "RELATED:", "Rebels Announce Start of a Definitive Truce", last].join("\n");
    expect(text(raw)).toBe([body[0], last].join("\n"));
    // a long headline in title case is still a teaser
    const headline =
      "Rebels and Government Negotiators Announce the Start of a Definitive Truce After Four Years of Hard Talks in Havana";
    expect(text([...body, "RELATED:", headline].join("\n"))).toBe(body[0]);
  });

  it("drops an inline read-also box but keeps the prose after it", () => {
    const prose =
      "The delegations met again on Wednesday and agreed to continue the technical talks on a ceasefire in the Black Sea, officials said.";
    const raw = [
      "Talks began.",
      "Read also",
      "Zelensky arrives in Berlin",
      prose,
      prose.replace("Wednesday", "Friday"),
    ];
    expect(text(raw.join("\n"))).toBe(["Talks began.", raw[3], raw[4]].join("\n"));
  });

  it("drops a notice of rights, but not a sentence about rights", () => {
    const raw = [
      "The envoys met on Tuesday.",
      "Lakeside News Agency. All rights reserved.",
      "© 2019 Example Media Group",
      "Copyright 2021 The Harbour Daily",
      "The accord guarantees the rights of returning refugees, the minister said.",
    ].join("\n");
    expect(text(raw)).toBe(
      "The envoys met on Tuesday.\nThe accord guarantees the rights of returning refugees, the minister said.",
    );
  });

  it("drops an author bio and a bare byline at the end only", () => {
    const raw = [
      "John Smith is a veteran journalist who was detained in Moscow on Monday.",
      "Talks resumed on Tuesday.",
      "Jane Doe is an award-winning writer and editor covering Eastern Europe.",
      "Jane Doe",
    ].join("\n");
    expect(text(raw)).toBe(
      "John Smith is a veteran journalist who was detained in Moscow on Monday.\nTalks resumed on Tuesday.",
    );
  });

  it("drops a truncated lead that repeats the start of the next paragraph", () => {
    const lead = "Russian officials said on Thursday that the proposal could serve as a basis for talks";
    const cleaned = cleanBody(`${lead.slice(0, 60)}…\n2 min read\n${lead}.`);
    expect(cleaned.text).toBe(`${lead}.`);
    expect(cleaned.removed.map((r) => r.text)).toEqual([`${lead.slice(0, 60)}…`, "2 min read"]);
  });

  it("keeps a headline once at the top and drops its repeats, even with other quote styles", () => {
    const cleaned = cleanBody(
      "Putin ‘ready’ to talk\nPutin 'ready' to talk\nHe said so.\nPutin ‘ready’ to talk\nEnd.",
      {
        title: "Putin 'ready' to talk",
      },
    );
    expect(cleaned.text).toBe("Putin 'ready' to talk\nHe said so.\nEnd.");
    expect(cleaned.removed.map((r) => [r.kind, r.rawStart])).toEqual([
      ["duplicate-heading", 22],
      ["duplicate-heading", 56],
    ]);
  });

  it("keeps the headline once after furniture that states no sentence ('Updated May 6, 2024 - World')", () => {
    expect(text("Updated May 6, 2024 - World\nPutin ready to talk\nLead paragraph.", "Putin ready to talk")).toBe(
      "Updated May 6, 2024 - World\nPutin ready to talk\nLead paragraph.",
    );
  });

  it("drops a headline that only reappears mid-article, and any repeated paragraph", () => {
    expect(text("Lead paragraph.\nPutin ready to talk\nSecond.\nSecond.", "Putin ready to talk")).toBe(
      "Lead paragraph.\nSecond.",
    );
  });

  it("strips HTML with a warning and maps text back into the markup", () => {
    const raw =
      "<html><head><style>p{color:red}</style></head><body><p>Putin &amp; Xi met.</p><!-- ad --><script>var x = '<p>';</script><p>It&#8217;s&nbsp;over.<br>Done.</p></body></html>";
    const cleaned = cleanBody(raw);
    expect(cleaned.text).toBe("Putin & Xi met.\nIt's over.\nDone.");
    expect(cleaned.warnings).toEqual(["text looks like HTML: removed 12 tag(s) and decoded 3 character reference(s)"]);
    expect(raw.slice(cleaned.toRaw(0), cleaned.toRaw(14) + 1)).toBe("Putin &amp; Xi met.");
    expect(raw.startsWith("&#8217;", cleaned.toRaw(18))).toBe(true);
  });

  it("warns about empty results and very long input", () => {
    expect(cleanBody("").warnings).toEqual(["nothing left after cleaning"]);
    expect(cleanBody("  \n\n OK, got it\n").warnings).toEqual(["nothing left after cleaning"]);
    const long = cleanBody("Talks went on. ".repeat(20_000));
    expect(long.warnings).toEqual([
      "input is 300000 characters long, far longer than a news article: check the scrape",
    ]);
  });

  it("maps every character back to the raw character it came from", () => {
    const raw = "  “Yes,”\tsaid   Peskov.\r\n\r\nÖåé òåêñò\n";
    const cleaned = cleanBody(raw);
    expect(cleaned.text).toBe('"Yes," said Peskov.\nЦей текст');
    const sources = [...cleaned.text].map((_, i) => raw[cleaned.toRaw(i)]);
    expect(sources.join("")).toBe("“Yes,”\tsaid Peskov.\rÖåé òåêñò");
    expect(cleaned.toRaw(cleaned.text.length)).toBe(raw.length - 1);
    expect(cleaned.toRaw(-5)).toBe(2);
  });
});
