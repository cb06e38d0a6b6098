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

const SYNONYMS: Record<string, string> = {
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
};

function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ing")) return word.slice(0, -3);
  if (word.endsWith("ed") || word.endsWith("es")) return word.slice(0, -2);
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

const NON_ASCII = /[^\x00-\x7f]/;
const WORD = /[a-z0-9%]+(?:-[a-z0-9%]+)*/g;

export function wordSet(sentence: string): Set<string> {
  // Folding diacritics is the costly step; most English sentences have none to fold.
  const folded = NON_ASCII.test(sentence) ? sentence.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : sentence;
  const out = new Set<string>();
  for (const [w] of folded
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .matchAll(WORD)) {
    if (STOP.has(w)) continue;
    out.add(stem(SYNONYMS[w] ?? w));
  }
  return out;
}

/**
 * Overlap of two word sets relative to the smaller one: a terse report and a long one that
 * says the same and more still score high, which Dice or Jaccard would punish.
 */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) shared++;
  // A very short sentence ("Those freed will be women and children") shares most of its few
  // words by chance, so it is measured as if it had at least MIN_WORDS.
  return shared / Math.max(small.size, MIN_WORDS);
}

const MIN_WORDS = 6;
