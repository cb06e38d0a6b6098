import { ArticleList } from "@/components/ArticleList";
import { ContentProblems } from "@/components/ContentProblems";
import { SiteFooter } from "@/components/SiteFooter";
import { readCorpus } from "@/lib/corpus/readCorpus";

export default function Home() {
  const { articles, problems } = readCorpus();
  return (
    <>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <ContentProblems problems={problems.map((p) => ({ message: p.message }))} />
        <h1 className="mb-4 text-2xl font-bold">Sources</h1>
        <ArticleList articles={articles} />
      </main>
      <SiteFooter articleCount={articles.length} />
    </>
  );
}
