import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CopyLinkButton } from "@/components/events/CopyLinkButton";
import { EventDetailBody } from "@/components/events/EventDetailBody";
import { SignalStyleSheet } from "@/components/timeline/Glyph";
import { readEventsForPage } from "@/lib/corpus/readEvents";
import { describeDate, formatNormalisedDate } from "@/lib/view/dates";
import { relatedEvents } from "@/lib/view/related";
import { canonicalMetadata, siteUrl } from "@/lib/view/site";
import { SIGNAL_STYLES } from "@/lib/view/signalTypes";
import type { EventDocument, SignalEvent } from "@/lib/model/schema";
import { decodeViewData, encodeViewData, toEventDetail, type ViewData, type ViewEvent } from "@/lib/view/viewData";

// Every event and alias is generated at build time; anything else is a 404, not a server render.
export const dynamicParams = false;

export function generateStaticParams() {
  return readEventsForPage().doc.events.flatMap((e) => [e.id, ...e.aliases].map((id) => ({ id })));
}

// A static build renders a page (and its metadata) per event and alias from the same document:
// it is decoded and indexed once, not searched per page.
interface PageIndex {
  data: ViewData;
  events: Map<string, { event: SignalEvent; view: ViewEvent }>;
  /** alias → canonical id */
  canonical: Map<string, string>;
  actors: Map<string, EventDocument["actors"][number]>;
  articles: Map<string, EventDocument["articles"][number]>;
}
const indexes = new WeakMap<EventDocument, PageIndex>();
function indexOf(doc: EventDocument): PageIndex {
  let index = indexes.get(doc);
  if (!index) {
    const data = decodeViewData(encodeViewData(doc));
    const views = new Map(data.events.map((e) => [e.id, e]));
    index = {
      data,
      events: new Map(doc.events.map((e) => [e.id, { event: e, view: views.get(e.id)! }])),
      canonical: new Map(doc.events.flatMap((e) => e.aliases.map((alias) => [alias, e.id] as const))),
      actors: new Map(doc.actors.map((a) => [a.id, a])),
      articles: new Map(doc.articles.map((a) => [a.id, a])),
    };
    indexes.set(doc, index);
  }
  return index;
}

function lookUp(id: string) {
  const index = indexOf(readEventsForPage().doc);
  const found = index.events.get(id);
  return { index, event: found?.event, view: found?.view, canonical: found ? null : index.canonical.get(id) };
}

// Absolute links (canonical, og:url) only when the site's address is configured: see README.
const SITE = siteUrl();

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const { index, event, view } = lookUp(id);
  if (!event || !view) return {};
  const date = formatNormalisedDate(event.date, view.reported);
  const description = `${SIGNAL_STYLES[event.type].label}, ${date}: ${event.actors
    .map((a) => index.actors.get(a.id)?.name ?? a.id)
    .join(", ")}. ${event.sources.length} source${event.sources.length === 1 ? "" : "s"}.`;
  const title = event.summary;
  const { ogUrl, ...canonical } = canonicalMetadata(`/events/${event.id}`, SITE);
  return {
    ...canonical,
    title,
    description,
    openGraph: {
      type: "article",
      title,
      description,
      ...(ogUrl ? { url: ogUrl } : {}),
      siteName: "Signals",
      ...(event.date.start ? { publishedTime: event.date.start } : {}),
    },
    twitter: { card: "summary", title, description },
    // The phrase as written, only when the article wrote one (describeDate never quotes a system note).
    other: {
      "signals:date": event.date.start ?? "unknown",
      "signals:date-text": describeDate(event.date).asWritten ?? "",
    },
  };
}

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { index, event, view, canonical } = lookUp(id);
  if (canonical) permanentRedirect(`/events/${canonical}`);
  if (!event || !view) notFound();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6 print:max-w-none">
      <SignalStyleSheet />
      <nav className="no-print mb-4 flex flex-wrap items-center justify-between gap-3 text-sm">
        <Link href={`/?event=${encodeURIComponent(event.id)}`} className="text-[var(--accent)] underline">
          ← Show on the timeline
        </Link>
        <CopyLinkButton path={`/events/${event.id}`} />
      </nav>
      <EventDetailBody
        event={view}
        detail={toEventDetail(event)}
        actors={index.actors}
        articles={index.articles}
        related={relatedEvents(view, index.data.events)}
        headingId="event-title"
        HeadingTag="h1"
      />
    </main>
  );
}
