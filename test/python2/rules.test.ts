// The python2 rules (server/src/rules/python2/) against what the preparation proved:
//   - every work-list example (docs/python2-worklist.json): the rule finds what the list counts, its
//     fixes write exactly the list's output (which fix-oracle.test.ts compiles and runs under
//     Python 3), safe fixes alone stop short of the unsafe examples, valid examples give nothing;
//   - the Python 2 sample project: every expected place (python2-site-expected.json) and nothing
//     else; fixed whole, every file compiles under Python 3;
//   - modern code gains no finding: Django 2.2's and 5.2's own source (Python 3 only), and 1.11's (Python 2 and 3: its Python 2 code sits behind `six.PY2` tests and `try … except ImportError`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { LintOptions } from '../../server/src/engine/lint';
import type { Finding, Rule } from '../../server/src/engine/types';
import { rules } from '../../server/src/rules';
import { getAnalyzer, inputFor } from '../helpers/analyzer';
import { LineIndex } from '../../server/src/engine/text-positions';
import { loadWorklist, oracle, repoRoot } from './worklist';

const worklist = loadWorklist();
const python2Rules = rules.filter((rule) => (rule.category as string) === 'python2');
const ruleIdOf = (construct: string) => (construct.startsWith('python2-') ? construct : `python2-${construct}`);
const constructOf = (ruleId: string) => (ruleId === 'python2-dunders' ? ruleId : ruleId.replace(/^python2-/, ''));

function options(only: readonly Rule<any>[]): LintOptions {
  return { current: '1.11', target: '2.2', showFuture: false, isEnabled: (rule) => only.includes(rule) };
}

test('every construct of the work list has its rule, and every python2 rule its construct', () => {
  const ids = new Set(python2Rules.map((r) => r.id));
  for (const construct of worklist.constructs) assert.ok(ids.has(ruleIdOf(construct.id)), `a rule for ${construct.id}`);
  assert.equal(python2Rules.length, worklist.constructs.length);
  for (const rule of python2Rules) {
    assert.equal(rule.removedIn, '2.0', `${rule.id}: removed with Django 2.0 (Python 3 only)`);
    assert.equal(rule.deprecatedIn, null, `${rule.id}: no Django release deprecated it`);
  }
});

describe('the work list examples', () => {
  for (const construct of worklist.constructs) {
    test(construct.id, async () => {
      const analyzer = await getAnalyzer();
      const rule = python2Rules.find((r) => r.id === ruleIdOf(construct.id))!;
      for (const [index, example] of construct.valid.entries()) {
        const found = analyzer.lint(inputFor(example.code), options([rule]));
        assert.deepEqual(found.map((f) => f.message), [], `valid #${index + 1}:\n${example.code}`);
      }
      for (const [index, example] of construct.invalid.entries()) {
        const where = `invalid #${index + 1}:\n${example.code}`;
        const input = inputFor(example.code);
        const found = analyzer.lint(input, options([rule]));
        assert.equal(found.length, example.findings, `${where}\nfindings: ${found.map((f) => f.message).join('\n')}`);
        const fixed = analyzer.fix(input, options([rule]), true).text;
        assert.equal(fixed, example.output ?? example.code, `${where}\nfixed with unsafe fixes`);
        const safeOnly = analyzer.fix(input, options([rule]), false).text;
        if (example.output !== undefined && example.safety === 'unsafe') assert.notEqual(safeOnly, example.output, `${where}\nan unsafe example needs unsafe fixes`);
        if (example.output !== undefined && example.safety !== 'unsafe') assert.equal(safeOnly, example.output, `${where}\nsafe fixes alone`);
      }
    });
  }
});

test("the rules' own fixed examples compile under Python 3", () => {
  const items = python2Rules.flatMap((rule) =>
    rule.examples.invalid.flatMap((example, index) => (example.output === undefined ? [] : [{ id: `${rule.id}#${index + 1}`, code: example.output }])),
  );
  assert.ok(items.length >= 2 * python2Rules.length);
  const checked = oracle<{ compiles: boolean; error: string | null }>('check', items);
  for (const { id } of items) assert.equal(checked[id].compiles, true, `${id}: ${checked[id].error}`);
});

