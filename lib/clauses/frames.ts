import { descendants, type SentenceAnalysis } from "./analyseSentence";
import { isSide, isTelling, type Clause } from "./segment";

/**
 * A reporting frame: who said it and which clauses are what was said. "Peskov said [that …]",
 * "[…]," Misri added", "According to Erdogan, […]", "…, adding that […]".
 */
export interface Frame {
  /** the reporting clause, or null for "according to …" */
  clause: number | null;
  /** token of the reporting verb, or of "according" */
  verb: number;
  /** token range of the speaker phrase, when written in this sentence */
  speaker: [number, number] | null;
  /** the clauses that are what was said */
  content: number[];
}

const TAIL_GAP = /^(?:PUNCT|ADV)$/;
/** Parts of speech of a noun phrase naming people ("Lavrov and other senior diplomats"). */
const NOUN_PHRASE = /^(?:DET|NOUN|PROPN|ADJ|NUM|CCONJ|PART)$/;

/** The noun phrase after "according to", up to the next comma or the end of the sentence. */
function accordingTo(a: SentenceAnalysis): { verb: number; speaker: [number, number] } | null {
  const i = a.tokens.findIndex((t, k) => t.lower === "according" && a.tokens[k + 1]?.lower === "to");
  if (i < 0) return null;
  let end = i + 2;
  while (end < a.tokens.length && a.tokens[end]!.text !== "," && !/^[.;:!?]$/.test(a.tokens[end]!.text)) end++;
  return end > i + 2 ? { verb: i, speaker: [i + 2, end] } : null;
}

/**
 * "…in Jeddah, Saudi Arabia, according to a joint statement, Reuters reports": a speaker phrase
 * that takes in an "according to" aside, and what stood before it, is the name after the aside.
 */
function closingSpeaker(a: SentenceAnalysis, subject: [number, number] | null): [number, number] | null {
  if (!subject) return null;
  const words = a.tokens.slice(subject[0], subject[1]);
  const aside = words.findIndex((t, k) => t.lower === "according" && words[k + 1]?.lower === "to");
  if (aside < 0) return subject;
  const comma = words.findLastIndex((t) => t.text === ",");
  return comma > aside && comma < words.length - 1 ? [subject[0] + comma + 1, subject[1]] : subject;
}

const DOCUMENTS = new Set(["statement", "readout", "communique", "communiqué", "declaration", "letter", "release"]);
const ISSUING = new Set(["issue", "release", "publish", "send", "post", "circulate", "distribute"]);

/**
 * "A statement issued by the office of President X said …": a document is said by whoever issued
 * it, so the speaker phrase takes in the participle that names them.
 */
function issuedBy(a: SentenceAnalysis, speaker: [number, number] | null): [number, number] | null {
  if (!speaker || !DOCUMENTS.has(a.tokens[speaker[1] - 1]?.lemma ?? "")) return speaker;
  const by = a.clauses.find((c) => c.start === speaker[1] || (c.start === speaker[0] && c.group?.start === speaker[1]));
  const g = by?.group;
  if (!by || !g || !ISSUING.has(a.tokens[g.head]!.lemma) || a.tokens[g.end]?.lower !== "by") return speaker;
  return [speaker[0], by.end];
}

/** Clauses in the sentence with nothing saying them yet, before or after token `at`. */
function topLevel(a: SentenceAnalysis, claimed: ReadonlySet<number>, test: (i: number) => boolean): number[] {
  const roots = a.clauses
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => (c.parent === null || isSide(c.kind)) && !claimed.has(i) && test(i))
    .map(({ i }) => i);
  const all = new Set<number>();
  for (const r of roots) {
    all.add(r);
    for (const d of descendants(a, r)) all.add(d);
  }
  return [...all].filter((i) => !claimed.has(i)).sort((x, y) => x - y);
}

/**
 * The reporting frames of a sentence. `reporting` holds the lemmas of verbs of saying, `thatOnly`
 * those of verbs that report only a clause of "that" ("announced that …") or one the segmenter
 * found right after them ("announced Thursday it has …"). Each clause is the
 * content of at most one frame, the innermost.
 */
