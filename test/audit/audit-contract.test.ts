// The audit's JSON contract, field by field, on the two sample projects: test/fixtures/legacy-cms
// (Django 2.2, Python 3.7, a broken migration history, old pins) and examples/legacy-site
// (Django 1.11, Python 3.6). Also: the audit's findings are the scan's findings plus the
// dependency findings on the pinned lines, and every format the command writes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runAudit } from '../../server/src/audit/audit';
import type { AuditReport } from '../../server/src/audit/audit-types';
import { minimumFor } from '../../server/src/audit/dependencies';
import { findPackage } from '../../server/src/audit/package-support';
import { djangoPython } from '../../server/src/audit/support-status';
import { rules } from '../../server/src/rules';
import { compareVersions } from '../../server/src/versions/django-version';
import { getAnalyzer } from '../helpers/analyzer';
import { repoRoot } from '../helpers/lsp-client';
import { spawnSync } from 'node:child_process';

function djupgrade(args: string[], cwd = repoRoot) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cms = path.join(repoRoot, 'test', 'fixtures', 'legacy-cms');
const site = path.join(repoRoot, 'examples', 'legacy-site');
const asOf = '2026-01-15';

async function audit(root: string, target = '5.2'): Promise<AuditReport> {
  return runAudit(await getAnalyzer(), root, { target, cwd: root, asOf });
}

const ruleOf = new Map(rules.map((rule) => [rule.id, rule]));

test('legacy-cms: versions, their sources and their support status', async () => {
  const report = await audit(cms);
  assert.equal(report.version, 1);
  assert.equal(report.asOf, asOf);
  assert.equal(report.root, '.');
  assert.deepEqual(
    { current: report.django.current, target: report.django.target, source: report.django.source, targetSource: report.django.targetSource },
    { current: '2.2', target: '5.2', source: 'requirements.txt:2', targetSource: 'command line' },
  );
  assert.equal(report.django.support?.supported, false);
  assert.equal(report.django.support?.endOfSupport, '2022-04-01');
  assert.match(report.django.support!.source, /djangoproject\.com\/download/);
  assert.deepEqual([report.django.targetSupport?.supported, report.django.targetSupport?.endOfSupport], [true, '2028-04-30']);
  assert.deepEqual([report.python.current, report.python.source], ['3.7', '.python-version:1']);
  assert.deepEqual([report.python.support?.supported, report.python.support?.endOfSupport], [false, '2023-06-27']);
  assert.match(report.python.support!.source, /devguide/);
  assert.equal(report.python.supportedByTarget, false, 'Django 5.2 needs Python 3.10+');
});

