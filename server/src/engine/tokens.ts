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

/** Each ASCII character's index among the 63 word characters (a–z, A–Z, 0–9, _), or -1. */
const wordChars = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let code = 97; code <= 122; code++) table[code] = code - 97;
  for (let code = 65; code <= 90; code++) table[code] = code - 65 + 26;
  for (let code = 48; code <= 57; code++) table[code] = code - 48 + 52;
  table[95] = 62;
  return table;
})();

/** A character's index among the 63 word characters, or -1. */
function wordCharIndex(code: number): number {
  return code < 128 ? wordChars[code] : -1;
}

/** The words of a set as a trie over the word characters: one pass over a text finds them without cutting out every word. */
interface WordTrie {
  /** Node × 63 → the next node, or -1. Node 0 is the root. */
  next: Int32Array;
  /** Node → the index of the word ending there, or -1. */
  word: Int32Array;
  words: string[];
}

const tries = new WeakMap<ReadonlySet<string>, WordTrie>();

function trieOf(wanted: ReadonlySet<string>): WordTrie {
  let trie = tries.get(wanted);
  if (trie) return trie;
  const words = [...wanted];
  const size = 1 + words.reduce((sum, w) => sum + w.length, 0);
  const next = new Int32Array(size * 63).fill(-1);
  const word = new Int32Array(size).fill(-1);
  let nodes = 1;
  words.forEach((w, index) => {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = wordCharIndex(w.charCodeAt(i));
      if (c < 0) return; // not a word: it can never occur as one
      const slot = node * 63 + c;
      if (next[slot] < 0) next[slot] = nodes++;
      node = next[slot];
    }
    word[node] = index;
  });
  tries.set(wanted, (trie = { next, word, words }));
  return trie;
}

/**
 * The words of `wanted` that occur in `text`, as the word pattern finds words (a word starts at a
 * letter or `_` and runs over letters, digits and `_`; digits before it are skipped). A trie is
 * walked along each word, so no word is cut out of the text.
 */
export function wordsIn(text: string, wanted: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  const { next, word, words } = trieOf(wanted);
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = wordCharIndex(text.charCodeAt(i));
    if (first < 0 || first >= 52 && first < 62) {
      i++; // not a word character, or a digit outside a word
      continue;
    }
    let node = 0;
    let c = first;
    do {
      if (node >= 0) node = next[node * 63 + c];
      c = ++i < length ? wordCharIndex(text.charCodeAt(i)) : -1;
    } while (c >= 0);
    if (node >= 0 && word[node] >= 0) found.add(words[word[node]]);
  }
  return found;
}

/** A character a word may hold (after its first). */
export const wordCharacter = /[A-Za-z0-9_]/;

const wholeWords = new Map<string, RegExp>();

/** `word` as a whole word: no word character on either side (one pattern per word, kept). */
export function wholeWord(word: string): RegExp {
  let pattern = wholeWords.get(word);
  if (!pattern) wholeWords.set(word, (pattern = new RegExp(`(?<![A-Za-z0-9_])${word}(?![A-Za-z0-9_])`)));
  return pattern;
}

/** A rule's gate (docs/engine.md, "Choosing triggers"). */
interface Gate {
  triggers?: readonly string[];
  triggerPattern?: RegExp;
  requires?: readonly string[];
  requiresOneOf?: readonly string[];
}

/** The words a rule's gate looks for: its trigger words and the words it requires (all, or one of). */
export function gateWords(rule: Gate): string[] {
  return [...(rule.triggers ?? []), ...(rule.requires ?? []), ...(rule.requiresOneOf ?? [])];
}

/** Whether the words a rule requires besides its triggers are there: every word of `requires`, and one of `requiresOneOf`. */
export function hasRequiredWords(rule: Gate, present: (word: string) => boolean): boolean {
  return (!rule.requires || rule.requires.every(present)) && (!rule.requiresOneOf || rule.requiresOneOf.some(present));
}

/**
 * Whether a rule with these gates can report anything in a text: one of its trigger words is
 * present or its pattern matches, and so is every word it requires, and one of those it requires
 * one of.
 */
export function isTriggered(rule: Gate, present: (word: string) => boolean, text: string): boolean {
  if (!hasRequiredWords(rule, present)) return false;
  return rule.triggers?.some(present) === true || (rule.triggerPattern !== undefined && text.search(rule.triggerPattern) >= 0);
}

/**
 * Every word of a text with the offsets it occurs at, kept across edits: the incremental check
 * updates it from each edit's region (`edit`) instead of indexing the whole text again at every
 * keystroke (at 20,000 lines that was 9 ms of a keystroke's CPU, for the rules that run on the
 * whole file). An edit indexes the region's new text and moves the offsets after it, in place.
 */
