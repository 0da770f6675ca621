// The audit's Python 3 step (issue 14): a Python 2 project's path begins with "Python 2.7 → 3.x on
// Django 1.11", which counts the findings of the python2 rule category (synthetic ones here: the
// audit reads the category, so it counts the real rules the day they land), and no Django 2.0+
// step comes before it.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { runAudit } from '../../server/src/audit/audit';
import type { AuditReport } from '../../server/src/audit/audit-types';
import { python2Evidence } from '../../server/src/audit/python2-step';
import { formatAuditMarkdown, formatAuditSarif, renderAuditHtml } from '../../server/src/audit/report';
import { planUpgradePath } from '../../server/src/audit/upgrade-path';
import type { Finding, Rule } from '../../server/src/engine/types';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { repoRoot } from '../helpers/lsp-client';

function rule(id: string, category: string, removedIn: string, fix: 'safe' | 'unsafe' | 'none', fixMinVersion?: string): Rule<any> {
  return {
    id,
    title: id,
    category: category as Rule<any>['category'],
    deprecatedIn: null,
    removedIn,
    languages: ['python'],
    docsUrl: 'https://docs.djangoproject.com/',
    docs: { what: id, why: id },
    fix,
    ...(fixMinVersion ? { fixMinVersion } : {}),
    examples: { valid: [], invalid: [] },
    check() {},
  };
}

function finding(r: Rule<any>, fixed: boolean): Finding {
  return {
    rule: r,
    start: 0,
    end: 1,
    message: r.id,
    severity: 'error',
    ...(fixed ? { fix: { title: 'fix', edits: [], safety: r.fix === 'unsafe' ? 'unsafe' : 'safe', supported: true, automatic: r.fix === 'safe' } } : {}),
  } as Finding;
}

const printStatement = rule('python2-print-statement', 'python2', '2.0', 'safe');
const renamedModule = rule('python2-renamed-modules', 'python2', '2.0', 'unsafe');
const confUrlsUrl = rule('conf-urls-url', 'urls', '4.0', 'safe', '2.0');
const findings = [
  finding(printStatement, true),
  finding(printStatement, true),
  finding(renamedModule, true), // unsafe: not fixable by `djupgrade fix`
  finding(renamedModule, false),
  finding(confUrlsUrl, true),
];

test('a Python 2.7 project on Django 1.11: the Python 3 step first, with the python2 findings and no other', () => {
  const steps = planUpgradePath('1.11', '5.2', findings, [], '2.7');
  assert.deepEqual(steps.map((s) => [s.kind, s.title]), [
    ['python3', 'Python 2.7 → 3.x on Django 1.11'],
    ['django', 'Django 2.2'],
    ['django', 'Django 3.2'],
    ['django', 'Django 4.2'],
    ['django', 'Django 5.2'],
  ]);
  const [python3, ...django] = steps;
  assert.deepEqual(
    { django: python3.django, python: python3.python, to: python3.pythonUpgrade, blocking: python3.blocking, fixable: python3.fixable, rules: python3.rules },
    {
      django: '1.11',
      python: ['3.4', '3.5', '3.6', '3.7'],
      to: '3.7', // the newest Python 3 that Django 1.11 and Django 2.2 both run
      blocking: 4,
      fixable: 2,
      rules: [{ rule: 'python2-print-statement', count: 2 }, { rule: 'python2-renamed-modules', count: 2 }],
    },
  );
  // The Django steps never count a python2 finding; conf-urls-url is removed at 4.0, in the 4.2 step.
  assert.deepEqual(django.map((s) => s.blocking), [0, 0, 1, 0]);
  assert.equal(steps.reduce((n, s) => n + s.blocking, 0), findings.length);
  // After the Python 3 step the project runs 3.7: 2.2 and 3.2 run it, 4.2 needs 3.8, 5.2 needs 3.10.
  assert.deepEqual(django.map((s) => s.pythonUpgrade), [null, null, '3.8', '3.10']);
});

test('the step appears for Python 2 evidence of either kind, and only on the way to Django 2.0+', () => {
  const python2Only = findings.slice(0, 2);
  // Python unknown, python2 findings: the step, titled without a minor version.
  assert.deepEqual(planUpgradePath('1.11', '2.2', python2Only, [], null).map((s) => s.title), ['Python 2 → 3.x on Django 1.11', 'Django 2.2']);
  // Python 2.7, no python2 findings (yet): the step with nothing to fix.
  const empty = planUpgradePath('1.11', '2.2', [], [], '2.7');
  assert.deepEqual(empty.map((s) => [s.kind, s.blocking]), [['python3', 0], ['django', 0]]);
  // A Python 3 project without python2 findings: no step (the path is as before).
  assert.deepEqual(planUpgradePath('1.11', '2.2', [], [], '3.6').map((s) => s.kind), ['django']);
  // A target that still runs Python 2: no step.
  assert.deepEqual(planUpgradePath('1.8', '1.11', python2Only, [], '2.7').map((s) => s.kind), ['django']);
  // Already on Django 2.x: the project cannot run Python 2; no step, and the python2 findings count nowhere.
  assert.deepEqual(planUpgradePath('2.2', '3.2', python2Only, [], '2.7').map((s) => [s.kind, s.blocking]), [['django', 0]]);
  // Django unknown: the step on Django 1.11, before the first LTS step.
  assert.deepEqual(planUpgradePath(null, '3.2', python2Only, [], '2.7').map((s) => s.title), ['Python 2.7 → 3.x on Django 1.11', 'Django 2.2', 'Django 3.2']);
});

