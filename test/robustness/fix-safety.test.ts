// Fixes are safe: for every rule's fixed examples and every Python file and template of the sample
// project and the test corpora, a fix
//   - leaves no more syntax errors than the file had (and Python still compiles: `py_compile`),
//   - is stable: fixing again changes nothing,
//   - has no two edits that overlap (in one fix, and in one fix-all pass),
//   - changes nothing outside its edits: each pass's edits, applied here independently, give the
//     engine's result; line endings keep the file's style, the `# -*- coding` line, the BOM and the
//     trailing newline (or its absence) stay,
//   - is what `djupgrade fix --diff` shows: the diff, applied to the original, gives the file
//     `djupgrade fix` writes (BOM and line endings included).
// Every quick fix is also applied on its own (the editor applies one without fix-all's parse check).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { applyPatch, parsePatch } from 'diff';
import type { Analyzer } from '../../server/src/engine/analyzer';
import { normalizeEdits, type FixAllResult } from '../../server/src/engine/apply-fixes';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import type { LintOptions } from '../../server/src/engine/lint';
import type { Rule, TextEdit } from '../../server/src/engine/types';
import type { SourceLanguage } from '../../server/src/parsing/languages';
import { findProjectRoot, Project } from '../../server/src/project/project';
import { rules } from '../../server/src/rules';
import { getAnalyzer, inputFor, newestRelease, optionsFor } from '../helpers/analyzer';
import { compareRuns, importFailures, Pair, releasesFor, runnableReleases, runOf, runPairs, singleModule } from '../fix-behaviour/harness';
import { IntendedChange, intendedChanges } from '../fix-behaviour/intended-changes';
import { corpusFiles, repoRoot } from './fuzz-support';

/** ROBUSTNESS_FULL=1 checks every file in every variant (slower); by default each file gets one variant in turn. */
const full = process.env.ROBUSTNESS_FULL === '1';

/**
 * FIX_BEHAVIOUR_RULES=id,id… runs the examples' behaviour test for those rules only (while
 * migrating or writing a rule: docs/engine.md); unset, every rule.
 */
const onlyRules = process.env.FIX_BEHAVIOUR_RULES ? new Set(process.env.FIX_BEHAVIOUR_RULES.split(',')) : null;

// ---------------------------------------------------------------------------------------------
// Helpers

type Style = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

function lineBreaks(text: string): string[] {
  return text.match(/\r\n|\r|\n/g) ?? [];
}

function styleOf(text: string): Style {
  const breaks = new Set(lineBreaks(text));
  if (breaks.size === 0) return 'none';
  if (breaks.size > 1) return 'mixed';
  return ({ '\n': 'lf', '\r\n': 'crlf', '\r': 'cr' } as const)[[...breaks][0] as '\n' | '\r\n' | '\r'];
}

const codingLine = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/;

function firstLines(text: string, count: number): string[] {
  return text.split(/\r\n|\r|\n/).slice(0, count);
}

