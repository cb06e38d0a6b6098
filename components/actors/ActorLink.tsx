import Link from "next/link";

export const actorHref = (id: string) => `/actors/${encodeURIComponent(id)}`;

/**
 * An actor's name as a link to their page. Every actor in the event document has a page, so any
 * component showing an actor by id and name can use this instead of plain text.
 */
export function ActorLink({ id, name, className }: { id: string; name: string; className?: string }) {
  return (
    // Lists name dozens of actors at once; prefetching every page they link to costs more than it saves.
    <Link
      href={actorHref(id)}
      prefetch={false}
      // Underlined: in a row of text a link must not be told apart by colour alone.
      className={className ?? "text-[var(--accent)] underline underline-offset-2"}
    >
      {name}
    </Link>
  );
}
