import { isoDayNumber } from "../dates/spans";
import type { DateMention } from "../model/mentions";
import type { EventDate } from "../model/schema";

/** How far before publication a stated day still sets the time of the story ("on Friday", "on 18 February"). */
const NEWS_CYCLE_DAYS = 10;
/** A day, or a few days ("August 8-9"); a week or a month is background, not the story's time. */
const MAX_SPAN_DAYS = 3;
/** How far back a story told of its publication day may still go and take that day as its time. */
const LOOK_BACK_DAYS = 2;

/** The night that ended as the story's day began: what the story goes on to tell is of that day. */
const OVERNIGHT = /\bovernight\b/i;

/**
 * Whether a stated date sets the time that the following undated sentences continue: a day or a
 * few days in the article's news cycle, already past. Background ("in 2014", "last summer") and
 * plans ("on Sunday he will leave") do not.
 */
export function carriesReference(m: DateMention, published: string | null): boolean {
  if (m.future || m.open || m.start === null || m.end === null || published === null) return false;
  if (m.basis !== "explicit" && m.basis !== "relative") return false;
  const start = isoDayNumber(m.start);
  const end = isoDayNumber(m.end);
  const pub = isoDayNumber(published);
  return end - start < MAX_SPAN_DAYS && end <= pub && pub - start <= NEWS_CYCLE_DAYS;
}

/** Whether a stated date is the publication day itself, as a day told, not planned. */
export function tellsPublicationDay(m: DateMention, published: string | null): boolean {
  return (
    !!published &&
    m.start === published &&
    m.end === published &&
    !m.future &&
    (m.basis === "explicit" || m.basis === "relative")
  );
}

/**
 * The time an undated statement takes: the time the story has stated, so "Peskov said …" after
 * "The delegation met Putin on June 17" is June 17, not the publication day; with none stated
 * yet, the publication date, as the event model says.
 */
export class ReferenceTime {
  private current: EventDate | null = null;
  /** the day the story told of last, which may be before its time */
  private last: EventDate | null = null;

  /** whether a statement of the story was said on its publication day */
  private toldToday = false;

  /** the last day of another year an event was told on, while the story goes on in that year */
  private otherYear: EventDate | null = null;

  constructor(private readonly published: string | null) {}

  /**
   * The story has told of a statement made on its publication day ("a readout issued on March
   * 18" in a story of March 18). Its undated statements stay of that day, as the event model
   * says, but only a day or two back may become the story's time from then on.
   */
  reachToday(): void {
    this.toldToday = true;
  }

  /**
   * The story's time is the latest day it has reached: a look back ("he visited Kherson on
   * Monday") in a story about Tuesday does not move it back.
   */
  set(date: EventDate): void {
    this.last = date;
    if (this.current && (date.end ?? "") <= (this.current.end ?? "")) return;
    // A story whose statements were made on its publication day and that goes back more than a
    // day or two tells background ("On the night of the 10th, drones struck …"), not its time.
    if (!this.current && this.toldToday && isoDayNumber(this.published) - isoDayNumber(date.end) > LOOK_BACK_DAYS)
      return;
    // "talks in Riyadh on 23-25 March" told on the 25th, or talks "overnight" before it: the story
    // has reached its own day, and what it goes on to tell is of that day, not of the whole span.
    const p = this.published;
    const reachesToday =
      !!p &&
      date.start! < p &&
      (date.end! >= p || (OVERNIGHT.test(date.text ?? "") && isoDayNumber(p) - isoDayNumber(date.end) === 1));
    this.current = reachesToday ? { ...date, start: p, end: p } : date;
  }

  /**
   * A day a sentence without any event states ("Snow fell in Oslo on Sunday"): the
   * story's time only when it has none yet, since such a sentence is as often background.
   */
  setting(date: EventDate): void {
    if (!this.current && !this.last) this.set(date);
  }

  /**
   * A sentence without any event that states the publication day ("The first sign of progress
   * came this morning"): a story told of an earlier day has reached today; one with no day yet
   * has only told something of today (`reachToday`).
   */
  settingToday(date: EventDate): void {
    if (this.toldDay()) this.set(date);
    this.reachToday();
  }

  /**
   * A heading that is only a day ("Friday, November 24", in a story told day by day or a live
   * page) opens that day's part of the story, whichever way the story runs.
   */
  opensDay(date: EventDate): void {
    this.current = date;
    this.last = date;
  }

  /**
   * The one day before publication that the story has reached, if it has: the day its undated
   * statements, and the words they quote, are of.
   */
  toldDay(): string | null {
    const c = this.current;
    return c && c.start === c.end && c.start !== null && c.start < (this.published ?? "") ? c.start : null;
  }

  /**
   * The story goes on in another year than its own (narrativeYear.ts) and has told an event on
   * `date`, a day of that year; null once it is back in its own time. What it tells next in the
   * simple past, undated, is of that day, however far back ("The accord was signed on 14 March
   * 1991. … The rebel delegation rejected it"), though no day that far back is the story's time.
   */
  tellsOtherYear(date: EventDate | null): void {
    this.otherYear = date;
  }

  /**
   * `past`: the statement is told in the simple past, which in a story of another year goes on
   * from the last day told there (tellsOtherYear).
   * `anterior`: the statement is told in the past perfect ("the envoy had called for a truce"),
   * before the story's time, or as next in the turn of events just told ("then phoned"), so it
   * belongs to the day just told of when that is earlier ("The talks opened on Saturday. …"),
   * not to the story's latest day.
   */
  dateFor(anterior = false, past = false): EventDate {
    if (past && this.otherYear) return { ...this.otherYear, carried: true };
    if (anterior && this.last && this.current && (this.last.end ?? "") < (this.current.start ?? ""))
      return { ...this.last, carried: true };
    if (this.current) return { ...this.current, carried: true };
    const p = this.published;
    return p
      ? { start: p, end: p, precision: "day", text: "", basis: "publication" }
      : { start: null, end: null, precision: "day", text: "", basis: "unresolved" };
  }
}