test('legacy-cms: the LTS path, per step findings, fixes, Python and dependency upgrades', async () => {
  const report = await audit(cms);
  assert.deepEqual(report.path.map((s) => s.django), ['3.2', '4.2', '5.2']);
  // Python 3.7 runs Django 3.2, not 4.2 (3.8+) nor 5.2 (3.10+).
  assert.deepEqual(report.path.map((s) => s.pythonUpgrade), [null, '3.8', '3.10']);
  for (const step of report.path) {
    assert.deepEqual(step.python, djangoPython[step.django]);
    assert.ok(step.fixable <= step.blocking);
    assert.equal(step.rules.reduce((n, r) => n + r.count, 0), step.blocking);
  }
  // Each rule's findings land on the step that removes them.
  const steps = ['2.2', ...report.path.map((s) => s.django)];
  for (let i = 1; i < steps.length; i++) {
    for (const { rule } of report.path[i - 1].rules) {
      const removedIn = ruleOf.get(rule)!.removedIn!;
      assert.ok(compareVersions(removedIn, steps[i - 1]) > 0 && compareVersions(removedIn, steps[i]) <= 0, `${rule} (removed in ${removedIn}) at step ${steps[i]}`);
    }
  }
  const step = (v: string) => report.path.find((s) => s.django === v)!;
  const rulesAt = (v: string) => step(v).rules.map((r) => r.rule);
  for (const id of ['utils-six', 'python-2-unicode-compatible', 'shortcuts-render-to-response', 'template-load-staticfiles']) assert.ok(rulesAt('3.2').includes(id), id);
  for (const id of ['conf-urls-url', 'translation-ugettext', 'encoding-force-text', 'postgres-jsonfield', 'request-is-ajax', 'template-ifequal']) assert.ok(rulesAt('4.2').includes(id), id);
  for (const id of ['timezone-utc', 'model-meta-index-together', 'settings-use-l10n', 'template-length-is']) assert.ok(rulesAt('5.2').includes(id), id);
  assert.ok(step('4.2').rules.find((r) => r.rule === 'conf-urls-url')!.count >= 12);
  // conf-urls-url's fix writes re_path (Django 2.0+): fixable while the project still runs 3.2.
  assert.ok(step('4.2').fixable >= 12);
  // Every blocking scan finding is on exactly one step.
  // A library finding's versions are its library's: not on Django's path.
  const scanBlocking = report.findings.filter((f) => f.rule !== 'dependency-unsupported' && !f.library && f.removedIn && compareVersions(f.removedIn, '5.2') <= 0);
  assert.equal(report.path.reduce((n, s) => n + s.blocking, 0), scanBlocking.length);

  // Dependency upgrades per step come from the package table.
  const drf = (v: string) => step(v).dependencies.find((d) => d.name === 'djangorestframework');
  for (const v of ['3.2', '4.2', '5.2']) {
    const expected = minimumFor(findPackage('djangorestframework')!, v);
    assert.deepEqual(drf(v), { name: 'djangorestframework', pinned: '3.9.4', minimum: expected.minimum, source: expected.source });
    assert.ok(expected.minimum);
  }
  assert.ok(!step('3.2').dependencies.some((d) => d.name === 'Pillow'), 'unknown packages are not upgrades');
});

test('legacy-cms: dependencies for the target, with status, minimum and source; unknown ones said so', async () => {
  const report = await audit(cms);
  assert.deepEqual(report.dependencies.map((d) => d.name), [
    'djangorestframework', 'django-filter', 'django-debug-toolbar', 'django-extensions', 'django-storages', 'django-crispy-forms',
    'django-environ', 'whitenoise', 'django-redis', 'celery', 'django-celery-beat', 'django-taggit', 'django-mptt', 'Pillow', 'psycopg2-binary',
  ]);
  for (const dep of report.dependencies) {
    assert.deepEqual(Object.keys(dep).sort(), ['file', 'line', 'minimum', 'name', 'pinned', 'source', 'status']);
    assert.ok(['supported', 'upgrade', 'no-release', 'unknown'].includes(dep.status));
    assert.equal(dep.file, 'requirements.txt');
    assert.ok(dep.source.length > 0);
  }
  const drf = report.dependencies.find((d) => d.name === 'djangorestframework')!;
  assert.deepEqual([drf.pinned, drf.status, drf.line], ['3.9.4', 'upgrade', 3]);
  assert.equal(drf.minimum, minimumFor(findPackage('djangorestframework')!, '5.2').minimum);
  assert.match(drf.source, /classifiers/);
  const storages = report.dependencies.find((d) => d.name === 'django-storages')!;
  assert.equal(storages.pinned, '1.7.1', 'extras are not part of the name');
  const pillow = report.dependencies.find((d) => d.name === 'Pillow')!;
  assert.deepEqual([pillow.pinned, pillow.status, pillow.minimum, pillow.source], ['6.2.1', 'unknown', null, 'not in the package table']);

  // Each upgrade is also a finding on the pinned line.
  const depFindings = report.findings.filter((f) => f.rule === 'dependency-unsupported');
  const upgrades = report.dependencies.filter((d) => d.status === 'upgrade' || d.status === 'no-release');
  assert.equal(depFindings.length, upgrades.length);
  for (const dep of upgrades) {
    const finding = depFindings.find((f) => f.line === dep.line)!;
    assert.ok(finding, dep.name);
    assert.deepEqual(
      { path: finding.path, column: finding.column, endLine: finding.endLine, severity: finding.severity, deprecatedIn: finding.deprecatedIn, removedIn: finding.removedIn, fixable: finding.fixable },
      { path: 'requirements.txt', column: 1, endLine: dep.line, severity: 'error', deprecatedIn: null, removedIn: '5.2', fixable: false },
    );
    assert.match(finding.message, new RegExp(`${dep.name}.*does not support Django 5\\.2`));
  }
});

