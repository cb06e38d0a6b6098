import { z } from "zod";
import { ACTOR_KINDS, ACTOR_ROLES, ATTRIBUTIONS, DATE_BASES, MODALITIES, PRECISIONS, SIGNAL_TYPES } from "./vocabulary";

export { ACTOR_KINDS, ACTOR_ROLES, ATTRIBUTIONS, DATE_BASES, MODALITIES, PRECISIONS, SIGNAL_TYPES };

/**
 * The normalised event document (docs/event-model.md). Field names are a contract shared with
 * the dashboard, the exports and the evaluation: add fields, never rename.
 */

export const signalTypeSchema = z.enum(SIGNAL_TYPES);
export type SignalType = z.infer<typeof signalTypeSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const articleMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string(),
  url: z.string(),
  published: isoDay.nullable(),
  cites: z.string().optional(),
  language: z.string(),
  warnings: z.array(z.string()),
  /** true when the title was derived from the body because the front matter had none */
  titleDerived: z.boolean().optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const actorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "actor ids are lower-case slugs"),
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  country: z.string().nullable().optional(),
  role: z.string().optional(),
  aliases: z.array(z.string()),
});
export type Actor = z.infer<typeof actorSchema>;

export const eventDateSchema = z
  .object({
    start: isoDay.nullable(),
    end: isoDay.nullable(),
    precision: z.enum(PRECISIONS),
    text: z.string(),
    basis: z.enum(DATE_BASES),
    /** a "since …" span whose end is the reporting date rather than a known end */
    open: z.boolean().optional(),
    /** the sentence gives no date of its own and continues the time an earlier sentence stated */
    carried: z.boolean().optional(),
  })
  .refine((d) => d.start === null || d.end === null || d.start <= d.end, "date start is after its end");
export type EventDate = z.infer<typeof eventDateSchema>;

export const positionSchema = z.object({
  actor: z.string(),
  topic: z.string(),
  stance: z.string(),
  /** the normalised stance id from content/positions.json, when one matched */
  stanceId: z.string().optional(),
});
export type Position = z.infer<typeof positionSchema>;

export const sourceSchema = z.object({
  article: z.string(),
  sentence: z.string(),
  attribution: z.enum(ATTRIBUTIONS),
  speaker: z.string().nullable(),
  quote: z.string().optional(),
  /** where the sentence starts and ends in the article's raw body */
  offsets: z.tuple([z.number().int(), z.number().int()]).optional(),
  /** how the attribution was phrased ("according to four sources") */
  attributionText: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const eventSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, "event ids are URL-safe"),
  aliases: z.array(z.string()),
  date: eventDateSchema,
  type: signalTypeSchema,
  codes: z.object({ cameo: z.string().nullable(), plover: z.string().nullable() }),
  modality: z.enum(MODALITIES),
  actors: z.array(z.object({ id: z.string(), role: z.enum(ACTOR_ROLES) })),
  positions: z.array(positionSchema),
  summary: z.string(),
  sources: z.array(sourceSchema).min(1),
});
export type SignalEvent = z.infer<typeof eventSchema>;

export const eventDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  generatedFrom: z.string().optional(),
  articles: z.array(articleMetaSchema),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
});
export type EventDocument = z.infer<typeof eventDocumentSchema>;
