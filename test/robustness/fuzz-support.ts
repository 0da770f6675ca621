// Shared machinery of the robustness tests: a seeded random generator, the corpus of real files,
// random editor-like edits, LSP positions computed independently of the server's own library, a
// replay of an edit sequence through the server's IncrementalDocument that compares every step
// with a fresh parse, and delta debugging to shrink a failing sequence to a minimal reproduction.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Node, Tree } from 'web-tree-sitter';
import type { Analyzer } from '../../server/src/engine/analyzer';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import type { LintOptions } from '../../server/src/engine/lint';
import type { Finding } from '../../server/src/engine/types';
import { IncrementalCheck } from '../../server/src/engine/incremental-check';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import type { SourceLanguage } from '../../server/src/parsing/languages';
import { languageOfPath } from '../../server/src/project/source-files';

export const repoRoot = path.resolve(__dirname, '..', '..');

// ---------------------------------------------------------------------------------------------
// Random numbers

/** mulberry32: small, fast and good enough; the same seed gives the same run on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

// ---------------------------------------------------------------------------------------------
// The corpus: every Python file and template of the sample project and the test corpora

export interface CorpusFile {
  /** Relative to the repository root. */
  path: string;
  language: SourceLanguage;
  text: string;
}

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.') && entry.name !== '__pycache__') walk(full, out);
    } else if (entry.isFile()) {
      out.push(full);
    }
  }
}

/**
 * Python files and templates of `examples/`, of every `fixtures` folder under `test/` (the parity
 * fixtures among them, when present) and of `test/robustness/corpus` when present.
 */
export function corpusFiles(): CorpusFile[] {
  const roots = [path.join(repoRoot, 'examples')];
  const testDir = path.join(repoRoot, 'test');
  const fixtureDirs: string[] = [];
  const findFixtures = (dir: string, depth: number) => {
    if (depth > 4) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.name === 'fixtures' || entry.name === 'corpus') fixtureDirs.push(full);
      else findFixtures(full, depth + 1);
    }
  };
  findFixtures(testDir, 0);
  const files: string[] = [];
  for (const root of [...roots, ...fixtureDirs]) walk(root, files);
  const result: CorpusFile[] = [];
  for (const file of files.sort()) {
    const language = languageOfPath(file);
    if (!language) continue;
    const bytes = fs.readFileSync(file);
    if (bytes.includes(0)) continue;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    result.push({ path: path.relative(repoRoot, file).split(path.sep).join('/'), language, text });
  }
  return result;
}

/** The inputs of the template grammar's corpus (tree-sitter test format), as extra template texts. */
export function templateGrammarInputs(): string[] {
  const dir = path.join(repoRoot, 'grammars', 'django-template', 'test', 'corpus');
  const inputs: string[] = [];
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt'));
  } catch {
    return inputs;
  }
  for (const name of names.sort()) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const parts = text.split(/^={3,}[^\n]*\n[^\n]*\n={3,}[^\n]*\n/m);
    for (const part of parts.slice(1)) {
      const input = part.split(/^-{3,}\s*$/m)[0];
      if (input && input.trim()) inputs.push(input.replace(/\n$/, ''));
    }
  }
  return inputs;
}

// ---------------------------------------------------------------------------------------------
// Positions and edits

export interface LspPosition {
  line: number;
  character: number;
}

/** An LSP position (lines end at "\r\n", "\n" or "\r"; characters are UTF-16 units), computed here. */
export function lspPosition(text: string, offset: number): LspPosition {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        if (i + 1 >= offset) break; // offset between \r and \n: still on this line
        i++;
      }
      line++;
      lineStart = i + 1;
    } else if (c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** An edit of the text as it is when the edit is applied: replace [start, end) with `text`. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
  /** Compare with a fresh parse after this edit (otherwise the next edits pile up on the tree first). */
  check?: boolean;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Moves an offset off the middle of a CRLF or a surrogate pair, as an editor's cursor never sits there. */
export function snap(text: string, offset: number, direction: -1 | 1): number {
  let o = Math.max(0, Math.min(text.length, offset));
  if (o > 0 && o < text.length) {
    if (text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) o += direction === -1 ? -1 : 1;
    else if (isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))) o += direction === -1 ? -1 : 1;
  }
  return o;
}