test('legacy-cms: migrations health', async () => {
  const report = await audit(cms);
  const summary = report.migrations.map((m) => `${m.app} ${m.kind} ${m.files.join(' ')}`);
  assert.deepEqual(summary, [
    'articles conflict articles/migrations/0003_article_is_featured.py articles/migrations/0003_correction.py',
    'articles duplicate-number articles/migrations/0003_article_is_featured.py articles/migrations/0003_correction.py',
    'authors missing-dependency authors/migrations/0002_author_twitter.py',
    'media removed-field media_library/migrations/0001_initial.py',
    'newsletter partial-replaces newsletter/migrations/0001_squashed_0003_issue_subject.py newsletter/migrations/0001_initial.py newsletter/migrations/0002_issue_sent_at.py',
  ]);
  for (const issue of report.migrations) assert.ok(issue.message.length > 20);
  assert.match(report.migrations[2].message, /articles\.0004_remove_article_legacy_id/);
  assert.equal(report.migrations[2].line, 9);
  assert.match(report.migrations[3].message, /django\.utils\.timezone\.utc.*5\.0/);
  assert.equal(report.migrations[3].line, 4);
  assert.match(report.migrations[4].message, /missing: newsletter\.0003_issue_subject/);
  // Django 4.2 still has timezone.utc: no removed-field for that target.
  const older = await audit(cms, '4.2');
  assert.ok(!older.migrations.some((m) => m.kind === 'removed-field'));
  assert.deepEqual(older.path.map((s) => s.django), ['3.2', '4.2']);
});

test('legacy-cms: inventory of apps', async () => {
  const report = await audit(cms);
  const inv = report.inventory;
  assert.equal(inv.settings, 'newsroom/settings/base.py');
  assert.equal(inv.installedApps.length, 21, 'DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS, plus the DEBUG ones');
  assert.ok(inv.installedApps.includes('debug_toolbar'));
  const byLabel = Object.fromEntries(inv.apps.map((a) => [a.label, a]));
  assert.deepEqual(Object.keys(byLabel), ['api', 'articles', 'authors', 'media', 'newsletter']);
  assert.deepEqual(byLabel.articles, {
    label: 'articles', module: 'articles', path: 'articles', installed: true,
    models: ['TimeStamped', 'Section', 'Article', 'Correction'],
    views: ['ArticleListView', 'ArticleDetailView', 'article_preview'],
    urlPatterns: 3, templates: 3,
    adminRegistrations: ['Section', 'Article', 'Correction'],
    managementCommands: [], celeryTasks: [], drfViewsets: [], drfSerializers: [],
  });
  assert.deepEqual(byLabel.authors.models, ['Author']);
  assert.deepEqual(byLabel.authors.adminRegistrations, ['Author']);
  assert.deepEqual([byLabel.media.path, byLabel.media.module, byLabel.media.installed], ['media_library', 'media_library', true]);
  assert.deepEqual(byLabel.newsletter.celeryTasks, ['send_issue', 'confirm_subscriber']);
  assert.deepEqual(byLabel.newsletter.managementCommands, ['send_newsletter']);
  assert.deepEqual(byLabel.newsletter.views, ['confirm']);
  assert.equal(byLabel.newsletter.urlPatterns, 1);
  assert.deepEqual(byLabel.api.drfViewsets, ['SectionViewSet', 'ArticleViewSet']);
  assert.deepEqual(byLabel.api.drfSerializers, ['SectionSerializer', 'ArticleSerializer', 'ArticleDetailSerializer']);
  assert.deepEqual(byLabel.api.views, ['health']);
  assert.equal(byLabel.api.models.length, 0);
  assert.equal(inv.projectTemplates, 1);
  assert.equal(inv.projectUrlPatterns, 4);
  assert.ok(inv.pythonFiles > 30);
});