export class WordIndex {
  private readonly lists = new Map<string, number[]>();
  /**
   * Moves not yet applied to every list (the lists of words outside an edit's region only move):
   * each list is brought up to date when it is read (`offsets`), not at every edit. Consecutive
   * edits inside one region (typing in one statement) make one move. A move: the offsets from
   * `oldEnd` on (before it) shift by `delta`; `start`–`oldEnd` held none of a pending list's words.
   */
  private moves: Array<{ start: number; oldEnd: number; delta: number }> = [];
  /** How many of `moves` each word's list has had applied (absent: none). */
  private readonly applied = new Map<string, number>();
  /** The words whose lists have had every move applied since the last one began. */
  private current = new Set<string>();

  /**
   * The index of start–end of a text (default: all of it), built `chunk` characters (whole lines)
   * at a time, yielding after each: the editor's checks give other requests a turn between them.
   * A word never holds a line break, so chunks that end at line starts index what one pass does.
   */
  static *build(text: string, chunk = indexChunk, start = 0, end = text.length): Generator<void, WordIndex> {
    const index = new WordIndex();
    for (let from = start; from < end; ) {
      let to = end;
      if (end - from > chunk) {
        const newline = text.indexOf('\n', from + chunk);
        if (newline !== -1 && newline + 1 < end) to = newline + 1;
      }
      indexWords(text.slice(from, to), from, index.lists);
      from = to;
      if (from < end) yield;
    }
    return index;
  }