/** What must survive any fix: the parts of a file that are not code. */
function preservedProblems(before: string, after: string, language: SourceLanguage): string[] {
  const problems: string[] = [];
  const style = styleOf(before);
  if ((style === 'lf' || style === 'crlf' || style === 'cr') && styleOf(after) !== style && styleOf(after) !== 'none') {
    problems.push(`line endings changed from ${style} to ${styleOf(after)}`);
  }
  // The trailing newline, or its absence, stays: a non-empty result keeps the final line break,
  // and a last line without one does not get one. (Deleting that last line leaves the line before
  // it, with its own break; emptying the file leaves nothing.)
  const trailing = /(\r\n|\r|\n)$/;
  if (trailing.test(before) && after.replace(/^\uFEFF/, '').length > 0 && !trailing.test(after)) problems.push('the trailing newline was removed');
  const lastLine = /[^\r\n]+$/.exec(before)?.[0];
  if (lastLine !== undefined && trailing.test(after) && new RegExp(`${escapeRegExp(lastLine)}(\\r\\n|\\r|\\n)$`).test(after)) problems.push('a trailing newline was added');
  if (language === 'python') {
    const head = firstLines(before, 2);
    const afterHead = firstLines(after, 2);
    head.forEach((line, i) => {
      if ((codingLine.test(line) || (i === 0 && line.startsWith('#!'))) && afterHead[i] !== line) {
        problems.push(`line ${i + 1} (${JSON.stringify(line)}) is now ${JSON.stringify(afterHead[i])}`);
      }
    });
  }
  if (before.startsWith('\uFEFF') !== after.startsWith('\uFEFF')) problems.push('the BOM changed');
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Applies non-overlapping edits independently of the engine's applyEdits. */
function applyIndependently(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}

function overlapProblems(edits: readonly TextEdit[]): string[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const problems: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (a.end > b.start) problems.push(`edits overlap: ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
    else if (a.start === a.end && b.start === b.end && a.start === b.start && a.text !== b.text) problems.push(`two insertions at ${a.start}`);
  }
  return problems;
}

/** Checks a fix-all result pass by pass against the original text. */
function passProblems(original: string, result: FixAllResult): string[] {
  const problems: string[] = [];
  let text = original;
  for (const [pass, edits] of result.edits.entries()) {
    problems.push(...overlapProblems(edits).map((p) => `pass ${pass + 1}: ${p}`));
    const style = styleOf(text);
    for (const edit of edits) {
      if (edit.start < 0 || edit.end > text.length || edit.start > edit.end) problems.push(`pass ${pass + 1}: edit out of range ${JSON.stringify(edit)}`);
      if (style === 'lf' || style === 'crlf' || style === 'cr') {
        const wrong = lineBreaks(edit.text).filter((b) => b !== { lf: '\n', crlf: '\r\n', cr: '\r' }[style]);
        if (wrong.length) problems.push(`pass ${pass + 1}: edit ${JSON.stringify(edit)} writes ${JSON.stringify(wrong[0])} line breaks into a ${style} file`);
      }
      // An edit never splits a CRLF or a surrogate pair.
      for (const offset of [edit.start, edit.end]) {
        if (text[offset - 1] === '\r' && text[offset] === '\n') problems.push(`pass ${pass + 1}: edit ${JSON.stringify(edit)} splits a CRLF`);
        if (/[\uD800-\uDBFF]/.test(text[offset - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[offset] ?? '')) problems.push(`pass ${pass + 1}: edit splits a surrogate pair`);
      }
    }
    text = applyIndependently(text, edits);
  }
  if (text !== result.text) problems.push('the passes\' edits, applied independently, do not give the fixed text');
  return problems;
}

/** `python3 -m py_compile`, in one process for many files: the error message of each file, or null. */
function compilePython(files: string[]): Map<string, string | null> {
  const result = new Map<string, string | null>();
  if (files.length === 0) return result;
  const script = [
    'import json, os, py_compile, sys, tempfile',
    'out = {}',
    'cache = tempfile.mkdtemp()',
    'for i, f in enumerate(json.load(sys.stdin)):',
    '    try:',
    '        py_compile.compile(f, cfile=os.path.join(cache, "%d.pyc" % i), doraise=True)',
    '        out[f] = None',
    '    except py_compile.PyCompileError as e:',
    '        out[f] = str(e.msg).strip().splitlines()[-1]',
    'print(json.dumps(out))',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, `python3 failed: ${run.stderr}`);
  for (const [file, error] of Object.entries(JSON.parse(run.stdout) as Record<string, string | null>)) result.set(file, error);
  return result;
}

/**
 * Fixed files that do not compile while their original did: a file that Python 3 already rejects
 * (Python 2 code such as test/fixtures/python2-site) cannot be held to compiling after the fix;
 * the tree-sitter error count still guards it against new syntax errors.
 */
function newCompileErrors(pairs: Array<{ before: string; after: string }>): Map<string, string> {
  const compiled = compilePython(pairs.flatMap((p) => [p.before, p.after]));
  const result = new Map<string, string>();
  for (const { before, after } of pairs) {
    const error = compiled.get(after);
    if (error && !compiled.get(before)) result.set(after, error);
  }
  return result;
}

interface Variant {
  name: string;
  applies: (code: string, language: SourceLanguage) => boolean;
  transform: (text: string) => string;
}

const codingHeader = '# -*- coding: utf-8 -*-\n';
const variants: Variant[] = [
  { name: 'as written', applies: () => true, transform: (t) => t },
  { name: 'CRLF', applies: (c) => c.includes('\n'), transform: (t) => t.replace(/\r?\n/g, '\r\n') },
  { name: 'no trailing newline', applies: (c) => c.endsWith('\n'), transform: (t) => t.replace(/\r?\n$/, '') },
  { name: 'coding declaration', applies: (c, l) => l === 'python' && !/^(#!|.*coding[:=])/.test(c), transform: (t) => codingHeader + t },
];

// ---------------------------------------------------------------------------------------------
// Every rule's fixed examples

test('every rule\'s fixed examples, in every line-ending variant, fix safely', async (t) => {
  const analyzer = await getAnalyzer();
  const problems: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djfixsafe-'));
  const toCompile: Array<{ file: string; before: string; label: string }> = [];
  let examples = 0;
  let fixesChecked = 0;
  let quickFixes = 0;
  for (const rule of rules) {
    const defaultFilename = rule.languages[0] === 'python' ? 'example.py' : 'templates/example.html';
    rule.examples.invalid.forEach((example, index) => {
      if (example.output === undefined) return;
      examples++;
      const filename = example.filename ?? defaultFilename;
      const language: SourceLanguage = filename.endsWith('.py') ? 'python' : 'django-template';
      const options = optionsFor(rule, example.current ?? rule.fixMinVersion ?? '1.8');
      for (const variant of variants) {
        if (!variant.applies(example.code, language)) continue;
        const code = variant.transform(example.code);
        // Without a trailing newline, deleting the last line leaves the one before with its break:
        // the expected text is not simply the output without its last break (checked below instead).
        const expected = variant.name === 'no trailing newline' ? null : variant.transform(example.output!);
        const label = `${rule.id} invalid #${index + 1} (${variant.name})`;
        const found: string[] = [];
        checkText(analyzer, rule, code, filename, language, options, expected, found, (fixed) => {
          fixesChecked++;
          if (language === 'python') {
            const file = path.join(dir, `${toCompile.length}.py`);
            fs.writeFileSync(file, fixed);
            const original = path.join(dir, `${toCompile.length}.orig.py`);
            fs.writeFileSync(original, code);
            toCompile.push({ file, before: original, label });
          }
        }, () => quickFixes++);
        problems.push(...found.map((p) => `${label}: ${p}`));
      }
    });
  }
  // py_compile: every fixed example whose input compiles must compile.
  const compiled = compilePython(toCompile.flatMap((c) => [c.file, c.before]));
  let compiledFixes = 0;
  for (const entry of toCompile) {
    if (compiled.get(entry.before) !== null) continue;
    compiledFixes++;
    const error = compiled.get(entry.file);
    if (error) problems.push(`${entry.label}: the fixed code does not compile: ${error}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  t.diagnostic(`fix safety (examples): ${examples} fixed examples × variants, ${fixesChecked} fix-all results and ${quickFixes} single quick fixes checked, ${compiledFixes} fixed Python texts compiled with py_compile`);
  assert.deepEqual(problems, []);
});

// ---------------------------------------------------------------------------------------------
// Every rule's fixed examples, run under real Django before and after the fix

/** Failures that come from what the test machine lacks, not from the fix (no tables, no GDAL, no psycopg). */
const environmentFailure = /^(OperationalError|ProgrammingError|CommandError|ImproperlyConfigured: Could not find the (GDAL|GEOS) library|ModuleNotFoundError: No module named '(?!django))/;

test('every rule\'s fixed examples compute the same under real Django before and after the fix', { timeout: 900_000 }, async (t) => {
  const analyzer = await getAnalyzer();
  const pairs: Pair[] = [];
  const leftovers = new Set<string>();
  const unsafePairs = new Set<string>();
  for (const rule of rules) {
    if (!rule.languages.includes('python') || (onlyRules && !onlyRules.has(rule.id))) continue;
    // The python2 rules' examples are Python 2: Python 3 cannot run them before the fix, which is
    // the point. test/python2/ runs their outputs under Python 3 against Python 2's semantics.
    if ((rule.category as string) === 'python2') continue;
    rule.examples.invalid.forEach((example, index) => {
      const filename = example.filename ?? 'example.py';
      if (example.output === undefined || !filename.endsWith('.py')) return;
      const options = optionsFor(rule, example.current ?? rule.fixMinVersion ?? '1.8');
      // A library rule's versions are its library's, not Django's: its examples run on one Django release.
      const releases = rule.library ? releasesFor(null, null) : releasesFor(rule.removedIn, rule.fixMinVersion ?? rule.deprecatedIn);
      const input = { language: 'python' as const, path: filename, text: example.code, fileKinds: fileKindsOf(filename) };
      // The safe fixes (fix-all) must keep what the module computes; the unsafe ones may change it
      // (that is why they are unsafe) but must still import where the original did.
      for (const unsafeFixes of [false, true]) {
        const fixed = analyzer.fix(input, options, unsafeFixes).text;
        if (fixed === example.code || (unsafeFixes && fixed === analyzer.fix(input, options, false).text)) continue;
        const key = `${rule.id}#${index + 1}${unsafeFixes ? ' (unsafe fixes)' : ''}`;
        if (unsafeFixes) unsafePairs.add(key);
        // Code the fix left (no fix for it) may fail where the old API is gone.
        if (analyzer.lint({ ...input, text: fixed }, options).some((f) => f.rule === rule)) leftovers.add(key);
        pairs.push({ key, before: singleModule(filename, example.code), after: singleModule(filename, fixed), releases });
      }
    });
  }
  const report = runPairs(pairs);
  const problems: string[] = [];
  const used = new Set<IntendedChange>();
  const counts = { sameRelease: 0, otherRelease: 0, fixedOnly: 0, intended: 0, unsafeChanges: 0, notRun: 0 };
  for (const pair of pairs) {
    const before = pair.releases.before ? runOf(report, pair.key, 'before', pair.releases.before) : undefined;
    for (const version of pair.releases.after) {
      const after = runOf(report, pair.key, 'after', version);
      if (!after || (pair.releases.before && !before)) {
        counts.notRun++;
        continue;
      }
      if (!before) {
        // No release Python 3.11 runs has the old API (removed before 1.11): the fixed code must import.
        counts.fixedOnly++;
        problems.push(...importFailures(after, environmentFailure).map((p) => `${pair.key}: ${p}`));
        continue;
      }
      const sameRelease = version === pair.releases.before;
      const unsafe = unsafePairs.has(pair.key);
      sameRelease ? counts.sameRelease++ : counts.otherRelease++;
      for (const difference of compareRuns(before, after, sameRelease)) {
        const intended = intendedChanges.find((c) => pair.key === c.case && c.paths.test(difference.path));
        if (intended) {
          used.add(intended);
          counts.intended++;
        } else if (unsafe && !difference.path.endsWith('/error')) {
          counts.unsafeChanges++;
        } else if (!sameRelease && leftovers.has(pair.key) && difference.path.endsWith('/error')) {
          // What the fix could not rewrite fails on the release without the old API.
        } else {
          problems.push(`${pair.key}: ${difference.text}`);
        }
      }
    }
  }
  for (const [version, verdict] of Object.entries(report.versions)) if (!verdict.importable) t.diagnostic(`Django ${version}: not runnable here (${verdict.reason})`);
  t.diagnostic(
    `fix behaviour (examples): ${pairs.length} fixed examples (${unsafePairs.size} with unsafe fixes); ${counts.sameRelease} compared with the original on the same release, ` +
      `${counts.otherRelease} imported on the release without the old API, ${counts.fixedOnly} only imported (the old API predates Django 1.11), ` +
      `${counts.intended} intended differences, ${counts.unsafeChanges} behaviour changes by unsafe fixes, ${counts.notRun} not run (need a newer Django)`,
  );
  assert.deepEqual(problems, []);
  // Entries "rule-id#N" are the examples'; the corpora's are checked by their own test.
  const checked = (c: IntendedChange) => c.case.includes('#') && (!onlyRules || onlyRules.has(c.case.split('#')[0]));
  assert.deepEqual(intendedChanges.filter((c) => checked(c) && !used.has(c)).map((c) => c.case), [], 'intended differences that no longer occur');
});

