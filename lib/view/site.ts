/**
 * The site's public address, from SIGNALS_SITE_URL (e.g. https://signals.example.org), for the
 * absolute links a shared page carries (canonical, og:url). Null when it is not set: the build
 * then writes no absolute links rather than ones that point to localhost.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): URL | null {
  const value = env.SIGNALS_SITE_URL?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SIGNALS_SITE_URL is not an absolute URL: "${value}" (expected e.g. https://signals.example.org)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`SIGNALS_SITE_URL must be an http or https address, not "${value}"`);
  return url;
}

/** The metadata that makes a page's own address absolute, when the site's address is known. */
export function canonicalMetadata(path: string, site: URL | null) {
  return site ? { metadataBase: site, alternates: { canonical: path }, ogUrl: path } : { ogUrl: undefined };
}
