import { readEventsForPage } from "@/lib/corpus/readEvents";
import { detailBucketContents, detailBucketCount } from "@/lib/view/viewData";

// The evidence of a large corpus, in buckets the dashboard fetches when an event is opened,
// searched or exported. Written at build time: serving them costs nothing per request.
export const dynamicParams = false;

export function generateStaticParams() {
  const buckets = detailBucketCount(readEventsForPage().doc.events.length);
  return Array.from({ length: buckets }, (_, b) => ({ bucket: String(b) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ bucket: string }> }) {
  const { bucket } = await params;
  return Response.json(detailBucketContents(readEventsForPage().doc, Number(bucket)));
}
