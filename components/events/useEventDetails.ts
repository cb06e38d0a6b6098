"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { detailBucket, type EventDetail, type ViewData } from "@/lib/view/viewData";

/**
 * The evidence of the events: embedded for a small corpus; for a large one fetched in buckets when
 * an event is opened, a search starts or an export needs it, each bucket once.
 */
export function useEventDetails(data: ViewData, { search, open }: { search: boolean; open: string | null }) {
  const [details, setDetails] = useState<Record<string, EventDetail>>(() => data.details ?? {});
  const detailsRef = useRef(details);
  const buckets = useRef(new Map<number, Promise<void>>());
  const ensureDetails = useCallback(
    async (ids: Iterable<string>): Promise<Record<string, EventDetail>> => {
      if (data.details) return data.details;
      const wanted = new Set<number>();
      for (const id of ids) wanted.add(detailBucket(id, data.detailBuckets));
      await Promise.all(
        [...wanted].map((b) => {
          let loading = buckets.current.get(b);
          if (!loading) {
            loading = fetch(`/events/details.json/${b}`)
              .then((r) => {
                if (!r.ok) throw new Error(`evidence bucket ${b}: HTTP ${r.status}`);
                return r.json() as Promise<Record<string, EventDetail>>;
              })
              .then((part) => {
                detailsRef.current = { ...detailsRef.current, ...part };
                setDetails(detailsRef.current);
              })
              .catch((err) => {
                buckets.current.delete(b);
                throw err;
              });
            buckets.current.set(b, loading);
          }
          return loading;
        }),
      );
      return detailsRef.current;
    },
    [data],
  );
  const allLoaded = Object.keys(details).length >= data.events.length;
  useEffect(() => {
    if (search && !allLoaded) void ensureDetails(data.events.map((e) => e.id));
  }, [search, allLoaded, ensureDetails, data]);
  useEffect(() => {
    if (open) void ensureDetails([open]);
  }, [open, ensureDetails]);
  return { details, allLoaded, ensureDetails };
}
