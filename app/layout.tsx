import type { Metadata } from "next";
import Script from "next/script";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { SiteHeader } from "@/components/SiteHeader";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Signals", template: "%s · Signals" },
  description:
    "An evidence-backed timeline of peace-negotiation signals, actors and claimed positions, read from news articles.",
};

// Runs before first paint so a dark-theme reader never sees a light flash.
const THEME_SCRIPT = `try{var t=localStorage.getItem("signals-theme");if(t!=="light"&&t!=="dark"){t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t}catch(e){}`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <body className="min-h-screen font-sans antialiased">
        <Script id="theme" strategy="beforeInteractive">
          {THEME_SCRIPT}
        </Script>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-[var(--panel)] focus:p-2"
        >
          Skip to content
        </a>
        <NuqsAdapter>
          <SiteHeader />
          {children}
        </NuqsAdapter>
      </body>
    </html>
  );
}
