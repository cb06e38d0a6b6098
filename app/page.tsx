import { Suspense } from "react";
import { ContentProblems } from "@/components/ContentProblems";
import { SourcesSection } from "@/components/SourcesSection";
import { SiteFooter } from "@/components/SiteFooter";
import { Dashboard } from "@/components/events/Dashboard";
import { readCorpus } from "@/lib/corpus/readCorpus";
import { readEventsForPage } from "@/lib/corpus/readEvents";
import { searchExamples } from "@/lib/view/search";
import { articleEvents, dataAsOf, indexArticles } from "@/lib/view/sources";
import { encodeViewData } from "@/lib/view/viewData";

function DashboardLoading({ total }: { total: number }) {
  return (
    <div role="status" className="space-y-3" aria-live="polite">
      <div className="h-14 animate-pulse rounded-md border border-[var(--border)] bg-[var(--panel)]" />
      <p className="text-sm text-[var(--muted)]">Loading the timeline of {total} events…</p>
      <div className="h-96 animate-pulse rounded-md border border-[var(--border)] bg-[var(--panel)]" />
    </div>
  );
}

export default function Home() {
  const { problems } = readCorpus();
  const { doc, missing } = readEventsForPage();
  return (
    <>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {missing ? (
          <p role="alert" className="mb-6 rounded-lg border-2 border-amber-600 p-4 font-mono text-sm">
            No event list yet: {missing}
          </p>
        ) : null}
        <ContentProblems problems={problems.map((p) => ({ message: p.message }))} />
        {/* The view reads the URL, which a static page only knows in the browser. Until it runs
            (or without JavaScript) the sources are listed unfiltered. */}
        <Suspense
          fallback={
            <>
              <DashboardLoading total={doc.events.length} />
              <SourcesSection
                rows={articleEvents(indexArticles(doc.articles, doc.events), doc.events, false)}
                filtered={false}
              />
            </>
          }
        >
          <Dashboard wire={encodeViewData(doc)} searchExamples={searchExamples(doc.events, doc.actors)} />
        </Suspense>
      </main>
      <SiteFooter articleCount={doc.articles.length} eventCount={doc.events.length} dataAsOf={dataAsOf(doc.articles)} />
    </>
  );
}
