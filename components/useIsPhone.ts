"use client";

import { useSyncExternalStore } from "react";

const PHONE_QUERY = "(max-width: 767px)";

/** True below tablet width, where views switch to their phone layouts; false on the server. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const mq = matchMedia(PHONE_QUERY);
      mq.addEventListener("change", notify);
      return () => mq.removeEventListener("change", notify);
    },
    () => matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}
