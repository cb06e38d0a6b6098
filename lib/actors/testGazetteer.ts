import { readFileSync } from "node:fs";
import path from "node:path";
import { loadGazetteer, type Gazetteer } from "./gazetteer";

export const ACTORS_FILE = path.join(import.meta.dirname, "../../content/actors.json");

let cached: Gazetteer | null = null;

/** The committed gazetteer, loaded once per test file. */
export function committedGazetteer(): Gazetteer {
  cached ??= loadGazetteer(JSON.parse(readFileSync(ACTORS_FILE, "utf8")), ACTORS_FILE);
  return cached;
}
