import type { ArticleProblem } from "@/lib/load/articleProblem";

/** Lists articles that could not be read, so the author knows which file to fix. */
export function ContentProblems({ problems }: { problems: Pick<ArticleProblem, "message">[] }) {
  if (!problems.length) return null;
  return (
    <section
      role="alert"
      className="mb-6 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 className="font-semibold">
        {problems.length} article{problems.length === 1 ? "" : "s"} could not be read and{" "}
        {problems.length === 1 ? "is" : "are"} left out
      </h2>
      <ul className="mt-2 list-disc pl-5 font-mono text-sm">
        {problems.map((p) => (
          <li key={p.message}>{p.message}</li>
        ))}
      </ul>
    </section>
  );
}