test('the audit reports the scan\'s findings, plus the dependency findings', async () => {
  const report = await audit(cms);
  const scan = djupgrade(['scan', '.', '--format', 'json', '--target', '5.2'], cms);
  const scanned = JSON.parse(scan.stdout).findings;
  assert.deepEqual(report.findings.filter((f) => f.rule !== 'dependency-unsupported' && f.rule !== 'known-vulnerabilities'), scanned);
  for (const finding of report.findings) {
    // A library rule's finding names its library.
    assert.deepEqual(Object.keys(finding), ['path', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message', 'deprecatedIn', 'removedIn', ...(finding.library ? ['library'] : []), 'fixable']);
  }
  assert.equal(report.summary.findings, report.findings.length);
  assert.equal(report.summary.fixable, report.findings.filter((f) => f.fixable).length);
  assert.equal(report.summary.files, JSON.parse(scan.stdout).files);
});

test('legacy-cms: known vulnerabilities of the pinned releases, from the shipped snapshot', async () => {
  const report = await audit(cms);
  const { vulnerabilities } = report;
  assert.equal(vulnerabilities.checked, 16, 'every pin of requirements.txt is exact');
  assert.deepEqual(vulnerabilities.notExact, []);
  const byName = Object.fromEntries(vulnerabilities.packages.map((p) => [p.name, p]));
  assert.deepEqual(Object.keys(byName).sort(), ['Django', 'Pillow', 'celery', 'django-debug-toolbar', 'django-filter', 'djangorestframework']);
  // Django 2.2.28 is the last 2.2 release: nothing listed against it, but 2.2 is past its support.
  assert.deepEqual([byName.Django.advisories.length, byName.Django.unsupported?.series, byName.Django.unsupported?.since], [0, '2.2', '2022-04-01']);
  assert.match(byName.Django.message, /^Django 2\.2\.28: 2\.2 has had no security fixes since April 2022; \d+ issues disclosed since then$/);
  assert.deepEqual([byName['django-filter'].fixedBy, byName['django-filter'].declared], ['2.4.0', [{ file: 'requirements.txt', line: 4 }]]);
  assert.equal(byName.djangorestframework.advisories[0].aliases.includes('CVE-2020-25626'), true);
  // The SQL injection of CVE-2021-30459 was fixed in 1.11.1, a patch release of the pinned series.
  assert.deepEqual([byName['django-debug-toolbar'].bumpTo, byName['django-debug-toolbar'].advisories[0].aliases[0]], ['1.11.1', 'CVE-2021-30459']);
  for (const pkg of vulnerabilities.packages) {
    const finding = report.findings.find((f) => f.rule === 'known-vulnerabilities' && f.line === pkg.declared[0].line)!;
    assert.equal(finding.message, pkg.message);
    assert.equal(finding.path, 'requirements.txt');
  }
  const md = (await import('../../server/src/audit/report')).formatAuditMarkdown(report);
  assert.match(md, /### Pillow 6\.2\.1\n\n\d+ published vulnerabilities; /);
  assert.match(md, /PyPA Advisory Database.*CC BY 4\.0/);
});

test('examples/legacy-site: Django 1.11 on Python 3.6, four LTS steps', async () => {
  const report = await audit(site);
  assert.deepEqual([report.django.current, report.django.source, report.django.target], ['1.11', 'requirements.txt:1', '5.2']);
  assert.deepEqual([report.django.support?.supported, report.django.support?.endOfSupport], [false, '2020-04-01']);
  assert.deepEqual([report.python.current, report.python.source, report.python.supportedByTarget], ['3.6', 'runtime.txt:1', false]);
  assert.deepEqual(report.path.map((s) => s.django), ['2.2', '3.2', '4.2', '5.2']);
  const first = report.path[0];
  assert.deepEqual(first.python, ['3.5', '3.6', '3.7', '3.8', '3.9']);
  assert.deepEqual(report.path.map((s) => s.pythonUpgrade), [null, null, '3.8', '3.10']);
  for (const id of ['settings-middleware-classes', 'core-urlresolvers']) assert.ok(first.rules.some((r) => r.rule === id), id);
  assert.ok(first.blocking > 0 && first.fixable > 0);
  // djangorestframework 3.9.4 already declares Django 2.2; debug-toolbar 1.11 does not.
  assert.ok(!first.dependencies.some((d) => d.name === 'djangorestframework'));
  assert.deepEqual(first.dependencies.find((d) => d.name === 'django-debug-toolbar')?.pinned, '1.11');
  assert.deepEqual(report.migrations, [], 'NullBooleanField, contrib.postgres JSONField and AlterIndexTogether still load in 5.2');
  const shop = report.inventory.apps.find((a) => a.label === 'shop')!;
  assert.deepEqual(shop.models, ['Business', 'Product', 'CustomerProfile', 'Order', 'OrderItem']);
  assert.deepEqual([shop.celeryTasks, shop.drfViewsets, shop.drfSerializers, shop.managementCommands], [['send_order_confirmation'], ['ProductViewSet'], ['ProductSerializer'], ['import_products']]);
  assert.equal(shop.urlPatterns, 9, 'the local `url` helper in shop/utils.py is not a URL pattern');
  assert.deepEqual(report.inventory.apps.map((a) => a.label), ['blog', 'shop']);
  const unknown = report.dependencies.filter((d) => d.status === 'unknown').map((d) => d.name);
  assert.ok(unknown.includes('gunicorn') && unknown.includes('celery'));
});

test('`djupgrade audit` writes md, html, json and sarif; --output; usage errors', () => {
  const json = djupgrade(['audit', 'test/fixtures/legacy-cms', '--format', 'json', '--target', '5.2']);
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout) as AuditReport;
  assert.equal(report.root, 'test/fixtures/legacy-cms');
  assert.ok(report.findings.every((f) => f.path.startsWith('test/fixtures/legacy-cms/')), 'paths are relative to the current directory, as in scan');
  assert.ok(report.migrations.every((m) => m.files.every((f) => f.startsWith('test/fixtures/legacy-cms/'))));
  assert.match(json.stderr, /Django 2\.2 → 5\.2 \(3\.2 → 4\.2 → 5\.2\)/);

  const md = djupgrade(['audit', 'test/fixtures/legacy-cms']);
  assert.equal(md.code, 1);
  assert.match(md.stdout, /^# Django upgrade audit/);
  assert.match(md.stdout, /\| Django 3\.2 \| 3\.6, 3\.7, 3\.8, 3\.9, 3\.10 \|/);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-'));
  const out = path.join(dir, 'report.html');
  const html = djupgrade(['audit', 'test/fixtures/legacy-cms', '--format', 'html', '--output', out]);
  assert.equal(html.code, 1);
  assert.equal(html.stdout, '');
  const page = fs.readFileSync(out, 'utf8');
  assert.match(page, /^<!DOCTYPE html>/);
  assert.match(page, /<svg [^>]*class="chart"/);
  assert.doesNotMatch(page, /<script|<link|src="http|href="http/, 'self-contained');

  for (const bad of [['--format', 'pdf'], ['--target', 'five'], ['no/such/dir'], ['README.md']]) {
    const result = djupgrade(['audit', ...bad]);
    assert.equal(result.code, 2, bad.join(' '));
    assert.match(result.stderr, /^djupgrade: /);
  }
});
