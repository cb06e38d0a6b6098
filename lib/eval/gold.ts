import { z } from "zod";
import { formatIssuePath } from "../corpus/readEvents";
import { ATTRIBUTIONS } from "../model/vocabulary";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

const goldEventSchema = z
  .object({
    anchor: z.string().min(1),
    required: z.boolean(),
    window: z.tuple([isoDay, isoDay]),
    actors: z.array(z.string()),
    types: z.array(z.string()).min(1),
    same: z.string().optional(),
    /** who the claim rests on; gold files without it are scored on date, actors and type only */
    attribution: z.enum(ATTRIBUTIONS).optional(),
    speaker: z.string().nullable().optional(),
    positions: z.array(z.object({ holder: z.string().min(1), topic: z.string().min(1) })).optional(),
  })
  .superRefine((g, ctx) => {
    // A speaker is only meaningful beside an attribution, and an attribution is checked with its speaker.
    if ((g.attribution === undefined) !== (g.speaker === undefined))
      ctx.addIssue({
        code: "custom",
        path: [g.attribution === undefined ? "attribution" : "speaker"],
        message: "attribution and speaker are given together (speaker null when no one is named)",
      });
  });

const goldFileSchema = z.object({
  articles: z.record(z.string(), z.object({ published: isoDay, events: z.array(goldEventSchema) })),
});

export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldPosition = NonNullable<GoldEvent["positions"]>[number];
export type GoldFile = z.infer<typeof goldFileSchema>;

/** Reads a gold file; a problem names the file and the field (articles.d1_01.events[3].window). */
export function parseGold(file: string, text: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: is not valid JSON (${err instanceof Error ? err.message : err})`);
  }
  const result = goldFileSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw new Error(`${file}: ${formatIssuePath(first.path) || "(gold file)"}: ${first.message}`);
  }
  return result.data;
}
