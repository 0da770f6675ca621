// The sparse parse of `scan` and `audit` (docs/engine.md, "The sparse parse"): files checked once,
// not fixed, not in the editor. Where every triggered rule is statement-local (no `locality:
// 'file'`), the parser reads only the top-level statements that hold a hit of a triggered rule's
// gate or that the module's context needs, and in them writes `...` for each function body that
// holds no hit (`includedRanges`: the rest is skipped, every offset, line and column stays as it
// is). The rules run on that tree with the whole text's words; where their answer could depend on
// what was skipped (a name whose uses or bindings they read, the module's preferred quote, nesting
// deep enough to refuse the file), or where the parser disagrees with the line scanner, the whole
// text is parsed instead. test/engine/sparse-parse.test.ts proves the findings equal on every corpus.
import type { Range, Tree } from 'web-tree-sitter';
import type { Analyzer, FileInput } from './analyzer';
import { CheckSession, LintOptions, PlannedRule, rulesToRun, runRules } from './lint';
import { PythonScopes } from './python-scopes';
import { quoteOf } from './python-queries';
import { WordIndex } from './tokens';
import type { Finding } from './types';

/** A top-level statement with the lines after it up to the next one (the units tile the text). */
export interface TopLevelUnit {
  start: number;
  end: number;
  /** Names the statement may bind at module level (over-approximated: never fewer). */
  binds: Set<string>;
  /** It holds an import statement (at any depth). */
  imports: boolean;
  /** The longest logical line (brackets and backslashes joined), in characters: a bound on how deep it nests. */
  longestLine: number;
  /** A function or class definition (decorated or not): its body binds module-level names only through `global`. */
  definition: boolean;
  /** The bodies of the functions defined in it (at any depth; one-line bodies left out). */
  bodies: FunctionBody[];
  /** Its indentation holds a tab somewhere: its bodies' ends are not trusted, none is blanked. */
  tabs: boolean;
  /** The headers (`class` lines, bases included) of the classes defined in it: start, end. */
  classes: Array<[number, number]>;
}

/** A function's body: the lines after its `def` line, to the next line indented no deeper than the `def`. */
export interface FunctionBody {
  /** Where the definition starts: its first decorator, or its `def` line. */
  owner: number;
  /** For a method: the header of its class (start, end of the `class` line): rules that match the class by its bases read its methods. */
  classHeader: [number, number] | null;
  /** The start of the body's first line, and of its code. */
  start: number;
  first: number;
  end: number;
  /** It holds an import, or a `global` statement: it is kept. */
  kept: boolean;
  longestLine: number;
}

interface OpenDefinition {
  kind: 'def' | 'class';
  column: number;
  owner: number;
  /** A class's header (its `class` line, bases included): start, end. */
  header: [number, number] | null;
  /** For a method: the header of the class it is defined in. */
  classHeader: [number, number] | null;
  body: FunctionBody | null;
}

const enum Code {
  Tab = 9,
  LineFeed = 10,
  FormFeed = 12,
  Return = 13,
  Space = 32,
  Quote = 34,
  Hash = 35,
  Apostrophe = 39,
  OpenParen = 40,
  CloseParen = 41,
  Colon = 58,
  Less = 60,
  Equals = 61,
  Greater = 62,
  At = 64,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
  Bang = 33,
}

