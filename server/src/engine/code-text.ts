// The code of a Python text, for the gates of rules whose constructs are code (docs/engine.md,
// "Choosing triggers"): a text of the same length where the contents of strings and comments are
// blanked and every logical line is one line, so that a rule's trigger pattern (or word) is
// looked for where tree-sitter can make a node of it. One linear pass over the character codes.
//
// - A comment (`#` to the end of its line) becomes spaces.
// - A string keeps its prefix and quotes; what it holds becomes spaces, but for the replacement
//   fields of an f-string (or t-string), which are code (nested strings, comments and format
//   specifications inside them are blanked in turn).
// - A line break inside brackets, or after a backslash that continues a line (the backslash too),
//   becomes a space; so does one inside a string. A statement that goes on below is one line.
// - What a reader from a line's start would take for code stays as it is: the last line of a
//   string that spans lines (the python2 rules' token fallback reads a damaged statement from its
//   line's start, `damagedMatches`), and the whole of a one-quote string continued with a
//   backslash (that fallback ends it at the line break). Backtick expressions (tree-sitter reads
//   backticks as quotes) stay as they are too.
// - What it cannot be sure tree-sitter reads the same way gives null (the caller then uses the
//   text itself): a string or bracket left open, a closing bracket without its opening one, a
//   backtick expression holding a quote, `#`, `\` or a brace, an f-string replacement field it
//   cannot delimit, a prefix that may or may not make an f-string.

const enum C {
  Tab = 9,
  LF = 10,
  CR = 13,
  Quote = 34,
  Hash = 35,
  Apostrophe = 39,
  OpenParen = 40,
  CloseParen = 41,
  Colon = 58,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Backtick = 96,
  OpenBrace = 123,
  CloseBrace = 125,
}

/** The characters the top-level loop stops at; every other one is code kept as it is. */
const special = new Uint8Array(128);
for (const c of '#\'"`()[]{}\\\n\r') special[c.charCodeAt(0)] = 1;

/** String prefix letters (tree-sitter's scanner reads any run of them before a quote as a prefix). */
const prefixLetter = new Uint8Array(128);
for (const c of 'fFtTrRbBuU') prefixLetter[c.charCodeAt(0)] = 1;

const isIdentifierCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
const isFormatLetter = (c: number) => c === 102 || c === 70 || c === 116 || c === 84;
const isLineBreak = (c: number) => c === C.LF || c === C.CR;

/** Thrown (and caught by `codeText`) where the text cannot be read with certainty. */
class Unreadable extends Error {}
const unreadable = new Unreadable();

class Builder {
  /** The blanked ranges, start and end after start and end, in the order of the text. */
  readonly blanks: number[] = [];
  /** The last line break read inside a string (a string spans lines when it is inside it). */
  lastBreak = -1;
  /** Whether the text holds a character above U+00FF (it is then written as UTF-16). */
  wide = false;
  constructor(readonly text: string) {}

  /** Blanks start–end (after every range blanked so far). */
  private blank(start: number, end: number): void {
    if (end <= start) return;
    const { blanks } = this;
    if (blanks.length > 0 && blanks[blanks.length - 1] === start) blanks[blanks.length - 1] = end;
    else blanks.push(start, end);
  }

  /** Keeps from `start` on as it is: the ranges blanked there (the last ones) are taken back. */
  private keep(start: number): void {
    const { blanks } = this;
    while (blanks.length > 0 && blanks[blanks.length - 1] > start) {
      if (blanks[blanks.length - 2] >= start) blanks.length -= 2;
      else blanks[blanks.length - 1] = start;
    }
  }

