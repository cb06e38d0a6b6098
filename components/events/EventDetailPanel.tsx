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
  /**
   * On a phone the panel covers the page, so it is a modal dialog: focus stays in it and the page
   * behind is inert. On a wide screen it is a column beside the timeline, covering nothing.
   */
  modal: boolean;
  onOpen(id: string): void;
  onClose(): void;
}

const HEADING_ID = "event-detail-title";

/**
 * The open event. Opening moves focus to its heading; Escape or Close returns focus to what
 * opened it. While it is open the document title names the event.
 */
export function EventDetailPanel(props: EventDetailPanelProps) {
  const { event, detail, actors, articles, related, onRecordOnly, modal, onOpen, onClose } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLTitleElement>(null);
  const returnTo = useRef<Element | null>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    if (!returnTo.current) returnTo.current = document.activeElement;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    document.getElementById(HEADING_ID)?.focus({ preventScroll: !modal });
  }, [event.id, modal]);

  // The document title is the first <title> in the head. React puts this panel's title first when
  // it mounts, but the page's own title is rendered again as the URL changes and lands before it:
  // while the event is open its title is kept first.
  useEffect(() => {
    const head = document.head;
    const keepFirst = () => {
      const mine = titleRef.current;
      const first = head.querySelector("title");
      if (mine?.parentNode === head && first !== mine) head.insertBefore(mine, first);
    };
    keepFirst();
    const observer = new MutationObserver(keepFirst);
    observer.observe(head, { childList: true });
    return () => observer.disconnect();
  }, []);

  // A layout effect, so focus is back on the opener in the same frame as the panel closes.
  useLayoutEffect(() => {
    const restore = returnTo;
    // The modal dialog hears Escape itself (its cancel event, below).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) onCloseRef.current();
    };
    if (!modal) window.addEventListener("keydown", onKey);
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
  }, [modal]);

  const content = (
    <>
      {/* Hoisted into the head by React while the event is open: the document title names the event.
          (Setting document.title was undone by the page's next render.) */}
      <title ref={titleRef}>{`${event.summary} · Signals`}</title>
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
        headingId={HEADING_ID}
        onRecordOnly={onRecordOnly}
      />
    </>
  );

  return modal ? (
    <dialog
      ref={dialogRef}
      aria-labelledby={HEADING_ID}
      data-testid="event-detail"
      onCancel={(e) => {
        // Closing is the URL's business: the dialog goes when the event leaves it.
        e.preventDefault();
        onClose();
      }}
      className="m-0 h-full max-h-none w-full max-w-none overflow-y-auto bg-[var(--panel)] p-4 text-[var(--fg)] backdrop:bg-black/40"
    >
      {content}
    </dialog>
  ) : (
    <aside
      aria-labelledby={HEADING_ID}
      data-testid="event-detail"
      className="sticky top-0 max-h-screen self-start overflow-y-auto border-l border-[var(--border)] bg-[var(--panel)] p-4"
    >
      {content}
    </aside>
  );
}