test('on an older 1.x release the step comes after the climb to Django 1.11', () => {
  assert.deepEqual(planUpgradePath('1.8', '2.2', [], [], '2.7').map((s) => s.title), ['Django 1.11', 'Python 2.7 → 3.x on Django 1.11', 'Django 2.2']);
  // To Django 2.0: the newest Python 3 that 1.11 and 2.0 both run is 3.7.
  const steps = planUpgradePath('1.10', '2.0', [], [], '2.7');
  assert.deepEqual(steps.map((s) => s.title), ['Django 1.11', 'Python 2.7 → 3.x on Django 1.11', 'Django 2.0']);
  assert.deepEqual([steps[1].python, steps[1].pythonUpgrade, steps[2].pythonUpgrade], [['3.4', '3.5', '3.6', '3.7'], '3.7', null]);
});

test('python2 findings become the evidence the version detection reads, by category', () => {
  const catalogue = [printStatement, confUrlsUrl];
  const reported = [
    { path: 'shop/views.py', line: 9, rule: 'python2-print-statement' },
    { path: 'shop/urls.py', line: 2, rule: 'conf-urls-url' },
    { path: 'shop/models.py', line: 4, rule: 'python2-print-statement' },
  ] as unknown as Parameters<typeof python2Evidence>[0];
  assert.deepEqual(python2Evidence(reported, catalogue), [
    { file: 'shop/models.py', line: 4, what: 'python2-print-statement' },
    { file: 'shop/views.py', line: 9, what: 'python2-print-statement' },
  ]);
});

test('the report: the Python 3 step is the first row, and a Python 2 project cannot reach Django 2.0 without it', async () => {
  const site = path.join(repoRoot, 'test', 'fixtures', 'python2-site');
  const report: AuditReport = runAudit(await getAnalyzer(), site, { target: '2.2', cwd: site, asOf: '2026-01-15' });
  assert.deepEqual([report.python.current, report.python.source], ['2.7', 'runtime.txt:1']);
  assert.equal(report.django.current, '1.11');
  assert.deepEqual(report.path.map((s) => s.title), ['Python 2.7 → 3.x on Django 1.11', 'Django 2.2']);
  // Counted from the python2 category: whatever python2 rules the catalogue has today.
  const python2Rules = new Set(rules.filter((r) => (r.category as string) === 'python2').map((r) => r.id));
  assert.equal(report.path[0].blocking, report.findings.filter((f) => python2Rules.has(f.rule)).length);
  assert.equal(report.path[1].pythonUpgrade, null, 'Python 3.7 runs Django 2.2');

  const markdown = formatAuditMarkdown(report);
  assert.match(markdown, /\| Step \| Python \|[^\n]*\n\|[^\n]*\n\| Python 2\.7 → 3\.x on Django 1\.11 \| 3\.4, 3\.5, 3\.6, 3\.7 \(Python 2\.7 → 3\.7\) \| \d+ \| \d+ \| — \|\n\| Django 2\.2 \| /);
  assert.match(markdown, /Django 2\.0 and later run only on Python 3: the project cannot reach them before the Python 3 step/);
  const html = renderAuditHtml(report);
  assert.match(html, /<tr><td><b>Python 2\.7 → 3\.x on Django 1\.11<\/b><\/td><td>3\.4, 3\.5, 3\.6, 3\.7<br><span class="status-upgrade">Python 2\.7 → 3\.7<\/span>/);
  assert.match(html, /class="label">Python 3<\/text>/);
  const sarif = JSON.parse(formatAuditSarif(report, rules, '0.0.0'));
  assert.deepEqual(sarif.runs[0].properties.upgradePath, ['Python 2.7 → 3.x on Django 1.11', '2.2']);
});

test('the report of a Django step after the Python 3 step names the Python the project then runs', () => {
  const report = {
    python: { current: '2.7' },
    path: planUpgradePath('1.11', '4.2', [], [], '2.7'),
  } as unknown as AuditReport;
  const markdown = formatAuditMarkdown({
    ...report,
    version: 1,
    asOf: '2026-01-15',
    root: '.',
    django: { current: '1.11', target: '4.2', source: 'x', targetSource: 'y', support: null, targetSupport: null },
    python: { current: '2.7', source: 'runtime.txt:1', support: null, supportedByTarget: false },
    libraries: [],
    dependencies: [],
    migrations: [],
    inventory: { settings: null, installedApps: [], apps: [], projectTemplates: 0, projectUrlPatterns: 0, pythonFiles: 0 },
    summary: { files: 0, findings: 0, fixable: 0, blocking: 0 },
    findings: [],
    vulnerabilities: { snapshot: { generated: '2026-01-01', sources: [] }, checked: 0, notExact: [], packages: [] },
  });
  assert.match(markdown, /\| Django 4\.2 \| 3\.8, 3\.9, 3\.10, 3\.11, 3\.12 \(Python 3\.7 → 3\.8\+ first\) \|/);
});
