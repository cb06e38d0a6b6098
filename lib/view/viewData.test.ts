import { describe, expect, it } from "vitest";
import { generateEventDocument } from "../bench/generateEventDocument";
import {
  EMBED_DETAILS_LIMIT,
  decodeViewData,
  detailBucket,
  detailBucketContents,
  detailBucketCount,
  encodeViewData,
  toSignalEvent,
} from "./viewData";

describe("encodeViewData / decodeViewData", () => {
  it("round-trips every event of a small document, details embedded", () => {
    const doc = generateEventDocument({ events: 300, actors: 20, seed: 9 });
    const data = decodeViewData(encodeViewData(doc));
    expect(data.detailBuckets).toBe(0);
    expect(data.events.map((e) => toSignalEvent(e, data.details![e.id]!))).toEqual(doc.events);
  });

  it("moves the details of a large document into buckets that together hold every event", () => {
    const doc = generateEventDocument({ events: EMBED_DETAILS_LIMIT + 1, actors: 30, seed: 2 });
    const wire = encodeViewData(doc);
    expect(wire.details).toBeNull();
    const buckets = detailBucketCount(doc.events.length);
    expect(wire.detailBuckets).toBe(buckets);
    const all = Object.assign({}, ...Array.from({ length: buckets }, (_, b) => detailBucketContents(doc, b)));
    expect(Object.keys(all)).toHaveLength(doc.events.length);
    const e = doc.events[17]!;
    expect(detailBucketContents(doc, detailBucket(e.id, buckets))[e.id]!.sources).toEqual(e.sources);
    // The wire form without details is much smaller than the document.
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(doc).length / 2);
  });
});
