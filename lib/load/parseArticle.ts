import matter from "gray-matter";
import type { ArticleMeta } from "../model/schema";
import { ArticleProblem } from "./articleProblem";
import { deriveTitle } from "./deriveTitle";
import { frontMatterSchema, normalisePublished, readFlatFrontMatter } from "./frontMatter";
import { inferPublicationDate } from "./inferPublicationDate";

export interface LoadedArticle extends ArticleMeta {
  /** the file name the article came from, as given to the loader */
  file: string;
  /** the body exactly as scraped: cleaning happens later and keeps a map back to this text */
  body: string;
}

const MAX_BYTES = 5 * 1024 * 1024;

/** "2023-12-24-247newsreel-putin.md" → "2023-12-24-247newsreel-putin": stable and URL-safe. */
export function articleIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return (
    base
      .replace(/\.(md|markdown|txt)$/i, "")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "article"
  );
}

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 4096);
  const control = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && control / sample.length > 0.05;
}

function parseFrontMatter(
  file: string,
  text: string,
): { data: Record<string, unknown>; content: string; warning?: string } {
  try {
    // Passing options turns off gray-matter's cache, which would hand back a shared object.
    const parsed = matter(text, { excerpt: false });
    return { data: parsed.data, content: parsed.content };
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    const block = text.match(/^\ufeff?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
    const flat = block ? readFlatFrontMatter(block[1]!) : null;
    if (!block || !flat) throw new ArticleProblem(file, "front matter", `is not valid YAML (${reason})`);
    return {
      data: flat,
      content: text.slice(block[0].length),
      warning: `front matter is not valid YAML (${reason}); read as flat key: value lines`,
    };
  }
}

function parseMarkdown(file: string, text: string): LoadedArticle {
  const parsed = parseFrontMatter(file, text);
  const data = parsed.data;
  if (Object.keys(data).length === 0)
    throw new ArticleProblem(
      file,
      "front matter",
      "is missing (expected a --- block with publisher, url and published)",
    );
  const published = normalisePublished(data.published);
  const result = frontMatterSchema.safeParse({
    ...data,
    published: data.published instanceof Date ? (published ?? "invalid") : data.published,
  });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join(".") || "front matter";
    const message = issue.code === "invalid_type" && data[field] === undefined ? "is missing" : issue.message;
    throw new ArticleProblem(file, field, message);
  }
  if (!published)
    throw new ArticleProblem(
      file,
      "published",
      `${JSON.stringify(String(data.published))} is not a date (expected YYYY-MM-DD)`,
    );
  const body = parsed.content;
  if (!body.trim()) throw new ArticleProblem(file, "body", "is empty: the article has front matter but no text");
  const fm = result.data;
  const warnings: string[] = parsed.warning ? [parsed.warning] : [];
  let title = fm.title;
  if (!title) {
    title = deriveTitle(body) ?? articleIdFromFile(file);
    warnings.push("no title in front matter: derived from the first line of the body");
  }
  return {
    id: articleIdFromFile(file),
    file,
    title,
    titleDerived: !fm.title,
    publisher: fm.publisher,
    url: fm.url,
    published,
    cites: fm.cites,
    language: fm.language,
    warnings,
    body,
  };
}

function parsePlainText(file: string, text: string): LoadedArticle {
  const body = text.replace(/^\ufeff/, "");
  const title = deriveTitle(body);
  if (!title) throw new ArticleProblem(file, "body", "is empty");
  const published = inferPublicationDate(body);
  const warnings: string[] = [];
  if (!published) warnings.push("no publication date found in the text: relative dates stay unresolved");
  return {
    id: articleIdFromFile(file),
    file,
    title,
    titleDerived: true,
    publisher: "",
    url: "",
    published,
    language: "en",
    warnings,
    body,
  };
}

/**
 * Reads one article file's text. `.md` files need front matter; `.txt` files are plain text
 * whose title and publication date are read from the text. Throws ArticleProblem.
 */
export function parseArticle(file: string, text: string): LoadedArticle {
  if (text.length > MAX_BYTES)
    throw new ArticleProblem(
      file,
      null,
      `is ${(text.length / 1048576).toFixed(1)} MB: articles over 5 MB are not read`,
    );
  if (looksBinary(text)) throw new ArticleProblem(file, null, "is not text (binary content)");
  if (!text.trim()) throw new ArticleProblem(file, "body", "is empty");
  const hasFrontMatter = /^\ufeff?---\r?\n/.test(text);
  if (/\.txt$/i.test(file) && !hasFrontMatter) return parsePlainText(file, text);
  if (!hasFrontMatter)
    throw new ArticleProblem(
      file,
      "front matter",
      "is missing (a .md article starts with a --- block with publisher, url and published)",
    );
  return parseMarkdown(file, text);
}