const continuations = new Set(['else', 'elif', 'except', 'finally']);
const noBinding = new Set(['if', 'elif', 'while', 'else', 'try', 'finally', 'pass', 'break', 'continue', 'return', 'raise', 'assert', 'yield', 'await', 'print', 'exec']);
const wordPattern = /[A-Za-z_][A-Za-z0-9_]*/g;
/** The characters the line scanner looks at: line breaks, quotes, comments, backslashes, brackets, `=` and `:`. */
const special = /[\n'"#\\()[\]{}=:]/g;
const tripleEnds = { 34: /["\\]/g, 39: /['\\]/g } as Record<number, RegExp>;
const singleEnds = { 34: /["\\\n\r]/g, 39: /['\\\n\r]/g } as Record<number, RegExp>;

function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/**
 * The text's top-level statements, found by a line scanner that knows strings, comments, brackets
 * and backslash continuations (no parse). Null where it is in doubt: an unterminated string or
 * bracket, a closing bracket without its opening, an `else`/`except` line with no statement before.
 */
export function topLevelUnits(text: string): TopLevelUnit[] | null {
  const units: TopLevelUnit[] = [];
  const length = text.length;
  let unit: TopLevelUnit | null = null;
  let afterDecorator = false;
  /** The definitions whose bodies are open, innermost last; the first decorator seen at a column. */
  const open: OpenDefinition[] = [];
  let decorator: { column: number; start: number } | null = null;
  const close = (entry: OpenDefinition, end: number) => {
    if (entry.body && unit) {
      entry.body.end = end;
      unit.bodies.push(entry.body);
    }
  };
  let i = 0;
  while (i < length) {
    // A physical line starts at i, outside any string or bracket.
    const lineStart = i;
    let column = 0;
    let tab = false;
    let c = text.charCodeAt(i);
    while (c === Code.Space || c === Code.Tab || c === Code.FormFeed) {
      if (c !== Code.Space) tab = true;
      column++;
      c = text.charCodeAt(++i);
    }
    if (i >= length) break;
    if (c === Code.LineFeed || c === Code.Return || c === Code.Hash) {
      // A blank or comment-only line: it belongs to the statement before it.
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? length : newline + 1;
      continue;
    }
    // A logical line starts at i: scan to its end.
    const logicalStart = i;
    let depth = 0;
    /** Offsets (from logicalStart) of `=` signs outside brackets that assign, and of a `:` outside brackets. */
    let lastAssign = -1;
    let firstColon = -1;
    let walrus = false;
    /** The last character of code (not a comment, not a blank): a `:` ends a block's header. */
    let lastCode = 0;
    /** Where the physical line being scanned starts, and the `#` of a comment on it (else -1). */
    let physical = logicalStart;
    let comment = -1;
    // Jump from one character that matters to the next: most characters are words and blanks.
    special.lastIndex = i;
    for (let match = special.exec(text); ; match = special.exec(text)) {
      if (!match) {
        i = length;
        break;
      }
      i = match.index;
      c = text.charCodeAt(i);
      if (c === Code.Quote || c === Code.Apostrophe) {
        const end = stringEnd(text, i);
        if (end < 0) return null;
        special.lastIndex = end;
        continue;
      }
      if (c === Code.Hash) {
        comment = i;
        const newline = text.indexOf('\n', i);
        special.lastIndex = newline < 0 ? length : newline;
        continue;
      }
      if (c === Code.Backslash) {
        // A line continuation (or a stray backslash, which the parse will judge).
        special.lastIndex = i + (text.charCodeAt(i + 1) === Code.Return && text.charCodeAt(i + 2) === Code.LineFeed ? 3 : 2);
        continue;
      }
      special.lastIndex = i + 1;
      if (c === Code.LineFeed) {
        if (depth === 0) break;
        physical = i + 1;
        comment = -1;
      } else if (c === Code.OpenParen || c === Code.OpenBracket || c === Code.OpenBrace) depth++;
      else if (c === Code.CloseParen || c === Code.CloseBracket || c === Code.CloseBrace) {
        if (--depth < 0) return null;
      } else if (depth === 0 && c === Code.Equals) {
        const before = text.charCodeAt(i - 1);
        const after = text.charCodeAt(i + 1);
        if (after === Code.Equals) special.lastIndex = i + 2;
        else if (before === Code.Colon) walrus = true;
        else if (before !== Code.Equals && before !== Code.Bang && ((before !== Code.Less && before !== Code.Greater) || text.charCodeAt(i - 2) === before)) lastAssign = i;
      } else if (depth === 0 && c === Code.Colon && firstColon < 0) firstColon = i;
      else if (c === Code.Colon && text.charCodeAt(i + 1) === Code.Equals) walrus = true;
    }
    // The last character of code on the last physical line (before its comment).
    for (let end = (comment >= physical ? comment : i) - 1; end >= physical; end--) {
      const d = text.charCodeAt(end);
      if (d !== Code.Space && d !== Code.Tab && d !== Code.Return && d !== Code.FormFeed) {
        lastCode = d;
        break;
      }
    }
    if (depth > 0) return null;
    const logicalEnd = i;
    if (i < length) i++; // the line feed
    const first = firstWord(text, logicalStart, logicalEnd);
    const startsUnit = column === 0 && !(afterDecorator || (first !== '' && continuations.has(first)));
    // Bodies end at the first line indented no deeper than their definition.
    while (open.length && (startsUnit || open[open.length - 1].column >= column)) close(open.pop()!, lineStart);
    const innermost = open[open.length - 1];
    if (innermost?.kind === 'def' && !innermost.body) innermost.body = { owner: innermost.owner, classHeader: innermost.classHeader, start: lineStart, first: logicalStart, end: length, kept: false, longestLine: 0 };
    if (startsUnit) {
      unit = { start: units.length === 0 ? 0 : lineStart, end: length, binds: new Set(), imports: false, longestLine: 0, definition: false, bodies: [], tabs: false, classes: [] };
      if (units.length) units[units.length - 1].end = lineStart;
      units.push(unit);
    } else if (!unit) {
      // Indented code or an `else` before any statement: let the parse judge the whole text.
      return null;
    }
    if (column === 0) afterDecorator = text.charCodeAt(logicalStart) === Code.At;
    if (tab) unit.tabs = true;
    unit.longestLine = Math.max(unit.longestLine, logicalEnd - logicalStart + column);
    const keeps = first === 'import' || first === 'from' || first === 'global';
    for (const entry of open) {
      if (!entry.body) continue;
      entry.body.longestLine = Math.max(entry.body.longestLine, logicalEnd - logicalStart + column);
      if (keeps) entry.body.kept = true;
    }
    const isDecorator = text.charCodeAt(logicalStart) === Code.At;
    if (isDecorator) {
      if (!decorator || decorator.column !== column) decorator = { column, start: lineStart };
    } else {
      const owner = decorator?.column === column ? decorator.start : lineStart;
      if (lastCode === Code.Colon && (first === 'def' || (first === 'async' && /^async\s+def\b/.test(text.slice(logicalStart, logicalEnd))))) {
        const outer = open[open.length - 1];
        open.push({ kind: 'def', column, owner, header: null, classHeader: outer?.kind === 'class' && outer.column < column ? outer.header : null, body: null });
      } else if (lastCode === Code.Colon && first === 'class') {
        open.push({ kind: 'class', column, owner, header: [logicalStart, logicalEnd], classHeader: null, body: null });
        unit.classes.push([logicalStart, logicalEnd]);
      }
      decorator = null;
    }
    bindingsOf(text, logicalStart, logicalEnd, first, lastAssign < 0 ? -1 : lastAssign - logicalStart, firstColon < 0 ? -1 : firstColon - logicalStart, walrus, column === 0, unit);
  }
  while (open.length) close(open.pop()!, length);
  return units;
}

/** The offset after the string literal opening at `at` (a quote), or -1 when it is not closed. */
function stringEnd(text: string, at: number): number {
  const quote = text.charCodeAt(at);
  const triple = text.charCodeAt(at + 1) === quote && text.charCodeAt(at + 2) === quote;
  const ends = (triple ? tripleEnds : singleEnds)[quote];
  ends.lastIndex = at + (triple ? 3 : 1);
  for (let match = ends.exec(text); match; match = ends.exec(text)) {
    const i = match.index;
    const c = text.charCodeAt(i);
    if (c === Code.Backslash) {
      ends.lastIndex = i + 2;
      continue;
    }
    if (c !== quote) return -1; // a line break in a one-line string
    if (!triple) return i + 1;
    if (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) return i + 3;
  }
  return -1;
}

/** Adds what a logical line may bind at module level to its unit (def and class bodies bind only through `global`). */
/** The word a logical line starts with ('' for none). */
function firstWord(text: string, start: number, end: number): string {
  let i = start;
  const c = text.charCodeAt(i);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return '';
  for (i++; i < end; i++) {
    const d = text.charCodeAt(i);
    if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 95)) break;
  }
  return text.slice(start, i);
}

function bindingsOf(text: string, start: number, end: number, first: string, assign: number, colon: number, walrus: boolean, topLevel: boolean, unit: TopLevelUnit): void {
  // Inside a function or class body, only imports and `global` matter: most lines stop here.
  if (unit.definition && !topLevel && first !== 'import' && first !== 'from' && first !== 'global') return;
  const line = text.slice(start, end);
  const binds = unit.binds;
  const add = (words: string[]) => {
    for (const word of words) binds.add(word);
  };
  if (first === 'import' || (first === 'from' && /\bimport\b/.test(line))) {
    unit.imports = true;
    const names = first === 'import' ? line.slice(6) : line.slice(line.search(/\bimport\b/) + 6);
    for (const part of names.replace(/[()\\]/g, ' ').split(',')) {
      const words = wordsOf(part);
      if (words.length === 0) continue;
      // `a.b.c` binds `a`; `x as y` binds `y`.
      binds.add(words.includes('as') ? words[words.length - 1] : words[0]);
    }
    return;
  }
  if (unit.definition && !topLevel) {
    if (first === 'global') add(wordsOf(line));
    return;
  }
  if (walrus || first === 'global' || first === 'nonlocal' || first === 'del' || first === 'case' || first === 'match') {
    add(wordsOf(line));
    return;
  }
  const definition = first === 'def' || first === 'class' || first === 'async' ? /^(?:async\s+)?(?:def|class)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(line) : null;
  if (definition) {
    binds.add(definition[1]);
    if (topLevel) unit.definition = true;
    return;
  }
  if (first === 'async') {
    add(wordsOf(line));
    return;
  }
  if (first === 'for') {
    const words = wordsOf(line);
    add(words.slice(1, Math.max(1, words.indexOf('in'))));
    return;
  }
  if (first === 'with' || first === 'except') {
    const words = wordsOf(line);
    const as = words.indexOf('as');
    if (as >= 0) add(words.slice(as + 1));
    return;
  }
  if (first === 'lambda' || noBinding.has(first) || line.charCodeAt(0) === Code.At) return;
  if (assign >= 0) add(wordsOf(line.slice(0, assign)));
  else if (colon >= 0) add(wordsOf(line.slice(0, colon)));
}

/** Why a file was parsed whole, or "sparse"; and the characters parsed (the caller's tally). */
export interface SparseStats {
  outcomes: Map<string, number>;
  charactersParsed: number;
  characters: number;
}

/** The text with the top-level statements the rules cannot need blanked, and the kept ranges (start, end pairs, in order); null: parse the whole text. */
export interface SparseText {
  text: string;
  /** The text the rules may anchor on (start, end pairs, in order): the rest is skipped, or `...` for a function's body. */
  kept: number[];
  /** The kept top-level statements (start, end pairs): the sparse tree's top-level nodes lie in them. */
  statements: number[];
  /** What the parser reads (start, end pairs): the kept text and each `...` with the rest of its line; the blanks are skipped. */
  parsed: number[];
  /** The longest logical line of a blanked statement (a bound on how deep it nests). */
  blankedLongestLine: number;
}

/** How many characters the kept statements may hold, at most, for the sparse parse to be worth it. */
const worthIt = 0.95;

/**
 * The sparse text for these rules, or why the whole text must be parsed: a rule reads other
 * statements (`locality: 'file'`), the line scanner is in doubt, or the kept statements are most
 * of the text.
 */
export function sparseTextFor(text: string, planned: readonly PlannedRule[], words: WordIndex, fileRulesChecked = false): SparseText | string {
  if (!fileRulesChecked && planned.some(({ rule }) => rule.locality === 'file')) return 'a file rule';
  const units = topLevelUnits(text);
  if (!units) return 'scanner in doubt';
  if (units.length < 2) return 'one statement';
  const starts = units.map((unit) => unit.start);
  const unitAt = (offset: number) => upperBound(starts, offset) - 1;
  const kept = new Uint8Array(units.length);
  /** Kept for a hit or as a use of a name such a statement binds: the names it binds keep their uses. */
  const spreads = new Uint8Array(units.length);
  /** Where a triggered rule's gate is met: its trigger words, the starts and ends of its pattern's matches. */
  const hits: number[] = [];
  for (const { rule } of planned) {
    for (const word of rule.triggers ?? []) for (const offset of words.offsets(word)) hits.push(offset);
    if (rule.triggerPattern) {
      const pattern = globalPattern(rule.triggerPattern);
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        hits.push(match.index, Math.max(match.index, match.index + match[0].length - 1));
        if (match[0].length === 0) pattern.lastIndex++;
      }
    }
  }
  for (const offset of hits) spreads[unitAt(offset)] = 1;
  hits.sort((a, b) => a - b);
  units.forEach((unit, index) => {
    if (spreads[index] || unit.imports || unit.binds.has('__all__')) kept[index] = 1;
  });
  // Module-level names: the statements that bind each, and those that spell it.
  const binders = new Map<string, number[]>();
  units.forEach((unit, index) => {
    for (const name of unit.binds) {
      const list = binders.get(name);
      if (list) list.push(index);
      else binders.set(name, [index]);
    }
  });
  const usersOf = new Map<string, number[]>();
  const users = (name: string) => {
    let list = usersOf.get(name);
    if (!list) {
      list = [];
      for (const offset of words.offsets(name)) {
        const index = unitAt(offset);
        if (list[list.length - 1] !== index) list.push(index);
      }
      usersOf.set(name, list);
    }
    return list;
  };
  /** Names whose every use is kept: a function body that spells one is kept too. */
  const usedEverywhere = new Set<string>();
  // To a fixpoint: a kept statement keeps the statements binding a name it spells (the scopes,
  // the class index, version flags); a statement kept for a hit (or as a use of one) keeps every
  // statement spelling a name it binds (aliases: `t = ugettext`, subclasses of a class it defines),
  // and every statement spelling a name it uses that the module defines (a rule may ask whether
  // the `ModelAdmin` it registers is used elsewhere).
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, indexes] of binders) {
      const spelled = users(name);
      if (indexes.some((index) => spreads[index])) {
        usedEverywhere.add(name);
        for (const index of spelled) {
          if (!spreads[index]) {
            spreads[index] = kept[index] = 1;
            changed = true;
          }
        }
      } else if (!usedEverywhere.has(name) && indexes.some((index) => !units[index].imports) && spelled.some((index) => spreads[index])) {
        usedEverywhere.add(name);
        for (const index of spelled) kept[index] = 1;
        changed = true;
      }
      if (indexes.some((index) => !kept[index]) && spelled.some((index) => kept[index])) {
        for (const index of indexes) kept[index] = 1;
        changed = true;
      }
    }
  }
  // Where those names are spelled: a function body that spells one is kept.
  const spread: number[] = [];
  for (const name of usedEverywhere) for (const offset of words.offsets(name)) spread.push(offset);
  spread.sort((a, b) => a - b);
  const holds = (offsets: readonly number[], start: number, end: number) => {
    const at = upperBound(offsets, start - 1);
    return at < offsets.length && offsets[at] < end;
  };
  // Classes a rule may match by their bases: a hit in the header, or a base that is such a class of
  // the module. Their methods' bodies are kept (a rule about a `MiddlewareMixin` reads `__init__`).
  const headers = units.flatMap((unit) => unit.classes);
  const matched = new Set<string>();
  const matchedHeaders = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [start, end] of headers) {
      if (matchedHeaders.has(start)) continue;
      const [, name, ...bases] = wordsOf(text.slice(start, end));
      if (holds(hits, start, end) || bases.some((base) => matched.has(base))) {
        matchedHeaders.add(start);
        if (name) matched.add(name);
        changed = true;
      }
    }
  }
  const ranges: number[] = [];
  /** The kept top-level statements (whole, bodies blanked or not): each must be the parser's statements. */
  const statements: number[] = [];
  let keptLength = 0;
  let blankedLongestLine = 0;
  /** The text with each blanked body's first line written as `...` (the rest of the blanked text is left as it is: the parser skips it). */
  const pieces: string[] = [];
  let written = 0;
  const parsed: number[] = [];
  const parse = (start: number, end: number) => {
    if (parsed.length && parsed[parsed.length - 1] === start) parsed[parsed.length - 1] = end;
    else parsed.push(start, end);
  };
  const keep = (start: number, end: number) => {
    parse(start, end);
    keptLength += end - start;
    if (ranges.length && ranges[ranges.length - 1] === start) ranges[ranges.length - 1] = end;
    else ranges.push(start, end);
  };
  const blank = (longestLine: number) => {
    blankedLongestLine = Math.max(blankedLongestLine, longestLine);
  };
  units.forEach((unit, index) => {
    if (!kept[index]) {
      blank(unit.longestLine);
      return;
    }
    if (statements.length && statements[statements.length - 1] === unit.start) statements[statements.length - 1] = unit.end;
    else statements.push(unit.start, unit.end);
    // In a kept statement, the bodies of functions that hold no hit (nor an import, a `global`, a
    // name a hit binds) become `...`: the definitions, their decorators and headers stay.
    let at = unit.start;
    if (!unit.tabs) {
      for (const body of [...unit.bodies].sort((a, b) => a.start - b.start)) {
        if (body.start < at || body.kept || (body.classHeader && matchedHeaders.has(body.classHeader[0])) || holds(hits, body.owner, body.end) || holds(spread, body.start, body.end)) continue;
        const firstLine = text.indexOf('\n', body.first);
        if ((firstLine < 0 ? body.end : firstLine) - body.first < 4) continue; // room for `...` before the line's end (and a \r)
        keep(at, body.first);
        const lineEnd = firstLine < 0 ? body.end : text.charCodeAt(firstLine - 1) === Code.Return ? firstLine - 1 : firstLine;
        pieces.push(text.slice(written, body.first), '...', ' '.repeat(lineEnd - body.first - 3));
        written = lineEnd;
        blank(body.longestLine);
        // The parser reads the line of the `...` to its line break (the indentation scanner needs it).
        parse(body.first, firstLine < 0 ? body.end : firstLine + 1);
        at = body.end;
      }
    }
    keep(at, unit.end);
  });
  if (keptLength > worthIt * text.length) return 'most statements kept';
  pieces.push(text.slice(written));
  return { text: pieces.join(''), kept: ranges, statements, parsed, blankedLongestLine };
}

