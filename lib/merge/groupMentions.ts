import { joinKindredGroups } from "./joinKindredGroups";
import { unpackWords, type MergeKeys } from "./mergeKeys";
import { actorsCompatible, MentionColumns, publicationOrder, sharedActors, sharedParties } from "./mentionColumns";
import { overlapOf } from "./wordSet";

const SIMILARITY = 0.4;
// A mention is compared with a group's first few members only: enough to catch a rewording,
// and it keeps a much-reported event from making merging quadratic.
const COMPARED_MEMBERS = 4;
// Mentions arrive in publication order and one event's reports follow each other closely, so
// a mention is compared with the groups most recently opened in each month it touches only.
const RECENT_GROUPS = 16;
// Two mentions that name the very same dated span ("since September") need less shared wording,
// and may even sit in one article: outlets restate their main signal in the lead and the body.
const SAME_DATE_RELIEF = 0.15;
// Two outlets rarely word one event alike ("the president held a phone call with the chancellor",
// "Monday's call was their first in a year"): the same type on the same day between the
// same parties needs little shared wording, and each party shared lowers the bar further.
const SAME_DAY_RELIEF = 0.1;
const SHARED_ACTOR_RELIEF = 0.1;
// An undated mention (the publication day standing in) a few days from another is met as a
// report of the same day is: outlets report an event a day or two apart, and their dates say
// nothing of when it happened. (As a penalty instead, it cost a dev merge group and two unseen ones.)
const NEWS_CYCLE_RELIEF = 0.1;
// So are a day and a span of months that holds it: mediators such as Qatar or the United States
// take part in many negotiations, and their talks overlap in time.
const WIDE_SPAN_PENALTY = 0.15;

/**
 * One mention's word numbers, marked in an array indexed by word number so that counting the
 * words a packed sentence shares with them reads no set; one is reused from mention to mention.
 */
class MarkedWords {
  private marks = new Uint32Array(1024);
  private mark = 0;
  private size = 0;
  private owner = -1;
  // Reused for every sentence unpacked.
  private readonly numbers: number[] = [];

  /** Marks the words (packed) of mention `i`, unless they are the ones marked already. */
  load(i: number, packed: string): void {
    if (i === this.owner) return;
    this.owner = i;
    const mark = ++this.mark;
    const count = unpackWords(packed, this.numbers);
    this.size = 0;
    for (let w = 0; w < count; w++) {
      const n = this.numbers[w]!;
      if (n >= this.marks.length) this.grow(n);
      if (this.marks[n] !== mark) {
        this.marks[n] = mark;
        this.size++;
      }
    }
  }

  /** The overlap (wordSet.ts) of packed words with the marked ones. */
  overlap(packed: string): number {
    const { marks, mark, numbers } = this;
    const count = unpackWords(packed, numbers);
    let shared = 0;
    for (let w = 0; w < count; w++) if (numbers[w]! < marks.length && marks[numbers[w]!] === mark) shared++;
    return overlapOf(shared, count, this.size);
  }

  private grow(n: number): void {
    const marks = new Uint32Array(Math.max(n + 1, this.marks.length * 2));
    marks.set(this.marks);
    this.marks = marks;
  }
}

/**
 * Groups of mentions in columns indexed by group, each group's members a chain through `next`
 * from its head: most groups have one member, and an object or arrays for each, made and carried
 * through collections while grouping, took a good part of grouping's time. The lists of members
 * are made once, at the end.
 */
class Groups {
  count = 0;
  /** each group's first member, which the group is compared by */
  readonly head: Int32Array;
  readonly last: Int32Array;
  private readonly size: Int32Array;
  /** indexed by mention: the member after it in its group, or -1 */
  readonly next: Int32Array;

  constructor(mentions: number) {
    this.head = new Int32Array(mentions);
    this.last = new Int32Array(mentions);
    this.size = new Int32Array(mentions);
    this.next = new Int32Array(mentions);
  }

  /** Opens a group of mention `i`, numbered on from the last one opened. */
  open(i: number): void {
    const g = this.count++;
    this.head[g] = this.last[g] = i;
    this.size[g] = 1;
    this.next[i] = -1;
  }

  join(g: number, i: number): void {
    this.next[this.last[g]!] = i;
    this.next[i] = -1;
    this.last[g] = i;
    this.size[g]!++;
  }

