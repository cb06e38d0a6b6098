import { describe, expect, it } from "vitest";
import { isPostSignature } from "./posts";

describe("isPostSignature", () => {
  it("knows the signature an embedded post ends on", () => {
    expect(isPostSignature("— Foreign Minister Amira Haddad (@AHaddadFM) March 3, 2025")).toBe(true);
    expect(isPostSignature("- The Envoy (@envoy) December 1, 2024")).toBe(true);
  });

  it("leaves a sentence alone", () => {
    expect(isPostSignature("— The minister said on March 3, 2025 that talks would resume.")).toBe(false);
    expect(isPostSignature("Amira Haddad (@AHaddadFM) wrote on X on March 3, 2025.")).toBe(false);
  });
});
