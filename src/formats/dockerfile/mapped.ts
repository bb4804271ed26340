// Text assembled from pieces of a file (continuation lines joined, comment lines dropped),
// with the source offset of every character, so that any slice maps back to the file.

export interface Range {
  /** Source offset of the first character. */
  start: number;
  /** Source offset just past the last character. */
  end: number;
}

export class Mapped {
  private constructor(
    readonly text: string,
    private readonly offsets: readonly number[],
    /** Source offset just past the text, used for empty slices at the end. */
    private readonly after: number,
  ) {}

  /** A run of the file's own text starting at `start`. */
  static at(text: string, start: number): Mapped {
    return new Mapped(text, Array.from({ length: text.length }, (_, i) => start + i), start + text.length);
  }

  /** Pieces in order, each a run of source text. */
  static join(pieces: readonly Mapped[]): Mapped {
    const last = pieces[pieces.length - 1];
    return new Mapped(
      pieces.map((piece) => piece.text).join(''),
      pieces.flatMap((piece) => piece.offsets),
      last ? last.after : 0,
    );
  }

  get length(): number {
    return this.text.length;
  }

  slice(from: number, to = this.text.length): Mapped {
    const a = Math.max(0, Math.min(from, this.text.length));
    const b = Math.max(a, Math.min(to, this.text.length));
    return new Mapped(this.text.slice(a, b), this.offsets.slice(a, b), b < this.text.length ? this.offsets[b]! : this.after);
  }

  /** Without leading and trailing whitespace. */
  trim(): Mapped {
    const start = this.text.length - this.text.trimStart().length;
    return this.slice(start, start + this.text.trim().length);
  }

  /** Source offset of the character at `index` (the end of the text past its last character). */
  offset(index: number): number {
    return index < this.text.length ? this.offsets[index]! : this.after;
  }

  /** Source range of the characters [from, to). */
  range(from = 0, to = this.text.length): Range {
    if (to <= from) {
      const at = this.offset(from);
      return { start: at, end: at };
    }
    return { start: this.offset(from), end: this.offsets[to - 1]! + 1 };
  }
}