  /** The index of `text`, at once. */
  static of(text: string): WordIndex {
    const steps = WordIndex.build(text, Infinity);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** Whether `word` occurs (as a whole word). */
  has(word: string): boolean {
    return this.lists.has(word);
  }

  /** Where `word` occurs, in order. */
  offsets(word: string): readonly number[] {
    const offsets = this.lists.get(word);
    if (!offsets) return noOffsets;
    this.update(word, offsets);
    return offsets;
  }

  /** Applies the pending moves to a word's list. */
  private update(word: string, offsets: number[]): void {
    const moves = this.moves;
    const done = this.applied.get(word) ?? 0;
    if (done === moves.length) return;
    for (let m = done; m < moves.length; m++) {
      const { oldEnd, delta } = moves[m];
      for (let i = lowerBound(offsets, oldEnd); i < offsets.length; i++) offsets[i] += delta;
    }
    this.applied.set(word, moves.length);
    this.current.add(word);
  }

  /** Where `word` occurs from `start` to `end`, in order. */
  offsetsIn(word: string, start: number, end: number): readonly number[] {
    const offsets = this.offsets(word);
    const from = lowerBound(offsets, start);
    const to = lowerBound(offsets, end, from);
    return from === 0 && to === offsets.length ? offsets : offsets.slice(from, to);
  }

  /**
   * The text changed from `start` to `oldEnd` (old offsets) into `newText`. Both ends must be line
   * starts (or ends of the text) in their texts, so that no word crosses them: the words outside
   * stay as they were and only move. `oldWords`, the words the old text held from `start` to
   * `oldEnd` (all of them, or more), and the new text's have their lists changed at once; every
   * other list only moves, when it is next read. Without `oldWords`, every list is changed at once
   * (moving every list at every keystroke was 0.1 ms at 5,000 lines, 0.5 ms at 20,000).
   */
  edit(start: number, oldEnd: number, newText: string, oldWords?: Iterable<string>): void {
    const delta = newText.length - (oldEnd - start);
    const added = indexWords(newText, start, new Map());
    const changed = new Set<string>(oldWords ?? this.lists.keys());
    for (const word of added.keys()) changed.add(word);
    for (const word of changed) {
      const offsets = this.lists.get(word);
      if (!offsets) continue;
      this.update(word, offsets);
      const from = lowerBound(offsets, start);
      const to = lowerBound(offsets, oldEnd, from);
      if (delta !== 0) for (let i = to; i < offsets.length; i++) offsets[i] += delta;
      const fresh = added.get(word);
      if (fresh) {
        replaceRange(offsets, from, to, fresh);
        added.delete(word);
      } else if (to > from) {
        offsets.splice(from, to - from);
        if (offsets.length === 0) {
          this.lists.delete(word);
          this.applied.delete(word);
          this.current.delete(word);
        }
      }
    }
    for (const [word, offsets] of added) this.lists.set(word, offsets);
    if (delta !== 0) {
      const last = this.moves.at(-1);
      if (last && start >= last.start && oldEnd <= last.oldEnd + last.delta) {
        // Inside the last move's region (as it is now): one move. The lists already moved by it
        // move by this one now.
        for (const word of this.current) {
          if (changed.has(word)) continue;
          const offsets = this.lists.get(word)!;
          for (let i = lowerBound(offsets, oldEnd); i < offsets.length; i++) offsets[i] += delta;
        }
        last.delta += delta;
      } else {
        this.moves.push({ start, oldEnd, delta });
        this.current = new Set();
      }
    }
    for (const word of changed) {
      if (!this.lists.has(word)) continue;
      this.applied.set(word, this.moves.length);
      this.current.add(word);
    }
    // Many regions edited in turn: every list moves once, and the moves start again.
    if (this.moves.length > maxPendingMoves) {
      for (const [word, offsets] of this.lists) this.update(word, offsets);
      this.moves = [];
      this.applied.clear();
      this.current.clear();
    }
  }
}

/** How many moves (edits of different regions in turn) wait for the lists not read meanwhile. */
const maxPendingMoves = 16;

const noOffsets: readonly number[] = [];

/** `values` with from–to replaced by `items`, in place (a spread into `splice` is limited by the stack). */
function replaceRange(values: number[], from: number, to: number, items: readonly number[]): void {
  if (items.length < 4096) {
    values.splice(from, to - from, ...items);
    return;
  }
  const tail = values.slice(to);
  values.length = from;
  for (const item of items) values.push(item);
  for (const item of tail) values.push(item);
}

/** The first index of the sorted `values` whose value is at least `value` (from `low` on). */
export function lowerBound(values: readonly number[], value: number, low = 0): number {
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Every word of a text with the offsets it occurs at, built on first use (or read from a `WordIndex` of the whole text). */
export class TokenIndex {
  private index: Map<string, number[]> | null = null;
  /** Told every word asked about (the incremental check keeps which words each rule looks for). */
  listener: ((word: string) => void) | null = null;

  /**
   * With `region`, the anchors (`offsets`) are those of the region only: an incremental check
   * re-runs statement-local rules on the statements an edit changed. `has` still answers for the
   * whole text, from `present` (the words the engine counts across edits). With `words`, the
   * offsets come from that index of the whole text (the incremental check's, kept across edits;
   * its regions are whole lines).
   */
  constructor(
    readonly text: string,
    private readonly region: { start: number; end: number; present: (word: string) => boolean } | null = null,
    private readonly words: WordIndex | null = null,
  ) {}

  /** Where `word` occurs as a whole word, in order (in the region, when there is one). */
  offsets(word: string): readonly number[] {
    this.listener?.(word);
    if (this.words) return this.region ? this.words.offsetsIn(word, this.region.start, this.region.end) : this.words.offsets(word);
    if (!this.index) {
      this.index = this.region ? indexWords(this.text.slice(this.region.start, this.region.end), this.region.start, new Map()) : indexWords(this.text, 0, new Map());
    }
    return this.index.get(word) ?? [];
  }

  /** Where `word` occurs in the whole text, region or not (for questions about the whole module). */
  offsetsInFile(word: string): readonly number[] {
    if (!this.region || (this.region.start === 0 && this.region.end === this.text.length)) return this.offsets(word);
    this.listener?.(word);
    if (this.words) return this.words.offsets(word);
    const found: number[] = [];
    const pattern = new RegExp(wholeWord(word).source, 'g');
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(this.text))) found.push(match.index);
    return found;
  }

  has(word: string): boolean {
    if (!this.region) return this.offsets(word).length > 0;
    this.listener?.(word);
    return this.region.present(word);
  }

  /** Whether any of `words` occurs. */
  hasAny(words: readonly string[]): boolean {
    return words.some((word) => this.has(word));
  }
}

/** How many times each word occurs in a text (the incremental check keeps them across edits). */
export function countWords(text: string, counts = new Map<string, number>(), sign = 1): Map<string, number> {
  const pattern = new RegExp(wordPattern.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const n = (counts.get(match[0]) ?? 0) + sign;
    if (n === 0) counts.delete(match[0]);
    else counts.set(match[0], n);
  }
  return counts;
}

/** How many characters `WordIndex.build` indexes between two yields (about 1 ms of an idle core). */
const indexChunk = 64 * 1024;

/** Adds the words of `text` (which starts at `base`) to `index`, in order. */
function indexWords(text: string, base: number, index: Map<string, number[]>): Map<string, number[]> {
  const pattern = new RegExp(wordPattern.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const list = index.get(match[0]);
    if (list) list.push(base + match.index);
    else index.set(match[0], [base + match.index]);
  }
  return index;
}