const siteRoot = path.join(repoRoot, 'test', 'fixtures', 'python2-site');
const expected = JSON.parse(fs.readFileSync(path.join(__dirname, 'python2-site-expected.json'), 'utf8')) as {
  findings: Array<{ construct: string; file: string; line: number; column: number }>;
  notFindings: Array<{ construct: string; file: string; line: number; column: number }>;
};

function pythonFiles(root: string, dir = root): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pythonFiles(root, full);
    return entry.name.endsWith('.py') ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

function places(file: string, text: string, findings: readonly Finding[]): string[] {
  const lines = new LineIndex(text);
  return findings.map((f) => {
    const { line, character } = lines.positionAt(f.start);
    return `${constructOf(f.rule.id)} ${file}:${line + 1}:${character + 1}`;
  });
}

test('python2-site: every expected finding, at its place, and nothing else', async () => {
  const analyzer = await getAnalyzer();
  const actual: string[] = [];
  for (const file of pythonFiles(siteRoot)) {
    const text = fs.readFileSync(path.join(siteRoot, file), 'utf8');
    actual.push(...places(file, text, analyzer.lint(inputFor(text, file), options(python2Rules))));
  }
  const wanted = expected.findings.map((f) => `${f.construct} ${f.file}:${f.line}:${f.column}`);
  assert.deepEqual([...actual].sort(), [...wanted].sort());
  for (const place of expected.notFindings) assert.ok(!actual.includes(`${place.construct} ${place.file}:${place.line}:${place.column}`));
});

test('python2-site fixed whole (unsafe fixes on): every file compiles under Python 3, and what is left has no fix', async () => {
  const analyzer = await getAnalyzer();
  const items: Array<{ id: string; code: string }> = [];
  const left: string[] = [];
  for (const file of pythonFiles(siteRoot)) {
    const text = fs.readFileSync(path.join(siteRoot, file), 'utf8');
    const fixed = analyzer.fix(inputFor(text, file), options(python2Rules), true).text;
    items.push({ id: file, code: fixed });
    const remaining = analyzer.lint(inputFor(fixed, file), options(python2Rules));
    assert.deepEqual(remaining.filter((f) => f.fix).map((f) => `${f.rule.id}: ${f.message}`), [], `${file}: a fix left for another pass`);
    left.push(...places(file, fixed, remaining));
  }
  const checked = oracle<{ compiles: boolean; error: string | null }>('check', items);
  for (const { id } of items) assert.equal(checked[id].compiles, true, `${id} after the fixes: ${checked[id].error}`);
  // What no fix can write: nested backticks aside, the project's StrAndUnicode class.
  assert.deepEqual(left.map((place) => place.split(' ')[0]).sort(), ['django-aliases', 'django-aliases']);
});

/** Django's own source of a release, downloaded once into .cache/django by the version-truth checker. */
function djangoSource(version: string): string {
  const cacheDir = path.join(repoRoot, '.cache', 'django');
  const claims = [{ id: `django ${version}`, version, symbol: 'django.utils.encoding.force_str', exists: true }];
  const result = spawnSync('python3', [path.join(repoRoot, 'test', 'django-truth', 'check_claims.py')], {
    input: JSON.stringify({ cacheDir, claims }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  assert.equal(result.status, 0, `check_claims.py failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { versions: Record<string, string> };
  return path.join(cacheDir, `django-${report.versions[version]}`);
}

describe('modern code gains no python2 finding', () => {
  for (const version of ['1.11', '2.2', '5.2']) {
    test(`Django ${version}'s own source`, { timeout: 900_000 }, async () => {
      const analyzer = await getAnalyzer();
      const root = djangoSource(version);
      const found: string[] = [];
      const files = pythonFiles(root).filter((file) => file.startsWith('django/'));
      assert.ok(files.length > 500, `${files.length} files in ${root}`);
      for (const file of files) {
        const text = fs.readFileSync(path.join(root, file), 'utf8');
        found.push(...places(file, text, analyzer.lint(inputFor(text, file), { ...options(python2Rules), target: version })));
      }
      assert.deepEqual(found, []);
    });
  }
});