/**
 * The checks of one text: fix-all (pass edits, stability, syntax errors, what survives) and each
 * quick fix alone (no overlap, no new syntax errors). `expected`: the fixed text when known.
 */
function checkText(
  analyzer: Analyzer,
  rule: Rule<any> | null,
  code: string,
  filename: string,
  language: SourceLanguage,
  options: LintOptions,
  expected: string | null,
  problems: string[],
  onFixed: (fixed: string) => void,
  onQuickFix: () => void,
  includeUnsafe = true,
): void {
  const input = { language, path: filename, text: code, fileKinds: fileKindsOf(filename) };
  const errorsBefore = analyzer.errorCount(language, code);
  let result: FixAllResult;
  try {
    result = analyzer.fix(input, options, includeUnsafe);
  } catch (error) {
    problems.push(`fix threw: ${(error as Error).stack ?? error}`);
    return;
  }
  if (expected !== null && result.text !== expected) problems.push(`fixed text ${JSON.stringify(result.text)} ≠ expected ${JSON.stringify(expected)}`);
  problems.push(...passProblems(code, result));
  problems.push(...preservedProblems(code, result.text, language));
  const errorsAfter = analyzer.errorCount(language, result.text);
  if (errorsAfter > errorsBefore) problems.push(`syntax errors went from ${errorsBefore} to ${errorsAfter}`);
  const again = analyzer.fix({ ...input, text: result.text }, options, includeUnsafe);
  if (again.text !== result.text) problems.push(`fixing again changes ${JSON.stringify(result.text)} to ${JSON.stringify(again.text)}`);
  if (result.text !== code) onFixed(result.text);
  // Each quick fix alone, as the editor applies it.
  for (const finding of analyzer.lint(input, options)) {
    if (!finding.fix || (rule && finding.rule !== rule)) continue;
    onQuickFix();
    const where = `quick fix "${finding.fix.title}" of ${finding.rule.id} at ${finding.start}`;
    const overlaps = overlapProblems(finding.fix.edits);
    if (overlaps.length) {
      problems.push(...overlaps.map((p) => `${where}: ${p}`));
      continue;
    }
    try {
      normalizeEdits(finding.fix.edits);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      continue;
    }
    const alone = applyIndependently(code, finding.fix.edits);
    const errors = analyzer.errorCount(language, alone);
    if (errors > errorsBefore) problems.push(`${where}: applied alone, syntax errors go from ${errorsBefore} to ${errors}: ${JSON.stringify(alone.slice(0, 400))}`);
    problems.push(...preservedProblems(code, alone, language).map((p) => `${where}: ${p}`));
  }
}

