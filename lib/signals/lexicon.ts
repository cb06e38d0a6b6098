import { z } from "zod";
import { signalTypeSchema, type SignalType } from "../model/schema";

/**
 * The trigger lexicon (content/triggers.json, documented in docs/triggers.md): which predicates
 * make a clause a negotiation signal. Entries are lemmas keyed by part of speech and grouped by
 * CAMEO root category; object classes refine a category's type by what the clause is about.
 * It is data so that an analyst can add a verb without touching code.
 */

const lemma = z
  .string()
  .min(1)
  .regex(/^[a-z][a-z' -]*$/, "expected a lower-case lemma such as 'negotiate' or 'price cap'");

const verbEntry = z.union([
  lemma,
  z.object({
    lemma,
    /** the word after the verb that makes the phrasal verb ("call for", "rule out") */
    particle: lemma.optional(),
    /**
     * the entry counts only when the clause is about one of these object classes ("any": about
     * any; "alone": also when a phrasal verb's particle governs nothing, "walked out" but not
     * "walked out of the hall")
     */
    needs: z.array(z.string().min(1)).optional(),
    /**
     * nouns that, as the verb's object or the noun it describes, make it something else ("released
     * a statement"), or words that do so right after the verb ("drones slammed into the city")
     */
    unless: z.array(lemma).optional(),
    /** the sense holds only with one of these nouns as its object ("exchanged views" consults) */
    only: z.array(lemma).optional(),
    /**
     * the sense holds only when what the verb makes its object or subject out to be, after "as", is
     * one of these nouns ("would be treated as legitimate targets" threatens; "regarded as a partner" does not)
     */
    as: z.array(lemma).optional(),
    /** the sense holds only in the active voice ("the demands were met", "was met with force" are no meeting) */
    active: z.boolean().optional(),
    /**
     * the sense holds only of what is still to come or may come ("would face consequences";
     * "faces the consequences of the war" threatens no one)
     */
    ahead: z.boolean().optional(),
    /**
     * the sense holds only with an object: written right after the verb, or the subject of a
     * passive ("ended the deal", "the deal was ended"; "talks ended with a deal" ended none)
     */
    transitive: z.boolean().optional(),
    /**
     * the sense holds only with a partner: a "with" or "to" phrase naming one (not "to reporters"),
     * a subject of more than one ("Putin and Trump spoke", "the two leaders talked"), or a phone
     * ("spoke by phone"); "spoke at a news conference", "actions speak louder" consult no one
     */
    reciprocal: z.boolean().optional(),
    /**
     * what the sense needs is its subject ("the success of the truce depends on …"; "civilians
     * depend on the truce" and "much depends on the talks" state no terms)
     */
    bySubject: z.boolean().optional(),
    /**
     * the sense holds only with a named guest as its object, a name right after the verb
     * ("received Witkoff in the Kremlin"; "received signals", "received weapons" receive no one)
     */
    guest: z.boolean().optional(),
    /**
     * subject nouns that make it no party's act ("disease threatens millions", "the war threatens
     * to spread" threaten no one the way a party does)
     */
    unlessSubject: z.array(lemma).optional(),
    /** subject nouns the sense needs ("the guns fell silent"; "the room fell silent" is no truce) */
    onlySubject: z.array(lemma).optional(),
    /**
     * the verb also reports what was said: with a clause or quotation for its content ("concluded
     * that …", '"…," he concluded') it frames a statement and is no signal itself; with an
     * object ("concluded a deal") it is the category's signal. "that": only a clause of "that" is
     * what it reports ("announced that the sides had agreed …"), while "announced what he called
     * a plan" and "announces truce, calls on Kyiv to follow" still announce
     */
    reports: z.union([z.boolean(), z.literal("that")]).optional(),
  }),
]);

const categorySchema = z.object({
  cameo: z.string().regex(/^(?:\d{2,4}|context)$/, "expected a CAMEO code such as '04' or '027', or 'context'"),
  name: z.string().min(1),
  type: signalTypeSchema,
  /** its verbs report a view ("believes that …"): the complement is the claim, the subject its holder */
  frames: z.boolean().default(false),
  byObject: z.record(z.string(), signalTypeSchema).default({}),
  /**
   * the type when what its verb acts on names an object class: its object, or what the
   * preposition right after it takes ("protested against the treaty"); a class named further on
   * refines nothing ("blamed Moscow for the collapse of the deal" is blame, not a rejection)
   */
  byTarget: z.record(z.string(), signalTypeSchema).default({}),
  /**
   * the type when its verb names a matter no object class refines, in a clause completing it or
   * after "on" ("agreed to return the villages", "agreed on the route of the border")
   */
  byMatter: signalTypeSchema.optional(),
  /**
   * the type of its act still to come ("will reopen its embassy"): to say one will take a step is
   * the intent to take it (CAMEO 03), whatever the done step is
   */
  toCome: signalTypeSchema.optional(),
  /**
   * verbs completing the category's verb that name a way of going on, not a matter
   * ("agreed to stay in touch", "agreed to work together"): no byMatter for them
   */
  matterless: z.array(lemma).default([]),
  /**
   * its verbs of putting one's name to a paper ("signed the declaration", "initialled the
   * document"): a paper an object class names (its `papers`) is then a deal
   */
  signs: z.array(lemma).default([]),
  /**
   * its verbs of agreeing a text short of signing it ("initialled the accord"): what they agree
   * is terms still to be signed, a plan, whatever deal the text is
   */
  initials: z.array(lemma).default([]),
  /**
   * its nouns for the wording of whatever is signed ("signed the text", "the text was
   * initialled"): signing one is signing the story's deal, as a signing that names nothing is
   */
  texts: z.array(lemma).default([]),
  /**
   * its verbs respond to the thing their object names ("welcomed last night's truce"): a date
   * that owns the object is the thing's, not the response's
   */
  reacts: z.boolean().default(false),
  verbs: z.array(verbEntry).default([]),
  nouns: z.array(lemma).default([]),
  adjectives: z.array(lemma).default([]),
  /** how a verb of viewing or responding is qualified ("viewed the plan positively" is approval) */
  adverbs: z.array(lemma).default([]),
});

const objectClassSchema = z.object({
  class: z.string().regex(/^[a-z]+$/, "expected a lower-case class name"),
  meaning: z.string().min(1),
  type: signalTypeSchema,
  nouns: z.array(lemma).default([]),
  verbs: z.array(lemma).default([]),
  adjectives: z.array(lemma).default([]),
  /** with a verb outside the lexicon, the class counts only under one of these verbs ("continue the war") */
  governedBy: z.array(lemma).optional(),
  /** words that, right next to the noun, make it something else ("minerals deal", "agreement on gas") */
  unless: z.array(lemma).optional(),
  /**
   * words that, next to the noun, say it is about a matter of its own and so a plan for that
   * matter, not this class ("a nuclear deal", "the grain agreement", "a deal on trade")
   */
  matters: z.array(lemma).optional(),
  /** words that, right before the noun only, make it something else ("press conference", "funeral ceremony") */
  unlessRightBefore: z.array(lemma).optional(),
  /** its nouns that name a paper the parties put their names to: signed, it is their agreement ("signed the declaration") */
  papers: z.array(lemma).optional(),
  /** its nouns that still name the class as the last word of a capitalised name ("the National Peace Conference") */
  names: z.array(lemma).optional(),
  /** nouns that, before "of", "in" or "to" and talks, halt the talks and not what the class names ("a pause in talks") */
  halts: z.array(lemma).optional(),
  /**
   * nouns of leaving or halting that name this class only before "of", "from" or "in" and a deal,
   * a truce or talks ("its withdrawal from the deal", "the suspension of the talks"); elsewhere they
   * keep the class they have, if any ("the withdrawal of troops")
   */
  quits: z.array(lemma).optional(),
  /** verbs of a completing clause that give this class when what they act on is fighting (class war): "agreed to end hostilities" */
  ending: z.array(lemma).optional(),
  /** nouns that count only in the singular ("a settlement" is an agreement, "settlements" are places) */
  singular: z.array(lemma).optional(),
  /**
   * words of manner that weigh how the class's event went, after a passive verb of it: adverbs
   * ("the talks were conducted seriously") and nouns of a setting an adjective qualifies ("held in a
   * constructive atmosphere"); such a clause is a view of the event (CAMEO 01), an assessment
   */
  weighedBy: z.array(lemma).optional(),
  /**
   * adjectives that weigh the class's event when a copula gives it as a noun ("it was a most
   * useful meeting"): such a clause is a view of the event, an assessment
   */
  weighedAs: z.array(lemma).optional(),
});

const wordsSchema = z.object({ words: z.array(lemma).min(1) });

export const triggerFileSchema = z.object({
  version: z.literal(1),
  reporting: z.object({ verbs: z.array(lemma).min(1) }),
  lightVerbs: z.object({ verbs: z.array(lemma) }),
  categories: z.array(categorySchema).min(1),
  objects: z.array(objectClassSchema),
  modality: z.object({
    obligation: wordsSchema.extend({
      type: signalTypeSchema,
      openers: z.array(lemma).default([]),
      /** verbs of a pseudo-cleft's free relative that make it a demand ("what Russia wants is …") */
      clefts: z.array(lemma).default([]),
      /** verbs a subject of "only" claims for itself alone ("only Ukraine can decide …"): a demand that no other does */
      exclusive: z.array(lemma).default([]),
    }),
    readiness: wordsSchema.extend({
      type: signalTypeSchema,
      byObject: z.record(z.string(), signalTypeSchema).default({}),
      /** adjectives that deny readiness in their own word ("unwilling"), read as "not ready" */
      negatives: z.array(lemma).default([]),
    }),
    future: wordsSchema,
    /** verbs of an occasion: what they complete is dated by the occasion ("to mark Victory Day on May 9"), not by the event */
    occasion: wordsSchema.optional(),
    denial: wordsSchema,
    /**
     * verbs that do what another party did, with the words that must follow them ("follow suit",
     * "follow our example", "do the same"; none: the verb alone, "reciprocate"): the event is of
     * the kind the story told just before
     */
    reciprocation: z.object({ verbs: z.record(lemma, z.array(lemma)) }).optional(),
    /** verbs that keep away from what they govern ("avoided signing the deal"): read as its negation, "did not sign" */
    avoidance: wordsSchema.optional(),
    /**
     * prepositions that open a sentence with a deal ("Under the deal, …"): its clauses of what a
     * party will do are the deal's terms, of this type; `classes` name the deal, `nouns` its terms
     */
    terms: wordsSchema
      .extend({
        type: signalTypeSchema,
        classes: z.array(z.string()).default([]),
        nouns: z.array(lemma).default([]),
        /** the types a clause of terms keeps when it reads as one by itself (a truce, talks, an exchange) */
        keeps: z.array(signalTypeSchema).default([]),
      })
      .optional(),
    /** verbs whose completion did not happen ("failed to reach an agreement"): the effort is the event, of this type */
    failure: wordsSchema
      .extend({
        type: signalTypeSchema,
        /** nouns whose infinitive did not happen ("failure to reach an agreement"): it gives the clause no meaning */
        nouns: z.array(lemma).default([]),
        /** verbs of an outcome whose object of none did not happen ("reached no agreement"): the effort did */
        outcomes: z.array(lemma).default([]),
      })
      .optional(),
  }),
});
export type TriggerFile = z.infer<typeof triggerFileSchema>;

export interface Category {
  cameo: string;
  name: string;
  type: SignalType;
  byObject: Readonly<Record<string, SignalType>>;
  byTarget: Readonly<Record<string, SignalType>>;
  byMatter: SignalType | null;
  toCome: SignalType | null;
  matterless: ReadonlySet<string>;
  signs: ReadonlySet<string>;
  initials: ReadonlySet<string>;
  texts: ReadonlySet<string>;
  reacts: boolean;
}

export interface VerbSense {
  category: Category;
  particle: string | null;
  needs: readonly string[] | null;
  /** object nouns that rule the sense out */
  unless: ReadonlySet<string> | null;
  /** object nouns the sense needs */
  only: ReadonlySet<string> | null;
  /** nouns after "as" the sense needs */
  as: ReadonlySet<string> | null;
  active: boolean;
  ahead: boolean;
  transitive: boolean;
  reciprocal: boolean;
  bySubject: boolean;
  guest: boolean;
  /** subject nouns that rule the sense out */
  unlessSubject: ReadonlySet<string> | null;
  /** subject nouns the sense needs */
  onlySubject: ReadonlySet<string> | null;
}

export interface ObjectClass {
  name: string;
  type: SignalType;
  governedBy: ReadonlySet<string> | null;
  unless: ReadonlySet<string> | null;
  matters: ReadonlySet<string> | null;
  unlessRightBefore: ReadonlySet<string> | null;
  papers: ReadonlySet<string> | null;
  names: ReadonlySet<string> | null;
  halts: ReadonlySet<string> | null;
  singular: ReadonlySet<string> | null;
  weighedBy: ReadonlySet<string> | null;
  weighedAs: ReadonlySet<string> | null;
  /** place in the file's list: a lower one decides when a clause is about several classes */
  rank: number;
}

export interface Lexicon {
  reporting: ReadonlySet<string>;
  /** verbs whose complement is a claim: verbs of saying and of categories that report a view */
  framing: ReadonlySet<string>;
  /** verbs that report only what a clause of "that" says ("announced that …") */
  framingThat: ReadonlySet<string>;
  lightVerbs: ReadonlySet<string>;
  /** lemma → senses, phrasal ones first */
  verbs: ReadonlyMap<string, readonly VerbSense[]>;
  nouns: ReadonlyMap<string, Category>;
  adjectives: ReadonlyMap<string, Category>;
  adverbs: ReadonlyMap<string, Category>;
  /** lemma → object class, per part of speech */
  objectNouns: ReadonlyMap<string, ObjectClass>;
  objectVerbs: ReadonlyMap<string, ObjectClass>;
  /** verbs that give a class when their object is fighting ("end the war") */
  endingVerbs: ReadonlyMap<string, ObjectClass>;
  objectAdjectives: ReadonlyMap<string, ObjectClass>;
  /** nouns of quitting a deal, a truce or talks, and the class they then name (an object class's `quits`) */
  quitNouns: ReadonlyMap<string, ObjectClass>;
  classes: ReadonlyMap<string, ObjectClass>;
  obligation: {
    type: SignalType;
    words: ReadonlySet<string>;
    openers: readonly string[];
    clefts: ReadonlySet<string>;
    exclusive: ReadonlySet<string>;
  };
  readiness: { category: Category; words: ReadonlySet<string>; negatives: ReadonlySet<string> };
  future: ReadonlySet<string>;
  occasion: ReadonlySet<string>;
  denial: ReadonlySet<string>;
  /** verb → the words that must follow it to do what another party did (empty: none) */
  reciprocation: ReadonlyMap<string, ReadonlySet<string>>;
  avoidance: ReadonlySet<string>;
  terms: {
    type: SignalType;
    words: ReadonlySet<string>;
    classes: ReadonlySet<string>;
    nouns: ReadonlySet<string>;
    keeps: ReadonlySet<SignalType>;
  };
  failure: { type: SignalType; words: ReadonlySet<string>; nouns: ReadonlySet<string>; outcomes: ReadonlySet<string> };
}

export class LexiconError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "LexiconError";
  }
}

