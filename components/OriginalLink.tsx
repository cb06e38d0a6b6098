/** " · original ↗": a link to the article an event was read from, opening in a new tab. */
export function OriginalLink({ url }: { url: string }) {
  if (!url) return null;
  return (
    <>
      {" · "}
      <a href={url} target="_blank" rel="noopener noreferrer" className="text-[var(--accent)] underline">
        original<span className="sr-only"> article (opens in a new tab)</span> ↗
      </a>
    </>
  );
}
