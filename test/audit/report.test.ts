// The report renderers on a hand-made report: HTML is self-contained and escapes what it shows,
// the chart has one bar per step, Markdown keeps its tables intact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuditReport } from '../../server/src/audit/audit-types';
import { blockingText, formatAuditMarkdown, renderAuditHtml } from '../../server/src/audit/report';
import { stepChartSvg } from '../../server/src/audit/report-html';

const report: AuditReport = {
  version: 1,
  asOf: '2026-01-15',
  root: 'shop<site>',
  django: {
    current: '3.2', target: '4.2', source: 'requirements.txt:1', targetSource: 'command line',
    support: { supported: false, endOfSupport: '2024-04-01', source: 'download page' },
    targetSupport: { supported: true, endOfSupport: '2026-04-07', source: 'download page' },
  },
  python: { current: '3.9', source: 'runtime.txt:1', support: { supported: true, endOfSupport: '2025-10-31', source: 'devguide' }, supportedByTarget: true },
  path: [{ kind: 'django', title: 'Django 4.2', django: '4.2', python: ['3.8', '3.9'], pythonUpgrade: null, blocking: 3, fixable: 2, dependencies: [{ name: 'django-x', pinned: '1.0', minimum: null, source: 'none | really' }], rules: [{ rule: 'conf-urls-url', count: 3 }] }],
  libraries: [
    {
      name: 'djangorestframework', title: 'Django REST Framework', category: 'drf', current: '3.7.7', source: 'requirements.txt:2', target: '3.16.1', targetSource: 'newest release in the snapshot',
      findings: 3, blocking: 2, fixable: 1, rules: [{ rule: 'drf-detail-list-route', count: 2 }, { rule: 'drf-coreapi-schemas', count: 1 }], successor: null,
    },
    { name: 'django-celery', title: 'django-celery (djcelery)', category: 'celery', current: '3.3.1', source: 'requirements.txt:3', target: '3.3.1', targetSource: 'a <setting>', findings: 0, blocking: 0, fixable: 0, rules: [], successor: 'django-celery-beat' },
  ],
  dependencies: [{ name: 'django-x', pinned: '1.0', status: 'no-release', minimum: null, source: 'none | really', file: 'requirements.txt', line: 2 }],
  migrations: [{ app: 'shop', kind: 'conflict', files: ['shop/migrations/0002_a.py', 'shop/migrations/0002_b.py'], message: 'Two <leaves>' }],
  inventory: {
    settings: 'site/settings.py', installedApps: ['shop'], projectTemplates: 0, projectUrlPatterns: 1, pythonFiles: 4,
    apps: [{ label: 'shop', module: 'shop', path: 'shop', installed: true, models: ['Product'], views: [], urlPatterns: 2, templates: 1, adminRegistrations: [], managementCommands: [], celeryTasks: [], drfViewsets: [], drfSerializers: [] }],
  },
  summary: { files: 4, findings: 1, fixable: 1, blocking: 1 },
  findings: [{ path: 'shop/urls.py', line: 3, column: 5, endLine: 3, endColumn: 8, rule: 'conf-urls-url', severity: 'error', message: '`url()` <script>alert(1)</script>', deprecatedIn: '3.1', removedIn: '4.0', fixable: true }],
  vulnerabilities: {
    snapshot: { generated: '2026-01-02', sources: [{ name: 'Data <A>', asOf: '2025-12-31', licence: 'CC-BY-4.0', detail: 'x', credit: 'Credit <to> A | B' }] },
    checked: 3,
    notExact: ['celery'],
    packages: [
      {
        name: 'Django', version: '3.2.4', message: 'Django 3.2.4: 1 published vulnerability; 3.2.25 fixes it', declared: [{ file: 'requirements.txt', line: 1 }],
        advisories: [{ id: 'PYSEC-1', aliases: ['CVE-1'], summary: 'Injection in `a|b` <b>', published: '2024-01-01', severity: { level: 'high', score: 8.1, vector: 'CVSS:3.1/X' }, fixedIn: ['3.2.25', '4.2.11'] }],
        fixedBy: '3.2.25', seriesFix: '3.2.25', bumpTo: '3.2.25', unsupported: null,
      },
    ],
  },
};

