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
import { goneNames } from '../../server/src/rules/python2/python2-renamed-modules';
import { getAnalyzer, inputFor } from '../helpers/analyzer';
import { LineIndex } from '../../server/src/engine/text-positions';
import { checkClaims, loadWorklist, oracle, repoRoot } from './worklist';

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

test("the names python2-renamed-modules has no fix for are gone from the Python 3 modules", () => {
  const modules = Object.entries(goneNames).map(([module, names]) => ({ module: worklist.moduleRenames[module].python3, names }));
  const script = 'import importlib, json, sys\nfor m in json.load(sys.stdin):\n    mod = importlib.import_module(m["module"])\n    print(m["module"], [n for n in m["names"] if hasattr(mod, n)])';
  const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(modules), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.stdout.trim().split('\n'), modules.map((m) => `${m.module} []`));
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

describe('code the parser cannot read (ERROR nodes): each finding on its line, the rest of the file still checked', () => {
  // `async` as a name (Python 3.7 reserved it) is the Python 2 code that gives ERROR nodes
  // (test/python2/parse-cases.ts): a parameter, a keyword parameter's default, an imported name.
  const cases = [
    {
      name: '`from … import async` folds the next line into the import; `def f(async=False):` turns its body into loose statements',
      code: [
        'from celery.result import async',
        'import urllib2',
        'def f(async=False):',
        '    print "in"',
        '    return d.iteritems()',
        'x = 0777',
        'def g(self, async):',
        '    print >>sys.stderr, `x`, unicode(y)',
        '    if a <> b: pass',
        's = `f(`y`)`',
        'size = 10L',
        '',
      ],
      places: [
        'renamed-modules 2:8', 'print-statement 4:5', 'dict-methods 5:14', 'octal-literal 6:5', 'print-statement 8:5', 'backticks 8:25',
        'removed-builtins 8:30', 'ne-operator 9:10', 'backticks 10:5', 'long-literal 11:8',
      ],
    },
    {
      name: 'a function whose parameters hold an ERROR: every construct of its body, and after it',
      code: [
        'def notify(async=None, *args):',
        '    exec "x = 1" in ns',
        '    try:',
        '        pass',
        '    except ValueError, e:',
        '        raise ValueError, "bad"',
        'print "after"',
        '',
      ],
      places: ['exec-statement 2:5', 'except-comma 5:12', 'raise-comma 6:15', 'print-statement 7:1'],
    },
  ];
  for (const { name, code, places: wanted } of cases) {
    test(name, async () => {
      const analyzer = await getAnalyzer();
      const text = code.join('\n');
      assert.ok(analyzer.errorCount('python', text) > 0, 'the parse has ERROR nodes');
      const found = places('f.py', text, analyzer.lint(inputFor(text, 'f.py'), options(python2Rules))).map((p) => p.replace(' f.py:', ' '));
      assert.deepEqual(found, wanted);
    });
  }
});

/** Django's own source of a release, downloaded once into .cache/django by the version-truth checker. */
function djangoSource(version: string): string {
  const { cacheDir, report } = checkClaims([{ id: `django ${version}`, version, symbol: 'django.utils.encoding.force_str', exists: true }]);
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
