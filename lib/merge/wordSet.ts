/**
 * The content words of a sentence as a set, folded so that two outlets' wordings of one event
 * compare well: case, diacritics, possessives, crude plural/tense endings and a few synonyms
 * that news translations swap freely.
 */
const STOP = new Set(
  "a an the and or but of to in on at by for with from as is are was were be been being has have had that this these those it its their they them he his him she her we our you your i not no also about into than then so such which who whom whose what when where while would could should will can may might must do does did very more most over under after before since until according said says say told add added note noted".split(
    " ",
  ),
);

const SYNONYMS = new Map<string, string>(
  Object.entries({
    truce: "ceasefire",
    "cease-fire": "ceasefire",
    armistice: "ceasefire",
    kiev: "kyiv",
    zelenskiy: "zelensky",
    zelenskyy: "zelensky",
    zelenskyi: "zelensky",
    us: "american",
    u: "american",
    america: "american",
    americans: "american",
    negotiations: "negotiate",
    negotiation: "negotiate",
    talks: "negotiate",
    resignation: "remove",
    removal: "remove",
    removed: "remove",
    percent: "%",
  }),
);

function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ing")) return word.slice(0, -3);
  if (word.endsWith("ed") || word.endsWith("es")) return word.slice(0, -2);
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

const NON_ASCII = /[^\x00-\x7f]/;
const WORD = /[a-z0-9%]+(?:-[a-z0-9%]+)*/g;
const POSSESSIVE = /['’]s\b/g;

export function wordSet(sentence: string): Set<string> {
  // Folding diacritics is the costly step; most English sentences have none to fold.
  const folded = NON_ASCII.test(sentence) ? sentence.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : sentence;
  const out = new Set<string>();
  for (const w of folded.toLowerCase().replace(POSSESSIVE, "").match(WORD) ?? []) {
    if (STOP.has(w)) continue;
    out.add(stem(SYNONYMS.get(w) ?? w));
  }
  return out;
}

/**
 * Overlap of two word sets relative to the smaller one, from the count of words they share and
 * their sizes: a terse report and a long one that says the same and more still score high,
 * which Dice or Jaccard would punish.
 */
export function overlapOf(shared: number, sizeA: number, sizeB: number): number {
  if (!sizeA || !sizeB) return 0;
  // A very short sentence ("Those freed will be women and children") shares most of its few
  // words by chance, so it is measured as if it had at least MIN_WORDS.
  return shared / Math.max(Math.min(sizeA, sizeB), MIN_WORDS);
}

const MIN_WORDS = 6;
