import { readEventsForPage } from "@/lib/corpus/readEvents";
import { splitCellKey } from "@/lib/positions/history";
import { cellHistory, positionsIndex } from "@/lib/positions/pageData";

// One JSON file per actor × topic with its evidence, written at build time, so the matrix page
// carries no sentences and a cell's history costs one small static request.
export const dynamicParams = false;

export function generateStaticParams() {
  const { history } = positionsIndex(readEventsForPage().doc);
  return Object.keys(history.cells).map((key) => splitCellKey(key)!);
}

export async function GET(_request: Request, { params }: { params: Promise<{ actor: string; topic: string }> }) {
  const { actor, topic } = await params;
  const detail = cellHistory(readEventsForPage().doc, decodeURIComponent(actor), decodeURIComponent(topic));
  if (!detail) return Response.json({ error: "no such position history" }, { status: 404 });
  return Response.json(detail);
}
