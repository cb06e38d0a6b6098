import type { GazetteerActor } from "../actors/gazetteer";

/**
 * Whether a person holds no office on `date` and so speaks as a commentator: a retired general,
 * a former minister, an expert or political scientist. What they say of others is their reading
 * (an analyst's), not a government's word on record.
 *
 * Read from the actor's dated `titles` and the parts of its `role` (split on ";"): a part that
 * says "former", "retired" or "ex-", or whose years ended before the date's year (or in that
 * year, when no dated title is held on the date), is a past post; a part that is a commentator's
 * trade ("analyst", "political scientist") is no post. A bare military rank ("General of the Army")
 * is neither: it leaves the other parts to decide, and alone it is the rank of a serving officer
 * ("Sudan's army chief, General Abdel Fattah al-Burhan"). Any other part, or a title held on the
 * date, is an office.
 */
export function isCommentator(actor: Pick<GazetteerActor, "kind" | "role" | "titles">, date: string | null): boolean {
  if (actor.kind !== "person" || !date) return false;
  const year = Number(date.slice(0, 4));
  const titles = actor.titles ?? [];
  const holds = titles.some((t) => !t.place && (!t.from || t.from <= date) && (!t.to || date < t.to));
  if (holds) return false;
  const parts = actor.role
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean);
  let notOffice = 0;
  for (const part of parts) {
    if (PAST.test(part) || TRADE.test(part)) {
      notOffice++;
      continue;
    }
    if (RANK.test(part)) continue;
    const range = part.match(/\b(?:1[89]|20)\d\d\s*[–-]\s*((?:1[89]|20)\d\d)\b/);
    if (range && (Number(range[1]) < year || (Number(range[1]) === year && titles.length > 0))) {
      notOffice++;
      continue;
    }
    return false;
  }
  return notOffice > 0;
}

const PAST = /^(?:former|retired|ex-)|\b(?:former|retired)\b/i;
const TRADE =
  /\b(?:analyst|expert|commentator|observer|political scientist|scholar|professor|researcher|historian|economist|journalist|columnist)s?\b/i;
/** A rank with nothing that makes it a command: "General of the Army of Ukraine", "Retired Colonel". */
const RANK =
  /^(?:(?:retired|reserve)\s+)?(?:general|lieutenant general|major general|brigadier general|colonel|lieutenant colonel|admiral|vice admiral|rear admiral|marshal)(?:\s+of\s+the\s+(?:army|air force|navy))?(?:\s+of\s+[\p{Lu}][\p{L}' ]*)?$/iu;
