import { z } from "zod";
import { parseIsoDay } from "../dates/spans";

/** What an article's YAML front matter may say. Unknown keys are kept out of the model. */
export const frontMatterSchema = z.object({
  title: z.string().trim().min(1, "is empty").optional(),
  publisher: z.string().trim().min(1, "is empty"),
  url: z.url({ message: "is not a URL" }),
  published: z.string({ message: "is missing" }),
  cites: z.string().trim().optional(),
  language: z.string().trim().min(2, "is not a language code").default("en"),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * gray-matter turns an unquoted YAML date into a Date at UTC midnight; a quoted one stays a
 * string. Both become YYYY-MM-DD, or null when the value is no real calendar date.
 */
export function normalisePublished(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const m = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/);
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return parseIsoDay(day) ? day : null;
}

/**
 * Scrapers often write `title: "A "quoted" word"`, which YAML rejects. When every line of the
 * block is a flat `key: value`, read it that way: a quoted value runs from its first quote to
 * the last one on the line. Returns null when the block has any other shape, so real YAML
 * errors still surface.
 */
export function readFlatFrontMatter(block: string): Record<string, string> | null {
  const data: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    const m = line.match(/^([A-Za-z_][\w-]*):\s*(.*?)\s*$/);
    if (!m) return null;
    const [, key, raw] = m as unknown as [string, string, string];
    const quote = raw[0];
    if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote)) {
      data[key] = raw.slice(1, -1).replace(quote === '"' ? /\\"/g : /''/g, quote);
    } else if (quote === '"' || quote === "'") {
      return null;
    } else {
      data[key] = raw;
    }
  }
  return data;
}
