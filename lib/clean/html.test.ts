import { describe, expect, it } from "vitest";
import { decodeEntities, looksLikeHtml, stripTags } from "./html";
import { identityMapped } from "./mappedText";

const strip = (s: string) => decodeEntities(stripTags(identityMapped(s)).mapped).mapped.text;

describe("html", () => {
  it("needs two real tags before reading text as HTML", () => {
    expect(looksLikeHtml("<p>Talks</p>")).toBe(true);
    expect(looksLikeHtml("x < y and <b> alone")).toBe(false);
    expect(looksLikeHtml("Talks on the <Black Sea> deal")).toBe(false);
  });

  it("turns block tags into line breaks and drops inline ones", () => {
    expect(strip("<div><h1>Title</h1><p>One <a href='x'>link</a><em>ed</em>.</p><ul><li>A</li></ul></div>")).toBe(
      "\n\nTitle\n\nOne linked.\n\n\nA\n\n\n",
    );
  });

  it("drops script, style and comment bodies, even unclosed ones", () => {
    expect(strip("<p>A</p><script>if (a<b) x()</script><style>p{}</style><!-- c --><p>B</p>")).toBe("\nA\n\nB\n");
    expect(strip("<p>A</p><script>never closed <p>B</p>")).toBe("\nA\nnever closed \nB\n");
    expect(strip("<p>A</p><!-- never closed <p>B</p>")).toBe("\nA\n");
  });

  it("decodes named, decimal and hex references, and Windows-1252 numbers", () => {
    const { mapped, entities } = decodeEntities(
      identityMapped("&amp;&lt;&eacute;&Scaron;&#8217;&#x201C;&#146;&bogus;&#0;&#xD800;"),
    );
    expect(mapped.text).toBe("&<éŠ’“’&bogus;&#0;&#xD800;");
    expect(entities).toBe(7);
    expect(Array.from(mapped.starts.slice(0, 3))).toEqual([0, 5, 9]);
  });
});