  /** Reads the whole text; the brackets must all close. */
  readTop(): void {
    const { text } = this;
    const n = text.length;
    const stack: number[] = [];
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 128 || special[c] === 0) {
        if (c > 255) this.wide = true;
        i++;
        continue;
      }
      switch (c) {
        case C.Hash:
          i = this.comment(i);
          break;
        case C.Quote:
        case C.Apostrophe:
          i = this.string(i);
          break;
        case C.Backtick:
          i = this.backtick(i);
          break;
        case C.OpenParen:
          stack.push(C.CloseParen), i++;
          break;
        case C.OpenBracket:
          stack.push(C.CloseBracket), i++;
          break;
        case C.OpenBrace:
          stack.push(C.CloseBrace), i++;
          break;
        case C.CloseParen:
        case C.CloseBracket:
        case C.CloseBrace:
          if (stack.pop() !== c) throw unreadable;
          i++;
          break;
        case C.Backslash: {
          const after = this.lineBreakEnd(i + 1);
          if (after === -1) i++;
          else this.blank(i, after), (i = after);
          break;
        }
        default:
          // A line break: inside brackets the statement goes on.
          if (stack.length > 0) this.blank(i, i + 1);
          i++;
      }
    }
    if (stack.length > 0) throw unreadable;
  }

  /** The end of the line break at `i` (`\n`, `\r\n` or `\r`), or -1 when there is none. */
  private lineBreakEnd(i: number): number {
    const c = this.text.charCodeAt(i);
    if (c === C.LF) return i + 1;
    if (c === C.CR) return this.text.charCodeAt(i + 1) === C.LF ? i + 2 : i + 1;
    return -1;
  }

  /** A comment from `i` (its `#`) to its line's end, blanked; returns that end. */
  private comment(i: number): number {
    const { text } = this;
    let end = i;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) {
      if (text.charCodeAt(end) > 255) this.wide = true;
      end++;
    }
    this.blank(i, end);
    return end;
  }

  /** A backtick expression on one line, kept as it is; returns the offset after it. */
  private backtick(i: number): number {
    const { text } = this;
    for (let j = i + 1; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === C.Backtick) return j + 1;
      if (isLineBreak(c) || c === C.Quote || c === C.Apostrophe || c === C.Hash || c === C.Backslash || c === C.OpenBrace || c === C.CloseBrace) throw unreadable;
    }
    throw unreadable;
  }

  /** The string whose (first) quote is at `i`; returns the offset after its closing quote. */
  string(i: number): number {
    const { text } = this;
    const quote = text.charCodeAt(i);
    // Its prefix: the letters before the quote, if the word there is all prefix letters.
    let prefixStart = i;
    while (prefixStart > 0 && text.charCodeAt(prefixStart - 1) < 128 && prefixLetter[text.charCodeAt(prefixStart - 1)] === 1) prefixStart--;
    let wordStart = prefixStart;
    while (wordStart > 0 && isIdentifierCode(text.charCodeAt(wordStart - 1))) wordStart--;
    let format = false;
    for (let k = prefixStart; k < i; k++) if (isFormatLetter(text.charCodeAt(k))) format = true;
    // `xf"…"`: a word then a string, or a formatted string after a token that ends before `f`?
    const certain = wordStart === prefixStart;
    const triple = text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
    const bodyStart = i + (triple ? 3 : 1);
    /** Where the rest is kept as it is: after a backslash that continues a one-quote string, or escapes a quote in a triple-quoted one. */
    let keptFrom = -1;
    let literal = bodyStart;
    const n = text.length;
    let j = bodyStart;
    for (;;) {
      if (j >= n) throw unreadable;
      const c = text.charCodeAt(j);
      if (c === quote && (!triple || (text.charCodeAt(j + 1) === quote && text.charCodeAt(j + 2) === quote))) break;
      if (c === C.Backslash) {
        const next = text.charCodeAt(j + 1);
        if (format && (next === C.OpenBrace || next === C.CloseBrace)) throw unreadable;
        const after = this.lineBreakEnd(j + 1);
        if (after !== -1) {
          if (!triple && keptFrom === -1) keptFrom = bodyStart;
          this.lastBreak = after - 1;
          j = after;
        } else {
          if (triple && next === quote && keptFrom === -1) keptFrom = j;
          j += 2;
        }
        continue;
      }
      if (isLineBreak(c)) {
        if (!triple) throw unreadable;
        this.lastBreak = j;
        j++;
        continue;
      }
      if (format && (c === C.OpenBrace || c === C.CloseBrace)) {
        if (text.charCodeAt(j + 1) === c) {
          j += 2;
          continue;
        }
        if (c === C.CloseBrace || !certain) throw unreadable;
        this.blank(literal, j);
        j = this.field(j, quote, triple);
        literal = j;
        continue;
      }
      if (c > 255) this.wide = true;
      j++;
    }
    this.blank(literal, j);
    // A reader from a line's start inside the string sees its last line as code: so does this one.
    let from = keptFrom === -1 ? j : keptFrom;
    if (this.lastBreak >= bodyStart) from = Math.min(from, this.lastBreak + 1);
    this.keep(from);
    return j + (triple ? 3 : 1);
  }

  /**
   * An f-string's replacement field from its `{` at `i`: code, up to the `}` that closes it, with
   * a format specification (after a `:` outside brackets) blanked but for the fields it nests.
   */
  private field(i: number, quote: number, triple: boolean): number {
    const { text } = this;
    const n = text.length;
    let depth = 0;
    let j = i + 1;
    for (;;) {
      if (j >= n) throw unreadable;
      const c = text.charCodeAt(j);
      if (c === quote && !triple) throw unreadable;
      switch (c) {
        case C.Quote:
        case C.Apostrophe:
          // A quote that may close the enclosing triple-quoted string is not read as a nested one.
          if (c === quote && text.charCodeAt(j + 1) === quote && text.charCodeAt(j + 2) === quote) throw unreadable;
          j = this.string(j);
          continue;
        case C.Hash:
          if (!triple) throw unreadable;
          j = this.comment(j);
          continue;
        case C.Backslash:
        case C.Backtick:
          throw unreadable;
        case C.LF:
        case C.CR:
          if (!triple) throw unreadable;
          this.blank(j, j + 1);
          this.lastBreak = j;
          j++;
          continue;
        case C.OpenParen:
        case C.OpenBracket:
        case C.OpenBrace:
          depth++, j++;
          continue;
        case C.CloseParen:
        case C.CloseBracket:
          if (depth === 0) throw unreadable;
          depth--, j++;
          continue;
        case C.CloseBrace:
          if (depth === 0) return j + 1;
          depth--, j++;
          continue;
        case C.Colon:
          // `{x:=1}` is `x` formatted with `=1`; whether tree-sitter reads it so is not known.
          if (depth === 0 && text.charCodeAt(j + 1) === 61) throw unreadable;
          if (depth === 0) return this.formatSpec(j + 1, quote, triple);
          j++;
          continue;
        default:
          if (c > 255) this.wide = true;
          j++;
      }
    }
  }

  /** A format specification from `i` to the `}` that ends its field (returns the offset after it); nested fields are code. */
  private formatSpec(i: number, quote: number, triple: boolean): number {
    // tree-sitter reads a specification as `[^{}\n]+` and fields: a quote, backslash, `#` or line break in it is not read here.
    const { text } = this;
    let literal = i;
    for (let j = i; j < text.length; ) {
      const c = text.charCodeAt(j);
      if (c === C.CloseBrace) {
        this.blank(literal, j);
        return j + 1;
      }
      if (c === C.OpenBrace) {
        this.blank(literal, j);
        j = this.field(j, quote, triple);
        literal = j;
        continue;
      }
      if (c === C.Quote || c === C.Apostrophe || c === C.Backslash || c === C.Hash || isLineBreak(c)) throw unreadable;
      if (c > 255) this.wide = true;
      j++;
    }
    throw unreadable;
  }
}

/**
 * The code of a Python text (above): the same length, strings' contents and comments blanked, each
 * logical line on one line; null where the text holds what it cannot read with certainty. The
 * copy is made and blanked in a buffer (native copies and fills), not by joining slices.
 */
export function codeText(text: string): string | null {
  const builder = new Builder(text);
  try {
    builder.readTop();
  } catch (error) {
    if (error === unreadable) return null;
    throw error;
  }
  const { blanks } = builder;
  if (blanks.length === 0) return text;
  if (!builder.wide) {
    const bytes = Buffer.from(text, 'latin1');
    for (let k = 0; k < blanks.length; k += 2) bytes.fill(32, blanks[k], blanks[k + 1]);
    return bytes.toString('latin1');
  }
  let bytes = Buffer.from(text, 'utf16le');
  if (bytes.byteOffset % 2 !== 0) bytes = Buffer.from(bytes);
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
  for (let k = 0; k < blanks.length; k += 2) units.fill(32, blanks[k], blanks[k + 1]);
  return bytes.toString('utf16le');
}
