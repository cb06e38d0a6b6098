import countries from "world-countries";
import { z } from "zod";
import organisationsJson from "../../content/organisations.json";
import rolesJson from "../../content/roles.json";
import statesJson from "../../content/states.json";
import { GazetteerError } from "./contentError";

/**
 * The analyst-editable word lists that let the extractor find actors the gazetteer does not
 * list (docs/actors.md): how dataset states join it (content/states.json), which words make a
 * name a titled person (content/roles.json), and what tells an organisation from an outlet
 * (content/organisations.json). They are imported rather than read from disk so that the
 * extraction cache key, which follows imports, changes when they do.
 */

const words = z.array(z.string().trim().min(1, "must not be empty"));
const iso3 = z.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code");
const gender = z.enum(["male", "female"]);

export const statesConfigSchema = z
  .object({
    about: z.string().optional(),
    include: z.array(iso3).default([]),
    notNames: words.default([]),
    ambiguousNames: z.record(z.string().min(1), z.array(iso3).min(1, "list at least one state")).default({}),
    ambiguousDemonyms: z.record(z.string().min(1), z.array(iso3).min(1, "list at least one state")).default({}),
    aliases: z.record(iso3, words).default({}),
    demonyms: z.record(iso3, words).default({}),
  })
  .strict();
export type StatesConfig = z.infer<typeof statesConfigSchema>;

export const rolesConfigSchema = z
  .object({
    about: z.string().optional(),
    heads: words.min(1, "list at least one title head"),
    modifiers: words.default([]),
    honorifics: words.default([]),
    addressTitles: words.default([]),
    familyNameFirst: z.array(iso3).default([]),
    givenNameAlone: z.array(iso3).default([]),
    genders: z.record(z.string().min(1), gender).default({}),
    descriptions: z.record(z.string().min(1), words.min(1, "list at least one title head")).default({}),
    stateOffices: words.default([]),
    brokering: words.default([]),
  })
  .strict();
export type RolesConfig = z.infer<typeof rolesConfigSchema>;

export const organisationsConfigSchema = z
  .object({
    about: z.string().optional(),
    outlets: words.default([]),
    outletNouns: words.default([]),
    groupWords: words.default([]),
    organisationWords: words.default([]),
  })
  .strict();
export type OrganisationsConfig = z.infer<typeof organisationsConfigSchema>;

/** The fields of a world-countries entry the gazetteer reads. */
export interface DatasetCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: readonly string[];
  capital?: readonly string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  independent?: boolean | null;
  unMember?: boolean;
}

export interface ActorLexicon {
  countries: readonly DatasetCountry[];
  states: StatesConfig;
  roles: RolesConfig;
  organisations: OrganisationsConfig;
}

/** Validates one content file, naming the file and each bad entry and field. */
export function parseContent<T>(schema: z.ZodType<T>, json: unknown, source: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new GazetteerError(
    source,
    parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "(file)"}: ${i.message}`),
  );
}

let committed: ActorLexicon | null = null;

/** The committed lexicon files and the world-countries dataset, validated once. */
export function committedLexicon(): ActorLexicon {
  committed ??= {
    countries: countries as readonly DatasetCountry[],
    states: parseContent(statesConfigSchema, statesJson, "content/states.json"),
    roles: parseContent(rolesConfigSchema, rolesJson, "content/roles.json"),
    organisations: parseContent(organisationsConfigSchema, organisationsJson, "content/organisations.json"),
  };
  return committed;
}