/** Clamps and snaps an edit to the text (used when a shrunk sequence no longer matches the offsets). */
export function normalizeEdit(text: string, edit: OffsetEdit): OffsetEdit {
  const start = snap(text, Math.min(edit.start, edit.end), -1);
  const end = Math.max(start, snap(text, Math.max(edit.start, edit.end), 1));
  return { ...edit, start, end };
}

export function applyOffsetEdit(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

export function lspChange(text: string, edit: OffsetEdit) {
  return { range: { start: lspPosition(text, edit.start), end: lspPosition(text, edit.end) }, text: edit.text };
}

// ---------------------------------------------------------------------------------------------
// Random edits

const commonTokens = [
  'x', 'y', '_', '0', ' ', '  ', '    ', '\t', '\n', '\n', '\r\n', '\r', 'é', 'ß', '中文', '😀', '𝔘𝔫𝔦', '👩‍👩‍👧', '\uFEFF',
  '\u00A0', '\u200B', '"', "'", '(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '#', '\\', '%', '|', '-', '<', '>', '/',
];
const pythonTokens = [
  'def ', 'class ', 'if x:', 'else:', 'elif y:', 'return ', 'pass', 'import ', 'from ', ' as ', 'lambda: ', 'with a as b:',
  '"""', "'''", 'f"{x}"', 'r"^$"', 'try:\n    pass\nexcept Exception:\n    pass\n', '@decorator\n', 'async ', 'await ',
  'from django.conf.urls import url', 'from django.conf.urls import include, url\n', 'url(r"^$", view)', 'url(',
  'from django.utils.translation import ugettext as _\n', 'ugettext', 'force_text', 'from django.utils import six\n',
  'six.text_type', 'models.ForeignKey(User)', 'models.NullBooleanField()', 'MIDDLEWARE_CLASSES = []\n',
  'request.is_ajax()', 'user.is_authenticated()', 'index_together = [["a", "b"]]', 'import django\n',
  'if django.VERSION < (2, 0):\n    ', '# djupgrade: ignore', '# djupgrade: ignore[conf-urls-url]', '# -*- coding: utf-8 -*-\n',
];
const templateTokens = [
  '{%', '%}', '{{', '}}', '{#', '#}', ' %}', '{% if a %}', '{% endif %}', '{% else %}', '{% for x in y %}', '{% endfor %}',
  '{% load staticfiles %}', '{% load static from staticfiles %}', '{% load admin_static %}', '{% ifequal a b %}', '{% endifequal %}',
  '{% ifnotequal a "b" %}', '{% endifnotequal %}', '{% comment %}', '{% endcomment %}', '{% verbatim %}', '{% endverbatim %}',
  '{% block content %}', '{% endblock %}', '{{ x|length_is:"2" }}', '|length_is:', '{% cycle "a","b" %}', '{% ssi "/x" %}',
  '{% load url from future %}', '{{ value|date:"Y" }}', '{% custom_tag %}', '{% endcustom_tag %}', '<div class="a">', '</div>',
  '{# djupgrade: ignore #}', '<script>', '</script>', '{% if a = b %}', '{% with a=b %}', '{% endwith %}',
];

export interface EditContext {
  language: SourceLanguage;
  /** Whole files to paste blocks from. */
  donors: readonly CorpusFile[];
  /** A text that must not start with a BOM (the CLI drops a leading BOM; the server fuzz avoids it). */
  noLeadingBom?: boolean;
  /**
   * Edits that mostly keep the code valid (text in comments and strings, renamed identifiers,
   * duplicated or deleted simple lines, blank lines, line endings), so that tree-sitter's
   * incremental reuse is exercised on error-free trees too: a tree with errors is reparsed from
   * scratch by IncrementalDocument.
   */
  gentle?: boolean;
}

const gentleTexts = ['é', 'ß', '中文', '😀', '𝔘𝔫𝔦', '👩‍👩‍👧', '\u00A0', ' ', 'x', 'naïve café ☕', '\t'];

/** Mostly-valid edits of one text: see EditContext.gentle. */
function gentleEdit(rng: Random, text: string, language: SourceLanguage): OffsetEdit {
  const starts = lineStartsOf(text);
  const line = rng.int(starts.length);
  const lineStart = starts[line];
  const lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
  const content = text.slice(lineStart, lineEnd).replace(/(\r\n|\r|\n)$/, '');
  const pick = rng.pick(['comment', 'string', 'rename', 'duplicate', 'delete', 'blank', 'endings', 'indent-space']);
  const safeText = rng.pick(gentleTexts).replace('\t', ' ');
  if (pick === 'comment' || (language === 'django-template' && pick === 'string')) {
    if (language === 'python') {
      const hash = content.indexOf('#');
      if (hash >= 0 && !/["']/.test(content.slice(0, hash))) return { start: lineStart + hash + 1 + rng.int(content.length - hash), end: lineStart + hash + 1 + rng.int(content.length - hash), text: safeText };
      return { start: lineStart + content.length, end: lineStart + content.length, text: content.trim() ? `  # ${safeText}` : '' };
    }
    // Template text outside tags: at a line start, before any `{`.
    return { start: lineStart, end: lineStart, text: `${safeText} ` };
  }
  if (pick === 'string' && language === 'python') {
    const quote = /(["'])[^"'\\\n]*\1/.exec(content);
    if (quote) {
      const offset = lineStart + quote.index + 1 + rng.int(quote[0].length - 1);
      return { start: offset, end: offset, text: safeText };
    }
  }
  if (pick === 'rename') {
    const word = /[A-Za-z_][A-Za-z_0-9]*/g;
    const words = [...content.matchAll(word)].filter((m) => !/^(def|class|if|elif|else|for|while|try|except|finally|with|return|import|from|as|pass|in|is|not|and|or|lambda|yield|raise|del|global|nonlocal|assert|break|continue|async|await|None|True|False|endif|endfor|endblock|load|block|extends|include|comment|endcomment|verbatim|endverbatim)$/.test(m[0]));
    if (words.length) {
      const m = rng.pick(words);
      const at = lineStart + m.index! + 1 + rng.int(m[0].length);
      return { start: at, end: at, text: rng.pick(['x', '_', 'é', '2']) };
    }
  }
  if (pick === 'duplicate' && content.trim() && !/[:\\,([{]\s*$/.test(content) && !/^\s*(else|elif|except|finally)\b/.test(content)) {
    return { start: lineStart, end: lineStart, text: text.slice(lineStart, lineEnd).replace(/[^\r\n]$/, '$&\n') };
  }
  if (pick === 'delete' && content.trim() && !/[:\\,([{]\s*$/.test(content) && !/^\s*[)\]}]/.test(content)) {
    return { start: lineStart, end: lineEnd, text: '' };
  }
  if (pick === 'endings' && lineEnd > lineStart && /\r?\n$/.test(text.slice(lineStart, lineEnd))) {
    const breakStart = text.slice(lineStart, lineEnd).endsWith('\r\n') ? lineEnd - 2 : lineEnd - 1;
    return { start: breakStart, end: lineEnd, text: rng.pick(['\n', '\r\n']) };
  }
  if (pick === 'indent-space') {
    const comma = content.indexOf(', ');
    if (comma >= 0) return { start: lineStart + comma + 1, end: lineStart + comma + 1, text: ' ' };
  }
  // A blank line.
  return { start: lineStart, end: lineStart, text: rng.pick(['\n', '\r\n']) };
}

function token(rng: Random, language: SourceLanguage): string {
  const specific = language === 'python' ? pythonTokens : templateTokens;
  return rng.chance(0.55) ? rng.pick(commonTokens) : rng.pick(specific);
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** A block of whole lines of a text (as selected by clicking in the gutter and dragging). */
function lineBlock(rng: Random, text: string): { start: number; end: number } {
  const starts = lineStartsOf(text);
  const first = rng.int(starts.length);
  const count = 1 + rng.int(Math.min(15, starts.length - first));
  const start = starts[first];
  const end = first + count < starts.length ? starts[first + count] : text.length;
  return { start, end };
}

/**
 * One burst of random edits, as an editor sends them: a keystroke, a word typed letter by letter,
 * a deletion, a paste of a block of another file, a cut-and-paste move, a line-ending change.
 * Offsets are those of the text when each edit applies; the last edit of the burst is checked.
 */
export function randomEdits(rng: Random, text: string, context: EditContext): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  let current = text;
  const push = (edit: OffsetEdit) => {
    let normalized = normalizeEdit(current, edit);
    if (context.noLeadingBom && normalized.start === 0 && (normalized.text.startsWith('\uFEFF') || (normalized.text === '' && current.slice(normalized.end).startsWith('\uFEFF')))) {
      normalized = { ...normalized, text: normalized.text.replace(/^\uFEFF/, 'x') };
      if (normalized.text === '' && current.slice(normalized.end).startsWith('\uFEFF')) normalized = { ...normalized, end: normalized.start };
    }
    edits.push(normalized);
    current = applyOffsetEdit(current, normalized);
  };
  const at = () => rng.int(current.length + 1);
  if (context.gentle) {
    for (let i = 1 + rng.int(3); i > 0; i--) push(gentleEdit(rng, current, context.language));
    edits[edits.length - 1].check = true;
    return edits;
  }
  // Large documents shrink, empty ones grow.
  const tooBig = current.length > 6000;
  const kind = tooBig ? 'delete-lines' : rng.pick([
    'insert', 'insert', 'insert', 'insert', 'delete', 'delete', 'replace', 'replace', 'type', 'type',
    'paste', 'paste', 'paste-self', 'move', 'delete-lines', 'line-endings', 'multi',
  ]);
  switch (kind) {
    case 'insert': {
      const offset = at();
      push({ start: offset, end: offset, text: token(rng, context.language) });
      break;
    }
    case 'delete': {
      const start = at();
      push({ start, end: start + 1 + rng.int(rng.chance(0.8) ? 6 : 60), text: '' });
      break;
    }
    case 'replace': {
      const start = at();
      push({ start, end: start + rng.int(12), text: token(rng, context.language) });
      break;
    }
    case 'type': {
      // A word typed key by key: several changes, each against the text of the previous one.
      let offset = at();
      const word = token(rng, context.language);
      for (const char of word) {
        push({ start: offset, end: offset, text: char });
        offset = edits[edits.length - 1].start + char.length;
      }
      break;
    }
    case 'paste': {
      const donors = context.donors.filter((d) => d.language === context.language || rng.chance(0.1));
      const donor = donors.length ? rng.pick(donors) : null;
      if (!donor || donor.text.length === 0) break;
      const block = lineBlock(rng, donor.text);
      const offset = at();
      push({ start: offset, end: rng.chance(0.3) ? offset + rng.int(40) : offset, text: donor.text.slice(block.start, block.end) });
      break;
    }
    case 'paste-self': {
      if (!current) break;
      const block = lineBlock(rng, current);
      const offset = at();
      push({ start: offset, end: offset, text: current.slice(block.start, block.end) });
      break;
    }
    case 'move': {
      if (!current) break;
      const block = lineBlock(rng, current);
      const moved = current.slice(block.start, block.end);
      push({ start: block.start, end: block.end, text: '' });
      const offset = at();
      push({ start: offset, end: offset, text: moved });
      break;
    }
    case 'delete-lines': {
      if (!current) break;
      const block = lineBlock(rng, current);
      push({ start: block.start, end: block.end, text: '' });
      break;
    }
    case 'line-endings': {
      // Convert one line ending (or a run of them) to another style.
      const starts = lineStartsOf(current);
      if (starts.length < 2) {
        push({ start: current.length, end: current.length, text: rng.pick(['\n', '\r\n', '\r']) });
        break;
      }
      const line = 1 + rng.int(starts.length - 1);
      const breakEnd = starts[line];
      const breakStart = current.charCodeAt(breakEnd - 2) === 13 && current.charCodeAt(breakEnd - 1) === 10 ? breakEnd - 2 : breakEnd - 1;
      push({ start: breakStart, end: breakEnd, text: rng.pick(['\n', '\r\n', '\r', '\n\n', '\r\r\n', '']) });
      break;
    }
    case 'multi': {
      // Multi-cursor typing: the same text at several places in one event.
      const piece = token(rng, context.language);
      const offsets = [at(), at(), at()].sort((a, b) => b - a);
      for (const offset of offsets) push({ start: offset, end: offset, text: piece });
      break;
    }
  }
  if (edits.length === 0) {
    const offset = at();
    push({ start: offset, end: offset, text: token(rng, context.language) });
  }
  edits[edits.length - 1].check = true;
  return edits;
}

// ---------------------------------------------------------------------------------------------
// Comparing the incremental document with a fresh parse

export interface Session {
  language: SourceLanguage;
  /** The path the text is linted as (decides its file kinds). */
  path: string;
  text: string;
}

export interface Mismatch {
  step: number;
  what: 'text' | 'tree' | 'positions' | 'findings' | 'exception';
  detail: string;
}

export const allRulesOptions: LintOptions = {
  current: '1.11',
  target: '6.0',
  showFuture: true,
  isEnabled: () => true,
};

export function describeFinding(finding: Finding): string {
  const fix = finding.fix ? ` fix[${finding.fix.automatic ? 'auto' : 'manual'}]=${JSON.stringify(finding.fix.edits)}` : '';
  return `${finding.rule.id} ${finding.start}-${finding.end} ${finding.severity} ${finding.message}${fix}`;
}

/** The first difference of position between two trees of the same shape, or null. */
export function positionDifference(a: Tree, b: Tree): string | null {
  const ca = a.walk();
  const cb = b.walk();
  try {
    for (;;) {
      const na = ca.currentNode;
      const nb = cb.currentNode;
      if (
        na.type !== nb.type || na.startIndex !== nb.startIndex || na.endIndex !== nb.endIndex ||
        na.startPosition.row !== nb.startPosition.row || na.startPosition.column !== nb.startPosition.column ||
        na.endPosition.row !== nb.endPosition.row || na.endPosition.column !== nb.endPosition.column
      ) {
        return `${describeNode(na)} (incremental) vs ${describeNode(nb)} (fresh)`;
      }
      const downA = ca.gotoFirstChild();
      const downB = cb.gotoFirstChild();
      if (downA !== downB) return `children differ at ${describeNode(na)}`;
      if (downA) continue;
      for (;;) {
        const nextA = ca.gotoNextSibling();
        const nextB = cb.gotoNextSibling();
        if (nextA !== nextB) return `siblings differ after ${describeNode(ca.currentNode)}`;
        if (nextA) break;
        const upA = ca.gotoParent();
        cb.gotoParent();
        if (!upA) return null;
      }
    }
  } finally {
    ca.delete();
    cb.delete();
  }
}

function describeNode(node: Node): string {
  return `${node.type}[${node.startIndex}-${node.endIndex} ${node.startPosition.row}:${node.startPosition.column}-${node.endPosition.row}:${node.endPosition.column}]`;
}

export interface CompareOptions {
  /** Compare findings too (the expensive part: two lints). */
  findings: boolean;
  /** Compare the text only (enough, and much faster, to shrink a text mismatch). */
  textOnly?: boolean;
  lintOptions?: LintOptions;
}

/** Compares the incremental document's tree and findings with a fresh parse and lint of its text. */
const checks = new WeakMap<IncrementalDocument, IncrementalCheck>();

/** The incremental check that follows a document (compareWithFresh runs it after every burst). */
export function checkOf(analyzer: Analyzer, document: IncrementalDocument): IncrementalCheck {
  let check = checks.get(document);
  if (!check) checks.set(document, (check = new IncrementalCheck(analyzer.rules)));
  return check;
}

export function compareWithFresh(analyzer: Analyzer, session: Session, document: IncrementalDocument, expectedText: string, step: number, options: CompareOptions): Mismatch | null {
  if (document.text !== expectedText) {
    return { step, what: 'text', detail: `document text ${JSON.stringify(document.text.slice(0, 200))} ≠ expected ${JSON.stringify(expectedText.slice(0, 200))}` };
  }
  if (options.textOnly) return null;
  const incremental = document.getTree();
  const fresh = analyzer.parse(session.language, expectedText);
  try {
    const a = incremental.rootNode.toString();
    const b = fresh.rootNode.toString();
    if (a !== b) return { step, what: 'tree', detail: firstDifference(a, b) };
    const moved = positionDifference(incremental, fresh);
    if (moved) return { step, what: 'positions', detail: moved };
  } finally {
    fresh.delete();
  }
  if (options.findings) {
    const input = { language: session.language, path: session.path, text: expectedText, fileKinds: fileKindsOf(session.path) };
    const lintOptions = options.lintOptions ?? allRulesOptions;
    const a = analyzer.lintTree(input, incremental, lintOptions).map(describeFinding);
    const b = analyzer.lint(input, lintOptions).map(describeFinding);
    if (a.join('\n') !== b.join('\n')) {
      const onlyA = a.filter((x) => !b.includes(x));
      const onlyB = b.filter((x) => !a.includes(x));
      return { step, what: 'findings', detail: `incremental only: ${JSON.stringify(onlyA)}; fresh only: ${JSON.stringify(onlyB)}` };
    }
    // The server's incremental check, told what changed since its last check: it re-checks the
    // changed statements only where it can, and must give what a fresh lint gives either way.
    const check = checkOf(analyzer, document);
    const c = analyzer.lintChange(check, input, incremental, document.takeChange(), lintOptions).map(describeFinding);
    if (c.join('\n') !== b.join('\n')) {
      const onlyC = c.filter((x) => !b.includes(x));
      const onlyB = b.filter((x) => !c.includes(x));
      return { step, what: 'findings', detail: `the incremental check (${check.lastKind}, ${JSON.stringify(check.lastRegion)}): incremental only: ${JSON.stringify(onlyC)}; fresh only: ${JSON.stringify(onlyB)}` };
    }
  }
  return null;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `incremental …${a.slice(from, i + 120)}… vs fresh …${b.slice(from, i + 120)}…`;
}

/**
 * Replays edits through a new IncrementalDocument exactly as the server receives them (LSP ranges,
 * one didChange per edit, the tree reparsed only when checked) and returns the first mismatch.
 * Edits are clamped and snapped to the text first, so a shrunk sequence still applies.
 */
export function replay(analyzer: Analyzer, session: Session, edits: readonly OffsetEdit[], options: CompareOptions): Mismatch | null {
  const document = new IncrementalDocument(`file:///fuzz/${session.path}`, session.language === 'python' ? 'python' : 'django-html', 1, session.text, analyzer.parser(session.language));
  try {
    let text = session.text;
    const tree = document.getTree();
    // The incremental check starts from the first text, as the server's does when a file opens.
    if (options.findings) analyzer.lintChange(checkOf(analyzer, document), { language: session.language, path: session.path, text, fileKinds: fileKindsOf(session.path) }, tree, document.takeChange(), options.lintOptions ?? allRulesOptions);
    let version = 1;
    // The edits up to a checked one form one didChange notification (a burst of content changes).
    let burst: ReturnType<typeof lspChange>[] = [];
    for (let i = 0; i < edits.length; i++) {
      const edit = normalizeEdit(text, edits[i]);
      burst.push(lspChange(text, edit));
      text = applyOffsetEdit(text, edit);
      if (edit.check || i === edits.length - 1) {
        document.update(burst, ++version);
        burst = [];
        const mismatch = compareWithFresh(analyzer, session, document, text, i, options);
        if (mismatch) return mismatch;
      }
    }
    return null;
  } catch (error) {
    return { step: -1, what: 'exception', detail: String((error as Error).stack ?? error) };
  } finally {
    document.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// Shrinking

/** Zeller's ddmin: a 1-minimal sublist of `items` for which `fails` still holds. */
export interface ShrinkBudget {
  tests: number;
  /** Date.now() after which shrinking stops with what it has. */
  deadline?: number;
}

const exhausted = (budget: ShrinkBudget) => budget.tests <= 0 || (budget.deadline !== undefined && Date.now() > budget.deadline);

export function ddmin<T>(items: readonly T[], fails: (candidate: T[]) => boolean, budget: ShrinkBudget = { tests: 4000 }): T[] {
  let current = [...items];
  let n = 2;
  while (current.length >= 2 && !exhausted(budget)) {
    const chunk = Math.ceil(current.length / n);
    let reduced = false;
    for (let i = 0; i < n && !exhausted(budget); i++) {
      const complement = [...current.slice(0, i * chunk), ...current.slice((i + 1) * chunk)];
      if (complement.length === current.length) continue;
      budget.tests--;
      if (fails(complement)) {
        current = complement;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= current.length) break;
      n = Math.min(current.length, n * 2);
    }
  }
  if (current.length === 1 && !exhausted(budget)) {
    budget.tests--;
    if (fails([])) return [];
  }
  return current;
}

/** Characters of a string, keeping CRLF pairs and surrogate pairs whole. */
export function units(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 13 && text.charCodeAt(i + 1) === 10) || (isHigh(c) && isLow(text.charCodeAt(i + 1)))) {
      out.push(text.slice(i, i + 2));
      i++;
    } else out.push(text[i]);
  }
  return out;
}

function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export interface Reproduction {
  description: string;
  language: SourceLanguage;
  path: string;
  text: string;
  edits: OffsetEdit[];
  mismatch: { what: Mismatch['what']; detail: string };
}

/**
 * Shrinks a failing sequence: ddmin over the edits, then over each inserted text, then over the
 * lines and characters of the starting text, then once more over the edits. The predicate is "the
 * replay still reports a mismatch of the same kind".
 */
export function shrink(analyzer: Analyzer, session: Session, edits: readonly OffsetEdit[], first: Mismatch, options: CompareOptions): Reproduction {
  const budget: ShrinkBudget = {
    tests: Number(process.env.FUZZ_SHRINK_TESTS ?? 3000),
    deadline: Date.now() + Number(process.env.FUZZ_SHRINK_SECONDS ?? 90) * 1000,
  };
  const sameKind = (m: Mismatch | null) => m !== null && m.what === first.what;
  // Only compare as deep as the failure needs: a text mismatch needs no parse, a tree one no lint.
  options = { ...options, textOnly: first.what === 'text', findings: options.findings && (first.what === 'findings' || first.what === 'exception') };
  // Check after every edit while shrinking, unless the failure needs the edits to pile up unchecked.
  let withChecks = edits.map((e) => ({ ...e, check: true }));
  let current: OffsetEdit[] = sameKind(replay(analyzer, session, withChecks, options)) ? withChecks : [...edits];
  let text = session.text;
  const fails = (candidateText: string, candidate: OffsetEdit[]) => sameKind(replay(analyzer, { ...session, text: candidateText }, candidate, options));

  current = ddmin(current, (c) => fails(text, c), budget);
  // The inserted texts.
  for (let i = 0; i < current.length && !exhausted(budget); i++) {
    const pieces = units(current[i].text);
    if (pieces.length < 2) continue;
    const kept = ddmin(pieces, (c) => fails(text, current.map((e, j) => (j === i ? { ...e, text: c.join('') } : e))), budget);
    current = current.map((e, j) => (j === i ? { ...e, text: kept.join('') } : e));
  }
  // The starting text, by lines and then by characters (offsets of the edits are clamped in the replay).
  const lines = linesOf(text);
  if (lines.length > 1) text = ddmin(lines, (c) => fails(c.join(''), current), budget).join('');
  const chars = units(text);
  if (chars.length > 1 && chars.length < 400) text = ddmin(chars, (c) => fails(c.join(''), current), budget).join('');
  current = ddmin(current, (c) => fails(text, c), budget);
  // Make the offsets exact for the shrunk text (what the replay actually applied).
  let replayText = text;
  const exact = current.map((edit) => {
    const normalized = normalizeEdit(replayText, edit);
    replayText = applyOffsetEdit(replayText, normalized);
    return { start: normalized.start, end: normalized.end, text: normalized.text, ...(edit.check ? { check: true } : {}) };
  });
  const final = replay(analyzer, { ...session, text }, exact, options) ?? first;
  return {
    description: `incremental parse differs from a fresh parse (${final.what})`,
    language: session.language,
    path: session.path,
    text,
    edits: exact,
    mismatch: { what: final.what, detail: final.detail.slice(0, 2000) },
  };
}

export const regressionsDir = path.join(repoRoot, 'test', 'robustness', 'regressions');

/** Keeps a reproduction as a regression case; returns its file name. */
export function saveReproduction(reproduction: Reproduction): string {
  fs.mkdirSync(regressionsDir, { recursive: true });
  const key = JSON.stringify([reproduction.language, reproduction.text, reproduction.edits]);
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) >>> 0;
  const name = `incremental-${reproduction.language === 'python' ? 'py' : 'tpl'}-${hash.toString(16).padStart(8, '0')}.json`;
  fs.writeFileSync(path.join(regressionsDir, name), `${JSON.stringify(reproduction, null, 2)}\n`);
  return name;
}

export function loadRegressions(): Array<{ name: string; case: Reproduction }> {
  let names: string[] = [];
  try {
    names = fs.readdirSync(regressionsDir).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.map((name) => ({ name, case: JSON.parse(fs.readFileSync(path.join(regressionsDir, name), 'utf8')) as Reproduction }));
}

const definitions = new Set(['function_definition', 'class_definition', 'decorated_definition']);

/** The spans (start, end) of `bodyStatements` in a Python text. */
export function bodyStatementSpans(analyzer: Analyzer, text: string): Array<{ start: number; end: number }> {
  const tree = analyzer.parse('python', text);
  try {
    return bodyStatements(tree.rootNode).map((node) => ({ start: node.startIndex, end: node.endIndex }));
  } finally {
    tree.delete();
  }
}

/**
 * Edits of the statement at `start`–`end` of `text` that leave the text as it was: the statement
 * deleted and put back, then a letter typed into its first name and deleted again.
 */
export function statementRoundTrip(text: string, start: number, end: number): OffsetEdit[] {
  const removed = text.slice(start, end);
  const name = /[A-Za-z_][A-Za-z0-9_]*/.exec(removed);
  const at = start + (name ? name.index + 1 : 0);
  return [
    { start, end, text: '' },
    { start, end: start, text: removed },
    { start: at, end: at, text: 'x' },
    { start: at, end: at + 1, text: '' },
  ];
}

/**
 * Statements in the bodies of top-level functions and classes, and of the methods of top-level
 * classes, in blocks of two or more (a body of one statement cannot lose it and stay Python).
 */
export function bodyStatements(root: Node): Node[] {
  const found: Node[] = [];
  const bodyOf = (node: Node) => (node.type === 'decorated_definition' ? node.childForFieldName('definition') : node)?.childForFieldName('body') ?? null;
  const visit = (definition: Node, depth: number) => {
    const statements = (bodyOf(definition)?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
    if (statements.length >= 2) found.push(...statements);
    if (depth === 0) for (const statement of statements) if (definitions.has(statement.type)) visit(statement, 1);
  };
  for (const node of root.namedChildren) if (node && definitions.has(node.type)) visit(node, 0);
  return found;
}
