import type { EventDate, SignalEvent } from "../model/schema";
import { takesPart } from "../model/vocabulary";

type Actors = SignalEvent["actors"];

/** Talks a sentence dated: whom they reached (targets) and who held them (subjects). */
interface DatedTalks {
  sentence: number;
  date: EventDate;
  partners: ReadonlySet<string>;
  callers: ReadonlySet<string>;
}

/**
 * The talks the sentence before dated, with who took part: "The envoy spoke on Tuesday to the
 * emir. The emir agreed to free the prisoners" tells what the partner said in that call, even
 * when the story's time has reached a later day. What the one who called or visited did next
 * ("The minister visited the port on Monday. Speaking to parliament, she called for …") may be
 * anywhere.
 */
export class PartnerReply {
  private previous: DatedTalks | null = null;
  private current: DatedTalks | null = null;

  /** Moves on to sentence `sentence` (sentences are read in order). */
  at(sentence: number): void {
    if (this.current?.sentence === sentence) return;
    this.previous = this.current;
    this.current = null;
  }

  /** Records talks sentence `sentence` dated. */
  talks(sentence: number, date: EventDate, actors: Actors): void {
    const ids = (role: string) => new Set(actors.filter((a) => a.role === role).map((a) => a.id));
    this.current = { sentence, date, partners: ids("target"), callers: ids("subject") };
  }

  /**
   * The date of the talks the sentence before `sentence` dated, when an undated event's actors
   * are their partner acting (with its callers, if named), or null.
   */
  dateFor(sentence: number, actors: Actors): EventDate | null {
    const talked = this.previous?.sentence === sentence - 1 ? this.previous : null;
    if (!talked) return null;
    const acting = actors.filter((a) => a.role === "source" || a.role === "subject");
    const replies =
      acting.length > 0 &&
      acting.every((a) => talked.partners.has(a.id)) &&
      actors.every((a) => !takesPart(a.role) || talked.partners.has(a.id) || talked.callers.has(a.id));
    return replies ? { ...talked.date, carried: true } : null;
  }
}
