// Shared helpers for the Django template grammar tests: loading the committed
// wasm with web-tree-sitter, and reading tree-sitter corpus files exactly as
// `tree-sitter test` does, so CI checks the corpus without the tree-sitter CLI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { Node } from 'web-tree-sitter';

/** The repository root: the nearest folder up from the working directory that holds the grammar. */
export function repoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (fs.existsSync(path.join(dir, 'grammars', 'django-template', 'grammar.js'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('run the tests from inside the repository (grammars/django-template not found)');
    dir = parent;
  }
}

export const GRAMMAR_DIR = path.join(repoRoot(), 'grammars', 'django-template');
export const WASM_PATH = path.join(GRAMMAR_DIR, 'tree-sitter-django_template.wasm');
export const CORPUS_DIR = path.join(GRAMMAR_DIR, 'test', 'corpus');

let language: Promise<Language> | undefined;

export function loadLanguage(): Promise<Language> {
  language ??= Parser.init().then(() => Language.load(WASM_PATH));
  return language;
}

export async function createParser(): Promise<Parser> {
  const language = await loadLanguage(); // also runs Parser.init()
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** Every ERROR or MISSING node under `node`, as "type@line:column". */
export function syntaxErrors(node: Node): string[] {
  const found: string[] = [];
  const visit = (n: Node): void => {
    if (n.isError || n.isMissing) {
      found.push(`${n.isMissing ? `MISSING ${n.type}` : 'ERROR'}@${n.startPosition.row + 1}:${n.startPosition.column + 1}`);
    }
    if (!n.hasError && !n.isMissing) return;
    for (const child of n.children) if (child) visit(child);
  };
  if (node.hasError || node.isMissing) visit(node);
  return found;
}

export interface CorpusCase {
  file: string;
  name: string;
  input: string;
  /** The expected S-expression, normalized like `tree-sitter test` does. */
  expected: string;
  /** Whether the expected tree names fields (otherwise fields are not compared). */
  hasFields: boolean;
  skip: boolean;
  error: boolean;
}

// The regular expressions of tree-sitter-cli 0.25 (src/test.rs).
const HEADER_RE =
  /^(?<equals>(?:=+){3,})(?<suffix1>[^=\r\n][^\r\n]*)?\r?\n(?<body>(?:(?:[^=\r\n]|\s+:)[^\r\n]*\r?\n)+)===+(?<suffix2>[^=\r\n][^\r\n]*)?\r?\n/gm;
const DIVIDER_RE = /^(?<hyphens>(?:-+){3,})(?<suffix>[^-\r\n][^\r\n]*)?\r?\n/gm;
const COMMENT_RE = /^\s*;.*$/gm;
const FIELD_RE = / \w+: \(/g;

/** Normalize an S-expression like tree-sitter test: collapse whitespace, no space before `)`. */
export function normalizeSexp(sexp: string): string {
  return sexp.replace(COMMENT_RE, '').trim().replace(/\s+/g, ' ').replaceAll(' )', ')');
}

export function stripFields(sexp: string): string {
  return sexp.replace(FIELD_RE, ' (');
}

export function parseCorpusFile(file: string): CorpusCase[] {
  const content = fs.readFileSync(file, 'utf8');
  const headers = [...content.matchAll(HEADER_RE)];
  const firstSuffix = headers[0]?.groups?.suffix1;
  const kept = headers.filter((h) => h.groups?.suffix1 === firstSuffix && h.groups?.suffix2 === firstSuffix);
  const cases: CorpusCase[] = [];
  kept.forEach((header, i) => {
    const bodyStart = (header.index ?? 0) + header[0].length;
    const bodyEnd = i + 1 < kept.length ? (kept[i + 1].index ?? content.length) : content.length;
    const body = content.slice(bodyStart, bodyEnd);
    // The longest divider line separates the input from the expected tree.
    let divider: RegExpMatchArray | undefined;
    for (const m of body.matchAll(DIVIDER_RE)) {
      if (m.groups?.suffix !== firstSuffix) continue;
      if (!divider || m[0].length > divider[0].length) divider = m;
    }
    if (!divider) return;
    // The input without the newline that precedes the divider.
    const input = body.slice(0, divider.index).slice(0, -1);
    const expected = normalizeSexp(body.slice((divider.index ?? 0) + divider[0].length));
    const lines = (header.groups?.body ?? '').split('\n').map((l) => l.trim());
    const markers = lines.filter((l) => l.startsWith(':'));
    const name = lines.filter((l) => l && !l.startsWith(':')).join('\n');
    cases.push({
      file: path.basename(file),
      name,
      input,
      expected,
      hasFields: / \w+: \(/.test(expected),
      skip: markers.some((m) => m.startsWith(':skip')),
      error: markers.some((m) => m.startsWith(':error')),
    });
  });
  return cases;
}

export function corpusFiles(): string[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(CORPUS_DIR, f));
}
