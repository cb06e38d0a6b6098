/** A reason one article cannot be used. It always names the file, and the field when there is one. */
export class ArticleProblem extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ""}${problem}`);
    this.name = "ArticleProblem";
  }
}
