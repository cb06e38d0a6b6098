import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The topic vocabulary and stance normalisation (content/positions.json). It is data so that an
 * analyst can add a topic, a stance or a wording without touching code; docs/positions.md says how.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case slug such as freeze-at-front-line");

const patternSource = z
  .string()
  .min(1, "a pattern may not be empty")
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, "i");
    } catch (err) {
      ctx.addIssue({
        code: "custom",
        message: `is not a valid regular expression (${err instanceof Error ? err.message : String(err)})`,
      });
    }
  });

export const stanceSchema = z.object({
  id: slug,
  label: z.string().min(1, "a stance needs a short label"),
  description: z.string().optional(),
  /** wordings that mean this stance; a stance reached only through negatedAs may have none */
  patterns: z.array(patternSource),
  /** the stance an actor holds when the sentence drops or denies this one */
  negatedAs: slug.optional(),
  /** more specific stances of the same topic that, when they match too, replace this one */
  overriddenBy: z.array(slug).optional(),
  /** stances of the same topic an actor can hold alongside this one: moving between them is no shift */
  compatibleWith: z.array(slug).optional(),
});
export type StanceDefinition = z.infer<typeof stanceSchema>;

export const topicSchema = z
  .object({
    id: slug,
    label: z.string().min(1, "a topic needs a label"),
    description: z.string().min(1, "a topic needs a description"),
    /** wordings that say a sentence speaks of the topic, even when no stance matches */
    cues: z.array(patternSource).min(1, "a topic needs at least one cue"),
    stances: z.array(stanceSchema),
  })
  .superRefine((topic, ctx) => {
    const ids = new Set<string>();
    topic.stances.forEach((stance, i) => {
      if (ids.has(stance.id)) {
        ctx.addIssue({ code: "custom", path: ["stances", i, "id"], message: `duplicates stance "${stance.id}"` });
      }
      ids.add(stance.id);
    });
    const reachable = new Set(topic.stances.flatMap((s) => (s.negatedAs ? [s.negatedAs] : [])));
    topic.stances.forEach((stance, i) => {
      if (stance.negatedAs && !ids.has(stance.negatedAs)) {
        ctx.addIssue({
          code: "custom",
          path: ["stances", i, "negatedAs"],
          message: `names "${stance.negatedAs}", which is not a stance of topic "${topic.id}"`,
        });
      }
      for (const field of ["overriddenBy", "compatibleWith"] as const) {
        (stance[field] ?? []).forEach((other, j) => {
          if (!ids.has(other) || other === stance.id) {
            ctx.addIssue({
              code: "custom",
              path: ["stances", i, field, j],
              message: `names "${other}", which is not another stance of topic "${topic.id}"`,
            });
          }
        });
      }
      if (stance.patterns.length === 0 && !reachable.has(stance.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["stances", i, "patterns"],
          message: "is empty and no stance names this one in negatedAs, so it can never be recognised",
        });
      }
    });
  });
export type TopicDefinition = z.infer<typeof topicSchema>;

export const vocabularySchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    /** wordings just before a stance that say the actor dropped it ("no longer", "abandoned") */
    dropCues: z.array(patternSource),
    topics: z.array(topicSchema).min(1, "the vocabulary needs at least one topic"),
  })
  .superRefine((vocab, ctx) => {
    const ids = new Set<string>();
    vocab.topics.forEach((topic, i) => {
      if (ids.has(topic.id)) {
        ctx.addIssue({ code: "custom", path: ["topics", i, "id"], message: `duplicates topic "${topic.id}"` });
      }
      ids.add(topic.id);
    });
  });
export type PositionVocabulary = z.infer<typeof vocabularySchema>;