export function findFrames(
  a: SentenceAnalysis,
  reporting: ReadonlySet<string>,
  thatOnly: ReadonlySet<string> = new Set(),
): Frame[] {
  const frames: Frame[] = [];
  const claimed = new Set<number>();
  const headOf = (i: number) => {
    const g = a.clauses[i]!.group;
    return g ? a.tokens[g.head]! : null;
  };
  const according = accordingTo(a);
  // "made it clear that …", "has made clear that …": saying so, of a clause of "that" only, when
  // no one reports it ("Peskov said the leader has made it clear that …" is Peskov's).
  const makesClear = (i: number) => {
    const g = a.clauses[i]!.group!;
    if (a.clauses[i]!.parent !== null || according) return false;
    if (a.tokens[g.head]!.lemma !== "make") return false;
    const k = a.tokens[g.end]?.lower === "it" ? g.end + 1 : g.end;
    return a.tokens[k]?.lower === "clear";
  };
  const saying = a.clauses
    .map((c, i) => ({ c, i, head: headOf(i) }))
    .filter(
      ({ c, i, head }) =>
        head && (reporting.has(head.lemma) || thatOnly.has(head.lemma) || makesClear(i)) && !c.group!.negated,
    );
  const onlyThat = (i: number) => !reporting.has(headOf(i)!.lemma);
  // A closing attribution whose speaker, a name with a role set off by commas, the segmenter left
  // to the clause before ("…, Ana Ruiz, spokeswoman for the ministry, announced on Friday."):
  // the name and its role, between the commas before it.
  const apposedSpeaker = (c: (typeof a.clauses)[number]): [number, number] | null => {
    if (c.kind !== "participle" || a.tokens[c.start - 1]?.text !== ",") return null;
    if (!a.tokens.slice(c.end).every((t) => t.pos === "PUNCT")) return null;
    const comma = (end: number) => a.tokens.slice(0, end).findLastIndex((t) => t.text === ",");
    const role = comma(c.start - 2);
    if (role < 0) return null;
    // (a role in lower case, "spokesman for …", follows the name it is set off from)
    const name = /^\p{Ll}/u.test(a.tokens[role + 1]?.text ?? "") ? comma(role) : role;
    return name < 0 ? null : [name + 1, c.start - 1];
  };
  const speakerOf = (c: (typeof a.clauses)[number]) =>
    apposedSpeaker(c) ??
    ((c.kind === "participle" || (c.group!.gerund && !c.subject)) && c.parent !== null
      ? a.clauses[c.parent]!.subject
      : issuedBy(a, closingSpeaker(a, c.subject)));
  const add = (i: number, content: number[]) => {
    for (const k of content) claimed.add(k);
    const c = a.clauses[i]!;
    frames.push({ clause: i, verb: c.group!.head, speaker: speakerOf(c), content });
  };
  // First the frames whose complement says what was said, innermost first, so "X said Y told
  // reporters that Z" gives Z to Y; then the frames around quotations and closing
  // attributions, which take what is left ("…, Putin boasted that …, the Times reported").
  for (const { i } of [...saying].reverse()) {
    const content = a.clauses
      .map((x, k) =>
        x.parent === i && x.kind === "complement" && (!onlyThat(i) || x.opener === "that" || x.opener === null)
          ? k
          : -1,
      )
      .filter((k) => k >= 0)
      .flatMap((k) => [k, ...descendants(a, k)])
      .filter((d) => !claimed.has(d));
    if (content.length) add(i, content);
  }
  for (const { c, i } of [...saying].reverse()) {
    // A verb that otherwise reports only a clause of "that" closes one with nothing after it but
    // where and when ("…, the envoy announced on Wednesday"); with an object it states its own act.
    // (Not a passive whose subject is what was made known: "The accord was announced by Norway on
    // Monday" states the act; "…, it was announced" still closes what came before.)
    const madeKnown = c.group!.passive && !!c.subject && a.tokens[c.subject[0]]!.lower !== "it";
    const bare =
      /^(?:ADP|ADV|PUNCT)$/.test(a.tokens[c.group!.end]?.pos ?? "PUNCT") &&
      (c.subject !== null || !!apposedSpeaker(c)) &&
      !madeKnown;
    if (frames.some((f) => f.clause === i) || (onlyThat(i) && !bare)) continue;
    // `"…," Misri said.` / `…, the government said.`: the words before a closing attribution.
    const before = a.tokens.slice(c.start, c.group!.start);
    // ("…, which the envoy described as constructive": a relative clause says something of a noun, not who spoke.)
    // (Nor does a verb an infinitive completes: "The envoy says, the leaders are expected to
    // sign a deal" dates what is to come, and reports nothing before it. An infinitive of saying
    // still closes one: "…, Zelensky is expected to tell the UN", "…, Hamas is said to have told
    // mediators".)
    // (A verb of saying with an object of its own, not someone told, says nothing: "are expected
    // to conclude an agreement".)
    // ("to have told": past the auxiliary of a perfect)
    const says = (x: Clause) => {
      const v = a.tokens.findIndex(
        (t, k) => k > x.start && k <= x.start + 3 && t.pos === "VERB" && t.lemma !== "have" && t.lemma !== "be",
      );
      const lemma = a.tokens[v]?.lemma ?? "";
      // (only saying or telling: "…, and Israel is expected to respond within days" reports nothing)
      return isTelling(lemma) || (lemma === "say" && !/^(?:DET|NOUN|ADJ|NUM)$/.test(a.tokens[v + 1]?.pos ?? "PUNCT"));
    };
    const completed = a.clauses.some(
      (x) => x.parent === i && x.kind === "infinitive" && x.start === c.group!.end && !says(x),
    );
    const startsAfterBreak =
      c.start > 0 &&
      /^[,"']$/.test(a.tokens[c.start - 1]?.text ?? "") &&
      before.every((t) => t.pos !== "VERB") &&
      !completed &&
      !(c.kind === "relative" && /^(?:which|that|who)$/.test(c.opener ?? ""));
    // What follows the verb inside its own clause is short: "told reporters on Friday", not a new
    // claim. An inverted speaker and the apposition naming their role do not count ('…," said
    // Stephanie Williams, the UN's acting envoy to the country,').
    const inverted = c.subject !== null && c.subject[0] >= c.group!.end;
    let tail = a.tokens.slice(inverted ? c.subject![1] : c.group!.end, c.end);
    if (inverted && tail[0]?.text === ",") {
      const close = tail.findIndex((t, k) => k > 0 && t.text === ",");
      tail = close < 0 ? [] : tail.slice(close + 1);
    }
    // ("said in an interview with the 60 Minutes show on Rossiya-1 television": phrases of where
    // and how, however long, say nothing new.)
    // A day or a name may come first ("said Friday from Oslo at the end of the second round of
    // talks", "told Reuters in an interview").
    // Whom a verb of telling told comes first too, however many ("told Lavrov and other senior
    // diplomats at a meeting").
    const listener = isTelling(headOf(i)!.lemma) ? tail.findIndex((t) => !NOUN_PHRASE.test(t.pos)) : -1;
    const lead =
      listener > 0 && tail[listener]?.pos === "ADP"
        ? listener
        : tail.findIndex((t, k) => k >= 3 || !/^(?:PROPN|NUM|ADV)$/.test(t.pos));
    const circumstance =
      tail[lead]?.pos === "ADP" &&
      tail.every((t) => /^(?:ADP|DET|NOUN|PROPN|ADJ|NUM|PUNCT|PART|ADV|CCONJ)$/.test(t.pos));
    // ("…, as Trump has warned of possible military action": what a verb opened by a conjunction
    // is "of" is its own object, and the clause states its own act; '"…," she said of the Russians'
    // still closes what came before)
    const ofObject = c.opener !== null && tail[0]?.lower === "of";
    const restIsShort = !ofObject && (tail.filter((t) => !TAIL_GAP.test(t.pos)).length <= 8 || circumstance);
    // ("During a meeting that followed the signing, the envoy described …": a clause on the frame's
    // own clause is part of it, nothing said)
    const ownParts = startsAfterBreak && restIsShort ? descendants(a, i) : [];
    // '"…," Misri said, Reuters reported': an attribution closing on another right before it reports
    // that one; what came before is the nearer speaker's.
    const nearer = a.clauses[i - 1];
    if (
      startsAfterBreak &&
      restIsShort &&
      nearer?.subject &&
      c.parent !== i - 1 &&
      a.tokens.slice(c.end).every((t) => t.pos === "PUNCT") &&
      nearer.end >= c.start - 1 &&
      a.tokens[c.start - 1]?.text === "," &&
      /^[,"']$/.test(a.tokens[nearer.start - 1]?.text ?? "") &&
      saying.some((x) => x.i === i - 1) &&
      !claimed.has(i - 1)
    ) {
      add(i, [i - 1]);
      continue;
    }
    let content = startsAfterBreak && restIsShort ? topLevel(a, claimed, (k) => k < i && !ownParts.includes(k)) : [];
    // `He said in a statement: "…"`, `…, American officials add, Putin was …`: the clauses
    // after the colon, quotation mark or the comma that closes the frame.
    if (!content.length) {
      const after = a.tokens.slice(c.group!.end, c.end);
      // The clause ends on the mark that opens what is said (not a quoted word inside it).
      const marks = after.filter((t) => t.text !== "'");
      const last = marks.at(-1)?.text;
      const lastAt = c.group!.end + after.lastIndexOf(marks.at(-1)!);
      const opensQuote = last === '"' && a.quoted[lastAt + 1] === true;
      // ("Biden confirmed the deal, which involves a truce": a relative clause describes the object; nothing is said in it.)
      const describesObject = a.clauses[i + 1]?.kind === "relative" && a.clauses[i + 1]!.parent === i;
      // ("The militia declared a ceasefire on Saturday, a news agency said": a verb with an object
      // of its own, not a person told, has done its act before the comma.)
      // (A noun that a clause of "that" completes is no object done with: "stressed the view that, …".)
      const ownObject =
        /^(?:DET|NOUN|ADJ|NUM)$/.test(a.tokens[c.group!.end]?.pos ?? "") &&
        headOf(i)!.lemma !== "tell" &&
        !after.some((t) => t.lower === "that");
      if (last === ":" || opensQuote || (restIsShort && last === "," && !describesObject && !ownObject))
        content = topLevel(a, claimed, (k) => k > i);
      // "Foreign Secretary Jeremy Hunt yesterday said:" ending the sentence: what was said follows
      // in the paragraphs after it, as a press office prints a statement.
      if (!content.length && last === ":" && lastAt === a.tokens.length - 1 && c.subject !== null) {
        add(i, []);
        continue;
      }
    }
    // A verb of saying with nothing said here ("claimed credit for …") is an ordinary verb.
    if (content.length) add(i, content);
  }
  if (according) {
    const at = a.tokens[according.verb]!.start;
    const content = topLevel(a, claimed, (k) => {
      const c = a.clauses[k]!;
      return !(
        a.tokens[c.start]!.start <= at &&
        at < (a.tokens[c.end - 1]?.end ?? 0) &&
        c.group &&
        c.group.start > according.speaker[1]
      );
    }).filter((k) => a.clauses[k]!.group?.head !== undefined);
    for (const k of content) claimed.add(k);
    frames.push({ clause: null, verb: according.verb, speaker: according.speaker, content });
  }
  return frames;
}

/**
 * Per clause: the index of the frame that reports it, or -1. A main clause after a colon that
 * closes reported words spells them out ("said the pullback would be delayed because the deal
 * was not honoured: the rebels must first disarm"), and is reported by the same frame.
 */
export function frameOfClause(a: SentenceAnalysis, frames: readonly Frame[]): number[] {
  const out = a.clauses.map(() => -1);
  frames.forEach((f, fi) => {
    for (const k of f.content) if (out[k] === -1) out[k] = fi;
  });
  for (const [k, c] of a.clauses.entries()) {
    const before = a.tokens[c.start - 1];
    if (k > 0 && out[k] === -1 && c.kind === "main" && before?.text === ":" && out[k - 1]! >= 0) out[k] = out[k - 1]!;
  }
  return out;
}
