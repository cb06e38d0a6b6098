/** Bad data in a content file: names the file, then every entry and field to fix. */
export class GazetteerError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "GazetteerError";
  }
}
