// The precision corpus: real, permissively licensed Django apps of several eras (corpus.json, pinned
// by version and sha256), downloaded once from PyPI into .cache/precision, and scanned with
// `djupgrade scan --output-format json` at default settings. Used by precision.test.ts and
// scripts/precision.ts. A finding is identified by package, file, rule and the text of its line
// (plus its rank among equal ones), so labels survive code that moves between lines.
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { precisionMarkdown, type PrecisionSummary } from '../../server/src/docs/precision-table';
import type { Rule } from '../../server/src/engine/types';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const precisionDir = path.join(repoRoot, 'test', 'precision');
export const cacheDir = path.join(repoRoot, '.cache', 'precision');

export interface CorpusPackage {
  name: string;
  version: string;
  /** The sdist's file name on PyPI. */
  file: string;
  sha256: string;
  license: string;
  licenseFile: string;
  /** The date of the sdist's PKG-INFO (when it was packaged). */
  packaged: string;
  /** The newest Django feature release on that date. */
  newestDjangoThen: string;
}

export interface CorpusFinding {
  /** "<name>-<version>". */
  package: string;
  /** Relative to the package's root, "/"-separated. */
  path: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
  /** The finding's line, whitespace collapsed. */
  code: string;
  /** 1 for the first finding of this rule on an equal line of the same file, 2 for the next… */
  n: number;
}

export type Verdict = 'right' | 'wrong';

export interface Label {
  package: string;
  path: string;
  rule: string;
  code: string;
  n: number;
  /** Where it was when labelled (for reading; matching ignores it). */
  line: number;
  verdict: Verdict;
  /** One line: why, from the code and Django's source. */
  reason: string;
  /** For a wrong finding: the false-positive pattern (a fixture in false-positives.py). */
  pattern?: string;
  /** For a wrong finding: true once the rules no longer report it. */
  fixed?: boolean;
}

export const packageId = (p: CorpusPackage) => `${p.name}-${p.version}`;

export function readCorpus(): CorpusPackage[] {
  return JSON.parse(fs.readFileSync(path.join(precisionDir, 'corpus.json'), 'utf8'));
}

export function readLabels(file = path.join(precisionDir, 'labels.jsonl')): Label[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as Label;
      } catch (error) {
        throw new Error(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
      }
    });
}

export const keyOf = (f: { package: string; path: string; rule: string; code: string; n: number }) =>
  `${f.package}|${f.path}|${f.rule}|${f.code}|${f.n}`;

