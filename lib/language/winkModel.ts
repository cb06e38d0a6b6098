/**
 * wink's English lite model, with its core read the way the package reads it but without two
 * costs of the package's own reader: a deep copy of the parsed 3 MB JSON (made through
 * `JSON.stringify`) and a character-by-character base64 decoder. Together they are about half
 * of loading the model, which every extraction run pays once, a re-extract after one changed
 * article included. The test beside this file checks that the core is the one the package
 * builds, field for field, so an update of the package that changes its format fails there.
 */
import { createRequire } from "node:module";
import model from "wink-eng-lite-web-model";

type Features = Record<string, { list: unknown[]; hash?: Record<string, number>; [k: string]: unknown }>;

interface CoreJson {
  lexicon: string;
  xpansions: string;
  packing: { layout: Record<string, number[]>; [k: string]: unknown };
  features: Features;
  pos: { hash: Record<string, number> };
  [k: string]: unknown;
}

const CORE_JSON = "wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json";

function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, "base64");
  // A copy: a Uint32Array over the buffer would need it to start on a four-byte boundary.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function indexOf(list: readonly unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/**
 * The core model from the parsed JSON the package itself required (Node's module cache holds
 * it once): every part wink changes later (feature lists and indexes grow with words it has not
 * seen) is a fresh copy, and the JSON is left as it was.
 */
export function readCoreModel(json: CoreJson = createRequire(import.meta.url)(CORE_JSON) as CoreJson) {
  const layout = json.packing.layout;
  const features: Features = {};
  for (const [name, f] of Object.entries(json.features)) features[name] = { ...f, list: [...f.list] };
  for (const f in layout) if (layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list);
  const lexeme = features.lexeme!;
  lexeme.hash = indexOf(lexeme.list);
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split("_").map((e) => json.pos.hash[e] || 0));
  // What the package's load-core-model adds once the model is read.
  const efList: string[] = [];
  for (const f in layout) {
    const [, mask, shift, intrinsic, extractable] = layout[f]!;
    if (intrinsic === 0) {
      const list = features[f]!.list;
      Object.assign(features[f]!, { intrinsicSize: list.length, index: list.length, maxIndex: mask! >>> shift! });
    }
    if (extractable === 1) efList.push(f);
  }
  Object.assign(lexeme, { intrinsicSize: lexeme.list.length, index: lexeme.list.length });
  return {
    ...json,
    lexicon: words(json.lexicon),
    xpansions: words(json.xpansions),
    packing: { ...json.packing, efList },
    features,
  };
}

/** The package's model with the faster core reader. */
export const winkModel: typeof model = Object.assign(Object.create(null) as typeof model, model, {
  core: readCoreModel,
});
