// Parses every template shipped by several real Django projects (from PyPI)
// with the committed grammar wasm and checks that
//   - there is no ERROR or MISSING node,
//   - every block is closed by its own end tag and no end tag is left over,
//   - the tree agrees with Django's own lexer (django.template.base.DebugLexer):
//     the same `{{ }}` / `{% %}` / `{# #}` tokens at the same offsets, the same tag
//     names, and tag arguments equal to Token.split_contents().
// A second test does the same comparison (without the block checks) on
// thousands of random templates made of tricky fragments.
//
// Distributions are downloaded once with pip into .cache/pypi (gitignored) and
// reused; test/grammar/django_lexer.py extracts the templates and runs Django's
// lexer. Without python3/pip or network access the test is skipped.
//
// Templates are the files under a templates/ folder (plus Django's
// startproject/startapp "-tpl" skeletons), except:
//   - files under jinja2/ folders: Jinja2 templates, not Django templates;
//   - .py files and binary assets (images, fonts, .mo) that live next to templates.
// No template had to be excluded for being rejected by Django: EXCLUDED is
// where such a file would be listed, with the reason.
//
// Run: node --import tsx --test test/grammar/real-templates.test.ts
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { createParser, repoRoot, syntaxErrors } from './helpers';

interface Dist {
  /** pip requirement */
  spec: string;
  /** file name of the wheel or sdist in the cache */
  file: RegExp;
  /** only needed to import Django's lexer, holds no templates */
  libOnly?: boolean;
}

const DISTS: Dist[] = [
  { spec: 'django==5.2.*', file: /^django-5\.2\.\d+(-py3-none-any\.whl|\.tar\.gz)$/i },
  { spec: 'django==1.11.*', file: /^django-1\.11\.\d+(-py2\.py3-none-any\.whl|\.tar\.gz)$/i },
  { spec: 'django-debug-toolbar==8.*', file: /^django[-_]debug[-_]toolbar-8\.[\d.]+(-py3-none-any\.whl|\.tar\.gz)$/i },
  { spec: 'django-allauth==65.*', file: /^django[-_]allauth-65\.[\d.]+(-py3-none-any\.whl|\.tar\.gz)$/i },
  { spec: 'wagtail==8.0.*', file: /^wagtail-8\.0\.[\d.]+(-py3-none-any\.whl|\.tar\.gz)$/i },
  { spec: 'asgiref>=3.8', file: /^asgiref-3\.[\d.]+(-py3-none-any\.whl|\.tar\.gz)$/i, libOnly: true },
];

/** Templates that Django itself rejects, with the reason (none so far). */
const EXCLUDED: Record<string, string> = {};

const CACHE = path.join(repoRoot(), '.cache', 'pypi');
const HELPER = path.join(repoRoot(), 'test', 'grammar', 'django_lexer.py');

type DjangoToken = [type: 1 | 2 | 3, start: number, end: number, command: string | null, bits: string[] | null];

interface TemplateEntry {
  dist: string;
  path: string;
  file: string;
  skipped?: string;
  tokens: DjangoToken[];
}

function findCached(dist: Dist): string | undefined {
  if (!fs.existsSync(CACHE)) return undefined;
  const names = fs.readdirSync(CACHE).filter((f) => dist.file.test(f)).sort();
  return names.length ? path.join(CACHE, names[names.length - 1]) : undefined;
}

function python(): string {
  for (const candidate of ['python3', 'python']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error('python3 is not installed');
}

/** Path of each distribution, downloading the missing ones. */
function fetchDists(py: string): Map<Dist, string> {
  fs.mkdirSync(CACHE, { recursive: true });
  const found = new Map<Dist, string>();
  for (const dist of DISTS) {
    let file = findCached(dist);
    if (!file) {
      execFileSync(py, ['-m', 'pip', 'download', '--quiet', '--no-deps', '--no-binary', ':none:', '-d', CACHE, dist.spec], {
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 300_000,
      });
      file = findCached(dist);
    }
    if (!file) throw new Error(`pip downloaded no file matching ${dist.file} for ${dist.spec}`);
    found.set(dist, file);
  }
  return found;
}

/** Maps code-point offsets (Python) to UTF-16 offsets (web-tree-sitter). */
function codePointToUtf16(text: string): number[] {
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    map.push(offset);
    offset += ch.length;
  }
  map.push(offset);
  return map;
}

