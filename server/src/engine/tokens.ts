// Words of a source text, found by one pass of a JavaScript regex: the engine's triggers and the
// query layer's anchors. A rule names the words it cannot fire without (`Rule.triggers`: the
// deprecated name, tag, filter or setting); a file without any of them never runs the rule, and a
// file that triggers no rule is not even parsed. Where a rule does run, the query layer starts
// from the offsets of words (`TokenIndex.offsets`) and asks tree-sitter only for the nodes there,
// rather than walking the whole tree through the wasm boundary.
//
// A word is `[A-Za-z_][A-Za-z0-9_]*`, wherever it is: code, strings and comments alike. Finding a
// word in a comment only costs a rule run that reports nothing; missing one would lose a finding.

const wordPattern = /[A-Za-z_][A-Za-z0-9_]*/g;

/** The words of `wanted` that occur in `text`. */
export function wordsIn(text: string, wanted: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  const pattern = new RegExp(wordPattern.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) if (wanted.has(match[0])) found.add(match[0]);
  return found;
}

/** Every word of a text with the offsets it occurs at, built on first use. */
export class TokenIndex {
  private index: Map<string, number[]> | null = null;

  constructor(readonly text: string) {}

  /** Where `word` occurs as a whole word, in order. */
  offsets(word: string): readonly number[] {
    this.index ??= indexWords(this.text);
    return this.index.get(word) ?? [];
  }

  has(word: string): boolean {
    return this.offsets(word).length > 0;
  }

  /** Whether any of `words` occurs. */
  hasAny(words: readonly string[]): boolean {
    return words.some((word) => this.has(word));
  }
}

function indexWords(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const pattern = new RegExp(wordPattern.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const list = index.get(match[0]);
    if (list) list.push(match.index);
    else index.set(match[0], [match.index]);
  }
  return index;
}
