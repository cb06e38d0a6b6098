import Link from "next/link";
import { ThemeToggle } from "./ThemeToggle";

export function SiteHeader() {
  return (
    <header className="border-b border-[var(--border)] bg-[var(--panel)]">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 no-underline">
          <span className="text-xl font-bold tracking-tight">Signals</span>
          <span className="hidden text-sm text-[var(--muted)] sm:inline">peace-negotiation signals from the news</span>
        </Link>
        <nav aria-label="Main" className="no-print ml-auto flex items-center gap-4 text-sm">
          <Link href="/" className="font-medium underline-offset-4 hover:underline">
            Timeline
          </Link>
          <Link href="/positions" className="font-medium underline-offset-4 hover:underline">
            Positions
          </Link>
          <Link href="/#sources" className="font-medium underline-offset-4 hover:underline">
            Sources
          </Link>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
