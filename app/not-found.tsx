import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-3 text-[var(--muted)]">
        There is no page here. If you followed a link to an event, the event may have been merged into another one or
        removed when the corpus was re-read.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-[var(--accent)] underline">
          Back to the timeline
        </Link>
      </p>
    </main>
  );
}
