import { describe, expect, it } from "vitest";
import { canonicalMetadata, siteUrl } from "./site";

describe("siteUrl", () => {
  it("is unset without SIGNALS_SITE_URL, so no link points to localhost", () => {
    expect(siteUrl({})).toBeNull();
    expect(siteUrl({ SIGNALS_SITE_URL: " " })).toBeNull();
    expect(canonicalMetadata("/events/x", null)).toEqual({ ogUrl: undefined });
  });
  it("reads an absolute address and refuses anything else", () => {
    const site = siteUrl({ SIGNALS_SITE_URL: "https://signals.example.org" })!;
    expect(new URL("/events/x", site).href).toBe("https://signals.example.org/events/x");
    expect(canonicalMetadata("/events/x", site)).toEqual({
      metadataBase: site,
      alternates: { canonical: "/events/x" },
      ogUrl: "/events/x",
    });
    expect(() => siteUrl({ SIGNALS_SITE_URL: "signals.example.org" })).toThrow(/absolute URL/);
    expect(() => siteUrl({ SIGNALS_SITE_URL: "ftp://signals.example.org" })).toThrow(/http or https/);
  });
});
