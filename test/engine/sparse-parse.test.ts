// The scan's sparse parse (engine/sparse-parse.ts) must find exactly what a whole parse finds:
// rule, span, severity, message and fix, on every frozen input of the engine's baseline, every
// example of the catalogue (and each valid example put before each invalid one), every corpus file,
// and, where they are on this machine, the precision corpus and Django's own source (the bench's
// copy) with the scan's own options. The line scanner's statements and bodies are tested on their own.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { Projects } from '../../server/src/cli/check-command';
import type { FileInput } from '../../server/src/engine/analyzer';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { LintOptions, rulesToRun } from '../../server/src/engine/lint';
import { lintSparse, sparseTextFor, SparseStats, topLevelUnits } from '../../server/src/engine/sparse-parse';
import { WordIndex } from '../../server/src/engine/tokens';
import type { Finding } from '../../server/src/engine/types';
import { findSourceFiles, languageOfPath, readSourceFile } from '../../server/src/project/source-files';
import { rules } from '../../server/src/rules';
import { dedent } from '../../server/src/rules/shapes';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions, corpusFiles, repoRoot } from '../robustness/fuzz-support';
import { baselineOptions, readInputs } from './baseline';

function describe(finding: Finding): string {
  return JSON.stringify([finding.rule.id, finding.start, finding.end, finding.severity, finding.message, finding.fix ?? null]);
}

function newStats(): SparseStats {
  return { outcomes: new Map(), charactersParsed: 0, characters: 0 };
}

/** Lints each input both ways; the differences, described. */
async function compare(inputs: Iterable<{ input: FileInput; options: LintOptions }>, stats: SparseStats): Promise<string[]> {
  const analyzer = await getAnalyzer();
  const differences: string[] = [];
  for (const { input, options } of inputs) {
    const quiet = { ...options, onSkip: () => {} };
    const whole = analyzer.lint(input, quiet).map(describe);
    const sparse = lintSparse(analyzer, input, quiet, stats).map(describe);
    if (whole.join('\n') === sparse.join('\n')) continue;
    differences.push(`${input.path}: whole only ${JSON.stringify(whole.filter((x) => !sparse.includes(x))).slice(0, 800)}; sparse only ${JSON.stringify(sparse.filter((x) => !whole.includes(x))).slice(0, 800)}`);
  }
  return differences;
}

const python = (pathName: string, text: string): FileInput => ({ language: 'python', path: pathName, text, fileKinds: fileKindsOf(pathName) });

test('the line scanner finds the top-level statements and the function bodies', () => {
  const text = dedent`
    """Docstring with a # and a
    line at column 0 inside it."""
    import os
    x = (1,
    2)  # a comment with a '
    @decorator(
        "arg")
    def f(a,
          b):
        s = '''
    column 0 in a string
    '''
        return s
    if x:
        y = 1
    else:
        y = 2
    z = 1 + \
    2
    class C:
        def method(self):  # a comment
            return 1
        def one_line(self): return 2
  `;
  const units = topLevelUnits(text)!;
  const firstLines = units.map((unit) => text.slice(unit.start, unit.end).split('\n').find((line) => line.trim() !== '')!);
  assert.deepEqual(firstLines, ['"""Docstring with a # and a', 'import os', 'x = (1,', '@decorator(', 'if x:', 'z = 1 + \\', 'class C:']);
  assert.equal(units.map((unit) => unit.end - unit.start).reduce((a, b) => a + b), text.length, 'the statements tile the text');
  assert.deepEqual([...units[2].binds], ['x']);
  assert.deepEqual([...units[3].binds], ['f']);
  assert.deepEqual([...units[4].binds].sort(), ['y']);
  const bodies = units.flatMap((unit) => unit.bodies.map((body) => text.slice(body.first, body.end).trimEnd()));
  assert.deepEqual(bodies, [`s = '''\ncolumn 0 in a string\n'''\n    return s`, 'return 1']);
  assert.equal(units[3].bodies[0].owner, units[3].start, 'a decorated function owns its decorators');
});

test('the line scanner is in doubt on an unterminated string or bracket, and on indented code first', () => {
  assert.equal(topLevelUnits('x = (1,\n'), null);
  assert.equal(topLevelUnits("x = 'abc\ny = 1\n"), null);
  assert.equal(topLevelUnits('x = 1)\n'), null);
  assert.equal(topLevelUnits('  x = 1\n'), null);
});