const BLOCK_TYPES = new Set(['block', 'comment_block', 'verbatim_block']);
const OPAQUE_TYPES = new Set(['comment_content', 'verbatim_content']);
const TOKEN_TYPES: Record<string, 1 | 2 | 3> = { variable: 1, tag: 2, comment: 3 };

function checkTemplate(root: Node, text: string, tokens: DjangoToken[], checkBlocks = true): string[] {
  const problems: string[] = [...syntaxErrors(root)];
  const ours = new Map<number, Node>();
  const opaque: Array<[number, number]> = [];
  const where = (n: Node): string => `${n.startPosition.row + 1}:${n.startPosition.column + 1}`;

  const visit = (node: Node): void => {
    if (node.type in TOKEN_TYPES) ours.set(node.startIndex, node);
    if (OPAQUE_TYPES.has(node.type)) opaque.push([node.startIndex, node.endIndex]);
    if (checkBlocks && BLOCK_TYPES.has(node.type)) {
      const open = node.childForFieldName('open')?.childForFieldName('name')?.text;
      const close = node.childForFieldName('close')?.childForFieldName('name')?.text;
      if (close === undefined) problems.push(`unclosed {% ${open} %} at ${where(node)}`);
      else if (close !== `end${open}`) problems.push(`{% ${open} %} closed by {% ${close} %} at ${where(node)}`);
    }
    if (checkBlocks && node.type === 'tag' && node.parent && node.parent.childForFieldName('close')?.id !== node.id) {
      const name = node.childForFieldName('name')?.text ?? '';
      if (name.startsWith('end')) problems.push(`stray {% ${name} %} at ${where(node)}`);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);

  const u16 = codePointToUtf16(text);
  const matched = new Set<number>();
  for (const [type, cpStart, cpEnd, command, bits] of tokens) {
    const start = u16[cpStart];
    const end = u16[cpEnd];
    if (opaque.some(([s, e]) => start >= s && end <= e)) continue; // inside {% comment %}
    const node = ours.get(start);
    const token = JSON.stringify(text.slice(start, end));
    if (!node || TOKEN_TYPES[node.type] !== type || node.endIndex !== end) {
      problems.push(`Django token ${token} is ${node ? `${node.type} ${JSON.stringify(node.text)}` : 'missing'}`);
      continue;
    }
    matched.add(start);
    if (type !== 2) continue;
    const name = node.childForFieldName('name')?.text ?? '';
    if (name !== command) problems.push(`tag ${token}: name ${JSON.stringify(name)}, Django: ${JSON.stringify(command)}`);
    if (bits && bits[0] === command) {
      const args = node.namedChildren.filter((c) => c && c.type !== 'tag_name').map((c) => c?.text);
      if (JSON.stringify(args) !== JSON.stringify(bits.slice(1))) {
        problems.push(`tag ${token}: arguments ${JSON.stringify(args)}, Django: ${JSON.stringify(bits.slice(1))}`);
      }
    }
  }
  for (const [start, node] of ours) {
    if (!matched.has(start)) problems.push(`${node.type} ${JSON.stringify(node.text)} at ${where(node)} is not a Django token`);
  }
  return problems;
}

interface Setup {
  py: string;
  libs: string;
  entries: TemplateEntry[];
}

let setup: Promise<Setup> | undefined;

/** Downloads the distributions (once), extracts the templates and lexes them with Django. */
function getSetup(): Promise<Setup> {
  setup ??= Promise.resolve().then(() => {
    const py = python();
    const dists = fetchDists(py);
    const libs = [...dists]
      .filter(([d]) => d.spec.startsWith('django==5') || d.libOnly)
      .map(([, f]) => f)
      .join(path.delimiter);
    const sources = [...dists].filter(([d]) => !d.libOnly).map(([, f]) => f);
    const out = path.join(CACHE, 'templates');
    fs.rmSync(out, { recursive: true, force: true });
    const json = execFileSync(py, [HELPER, libs, out, ...sources], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { py, libs, entries: JSON.parse(json) as TemplateEntry[] };
  });
  return setup;
}

async function setupOrSkip(t: { skip(message: string): void }): Promise<Setup | undefined> {
  try {
    return await getSetup();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    t.skip(`cannot get the templates (python3, pip and access to PyPI are needed): ${message}`);
    return undefined;
  }
}

test('real Django templates parse like Django lexes them', async (t) => {
  const env = await setupOrSkip(t);
  if (!env) return;

  const parser = await createParser();
  const failures: string[] = [];
  const perDist = new Map<string, number>();
  let parsed = 0;
  let skipped = 0;
  let tokens = 0;
  for (const entry of env.entries) {
    const id = `${entry.dist}:${entry.path}`;
    if (entry.skipped || EXCLUDED[entry.path]) {
      skipped++;
      continue;
    }
    const text = fs.readFileSync(entry.file, 'utf8');
    const tree = parser.parse(text);
    assert.ok(tree, `no tree for ${id}`);
    const problems = checkTemplate(tree.rootNode, text, entry.tokens);
    tree.delete();
    parsed++;
    tokens += entry.tokens.length;
    perDist.set(entry.dist, (perDist.get(entry.dist) ?? 0) + 1);
    if (problems.length) failures.push(`${id}\n    ${problems.slice(0, 5).join('\n    ')}`);
  }
  parser.delete();

  const summary = [...perDist].map(([d, n]) => `${d}: ${n}`).join(', ');
  console.log(`parsed ${parsed} templates (${tokens} Django tokens), skipped ${skipped}: ${summary}`);
  assert.ok(parsed > 500, `expected hundreds of templates, parsed ${parsed}`);
  assert.equal(failures.length, 0, `${failures.length} templates differ:\n${failures.slice(0, 20).join('\n')}`);
});

// Fragments that stress Django's lexer: delimiters, quotes, escapes, block
// names, operators, CR/LF and non-ASCII (including a surrogate pair).
const FRAGMENTS = [
  '{%', '%}', '{{', '}}', '{#', '#}', '{', '}', '%', '#', ' ', ' ', ' ', '\t', '\n', '\r\n',
  'if', 'endif', 'for', 'endfor', 'else', 'block', 'endblock', 'with', 'endwith',
  'comment', 'endcomment', 'verbatim', 'endverbatim', 'foo', 'endfoo',
  'x', 'a.b', '1', '-2', '|', ':', 'lower', '=', '==', '<', '>=', ',', 'y=1',
  '"', "'", '\\', '"a b"', "'c'", '_(', ')', 'é', '🎉',
];

test('random templates parse like Django lexes them', async (t) => {
  const env = await setupOrSkip(t);
  if (!env) return;

  let seed = 20240601;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const texts: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const length = 1 + Math.floor(random() * 60);
    let text = '';
    for (let j = 0; j < length; j++) text += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
    texts.push(text);
  }
  const json = execFileSync(env.py, [HELPER, env.libs, '--strings'], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const allTokens = JSON.parse(json) as DjangoToken[][];
  assert.equal(allTokens.length, texts.length);

  const parser = await createParser();
  const failures: string[] = [];
  texts.forEach((text, i) => {
    const tree = parser.parse(text);
    assert.ok(tree);
    const problems = checkTemplate(tree.rootNode, text, allTokens[i], false);
    tree.delete();
    if (problems.length) failures.push(`${JSON.stringify(text)}\n    ${problems.slice(0, 3).join('\n    ')}`);
  });
  parser.delete();
  assert.equal(failures.length, 0, `${failures.length} random templates differ:\n${failures.slice(0, 10).join('\n')}`);
});