const sha256Of = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The unpacked source folder of each package, downloading (pip, hashes required) what is missing. */
export function ensureCorpus(packages = readCorpus()): Map<string, string> {
  const sdists = path.join(cacheDir, 'sdists');
  const sources = path.join(cacheDir, 'src');
  fs.mkdirSync(sdists, { recursive: true });
  fs.mkdirSync(sources, { recursive: true });
  const folder = (p: CorpusPackage) => path.join(sources, packageId(p));
  const archive = (p: CorpusPackage) => path.join(sdists, p.file);
  const missing = packages.filter((p) => !fs.existsSync(folder(p)) && !(fs.existsSync(archive(p)) && sha256Of(archive(p)) === p.sha256));
  // One pip run per batch of distinct names (pip resolves one version of a name per run).
  const batches: CorpusPackage[][] = [];
  for (const p of missing) {
    const batch = batches.find((b) => !b.some((q) => q.name === p.name));
    if (batch) batch.push(p);
    else batches.push([p]);
  }
  for (const batch of batches) {
    const requirements = path.join(sdists, 'requirements.txt');
    fs.writeFileSync(requirements, batch.map((p) => `${p.name}==${p.version} --hash=sha256:${p.sha256}\n`).join(''));
    // pip prepares each sdist's metadata before saving it; releases of 2013-2015 use `use_2to3`,
    // which setuptools dropped in 58, so the isolated build environment gets an older one.
    const constraints = path.join(sdists, 'build-constraints.txt');
    fs.writeFileSync(constraints, 'setuptools<58\n');
    const result = spawnSync(
      'python3',
      ['-m', 'pip', 'download', '--quiet', '--disable-pip-version-check', '--no-deps', '--no-binary', ':all:', '--ignore-requires-python', '--require-hashes', '-r', requirements, '-d', sdists],
      { encoding: 'utf8', env: { ...process.env, PIP_CONSTRAINT: constraints }, timeout: 1_200_000 },
    );
    if (result.status !== 0) throw new Error(`pip download of the precision corpus failed:\n${result.stderr}`);
  }
  const found = new Map<string, string>();
  for (const p of packages) {
    if (!fs.existsSync(folder(p))) {
      if (!fs.existsSync(archive(p))) throw new Error(`${p.file} was not downloaded`);
      const actual = sha256Of(archive(p));
      if (actual !== p.sha256) throw new Error(`${p.file}: sha256 ${actual}, corpus.json pins ${p.sha256}`);
      const temporary = fs.mkdtempSync(path.join(sources, '.unpack-'));
      const untar = spawnSync('tar', ['-xzf', archive(p), '-C', temporary], { encoding: 'utf8' });
      if (untar.status !== 0) throw new Error(`unpacking ${p.file} failed: ${untar.stderr}`);
      const [top] = fs.readdirSync(temporary);
      fs.renameSync(path.join(temporary, top), folder(p));
      fs.rmSync(temporary, { recursive: true, force: true });
    }
    found.set(packageId(p), folder(p));
  }
  return found;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function lineOf(file: string, line: number, cache: Map<string, string[]>): string {
  let lines = cache.get(file);
  if (!lines) {
    const bytes = fs.readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    lines = text.split(/\r\n|\r|\n/);
    cache.set(file, lines);
  }
  return lines[line - 1] ?? '';
}

/** Scans one package folder as a user would (`djupgrade scan . --output-format json`, defaults). */
export function scanPackage(id: string, folder: string): { current: string | null; target: string; files: number; findings: CorpusFinding[] } {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), 'scan', '.', '--output-format', 'json', '--exit-zero'], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`djupgrade scan ${id} exited ${result.status}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as {
    current: string | null;
    target: string;
    files: number;
    findings: Array<{ path: string; line: number; column: number; rule: string; severity: string; message: string }>;
  };
  const cache = new Map<string, string[]>();
  const findings: CorpusFinding[] = report.findings
    .map((f) => ({
      package: id,
      path: f.path.split(path.sep).join('/').replace(/^\.\//, ''),
      line: f.line,
      column: f.column,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      code: collapse(lineOf(path.join(folder, f.path), f.line, cache)),
      n: 0,
    }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const seen = new Map<string, number>();
  for (const f of findings) {
    const base = keyOf({ ...f, n: 0 });
    f.n = (seen.get(base) ?? 0) + 1;
    seen.set(base, f.n);
  }
  return { current: report.current, target: report.target, files: report.files, findings };
}

export type PackageScan = ReturnType<typeof scanPackage>;

/** Scans every package of the corpus. */
export function scanCorpus(folders: Map<string, string>): Map<string, PackageScan> {
  const results = new Map<string, PackageScan>();
  for (const [id, folder] of folders) results.set(id, scanPackage(id, folder));
  return results;
}

export const summaryFile = path.join(precisionDir, 'summary.json');

export function summaryOf(scans: Map<string, PackageScan>): PrecisionSummary {
  const findings: Record<string, number> = {};
  let files = 0;
  for (const scan of scans.values()) {
    files += scan.files;
    for (const f of scan.findings) findings[f.rule] = (findings[f.rule] ?? 0) + 1;
  }
  const sorted = Object.fromEntries(Object.entries(findings).sort((a, b) => a[0].localeCompare(b[0])));
  return { packages: scans.size, files, findings: sorted };
}

export function readSummary(): PrecisionSummary {
  return JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
}

/** The "Precision on real code" section of docs/coverage.md, from the committed labels and summary. */
export function precisionSection(rules: readonly Rule<any>[]): string {
  return precisionMarkdown(readLabels(), readSummary(), rules);
}

export interface Comparison {
  /** Labels the scan contradicts, each as a message saying what to do. */
  problems: string[];
  /** Wrong findings labelled open that the scan no longer has (`npm run precision -- --mark-fixed`). */
  nowFixed: Label[];
  unlabelled: CorpusFinding[];
}

/** Checks every label against a scan of the corpus. */
export function compareWithLabels(scans: Map<string, PackageScan>, labels: readonly Label[]): Comparison {
  const present = new Map<string, CorpusFinding>();
  for (const scan of scans.values()) for (const f of scan.findings) present.set(keyOf(f), f);
  const labelled = new Set(labels.map(keyOf));
  const problems: string[] = [];
  const nowFixed: Label[] = [];
  const where = (l: Label) => `${l.package}/${l.path} (line ${l.line} when labelled) ${l.rule}: ${l.code}`;
  for (const label of labels) {
    const found = present.has(keyOf(label));
    if (label.verdict === 'right' && !found) {
      problems.push(`a finding labelled right is no longer reported: ${where(label)} (${label.reason}). Restore it, or relabel it if the rule or the line changed on purpose.`);
    } else if (label.verdict === 'wrong' && label.fixed && found) {
      problems.push(`a false positive came back: ${where(label)} (pattern ${label.pattern}: ${label.reason})`);
    } else if (label.verdict === 'wrong' && !label.fixed && !found) {
      nowFixed.push(label);
      problems.push(`a false positive is no longer reported: ${where(label)}. Mark it fixed (\`npm run precision -- --mark-fixed\`).`);
    }
  }
  const unlabelled = [...present.entries()].filter(([key]) => !labelled.has(key)).map(([, f]) => f);
  return { problems, nowFixed, unlabelled };
}