test('HTML: self-contained, escaped, one bar per step', () => {
  const html = renderAuditHtml(report);
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /shop&lt;site&gt;/);
  assert.match(html, /Two &lt;leaves&gt;/);
  assert.match(html, /Content-Security-Policy/);
  assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no external resources');
  assert.match(html, /unsupported since 2024-04-01/);
  assert.match(html, /<h2>Known vulnerabilities<\/h2>/);
  assert.match(html, /Injection in <code>a\|b<\/code> &lt;b&gt;/);
  assert.match(html, /<span class="badge bad" title="CVSS:3\.1\/X">high 8\.1<\/span>/);
  assert.match(html, /Credit &lt;to&gt; A \| B/);
  assert.match(html, /<h2>Libraries<\/h2>/);
  assert.match(html, /<b>Django REST Framework<\/b><\/td><td>3\.7\.7 → 3\.16\.1/);
  assert.match(html, /target: a &lt;setting&gt;/);
  assert.match(html, /replaced by django-celery-beat/);
  const svg = stepChartSvg(report.path);
  assert.equal((svg.match(/class="bar-manual"><title>/g) ?? []).length, 1, "one bar (the legend aside)");
  assert.match(svg, /Django 4\.2: 3 findings, 2 fixable/);
  assert.match(stepChartSvg([]), /<svg/);
});

test('Markdown: tables keep their columns', () => {
  const md = formatAuditMarkdown(report);
  assert.match(md, /^# Django upgrade audit/);
  assert.match(md, /\| django-x \| 1\.0 \| no-release \|  \| none \\\| really \|/);
  assert.match(md, /\| Django 4\.2 \| 3\.8, 3\.9 \| 3 \| 2 \| django-x 1\.0 → no release \|/);
  assert.match(md, /\*\*no longer supported\*\* \(since 2024-04-01\)/);
  assert.match(md, /## Known vulnerabilities\n\nAdvisory snapshot of 2026-01-02: Data <A> to 2025-12-31\. 3 pinned packages checked\. Not pinned exactly, so not checked: celery\./);
  assert.match(md, /### Django 3\.2\.4\n\n1 published vulnerability; 3\.2\.25 fixes it \(pinned in `requirements\.txt:1`\)/);
  assert.match(md, /\| PYSEC-1 \| CVE-1 \| high \(CVSS 8\.1\) \| 2024-01-01 \| 3\.2\.25, 4\.2\.11 \| Injection in `a\\\|b` <b> \|/);
  assert.match(md, /- Credit <to> A \| B\n$/);
  assert.match(md, /## Libraries\n\n\| Library \| Versions \| Findings \| Removed by the target \| Fixable \| Rules \(select or ignore by category\) \|\n\|---\|---\|---:\|---:\|---:\|---\|\n\| Django REST Framework \| 3\.7\.7 → 3\.16\.1 \(requirements\.txt:2; target: newest release in the snapshot\) \| 3 \| 2 \| 1 \| `drf`: `drf-detail-list-route` ×2, `drf-coreapi-schemas` ×1 \|\n\| django-celery \(djcelery\) \(replaced by django-celery-beat\) \| 3\.3\.1 → 3\.3\.1 .* \| 0 \| 0 \| 0 \| `celery`: — \|\n/);
  assert.match(md, /the libraries around it deprecate on their own schedules/, 'the path says where library findings are');
});

test("Markdown summary: a library's removals are not counted as Django's", () => {
  const withLibraries = { ...report, summary: { ...report.summary, findings: 6, blocking: 5 } };
  assert.equal(blockingText(withLibraries), '3 removed by Django 4.2, 2 by the target release of their library (see Libraries)');
  assert.match(formatAuditMarkdown(withLibraries), /\*\*6 findings\*\* in 4 files: 3 removed by Django 4\.2, 2 by the target release of their library/);
  const djangoOnly = { ...withLibraries, libraries: withLibraries.libraries.map((l) => ({ ...l, blocking: 0 })) };
  assert.equal(blockingText(djangoOnly), '5 removed by Django 4.2');
});

test('Markdown path: a Python newer than a step supports is not told to move "up" to an older one', () => {
  const step = { ...report.path[0], django: '1.8', title: 'Django 1.8', python: ['2.7', '3.2', '3.3', '3.4', '3.5'], pythonUpgrade: '3.5' };
  const markdown = formatAuditMarkdown({ ...report, python: { ...report.python, current: '3.6' }, path: [step] });
  assert.match(markdown, /Python 3\.6 → 3\.5 first: Django 1\.8 supports no newer Python/);
  assert.doesNotMatch(markdown, /3\.5\+ first/);
});
