"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import type { Actor, ArticleMeta } from "@/lib/model/schema";
import type { EventDetail, ViewEvent } from "@/lib/view/viewData";
import { CopyLinkButton } from "./CopyLinkButton";
import { EventDetailBody } from "./EventDetailBody";

interface EventDetailPanelProps {
  event: ViewEvent;
  detail: EventDetail | null;
  actors: ReadonlyMap<string, Actor>;
  articles: ReadonlyMap<string, ArticleMeta>;
  related: ViewEvent[];
  onRecordOnly: boolean;
  onOpen(id: string): void;
  onClose(): void;
}

/**
 * The open event beside the timeline (over it on a phone). Opening moves focus to its heading;
 * Escape or Close returns focus to what opened it.
 */
export function EventDetailPanel({
  event,
  detail,
  actors,
  articles,
  related,
  onRecordOnly,
  onOpen,
  onClose,
}: EventDetailPanelProps) {
  const returnTo = useRef<Element | null>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  const headingId = "event-detail-title";

  useEffect(() => {
    if (!returnTo.current) returnTo.current = document.activeElement;
    document.getElementById(headingId)?.focus({ preventScroll: false });
  }, [event.id]);

  // A layout effect, so focus is back on the opener in the same frame as the panel closes.
  useLayoutEffect(() => {
    const restore = returnTo;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) onCloseRef.current();
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      // The opener may have been re-rendered (the timeline re-clusters when the panel narrows it):
      // fall back to any mark of the same event.
      const el = restore.current as HTMLElement | null;
      const id = el?.getAttribute("data-event-id");
      const target = el?.isConnected
        ? el
        : id
          ? document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`)
          : null;
      target?.focus({ preventScroll: true });
    };
  }, []);

  return (
    <aside
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      data-testid="event-detail"
      className="fixed inset-0 z-40 overflow-y-auto bg-[var(--panel)] p-4 shadow-2xl md:inset-y-0 md:left-auto md:right-0 md:w-[min(30rem,45vw)] md:border-l md:border-[var(--border)]"
    >
      <div className="no-print mb-3 flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={onClose}
          className="rounded-md border border-[var(--border)] px-3 py-1.5 text-sm hover:bg-[var(--bg)]"
        >
          Close <span className="sr-only">event details</span>
          <span aria-hidden="true"> ✕</span>
        </button>
        <CopyLinkButton path={`/events/${event.id}`} />
        <a href={`/events/${event.id}`} className="text-sm text-[var(--accent)] underline">
          Permalink page
        </a>
      </div>
      <EventDetailBody
        event={event}
        detail={detail}
        actors={actors}
        articles={articles}
        related={related}
        onOpenRelated={onOpen}
        headingId={headingId}
        onRecordOnly={onRecordOnly}
      />
    </aside>
  );
}