test('the sparse parse reads only what the triggered rules can need, at the same offsets and lines', async () => {
  const analyzer = await getAnalyzer();
  const text = dedent`
    from django.utils.translation import ugettext as _
    from django.db import models

    LIMIT = 3

    def unrelated(values):
        total = 0
        for value in values:
            total += value
        return total

    class Article(models.Model):
        title = models.CharField(max_length=LIMIT)

        def label(self):
            return _("Article")

        def plain(self):
            return self.title.upper()
  `;
  const input = python('app/views.py', text);
  const planned = rulesToRun(input, analyzer.rules, allRulesOptions);
  const sparse = sparseTextFor(text, planned, WordIndex.of(text));
  assert.ok(typeof sparse !== 'string', `sparse: ${String(sparse)}`);
  assert.equal(sparse.text.length, text.length);
  assert.deepEqual(sparse.text.split('\n').map((line) => line.length), text.split('\n').map((line) => line.length));
  // What the parser reads: the parsed ranges, the rest as blanks.
  let read = '';
  for (let i = 0, at = 0; i <= sparse.parsed.length; i += 2) {
    const start = i < sparse.parsed.length ? sparse.parsed[i] : sparse.text.length;
    read += sparse.text.slice(at, start).replace(/[^\n]/g, ' ');
    if (i < sparse.parsed.length) read += sparse.text.slice(start, (at = sparse.parsed[i + 1]));
  }
  assert.equal(read.length, text.length);
  assert.ok(!read.includes('total'), 'a function no rule needs is skipped');
  assert.ok(read.includes('return _("Article")'), 'a body using the name a hit binds is kept');
  assert.ok(read.includes('def plain(self):\n        ...'), 'a body without a hit becomes `...`');
  assert.ok(!read.includes('upper'), 'the rest of that body is skipped');
  assert.ok(read.includes('LIMIT = 3'), 'a binding of a name a kept statement uses is kept');
});

test('sparse and whole parses find the same on every frozen input and example', async () => {
  const inputs: Array<{ input: FileInput; options: LintOptions }> = [];
  for (const frozen of readInputs()) {
    if (!frozen.path.endsWith('.py')) continue;
    inputs.push({ input: python(frozen.path, frozen.text), options: baselineOptions(frozen) });
  }
  for (const file of corpusFiles()) if (file.language === 'python') inputs.push({ input: python(file.path, file.text), options: allRulesOptions });
  for (const rule of rules) {
    if (!rule.languages.includes('python')) continue;
    const { valid, invalid } = rule.examples;
    for (const example of [...valid, ...invalid]) inputs.push({ input: python(example.filename ?? 'example.py', example.code), options: allRulesOptions });
    for (const before of valid) {
      for (const after of invalid) {
        if ((before.filename ?? 'example.py') !== (after.filename ?? 'example.py')) continue;
        inputs.push({ input: python(after.filename ?? 'example.py', `${before.code.trimEnd()}\n${after.code}`), options: allRulesOptions });
      }
    }
  }
  const stats = newStats();
  const differences = await compare(inputs, stats);
  const sparse = stats.outcomes.get('sparse') ?? 0;
  assert.deepEqual(differences, []);
  assert.ok(sparse > 200, `inputs checked on a sparse tree: ${sparse} of ${inputs.length} (${JSON.stringify([...stats.outcomes])})`);
});

/** The Python files of a folder with the options `djupgrade scan` gives each. */
function* scanInputs(root: string): Generator<{ input: FileInput; options: LintOptions }> {
  const projects = new Projects({});
  for (const file of findSourceFiles([root]).files) {
    if (!file.endsWith('.py')) continue;
    const read = readSourceFile(file, 10 * 1024 * 1024);
    if ('skipped' in read) continue;
    const { project } = projects.of(file);
    yield { input: { language: languageOfPath(file)!, path: project.relativePath(file), text: read.text, fileKinds: project.fileKinds(file) }, options: projects.optionsFor(file) };
  }
}

test('sparse and whole parses find the same on the sample project, and on the precision corpus and Django where present', async (t) => {
  const folders = [path.join(repoRoot, 'examples'), path.join(repoRoot, '.cache', 'precision', 'src'), path.join(repoRoot, '.cache', 'bench', 'django-5.2.19-sdist')];
  const present = folders.filter((folder) => fs.existsSync(folder));
  t.diagnostic(`folders compared: ${present.map((folder) => path.relative(repoRoot, folder)).join(', ')}`);
  const stats = newStats();
  const differences: string[] = [];
  for (const folder of present) differences.push(...(await compare(scanInputs(folder), stats)));
  t.diagnostic(`outcomes: ${JSON.stringify([...stats.outcomes])}; characters parsed ${stats.charactersParsed} of ${stats.characters}`);
  assert.deepEqual(differences, []);
  assert.ok((stats.outcomes.get('sparse') ?? 0) > 0, 'some file was checked on a sparse tree');
});