const globalPatterns = new WeakMap<RegExp, RegExp>();

function globalPattern(pattern: RegExp): RegExp {
  let global = globalPatterns.get(pattern);
  if (!global) globalPatterns.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  return global;
}

/** The first index of the sorted `values` whose value is greater than `value`. */
function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether `offset` lies in one of the kept ranges. */
function isKept(kept: readonly number[], offset: number): boolean {
  // The index of the last range bound at or before the offset: a start (even) means inside.
  return (upperBound(kept, offset) & 1) === 1;
}

/**
 * The words of the whole text, answering the rules' anchors (`offsets`) with the kept text's only
 * (a blanked statement has no node to anchor on). `has` answers for the whole text, as the gate did.
 */
class KeptWords extends WordIndex {
  private readonly cache = new Map<string, readonly number[]>();

  constructor(private readonly whole: WordIndex, private readonly kept: readonly number[]) {
    super();
  }

  override has(word: string): boolean {
    return this.whole.has(word);
  }

  override offsets(word: string): readonly number[] {
    let found = this.cache.get(word);
    if (!found) {
      found = this.whole.offsets(word).filter((offset) => isKept(this.kept, offset));
      this.cache.set(word, found);
    }
    return found;
  }

  override offsetsIn(word: string, start: number, end: number): readonly number[] {
    return this.offsets(word).filter((offset) => offset >= start && offset < end);
  }
}

