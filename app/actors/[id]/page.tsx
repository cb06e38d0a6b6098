import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorLink } from "@/components/actors/ActorLink";
import { ActorPositions } from "@/components/actors/ActorPositions";
import { ActorTimeline } from "@/components/actors/ActorTimeline";
import { readEventsForPage } from "@/lib/corpus/readEvents";
import { actorProfile, positionsIndex } from "@/lib/positions/pageData";
import { firstReported, formatIso } from "@/lib/view/dates";
import { OriginalLink } from "@/components/OriginalLink";

// One page per actor in the event document, generated at build time; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return readEventsForPage().doc.actors.map((a) => ({ id: a.id }));
}

const KIND: Record<string, string> = { person: "Person", state: "State", organization: "Organisation", group: "Group" };
const QUOTES_SHOWN = 3;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const actor = readEventsForPage().doc.actors.find((a) => a.id === id);
  return actor ? { title: actor.name, description: `${actor.name}: events, claimed positions and sources.` } : {};
}

export default async function ActorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { doc } = readEventsForPage();
  const profile = actorProfile(doc, id);
  if (!profile) notFound();
  const { actor, events, counterparts, quotedIn, positions } = profile;
  const { articles } = positionsIndex(doc);
  const details: [string, string][] = [
    ["Role", actor.role ?? "—"],
    ["Kind", KIND[actor.kind] ?? actor.kind],
    ["Country", actor.country ?? "—"],
    ["Names seen in the corpus", actor.aliases.length ? actor.aliases.join(", ") : "—"],
  ];
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-8 px-4 py-6">
      <nav aria-label="Breadcrumb" className="text-sm text-[var(--muted)]">
        <Link href="/positions" className="underline">
          Positions
        </Link>{" "}
        / Actors / {actor.name}
      </nav>
      <header>
        <h1 className="text-3xl font-bold">{actor.name}</h1>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {details.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-[var(--muted)]">{term}</dt>
              <dd data-detail={term}>{value}</dd>
            </div>
          ))}
        </dl>
      </header>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="mb-3 text-xl font-bold">
          Events <span className="text-base font-normal text-[var(--muted)]">({events.length})</span>
        </h2>
        <ActorTimeline
          actorId={actor.id}
          events={events}
          reported={(e) => firstReported(e.sources, (s) => articles.get(s.article)?.published)}
        />
      </section>

      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading" className="mb-3 text-xl font-bold">
          Positions by topic
        </h2>
        <ActorPositions actorId={actor.id} positions={positions} />
      </section>

      <div className="grid gap-8 lg:grid-cols-[1fr_2fr]">
        <section aria-labelledby="counterparts-heading">
          <h2 id="counterparts-heading" className="mb-3 text-xl font-bold">
            Interacts with most
          </h2>
          {counterparts.length ? (
            <ol className="divide-y divide-[var(--border)] rounded-lg border border-[var(--border)] bg-[var(--panel)] text-sm">
              {counterparts.map(({ actor: other, events: shared }) => (
                <li key={other.id} className="flex justify-between gap-3 p-2" data-counterpart={other.id}>
                  <ActorLink id={other.id} name={other.name} />
                  <span className="text-[var(--muted)]">
                    {shared} shared event{shared === 1 ? "" : "s"}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-[var(--muted)]">No shared events.</p>
          )}
        </section>

        <section aria-labelledby="quoted-heading">
          <h2 id="quoted-heading" className="mb-3 text-xl font-bold">
            Sources that quote {actor.name}
          </h2>
          {quotedIn.length ? (
            <ul className="space-y-3">
              {quotedIn.map(({ article, sentences }) => (
                <li
                  key={article.id}
                  data-quoting-article={article.id}
                  className="rounded-lg border border-[var(--border)] bg-[var(--panel)] p-3 text-sm"
                >
                  <p className="font-semibold">{article.title}</p>
                  <p className="text-xs text-[var(--muted)]">
                    {article.publisher}
                    {article.published ? `, ${formatIso(article.published, true)}` : ""}
                    <OriginalLink url={article.url} />
                  </p>
                  <ul className="mt-2 space-y-1">
                    {sentences.slice(0, QUOTES_SHOWN).map((s, i) => (
                      <li key={i}>
                        <blockquote className="border-l-2 border-[var(--border)] pl-2">“{s}”</blockquote>
                      </li>
                    ))}
                  </ul>
                  {sentences.length > QUOTES_SHOWN ? (
                    <p className="mt-1 text-xs text-[var(--muted)]">and {sentences.length - QUOTES_SHOWN} more</p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-[var(--muted)]">No article quotes {actor.name} on record.</p>
          )}
        </section>
      </div>
    </main>
  );
}
