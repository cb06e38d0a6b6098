/**
 * Text that remembers, for every UTF-16 unit, the span of the raw body it was produced from.
 * Each cleaning pass reads one MappedText and writes the next, so the final text maps straight
 * back to the raw body without any pass knowing what the others did.
 */
export interface MappedText {
  text: string;
  /** raw offset of the first raw unit that produced text[i] */
  starts: Int32Array;
  /** raw offset just after the last raw unit that produced text[i] */
  ends: Int32Array;
}

export function identityMapped(raw: string): MappedText {
  const starts = new Int32Array(raw.length);
  const ends = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text: raw, starts, ends };
}

/** Appends text with its raw spans; grows like an array list so every pass stays linear. */
export class MappedBuilder {
  private readonly chunks: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    const size = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  private copySpans(src: MappedText, from: number, count: number): void {
    // Typed-array views cost an allocation each; word-sized copies are cheaper by hand.
    if (count < 64) {
      for (let i = 0; i < count; i++) {
        this.starts[this.length + i] = src.starts[from + i]!;
        this.ends[this.length + i] = src.ends[from + i]!;
      }
    } else {
      this.starts.set(src.starts.subarray(from, from + count), this.length);
      this.ends.set(src.ends.subarray(from, from + count), this.length);
    }
    this.length += count;
  }

  /** Copies src.text[from, to) unchanged, keeping its spans. */
  copy(src: MappedText, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.chunks.push(src.text.slice(from, to));
    this.copySpans(src, from, to - from);
  }

  /** Appends text that replaces the raw span [rawStart, rawEnd). */
  add(text: string, rawStart: number, rawEnd: number): void {
    this.reserve(text.length);
    this.chunks.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts[this.length + i] = rawStart;
      this.ends[this.length + i] = rawEnd;
    }
    this.length += text.length;
  }

  /** Appends text that replaces src.text[from, from + text.length) character for character. */
  replace(src: MappedText, from: number, text: string): void {
    this.reserve(text.length);
    this.chunks.push(text);
    this.copySpans(src, from, text.length);
  }

  get size(): number {
    return this.length;
  }

  finish(): MappedText {
    // Views, not copies: the builder is done with its arrays.
    return {
      text: this.chunks.join(""),
      starts: this.starts.subarray(0, this.length),
      ends: this.ends.subarray(0, this.length),
    };
  }
}
