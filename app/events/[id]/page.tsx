import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CopyLinkButton } from "@/components/events/CopyLinkButton";
import { EventDetailBody } from "@/components/events/EventDetailBody";
import { SignalStyleSheet } from "@/components/timeline/Glyph";
import { readEventsForPage } from "@/lib/corpus/readEvents";
import { formatNormalisedDate } from "@/lib/view/dates";
import { relatedEvents } from "@/lib/view/related";
import { SIGNAL_STYLES } from "@/lib/view/signalTypes";
import type { EventDocument } from "@/lib/model/schema";
import { decodeViewData, encodeViewData, toEventDetail, type ViewData } from "@/lib/view/viewData";

// Every event and alias is generated at build time; anything else is a 404, not a server render.
export const dynamicParams = false;

export function generateStaticParams() {
  return readEventsForPage().doc.events.flatMap((e) => [e.id, ...e.aliases].map((id) => ({ id })));
}

function lookUp(id: string) {
  const { doc } = readEventsForPage();
  const event = doc.events.find((e) => e.id === id);
  const canonical = event ? null : doc.events.find((e) => e.aliases.includes(id));
  return { doc, event, canonical };
}

// A static build renders one page per event from the same document: decode it once.
const views = new WeakMap<EventDocument, ViewData>();
function viewOf(doc: EventDocument): ViewData {
  let view = views.get(doc);
  if (!view) views.set(doc, (view = decodeViewData(encodeViewData(doc))));
  return view;
}

const SITE_URL = process.env.SIGNALS_SITE_URL ?? "http://localhost:3000";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const { doc, event } = lookUp(id);
  if (!event) return {};
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const date = formatNormalisedDate(event.date);
  const description = `${SIGNAL_STYLES[event.type].label}, ${date}: ${event.actors
    .map((a) => names.get(a.id) ?? a.id)
    .join(", ")}. ${event.sources.length} source${event.sources.length === 1 ? "" : "s"}.`;
  const title = event.summary;
  return {
    metadataBase: new URL(SITE_URL),
    title,
    description,
    alternates: { canonical: `/events/${event.id}` },
    openGraph: {
      type: "article",
      title,
      description,
      url: `/events/${event.id}`,
      siteName: "Signals",
      ...(event.date.start ? { publishedTime: event.date.start } : {}),
    },
    twitter: { card: "summary", title, description },
    other: { "signals:date": event.date.start ?? "unknown", "signals:date-text": event.date.text },
  };
}

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { doc, event, canonical } = lookUp(id);
  if (canonical) permanentRedirect(`/events/${canonical.id}`);
  if (!event) notFound();
  const data = viewOf(doc);
  const view = data.events.find((e) => e.id === event.id)!;
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
        actors={new Map(doc.actors.map((a) => [a.id, a]))}
        articles={new Map(doc.articles.map((a) => [a.id, a]))}
        related={relatedEvents(view, data.events)}
        headingId="event-title"
        HeadingTag="h1"
      />
    </main>
  );
}