/** Deeper than the engine checks (`maxNestingDepth`, 1,000) could only be a blanked statement with a logical line about this long. */
const deepLine = 500;

/**
 * Lints a file as `Analyzer.lint` does, parsing the sparse text where that gives the same findings
 * (the module's top-level statements that no triggered rule can need are blanked), else the whole
 * text.
 */
export function lintSparse(analyzer: Analyzer, input: FileInput, options: LintOptions, stats?: SparseStats): Finding[] {
  const planned = rulesToRun(input, analyzer.rules, options);
  if (stats) stats.characters += input.text.length;
  if (planned.length === 0) return [];
  let words: WordIndex | null = null;
  const whole = (reason: string) => {
    tally(stats, reason, input.text.length);
    return lintWhole(analyzer, input, planned, options, words);
  };
  if (input.language !== 'python') return whole('a template');
  if (planned.some(({ rule }) => rule.locality === 'file')) return whole('a file rule');
  words = WordIndex.of(input.text);
  const sparse = sparseTextFor(input.text, planned, words, true);
  if (typeof sparse === 'string') return whole(sparse);
  const tree = analyzer.parser(input.language).parse(sparse.text, null, { includedRanges: rangesOf(sparse.text, sparse.parsed) });
  if (!tree) return whole('the sparse parse failed');
  // Blanks cost the parser little next to code: the kept statements are what it parses.
  if (stats) stats.charactersParsed += keptLength(sparse.kept);
  let doubt: string | null = null;
  let findings: Finding[] = [];
  try {
    if (tree.rootNode.hasError) return whole('an error in the sparse tree');
    if (!alignsWith(tree, sparse.statements)) return whole('statements misaligned');
    const keptWords = new KeptWords(words, sparse.kept);
    const watched = new Set<string>();
    let scopesBuilt = false;
    let skipped: string | null = null;
    const session: CheckSession = {
      region: null,
      present: (word) => words.has(word),
      words: keptWords,
      scopes: () => {
        scopesBuilt = true;
        return new PythonScopes(tree, sparse.text);
      },
      watched: (_rule, key) => watched.add(key),
      looked: () => {},
    };
    findings = runRules({ ...input, text: sparse.text, tree }, planned, { ...options, onSkip: (reason) => (skipped = reason) }, session);
    if ([...watched].some((name) => name !== 'quotes' && words.offsets(name).some((offset) => !isKept(sparse.kept, offset)))) doubt = 'a watched name in a blanked statement';
    else if (watched.has('quotes') && !sameQuote(tree, quotesOutside(input.text, sparse.kept))) doubt = 'the preferred quote';
    else if (findings.length > 0 && scopesBuilt && sparse.blankedLongestLine >= deepLine) doubt = 'a long line blanked';
    else if (skipped !== null) {
      options.onSkip?.(skipped);
      findings = [];
    }
  } finally {
    tree.delete();
  }
  if (doubt !== null) return whole(doubt);
  tally(stats, 'sparse', 0);
  return findings;
}

