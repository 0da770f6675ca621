// The Python 2 work list (docs/python2-worklist.json) and the test-only oracle that checks it
// (test/python2/oracle.py): lib2to3 from this Python 3, python-modernize and pyupgrade from
// PyPI in cached virtualenvs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureVenv } from '../parity/harness';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const worklistPath = path.join(repoRoot, 'docs', 'python2-worklist.json');

export interface Example {
  code: string;
  note?: string;
}

export interface InvalidExample extends Example {
  findings: number;
  /** Which of the construct's names the example is about (constructs that cover several). */
  name?: string;
  output?: string;
  safety?: 'safe' | 'unsafe';
  run?: { stdout: string; stdin?: string };
  lib2to3Differs?: string;
  /** A syntax example that Python 3 still compiles (and evaluates differently). */
  python3Compiles?: boolean;
  /** What each tool wrote for `code` (null: pyupgrade cannot parse it; {error}: the tool failed). */
  tools?: Record<ToolName, string | null | { error: string }>;
}

export interface Construct {
  id: string;
  issue: string | null;
  kind: 'syntax' | 'builtin' | 'method' | 'dunder' | 'module' | 'django';
  python3: string;
  triggers: string[];
  names?: Record<string, string>;
  detect: string;
  landsOn: string;
  fix: { safety: 'safe' | 'unsafe'; writes: string; unsafe?: string; none: string; why: string };
  lib2to3: string[];
  modernize: string;
  pyupgrade: string;
  valid: Example[];
  invalid: InvalidExample[];
}

export interface Worklist {
  constructs: Construct[];
  moduleRenames: Record<string, { python3: string; note?: string }>;
  urllibSplit: Record<string, Record<string, string[]>>;
  djangoAliases: Array<{ name: string; replacement: string | null; bound: string; existsIn: string; goneIn: string }>;
  [key: string]: unknown;
}

export function loadWorklist(): Worklist {
  return JSON.parse(fs.readFileSync(worklistPath, 'utf8')) as Worklist;
}

export type ToolName = 'lib2to3' | 'modernize' | 'pyupgrade';
export const tools: ToolName[] = ['lib2to3', 'modernize', 'pyupgrade'];

/** The interpreter each command runs in: this Python 3 for lib2to3 and the checks, the tools' own virtualenvs otherwise. */
function interpreterFor(command: string): string {
  if (command === 'modernize') return path.join(ensureVenv('python2-modernize', ['modernize==0.8.0']), 'python');
  if (command === 'pyupgrade') return path.join(ensureVenv('python2-pyupgrade', ['pyupgrade==3.22.0']), 'python');
  return 'python3';
}

/** Runs one oracle command over `items` and returns its results by id. */
export function oracle<T>(command: string, items: Array<{ id: string; code?: string; [key: string]: unknown }>): Record<string, T> {
  const result = spawnSync(interpreterFor(command), [path.join(__dirname, 'oracle.py'), command], {
    input: JSON.stringify(items),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`oracle.py ${command} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, T>;
}

/** Every invalid example with a stable id: "print-statement#0". */
export function invalidExamples(worklist: Worklist): Array<{ id: string; construct: Construct; example: InvalidExample }> {
  return worklist.constructs.flatMap((construct) => construct.invalid.map((example, index) => ({ id: `${construct.id}#${index}`, construct, example })));
}

/** Claims about real Django releases, checked by test/django-truth/check_claims.py (which downloads each release once into .cache/django). */
export function checkClaims(claims: Array<{ id: string; version: string; symbol: string; exists: boolean }>): {
  cacheDir: string;
  report: { results: Array<{ id: string; ok: boolean; detail: string }>; versions: Record<string, string> };
} {
  const cacheDir = path.join(repoRoot, '.cache', 'django');
  const result = spawnSync('python3', [path.join(repoRoot, 'test', 'django-truth', 'check_claims.py')], {
    input: JSON.stringify({ cacheDir, claims }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`check_claims.py failed: ${result.stderr}`);
  return { cacheDir, report: JSON.parse(result.stdout) };
}