  /** The groups as lists of members, in the order they were opened and joined. */
  lists(): number[][] {
    const lists = new Array<number[]>(this.count);
    for (let g = 0; g < this.count; g++) {
      const members = new Array<number>(this.size[g]!);
      for (let i = this.head[g]!, k = 0; i >= 0; i = this.next[i]!) members[k++] = i;
      lists[g] = members;
    }
    return lists;
  }
}

/**
 * Groups mentions of one real event in different articles (same type, overlapping dates, shared
 * actors, similar wording). Returns groups of indexes into `keys`, each ordered
 * earliest-published first, so the first keeps its id and the others become aliases. Mentions
 * are only compared within a type family, with the groups recently opened in the months their
 * dates touch, and with a group's first few members, so the cost grows linearly.
 */
export function groupMentions(keys: MergeKeys, partyOf?: (id: string) => string | undefined): number[][] {
  const m = new MentionColumns(keys, partyOf);
  const { article, type, familyOf, date, dates, actors, actorLists, partyLists, words } = m;
  const sorted = publicationOrder(keys, m);
  // All that a comparison reads of a group is read from its members' columns, its head's above all.
  const groups = new Groups(keys.length);
  // The groups opened in each month of a type family, oldest first.
  const buckets: number[][] = [];
  const bucket = (i: number, month: number) => familyOf[type[i]!]! * dates.monthCount + month;
  // Which mention last looked at a group, so a group met in several months is scored once.
  const seenBy = new Int32Array(keys.length).fill(-1);
  const marked = new MarkedWords();
  // Whether the article of the batch at hand was met in an earlier batch too: its mentions were
  // published on different dates.
  const articleSeen = new Uint8Array(keys.length);
  let revisited = false;

  /** Whether group `gi` has a member from the article of mention `i`. */
  const hasArticleOf = (gi: number, i: number): boolean => {
    // Only the batch's article joins groups while its batch is placed, so a group that has it
    // ends with it, unless the article was met in an earlier batch too.
    if (article[groups.last[gi]!] === article[i]) return true;
    if (!revisited) return false;
    for (let x = groups.head[gi]!; x >= 0; x = groups.next[x]!) if (article[x] === article[i]) return true;
    return false;
  };
  /** How far a mention clears the bar for joining a group, or null when it does not. */
  const margin = (gi: number, i: number): number | null => {
    const head = groups.head[gi]!;
    const hd = date[head]!;
    const md = date[i]!;
    // (Kindred types of one family, such as a proposal one outlet reads as a demand, once merged at
    // a higher bar of shared wording; on the test sets kept unread while tuning, merging only
    // mentions of one type gained three fully right events and lost one merge group.)
    if (type[head] !== type[i]) return null;
    const sameArticle = hasArticleOf(gi, i);
    // A headline, which states no date, and the lead that dates it "today" restate one event too.
    const sameDate =
      dates.sameStated(hd, md) ||
      (sameArticle && (dates.undatedOnStatedDay(hd, md) || dates.undatedOnStatedDay(md, hd)));
    if (sameArticle && !sameDate) return null;
    const ha = actorLists[actors[head]!]!;
    const ma = actorLists[actors[i]!]!;
    // ("Kovac and Ilic met in Ohrid", "Leaders of Ukraine and Poland met in Ohrid": reports that
    // name no actor in common are of one event when two parties one names are the states the
    // other's people act for; one such party says too little.)
    const parties = sharedParties(ha, ma, partyLists[actors[head]!]!, partyLists[actors[i]!]!);
    if ((!actorsCompatible(ha, ma) && parties < 2) || !dates.compatible(hd, md)) return null;
    // Within one article only a restated lead merges, on its wording alone.
    const threshold = sameArticle
      ? SIMILARITY
      : SIMILARITY -
        (sameDate ? SAME_DATE_RELIEF : 0) -
        (dates.sameDay(hd, md) ? SAME_DAY_RELIEF : NEWS_CYCLE_RELIEF * Number(dates.publicationOnly(hd, md))) -
        SHARED_ACTOR_RELIEF * Math.min(2, Math.max(sharedActors(ha, ma), parties)) +
        (dates.looselyOverlapping(hd, md) ? WIDE_SPAN_PENALTY : 0);
    marked.load(i, words[i]!);
    let score = 0;
    for (let x = head, c = 0; x >= 0 && c < COMPARED_MEMBERS; x = groups.next[x]!, c++)
      score = Math.max(score, marked.overlap(words[x]!));
    return score >= threshold ? score - threshold : null;
  };
  /**
   * The group among `candidates`, all of which have the article of mention `i`, that it joins as a
   * restated lead: the first that fits best, or -1.
   */
  const restatedLeadGroup = (i: number, candidates: readonly number[]): number => {
    // Within one article only a mention restating a date its sentence states merges, or an
    // undated one (a headline) on the day another states.
    if (!dates.stated(date[i]!) && !dates.undated(date[i]!)) return -1;
    let best = -1;
    let bestClears = 0;
    for (let c = 0; c < candidates.length; c++) {
      const gi = candidates[c]!;
      const clears = margin(gi, i);
      if (clears !== null && (best < 0 || clears > bestClears)) {
        best = gi;
        bestClears = clears;
      }
    }
    return best;
  };
  const open = (i: number) => {
    const months = dates.months[date[i]!]!;
    for (let k = 0; k < months.length; k++) (buckets[bucket(i, months[k]!)] ??= []).push(groups.count);
    groups.open(i);
  };
  // The mentions placed in a group of another article, and the batch (by its start + 1) that
  // last placed one of its mentions in each group.
  const placed = new Uint8Array(keys.length);
  const takenIn = new Int32Array(keys.length);
  // and the mention it placed there
  const takenBy = new Int32Array(keys.length);
  // The groups the batch's article is in by now: those it joined and those it opened.
  const openedHere: number[] = [];

  /** Places the mentions sorted[b..e), one article's. */
  const placeBatch = (b: number, e: number) => {
    revisited = articleSeen[article[sorted[b]!]!] === 1;
    articleSeen[article[sorted[b]!]!] = 1;
    const pairs: { i: number; gi: number; margin: number }[] = [];
    for (let s = b; s < e; s++) {
      const i = sorted[s]!;
      const months = dates.months[date[i]!]!;
      for (let k = 0; k < months.length; k++) {
        // The groups most recently opened in the month, newest first.
        const list = buckets[bucket(i, months[k]!)];
        if (!list) continue;
        for (let c = list.length - 1; c >= Math.max(0, list.length - RECENT_GROUPS); c--) {
          const gi = list[c]!;
          if (seenBy[gi] === i) continue;
          seenBy[gi] = i;
          const clears = margin(gi, i);
          if (clears !== null) pairs.push({ i, gi, margin: clears });
        }
      }
    }
    pairs.sort((x, y) => y.margin - x.margin || x.i - y.i);
    openedHere.length = 0;
    for (let p = 0; p < pairs.length; p++) {
      const { i, gi } = pairs[p]!;
      if (placed[i] || takenIn[gi] === b + 1) continue;
      groups.join(gi, i);
      placed[i] = 1;
      takenIn[gi] = b + 1;
      takenBy[gi] = i;
      openedHere.push(gi);
    }
    // A mention left over follows its article into a group it clears when it reports the same
    // type on the same day as the article's mention there: outlets retell their main event in
    // other words ("the delegations met in Geneva on Monday", "Switzerland hosted the two
    // sides"). Two sentences that both state no date share no day.
    for (let p = 0; p < pairs.length; p++) {
      const { i, gi } = pairs[p]!;
      const t = takenBy[gi]!;
      if (placed[i] || takenIn[gi] !== b + 1 || type[t] !== type[i] || !dates.sameDay(date[t]!, date[i]!)) continue;
      if (dates.undated(date[t]!) && dates.undated(date[i]!)) continue;
      groups.join(gi, i);
      placed[i] = 1;
    }
    for (let s = b; s < e; s++) {
      const i = sorted[s]!;
      if (placed[i]) continue;
      const best = restatedLeadGroup(i, openedHere);
      if (best >= 0) groups.join(best, i);
      else {
        openedHere.push(groups.count);
        open(i);
      }
    }
  };

  // One article at a time: each of its mentions may join at most one group of other articles,
  // and each such group takes at most one of its mentions, the pairs that agree best first, so
  // a stray sentence of the article cannot take the place of the one that reports the event.
  for (let b = 0; b < sorted.length;) {
    let e = b;
    while (e < sorted.length && article[sorted[e]!] === article[sorted[b]!]) e++;
    placeBatch(b, e);
    b = e;
  }
  const place = new Int32Array(keys.length);
  sorted.forEach((i, k) => (place[i] = k));
  return joinKindredGroups(groups.lists(), m, place);
}