function keptLength(kept: readonly number[]): number {
  let length = 0;
  for (let i = 0; i < kept.length; i += 2) length += kept[i + 1] - kept[i];
  return length;
}

function tally(stats: SparseStats | undefined, outcome: string, parsed: number): void {
  if (!stats) return;
  stats.outcomes.set(outcome, (stats.outcomes.get(outcome) ?? 0) + 1);
  stats.charactersParsed += parsed;
}

/** Start, end pairs of offsets as tree-sitter ranges (rows and UTF-16 columns). */
export function rangesOf(text: string, pairs: readonly number[]): Range[] {
  const ranges: Range[] = [];
  let row = 0;
  let lineStart = 0;
  let at = 0;
  const point = (offset: number) => {
    for (let newline = text.indexOf('\n', at); newline >= 0 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
      row++;
      lineStart = newline + 1;
    }
    at = offset;
    return { row, column: offset - lineStart };
  };
  for (let i = 0; i < pairs.length; i += 2) {
    const startPosition = point(pairs[i]);
    const endPosition = point(pairs[i + 1]);
    ranges.push({ startIndex: pairs[i], endIndex: pairs[i + 1], startPosition, endPosition });
  }
  return ranges;
}

/** `Analyzer.lint` with the rules already planned. */
function lintWhole(analyzer: Analyzer, input: FileInput, planned: readonly PlannedRule[], options: LintOptions, words: WordIndex | null): Finding[] {
  const tree = analyzer.parse(input.language, input.text);
  try {
    // The words of the text, where they were indexed already, are the rules' anchors (as in the
    // editor's checks, which keep them across edits).
    const session: CheckSession | undefined = words
      ? { region: null, present: (word) => words.has(word), words, scopes: () => new PythonScopes(tree, input.text), watched: () => {}, looked: () => {} }
      : undefined;
    return runRules({ ...input, tree }, planned, options, session);
  } finally {
    tree.delete();
  }
}

