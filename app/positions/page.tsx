import type { Metadata } from "next";
import { Suspense } from "react";
import { PositionsView } from "@/components/positions/PositionsView";
import { readEventsForPage } from "@/lib/corpus/readEvents";
import { positionsIndex } from "@/lib/positions/pageData";
import { encodePositions } from "@/lib/positions/wire";

export const metadata: Metadata = {
  title: "Positions",
  description: "What each actor claims on each topic of the negotiations, and when their stance changed.",
};

function Loading({ actors }: { actors: number }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <div className="h-14 animate-pulse rounded-lg border border-[var(--border)] bg-[var(--panel)]" />
      <p className="text-sm text-[var(--muted)]">Loading the positions of {actors} actors…</p>
      <div className="h-96 animate-pulse rounded-lg border border-[var(--border)] bg-[var(--panel)]" />
    </div>
  );
}

export default function PositionsPage() {
  const { doc, missing } = readEventsForPage();
  const index = positionsIndex(doc);
  return (
    <main id="main" className="mx-auto max-w-[96rem] px-4 py-6">
      <h1 className="text-2xl font-bold">Claimed positions</h1>
      <p className="mb-4 max-w-3xl text-[var(--muted)]">
        What each actor is reported to claim or demand, topic by topic: the latest stance, when it was reported, how
        many articles back it, and whether it changed. Open a cell for its history and evidence.
      </p>
      {missing ? (
        <p role="alert" className="mb-6 rounded-lg border-2 border-amber-600 p-4 font-mono text-sm">
          No event list yet: {missing}
        </p>
      ) : null}
      {/* The view reads the URL, which a static page only knows in the browser. */}
      <Suspense fallback={<Loading actors={index.rows.length} />}>
        <PositionsView wire={encodePositions(index.history, index.rows, index.columns)} />
      </Suspense>
    </main>
  );
}