// ---------------------------------------------------------------------------------------------
// The corpora, in process

test('every file of the sample project and the test corpora fixes safely (all rules, each project\'s own version and 5.2 → 6.0)', async (t) => {
  const analyzer = await getAnalyzer();
  const files = corpusFiles();
  const problems: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djfixcorpus-'));
  const toCompile: Array<{ file: string; before: string; label: string }> = [];
  let checked = 0;
  let changed = 0;
  let quickFixes = 0;
  for (const [index, file] of files.entries()) {
    const absolute = path.join(repoRoot, file.path);
    const project = new Project(findProjectRoot(absolute));
    const relative = project.relativePath(absolute);
    const own = project.versions({ source: 'test' });
    const optionSets: Array<[string, LintOptions]> = [
      ['all rules, 5.2 → 6.0', { current: '5.2', target: '6.0', showFuture: true, isEnabled: () => true }],
      [`all rules, ${own.current ?? 'unknown'} → ${newestRelease}`, { current: own.current, target: newestRelease, showFuture: true, isEnabled: () => true }],
    ];
    // Each file as written under both version settings, plus one other variant (in turn) under its own.
    const extra = variants.filter((v) => v.name !== 'as written' && v.applies(file.text, file.language));
    const runs: Array<[string, LintOptions, Variant]> = [
      [optionSets[0][0], optionSets[0][1], variants[0]],
      [optionSets[1][0], optionSets[1][1], variants[0]],
      ...(full ? extra : extra.slice(index % Math.max(1, extra.length), index % Math.max(1, extra.length) + 1)).map((v): [string, LintOptions, Variant] => [optionSets[1][0], optionSets[1][1], v]),
    ];
    for (const [label, options, variant] of runs) {
      checked++;
      const code = variant.transform(file.text);
      const found: string[] = [];
      // Safe fixes (what fix-all and `djupgrade fix` write) and, separately, every quick fix.
      checkText(analyzer, null, code, relative, file.language, options, null, found, (fixed) => {
        changed++;
        if (file.language === 'python') {
          const target = path.join(dir, `${toCompile.length}.py`);
          const original = path.join(dir, `${toCompile.length}-before.py`);
          fs.writeFileSync(target, fixed);
          fs.writeFileSync(original, code);
          toCompile.push({ file: target, before: original, label: `${file.path} (${label}, ${variant.name})` });
        }
      }, () => quickFixes++, false);
      problems.push(...found.map((p) => `${file.path} (${label}, ${variant.name}): ${p}`));
    }
  }
  const compiled = newCompileErrors(toCompile.map((c) => ({ before: c.before, after: c.file })));
  for (const entry of toCompile) {
    const error = compiled.get(entry.file);
    if (error) problems.push(`${entry.label}: the fixed file does not compile: ${error}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  t.diagnostic(`fix safety (corpora, in process): ${files.length} files, ${checked} file × version × variant checks, ${changed} fixed texts, ${quickFixes} quick fixes applied alone, ${toCompile.length} fixed Python files compiled`);
  assert.deepEqual(problems, []);
});

// ---------------------------------------------------------------------------------------------
// The corpora's projects, run under real Django before and after their fix

/** The project's apps: its top-level packages with models, an app config, an admin or migrations. */
function projectApps(files: Record<string, string>): string[] {
  const packages = new Set(Object.keys(files).filter((f) => /^[^/]+\/__init__\.py$/.test(f)).map((f) => f.split('/')[0]));
  return [...packages].filter((name) => Object.keys(files).some((f) => new RegExp(`^${name}/(models\\.py|apps\\.py|admin\\.py|migrations/)`).test(f))).sort();
}

test('the corpora\'s projects compute the same under real Django before and after `djupgrade fix` (each project\'s own version)', { timeout: 900_000 }, async (t) => {
  const analyzer = await getAnalyzer();
  const byRoot = new Map<string, Record<string, string>>();
  // The parity fixtures are projects of their own, without a requirements file: the parity test
  // runs them from Django 1.11 on.
  const parityFixture = /^test\/parity\/fixtures\/[^/]+\/[^/]+\//;
  for (const file of corpusFiles()) {
    const fixture = parityFixture.exec(file.path)?.[0];
    const root = fixture ? path.join(repoRoot, fixture) : findProjectRoot(path.join(repoRoot, file.path));
    const files = byRoot.get(root) ?? {};
    files[path.relative(root, path.join(repoRoot, file.path)).split(path.sep).join('/')] = file.text;
    byRoot.set(root, files);
  }
  const pairs: Pair[] = [];
  const skipped: string[] = [];
  for (const [root, files] of byRoot) {
    const modules = Object.keys(files).filter((f) => f.endsWith('.py')).sort();
    if (modules.length === 0) continue;
    const project = new Project(root);
    const name = path.relative(repoRoot, root);
    const own = parityFixture.test(`${name}/`) ? '1.11' : project.versions({ source: 'test' }).current;
    if (!own || !runnableReleases.includes(own)) {
      skipped.push(`${name} (Django ${own ?? 'unknown'})`);
      continue;
    }
    const options: LintOptions = { current: own, target: newestRelease, showFuture: true, isEnabled: () => true };
    const fixed: Record<string, string> = { ...files };
    for (const file of modules) {
      fixed[file] = analyzer.fix({ language: 'python', path: file, text: files[file], fileKinds: project.fileKinds(path.join(root, file)) }, options).text;
    }
    const settings = Object.entries(files).find(([file]) => fileKindsOf(file).has('settings') && /ROOT_URLCONF/.test(files[file]));
    const rootUrlconf = settings ? /ROOT_URLCONF\s*=\s*['"]([\w.]+)['"]/.exec(settings[1])?.[1] ?? null : null;
    pairs.push({
      key: name,
      before: { files, modules },
      after: { files: fixed, modules },
      releases: { before: own, after: [own] },
      project: { apps: projectApps(files), rootUrlconf },
    });
  }
  const report = runPairs(pairs);
  const problems: string[] = [];
  const used = new Set<IntendedChange>();
  let compared = 0;
  let importable = 0;
  for (const pair of pairs) {
    const version = pair.releases.before!;
    const before = runOf(report, pair.key, 'before', version);
    const after = runOf(report, pair.key, 'after', version);
    if (!before || !after) {
      problems.push(`${pair.key}: did not run under Django ${version}`);
      continue;
    }
    for (const difference of compareRuns(before, after, true)) {
      const intended = intendedChanges.find((c) => pair.key === c.case && c.paths.test(difference.path));
      if (intended) used.add(intended);
      else problems.push(`${pair.key}: ${difference.text}`);
    }
    compared += Object.keys(before.modules).length;
    importable += Object.values(before.modules).filter((m) => m.error === null).length;
    t.diagnostic(`${pair.key} under Django ${before.version}: ${Object.values(before.modules).filter((m) => m.error === null).length} of ${Object.keys(before.modules).length} modules import before the fix, ${Object.values(after.modules).filter((m) => m.error === null).length} after it`);
  }
  if (skipped.length) t.diagnostic(`not run (their Django does not run on Python 3.11): ${skipped.join(', ')}`);
  t.diagnostic(`fix behaviour (corpora): ${pairs.length} projects, ${compared} modules, ${importable} of them importable before the fix and compared`);
  assert.deepEqual(problems, []);
  const corpusCases = new Set(pairs.map((p) => p.key));
  assert.deepEqual(intendedChanges.filter((c) => corpusCases.has(c.case) && !used.has(c)).map((c) => c.case), [], 'intended differences that no longer occur');
});

// ---------------------------------------------------------------------------------------------
// The CLI: `fix --diff` and `fix` on copies of the corpora

function djupgrade(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface CliVariant {
  name: string;
  transform: (bytes: Buffer, language: SourceLanguage) => Buffer;
}

const cliVariants: CliVariant[] = [
  { name: 'as-written', transform: (b) => b },
  { name: 'crlf', transform: (b) => Buffer.from(b.toString('utf8').replace(/\r?\n/g, '\r\n')) },
  { name: 'bom', transform: (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) },
  { name: 'no-eol', transform: (b) => Buffer.from(b.toString('utf8').replace(/\r?\n$/, '')) },
  { name: 'coding', transform: (b, l) => (l === 'python' && !/^(#!|.*coding[:=])/.test(b.toString('utf8')) ? Buffer.concat([Buffer.from(codingHeader), b]) : b) },
  {
    name: 'bom-crlf-coding',
    transform: (b, l) => {
      let text = b.toString('utf8');
      if (l === 'python' && !/^(#!|.*coding[:=])/.test(text)) text = codingHeader + text;
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\r?\n/g, '\r\n'))]);
    },
  },
];

const projectMarkers = /^(requirements.*\.txt|pyproject\.toml|setup\.(cfg|py)|Pipfile|manage\.py)$/;

test('`djupgrade fix --diff` and `fix` agree on copies of the corpora (BOM, CRLF, coding line, no trailing newline), and a second fix changes nothing', async (t) => {
  const analyzer = await getAnalyzer();
  const files = corpusFiles();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'djfixcli-'));
  // One tree per version setting, each holding every corpus file once, in a variant taken in turn
  // (ROBUSTNESS_FULL=1: every variant), with its project's marker files (requirements.txt, …).
  const runs: Array<[string, string[]]> = [
    ['all rules 5.2 → 6.0', ['--select', 'all', '--current', '5.2', '--target', '6.0']],
    ['all rules, each project\'s own version', ['--select', 'all']],
  ];
  const problems: string[] = [];
  let filesWritten = 0;
  let filesChanged = 0;
  for (const [runIndex, [label, flags]] of runs.entries()) {
    const tree = path.join(work, `run${runIndex}`);
    const originals = new Map<string, Buffer>();
    for (const [index, file] of files.entries()) {
      const absolute = path.join(repoRoot, file.path);
      const root = findProjectRoot(absolute);
      const chosen = full ? cliVariants : [cliVariants[(index + runIndex * 3) % cliVariants.length]];
      for (const variant of chosen) {
        const projectCopy = path.join(tree, variant.name, path.relative(repoRoot, root).split(path.sep).join('__') || 'root');
        if (!fs.existsSync(projectCopy)) {
          fs.mkdirSync(projectCopy, { recursive: true });
          for (const marker of fs.readdirSync(root).filter((n) => projectMarkers.test(n))) fs.copyFileSync(path.join(root, marker), path.join(projectCopy, marker));
        }
        const target = path.join(projectCopy, path.relative(root, absolute));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const bytes = variant.transform(fs.readFileSync(absolute), file.language);
        fs.writeFileSync(target, bytes);
        originals.set(target, bytes);
      }
    }
    filesWritten += originals.size;
    const diff = djupgrade(['fix', '.', '--diff', ...flags], tree);
    assert.ok(diff.code === 0 || diff.code === 1, `${label}: fix --diff failed (${diff.code}): ${diff.stderr}`);
    for (const [file, bytes] of originals) assert.ok(fs.readFileSync(file).equals(bytes), `${label}: fix --diff wrote ${file}`);
    const patches = new Map(parsePatch(diff.stdout).map((p) => [p.oldFileName!.replace(/^a\//, ''), p]));
    const written = djupgrade(['fix', '.', ...flags], tree);
    // 1: findings remain that no safe fix removes.
    assert.ok(written.code === 0 || written.code === 1, `${label}: fix failed (${written.code}): ${written.stderr}`);
    const toCompile: Array<{ before: string; after: string }> = [];
    const beforeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'djfixbefore-'));
    for (const [file, before] of originals) {
      const relative = path.relative(tree, file).split(path.sep).join('/');
      const after = fs.readFileSync(file);
      const patch = patches.get(relative);
      const language = languageOf(file)!;
      if (after.equals(before)) {
        if (patch) problems.push(`${label}: ${relative}: fix --diff shows a change that fix did not write`);
        continue;
      }
      filesChanged++;
      if (!patch) {
        problems.push(`${label}: ${relative}: fix changed the file but fix --diff showed nothing`);
        continue;
      }
      // The diff applies to the file as it is on disk (BOM included) and gives what fix wrote.
      const beforeText = before.toString('utf8');
      const afterText = after.toString('utf8');
      const patched = applyPatch(beforeText, patch);
      if (patched === false) problems.push(`${label}: ${relative}: the diff does not apply to the original file`);
      else if (patched !== afterText) problems.push(`${label}: ${relative}: applying the diff gives ${JSON.stringify(patched.slice(0, 200))}, fix wrote ${JSON.stringify(afterText.slice(0, 200))}`);
      problems.push(...preservedProblems(beforeText, afterText, language).map((p) => `${label}: ${relative}: ${p}`));
      const errorsBefore = analyzer.errorCount(language, beforeText.replace(/^\uFEFF/, ''));
      const errorsAfter = analyzer.errorCount(language, afterText.replace(/^\uFEFF/, ''));
      if (errorsAfter > errorsBefore) problems.push(`${label}: ${relative}: syntax errors ${errorsBefore} → ${errorsAfter}`);
      if (language === 'python') {
        const original = path.join(beforeDir, `${toCompile.length}.py`);
        fs.writeFileSync(original, before);
        toCompile.push({ before: original, after: file });
      }
    }
    for (const [file, error] of newCompileErrors(toCompile)) problems.push(`${label}: ${path.relative(tree, file)}: the fixed file does not compile: ${error}`);
    fs.rmSync(beforeDir, { recursive: true, force: true });
    const again = djupgrade(['fix', '.', '--diff', ...flags], tree);
    if (again.stdout.trim() || !/^0 files would change;/m.test(again.stderr)) problems.push(`${label}: a second fix would change: ${again.stdout.slice(0, 2000)}`);
  }
  fs.rmSync(work, { recursive: true, force: true });
  t.diagnostic(`fix safety (CLI): ${files.length} corpus files in ${cliVariants.length} variants (BOM, CRLF, coding line, no trailing newline), ${filesWritten} file copies × fix --diff / fix / fix again, ${filesChanged} files fixed, diff and written file compared`);
  assert.deepEqual(problems, []);
});

function languageOf(file: string): SourceLanguage | null {
  const normalized = file.split(path.sep).join('/');
  if (normalized.endsWith('.py')) return 'python';
  if (/\.(djhtml|dj\.html)$/.test(normalized) || /\/templates\/.+\.(html|txt)$/.test(normalized)) return 'django-template';
  return null;
}

test('the fixed examples keep what the catalogue test expects (sanity check of the helpers)', () => {
  assert.equal(styleOf('a\r\nb\r\n'), 'crlf');
  assert.equal(styleOf('a\nb\r\n'), 'mixed');
  assert.deepEqual(preservedProblems('# -*- coding: latin-1 -*-\nx\n', 'import y\n# -*- coding: latin-1 -*-\nx\n', 'python').length, 1);
  assert.deepEqual(preservedProblems('x\r\n', 'y\nx\r\n', 'python'), ['line endings changed from crlf to mixed']);
  assert.deepEqual(overlapProblems([{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }]).length, 1);
  assert.equal(applyIndependently('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: 'A' }]), 'AbcdEf');
  assert.ok(inputFor('x = 1\n'));
});