/** Whether every top-level node of the sparse tree lies inside one kept range, and every kept range starts one: the scanner's statements are the parser's. */
function alignsWith(tree: Tree, kept: readonly number[]): boolean {
  const root = tree.rootNode;
  let range = 0;
  let started = false;
  for (let child = root.firstChild; child; child = child.nextSibling) {
    while (range < kept.length && child.startIndex >= kept[range + 1]) {
      if (!started) return false;
      range += 2;
      started = false;
    }
    if (range >= kept.length || child.startIndex < kept[range] || child.endIndex > kept[range + 1]) return false;
    started = true;
  }
  return range === kept.length - 2 && started;
}

/** The quote characters of the text outside the kept ranges (each string literal there has two or more). */
function quotesOutside(text: string, kept: readonly number[]): number {
  let count = 0;
  const pattern = /['"]/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) if (!isKept(kept, match.index)) count++;
  return count;
}

/** Whether the module's preferred quote (`preferredQuote`: the commoner of the string literals' quotes) is the same whatever the blanked statements' strings are. */
function sameQuote(tree: Tree, blankedQuotes: number): boolean {
  let single = 0;
  let double = 0;
  for (const node of tree.rootNode.descendantsOfType('string')) {
    if (!node) continue;
    if (quoteOf(node) === '"') double++;
    else single++;
  }
  const most = Math.floor(blankedQuotes / 2);
  return double > single + most || double + most <= single;
}
