import type { Ctx, Found } from "../found";

/** "since September", "since at least 2014": from the anchor's start to publication, open-ended. */
export function applySince(ctx: Ctx, found: Found[]): Found[] {
  return found.map((f) => {
    const lead = /\bsince\s+(?:at\s+least\s+|as\s+early\s+as\s+|as\s+far\s+back\s+as\s+)?$/i.exec(
      ctx.sentence.slice(0, f.index),
    );
    if (lead === null) return f;
    const base = { ...f, index: lead.index, length: f.index + f.length - lead.index, precision: "range" as const };
    if (f.start === null) return { ...base, open: true };
    if (ctx.refIso !== null && f.start > ctx.refIso) return f;
    // Without a year, "since September" depends on the publication date like any relative phrase.
    const basis = f.yearless === undefined ? f.basis : "relative";
    return { ...base, basis, end: ctx.refIso, open: true, forward: false };
  });
}