/**
 * Validates the trigger file and builds its lookup tables. Throws a LexiconError naming every
 * bad field, every lemma listed twice for one part of speech, and every object class a
 * category or entry names without defining it.
 */
export function loadLexicon(json: unknown, source = "triggers.json"): Lexicon {
  const parsed = triggerFileSchema.safeParse(json);
  if (!parsed.success)
    throw new LexiconError(
      source,
      parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "(file)"}: ${i.message}`),
    );
  const file = parsed.data;
  const problems: string[] = [];
  const classes = new Map<string, ObjectClass>();
  const objectNouns = new Map<string, ObjectClass>();
  const quitNouns = new Map<string, ObjectClass>();
  const objectVerbs = new Map<string, ObjectClass>();
  const endingVerbs = new Map<string, ObjectClass>();
  const objectAdjectives = new Map<string, ObjectClass>();
  const claim = (table: Map<string, ObjectClass>, word: string, cls: ObjectClass, where: string) => {
    const other = table.get(word);
    if (other && other !== cls) problems.push(`${where}: "${word}" is already in object class "${other.name}"`);
    else table.set(word, cls);
  };
  // A verb sense that needs a class of object governs it too ("mounted an offensive").
  const governing = new Map<string, Set<string>>();
  file.objects.forEach((o, i) => {
    if (classes.has(o.class)) problems.push(`objects.${i}.class: "${o.class}" is defined twice`);
    const governedBy = o.governedBy ? new Set(o.governedBy) : null;
    if (governedBy) governing.set(o.class, governedBy);
    const cls: ObjectClass = {
      name: o.class,
      type: o.type,
      governedBy,
      unless: o.unless ? new Set(o.unless) : null,
      matters: o.matters ? new Set(o.matters) : null,
      unlessRightBefore: o.unlessRightBefore ? new Set(o.unlessRightBefore) : null,
      papers: o.papers ? new Set(o.papers) : null,
      names: o.names ? new Set(o.names) : null,
      halts: o.halts ? new Set(o.halts) : null,
      singular: o.singular ? new Set(o.singular) : null,
      weighedBy: o.weighedBy ? new Set(o.weighedBy) : null,
      weighedAs: o.weighedAs ? new Set(o.weighedAs) : null,
      rank: i,
    };
    classes.set(o.class, cls);
    o.nouns.forEach((w) => claim(objectNouns, w, cls, `objects.${i}.nouns`));
    for (const [field, words] of [
      ["halts", o.halts],
      ["singular", o.singular],
      ["names", o.names],
    ] as const)
      for (const w of words ?? [])
        if (!o.nouns.includes(w)) problems.push(`objects.${i}.${field}: "${w}" is not one of the class's nouns`);
    o.verbs.forEach((w) => claim(objectVerbs, w, cls, `objects.${i}.verbs`));
    (o.ending ?? []).forEach((w) => claim(endingVerbs, w, cls, `objects.${i}.ending`));
    (o.quits ?? []).forEach((w) => claim(quitNouns, w, cls, `objects.${i}.quits`));
    o.adjectives.forEach((w) => claim(objectAdjectives, w, cls, `objects.${i}.adjectives`));
  });

  const verbs = new Map<string, VerbSense[]>();
  const nouns = new Map<string, Category>();
  const adjectives = new Map<string, Category>();
  const adverbs = new Map<string, Category>();
  const categories: Category[] = [];
  file.categories.forEach((c, i) => {
    const category: Category = {
      cameo: c.cameo,
      name: c.name,
      type: c.type,
      byObject: c.byObject,
      byTarget: c.byTarget,
      byMatter: c.byMatter ?? null,
      toCome: c.toCome ?? null,
      matterless: new Set(c.matterless),
      signs: new Set(c.signs),
      initials: new Set(c.initials),
      texts: new Set(c.texts),
      reacts: c.reacts,
    };
    categories.push(category);
    for (const field of ["byObject", "byTarget"] as const)
      for (const name of Object.keys(c[field]))
        if (!classes.has(name)) problems.push(`categories.${i}.${field}: "${name}" is not an object class`);
    c.verbs.forEach((v, k) => {
      const entry = typeof v === "string" ? { lemma: v } : v;
      const particle = "particle" in entry ? (entry.particle ?? null) : null;
      const needs = "needs" in entry ? (entry.needs ?? null) : null;
      for (const n of needs ?? []) {
        if (n !== "any" && n !== "alone" && !classes.has(n))
          problems.push(`categories.${i}.verbs.${k}.needs: "${n}" is not an object class`);
        governing.get(n)?.add(entry.lemma);
      }
      const senses = verbs.get(entry.lemma) ?? [];
      const guest = "guest" in entry && !!entry.guest;
      const only = "only" in entry && entry.only ? new Set(entry.only) : null;
      const as = "as" in entry && entry.as ? new Set(entry.as) : null;
      const twin = senses.find(
        (s) => s.particle === particle && !s.needs && !needs && s.guest === guest && !s.only && !only && !s.as && !as,
      );
      if (twin)
        problems.push(
          `categories.${i}.verbs.${k}: "${entry.lemma}${particle ? ` ${particle}` : ""}" is already in category ${twin.category.cameo}`,
        );
      const unless = "unless" in entry && entry.unless ? new Set(entry.unless) : null;
      senses.push({
        category,
        particle,
        needs,
        unless,
        only,
        as,
        active: "active" in entry && !!entry.active,
        ahead: "ahead" in entry && !!entry.ahead,
        transitive: "transitive" in entry && !!entry.transitive,
        reciprocal: "reciprocal" in entry && !!entry.reciprocal,
        bySubject: "bySubject" in entry && !!entry.bySubject,
        guest,
        unlessSubject: "unlessSubject" in entry && entry.unlessSubject ? new Set(entry.unlessSubject) : null,
        onlySubject: "onlySubject" in entry && entry.onlySubject ? new Set(entry.onlySubject) : null,
      });
      // A phrasal sense is tried before the bare verb, a sense that needs a named class of object
      // (or names its objects) before one that needs any ("returned the prisoners" before
      // "returned the territories"), and that before one that needs none (or a named guest before none).
      const need = (x: VerbSense) => (x.only || x.as ? 0 : !x.needs ? 2 : x.needs.includes("any") ? 1 : 0);
      senses.sort(
        (a, b) => Number(!a.particle) - Number(!b.particle) || need(a) - need(b) || Number(!a.guest) - Number(!b.guest),
      );
      verbs.set(entry.lemma, senses);
    });
    const single = (table: Map<string, Category>, list: readonly string[], field: string) =>
      list.forEach((w) => {
        const other = table.get(w);
        if (other && other !== category)
          problems.push(`categories.${i}.${field}: "${w}" is already in category ${other.cameo}`);
        table.set(w, category);
      });
    single(nouns, c.nouns, "nouns");
    single(adjectives, c.adjectives, "adjectives");
    single(adverbs, c.adverbs, "adverbs");
  });

  // "co-chaired", "co-hosted", "co-signed": a verb done jointly has the verb's senses.
  for (const [lemma, senses] of [...verbs]) if (!verbs.has(`co-${lemma}`)) verbs.set(`co-${lemma}`, senses);

  const m = file.modality;
  for (const name of Object.keys(m.readiness.byObject))
    if (!classes.has(name)) problems.push(`modality.readiness.byObject: "${name}" is not an object class`);
  for (const name of m.terms?.classes ?? [])
    if (!classes.has(name)) problems.push(`modality.terms.classes: "${name}" is not an object class`);
  if (problems.length) throw new LexiconError(source, problems);

  const readiness: Category = {
    cameo: "03",
    name: "Readiness (modality)",
    type: m.readiness.type,
    byObject: m.readiness.byObject,
    byTarget: {},
    byMatter: null,
    toCome: null,
    matterless: new Set(),
    signs: new Set(),
    initials: new Set(),
    texts: new Set(),
    reacts: false,
  };
  const framing = new Set(file.reporting.verbs);
  const framingThat = new Set<string>();
  file.categories.forEach((c) => {
    for (const v of c.verbs) {
      if (typeof v === "string") {
        if (c.frames) framing.add(v);
      } else if (v.reports === "that") framingThat.add(v.lemma);
      else if (v.reports) framing.add(v.lemma);
    }
  });
  return {
    reporting: new Set(file.reporting.verbs),
    framing,
    framingThat,
    lightVerbs: new Set(file.lightVerbs.verbs),
    verbs,
    nouns,
    adjectives,
    adverbs,
    objectNouns,
    quitNouns,
    objectVerbs,
    endingVerbs,
    objectAdjectives,
    classes,
    obligation: {
      type: m.obligation.type,
      words: new Set(m.obligation.words),
      openers: m.obligation.openers,
      clefts: new Set(m.obligation.clefts),
      exclusive: new Set(m.obligation.exclusive),
    },
    readiness: { category: readiness, words: new Set(m.readiness.words), negatives: new Set(m.readiness.negatives) },
    future: new Set(m.future.words),
    occasion: new Set(m.occasion?.words),
    denial: new Set(m.denial.words),
    reciprocation: new Map(Object.entries(m.reciprocation?.verbs ?? {}).map(([verb, words]) => [verb, new Set(words)])),
    avoidance: new Set(m.avoidance?.words),
    terms: {
      type: m.terms?.type ?? "proposal",
      words: new Set(m.terms?.words),
      classes: new Set(m.terms?.classes),
      nouns: new Set(m.terms?.nouns),
      keeps: new Set(m.terms?.keeps),
    },
    failure: {
      type: m.failure?.type ?? "talks",
      words: new Set(m.failure?.words),
      nouns: new Set(m.failure?.nouns),
      outcomes: new Set(m.failure?.outcomes),
    },
  };
}