/** A removed API that the corpus uses and no rule reports (misses.jsonl). */
export interface Miss {
  package: string;
  path: string;
  /** Where it was when recorded. */
  line: number;
  /** The line's text, whitespace collapsed (identifies it wherever it moves). */
  code: string;
  api: string;
  removedIn: string;
  /** The shared checklist entry, when it has one. */
  timeline: string | null;
  /** Which of the issue's miss classes it is an example of. */
  issueMiss?: string;
  /** Rules that report something else on the same line (not this API). */
  otherRules?: string[];
  /** true (with `rule`) once a rule reports it. */
  found: boolean;
  rule?: string;
}

export function readMisses(): Miss[] {
  return fs
    .readFileSync(path.join(precisionDir, 'misses.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Miss);
}

/** Misses whose state the scan contradicts. */
export function checkMisses(scans: Map<string, PackageScan>, folders: Map<string, string>, misses: readonly Miss[]): string[] {
  const problems: string[] = [];
  for (const miss of misses) {
    const where = `${miss.package}/${miss.path}: ${miss.code}`;
    const folder = folders.get(miss.package);
    const file = folder && path.join(folder, miss.path);
    if (!file || !fs.existsSync(file)) {
      problems.push(`${where}: file not in the corpus`);
      continue;
    }
    const lines = new TextDecoder('utf-8').decode(fs.readFileSync(file)).split(/\r\n|\r|\n/).map(collapse);
    if (!lines.includes(miss.code)) problems.push(`${where}: no such line in the file`);
    const reported = (scans.get(miss.package)?.findings ?? []).filter(
      (f) => f.path === miss.path && f.code === miss.code && !(miss.otherRules ?? []).includes(f.rule),
    );
    if (!miss.found && reported.length) {
      problems.push(`${where}: now reported by ${reported.map((f) => f.rule).join(', ')}: set found: true and rule in misses.jsonl`);
    }
    if (miss.found && !reported.some((f) => f.rule === miss.rule)) problems.push(`${where}: marked found by ${miss.rule}, which does not report it`);
  }
  return problems;
}