export class VocabularyProblem extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `\n  ${problems.join("\n  ")}`}`);
    this.name = "VocabularyProblem";
  }
}

/**
 * Names a zod issue path by the entries a reader looks for: topics[3] ("legitimacy").stances[0]
 * ("zelensky-illegitimate").patterns[2]. Indices alone are useless in a file of 150 patterns.
 */
function describePath(data: unknown, issuePath: readonly PropertyKey[]): string {
  let node: unknown = data;
  let out = "";
  for (const key of issuePath) {
    const next: unknown =
      node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === "number") {
      out += `[${key}]`;
      const id = next !== null && typeof next === "object" ? (next as { id?: unknown }).id : undefined;
      if (typeof id === "string") out += ` ("${id}")`;
    } else {
      out += `${out ? "." : ""}${String(key)}`;
    }
    node = next;
  }
  return out || "(document)";
}

/** Validates parsed JSON as a vocabulary; problems name the entry and field to fix. */
export function loadVocabulary(data: unknown, file = "content/positions.json"): PositionVocabulary {
  const result = vocabularySchema.safeParse(data);
  if (result.success) return result.data;
  throw new VocabularyProblem(
    file,
    result.error.issues.map((issue) => `${describePath(data, issue.path)}: ${issue.message}`),
  );
}

export const VOCABULARY_FILE = path.join(process.cwd(), "content", "positions.json");

/** Reads and validates the vocabulary file (by default the committed content/positions.json). */
export function readVocabulary(file = VOCABULARY_FILE): PositionVocabulary {
  const shown = path.relative(process.cwd(), file) || file;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
  } catch (err) {
    throw new VocabularyProblem(shown, [
      `cannot be read as JSON (${err instanceof Error ? err.message : String(err)})`,
    ]);
  }
  return loadVocabulary(json, shown);
}

/**
 * A list of patterns is compiled as one alternation: its first match is where the earliest of
 * them matches, found in one pass over the sentence instead of one per pattern.
 */
export interface CompiledStance {
  definition: StanceDefinition;
  pattern: RegExp;
}
export interface CompiledTopic {
  definition: TopicDefinition;
  cue: RegExp;
  /** any of the topic's stance patterns; most sentences fail this one test */
  anyStance: RegExp;
  stances: CompiledStance[];
  byId: Map<string, StanceDefinition>;
}
export interface CompiledVocabulary {
  dropCues: RegExp[];
  topics: CompiledTopic[];
}

const compiledCache = new WeakMap<PositionVocabulary, CompiledVocabulary>();

/** Regular expressions are built once per vocabulary object, not once per sentence. */
export function compileVocabulary(vocab: PositionVocabulary): CompiledVocabulary {
  const cached = compiledCache.get(vocab);
  if (cached) return cached;
  const re = (source: string) => new RegExp(source, "i");
  // An empty list matches nothing.
  const anyOf = (sources: readonly string[]) => re(sources.map((p) => `(?:${p})`).join("|") || "(?!)");
  const compiled: CompiledVocabulary = {
    dropCues: vocab.dropCues.map(re),
    topics: vocab.topics.map((topic) => ({
      definition: topic,
      cue: anyOf(topic.cues),
      anyStance: anyOf(topic.stances.flatMap((stance) => stance.patterns)),
      stances: topic.stances.map((stance) => ({ definition: stance, pattern: anyOf(stance.patterns) })),
      byId: new Map(topic.stances.map((s) => [s.id, s])),
    })),
  };
  compiledCache.set(vocab, compiled);
  return compiled;
}

/**
 * Whether an actor can hold two stances of a topic at once ("freeze at the front line" and "keep
 * the captured territory"), from compatibleWith read both ways. Unlisted pairs are a change.
 */
export function stanceCompatibility(vocab: PositionVocabulary): (topic: string, a: string, b: string) => boolean {
  const pairs = new Set<string>();
  for (const topic of vocab.topics) {
    for (const stance of topic.stances) {
      for (const other of stance.compatibleWith ?? []) {
        pairs.add(`${topic.id}\u0000${stance.id}\u0000${other}`);
        pairs.add(`${topic.id}\u0000${other}\u0000${stance.id}`);
      }
    }
  }
  return (topic, a, b) => a === b || pairs.has(`${topic}\u0000${a}\u0000${b}`);
}
