import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { addDays, format, parseISO } from "date-fns";
import type { LoadedArticle } from "../../lib/load/parseArticle";

// Names swapped between generated articles, so actor resolution sees varied text.
const NAME_SWAPS: [RegExp, string[]][] = [
  [/\bPutin\b/g, ["Putin", "Lavrov", "Peskov", "Shoigu"]],
  [/\bZelensk(?:yy|iy|yi|y)\b/g, ["Zelensky", "Yermak", "Sybiha", "Umerov"]],
  [/\bTrump\b/g, ["Trump", "Witkoff", "Rubio", "Vance"]],
  [/\bPeskov\b/g, ["Peskov", "Zakharova", "Ushakov", "Medinsky"]],
];

/**
 * A corpus of `count` articles built from the real articles' sentences: each is a seed with
 * its paragraphs rotated, its names swapped and its publication date shifted, so that the
 * extractor does real work on every one of them.
 */
export function generateArticles(seeds: readonly LoadedArticle[], count: number, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const paragraphs = seed.body.split("\n").filter((l) => l.trim());
    const shift = i % paragraphs.length;
    let body = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)].join("\n\n");
    for (const [pattern, names] of NAME_SWAPS)
      body = body.replace(pattern, names[Math.floor(i / seeds.length) % names.length]!);
    const published = format(addDays(parseISO(seed.published ?? "2024-01-01"), (i * 7) % 1500), "yyyy-MM-dd");
    const file = path.join(dir, `${String(i).padStart(5, "0")}-${seed.id}.md`);
    const front = [
      "---",
      `title: ${JSON.stringify(`${seed.title} (${i})`)}`,
      `publisher: ${JSON.stringify(seed.publisher)}`,
      `url: ${JSON.stringify(`${seed.url}#${i}`)}`,
      `published: ${published}`,
      ...(seed.cites ? [`cites: ${JSON.stringify(seed.cites)}`] : []),
      "language: en",
      "---",
    ].join("\n");
    writeFileSync(file, `${front}\n${body}\n`);
    files.push(file);
  }
  return files;
}
