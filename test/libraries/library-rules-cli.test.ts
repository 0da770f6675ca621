// Library rules end to end through the real command line: severities and fix gating follow the
// project's own versions of the library (its pins, `[tool.djupgrade.packages]`), its category is
// selectable and ignorable, `fix` rewrites only where the pinned release has the replacement, and
// the audit shows the library beside Django without counting it in Django's steps.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { djupgrade } from '../helpers/cli';
import { writeProject } from '../helpers/project-files';

const api = 'from rest_framework import viewsets\nfrom rest_framework.decorators import detail_route\n\n\nclass BookViewSet(viewsets.ModelViewSet):\n    @detail_route(methods=["post"])\n    def publish(self, request, pk=None):\n        return None\n';
const settings = 'INSTALLED_APPS = ["rest_framework"]\nREST_FRAMEWORK = {\n    "PAGINATE_BY": 20,\n}\n';

function project(drf: string, extra: Record<string, string> = {}) {
  return writeProject({ 'manage.py': '', 'requirements.txt': `Django==2.2.28\ndjangorestframework==${drf}\n`, 'site/settings.py': settings, 'books/api.py': api, ...extra }, 'djupgrade-libraries-');
}

interface Row {
  path: string;
  line: number;
  rule: string;
  severity: string;
  message: string;
  removedIn: string | null;
  library?: string;
  fixable: boolean;
}

function scan(root: string, ...args: string[]): Row[] {
  const result = djupgrade(['scan', '.', '--output-format', 'json', ...args], root);
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  return (JSON.parse(result.stdout) as { findings: Row[] }).findings;
}

test('severities and fixes follow the pinned DRF, not Django', () => {
  const root = project('3.7.7');
  const rows = scan(root).filter((row) => row.library);
  const route = rows.filter((row) => row.rule === 'drf-detail-list-route');
  assert.equal(route.length, 2, 'the import and the decorator');
  for (const row of route) {
    assert.equal(row.severity, 'error', 'removed in 3.10, before the default target (the newest release)');
    assert.equal(row.library, 'djangorestframework');
    assert.equal(row.removedIn, '3.10');
    assert.match(row.message, /is deprecated since Django REST Framework 3\.8 and removed in 3\.10: use `@action\(detail=True\)`$/);
    assert.equal(row.fixable, false, 'DRF 3.7.7 has no `action`');
  }
  assert.deepEqual(rows.find((row) => row.rule === 'drf-paginate-by-settings') && { path: 'site/settings.py', line: 3 }, { path: 'site/settings.py', line: 3 });
  // The project's own target for DRF: 3.9 still has detail_route (a warning), PAGINATE_BY is gone since 3.3.
  fs.writeFileSync(path.join(root, 'pyproject.toml'), '[tool.djupgrade.packages]\ndjangorestframework = { target = "3.9" }\n');
  const at39 = scan(root).filter((row) => row.library);
  assert.deepEqual([...new Set(at39.filter((row) => row.rule === 'drf-detail-list-route').map((row) => row.severity))], ['warning']);
  assert.equal(at39.find((row) => row.rule === 'drf-paginate-by-settings')?.severity, 'error');
  // A target before the deprecation hides it (as for Django, without --future).
  fs.writeFileSync(path.join(root, 'pyproject.toml'), '[tool.djupgrade.packages]\ndjangorestframework = { target = "3.7" }\n');
  assert.deepEqual(scan(root).filter((row) => row.rule === 'drf-detail-list-route'), []);
  assert.equal(scan(root, '--future').filter((row) => row.rule === 'drf-detail-list-route')[0]?.severity, 'hint');
});

test('the library category is selected and ignored like any category', () => {
  const root = project('3.9.4');
  const all = scan(root);
  assert.ok(all.some((row) => row.library === 'djangorestframework'));
  assert.deepEqual(scan(root, '--ignore', 'drf').filter((row) => row.library), []);
  const only = scan(root, '--select', 'drf');
  assert.ok(only.length > 0 && only.every((row) => row.rule.startsWith('drf-')), only.map((row) => row.rule).join(', '));
});

test('fix rewrites where the pinned DRF has the replacement', () => {
  const old = project('3.7.7');
  djupgrade(['fix', '.', '--select', 'drf'], old);
  assert.equal(fs.readFileSync(path.join(old, 'books/api.py'), 'utf8'), api, 'DRF 3.7.7: left alone');
  const root = project('3.9.4');
  const result = djupgrade(['fix', '.', '--select', 'drf'], root);
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  assert.equal(fs.readFileSync(path.join(root, 'books/api.py'), 'utf8'), api.replace('import detail_route', 'import action').replace('@detail_route(', '@action(detail=True, '));
  // PAGINATE_BY's fix is unsafe: not applied without --unsafe-fixes.
  assert.equal(fs.readFileSync(path.join(root, 'site/settings.py'), 'utf8'), settings);
});

test('the audit lists the library beside Django and keeps it out of Django steps', () => {
  const root = project('3.7.7');
  const result = djupgrade(['audit', '.', '--format', 'json'], root);
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  const report = JSON.parse(result.stdout);
  const drf = report.libraries.find((l: { name: string }) => l.name === 'djangorestframework');
  assert.deepEqual(
    { ...drf, targetSource: undefined, target: undefined },
    {
      name: 'djangorestframework', title: 'Django REST Framework', category: 'drf', current: '3.7.7', source: 'requirements.txt:2', target: undefined, targetSource: undefined,
      findings: 3, blocking: 3, fixable: 0, rules: [{ rule: 'drf-detail-list-route', count: 2 }, { rule: 'drf-paginate-by-settings', count: 1 }], successor: null,
    },
  );
  for (const step of report.path) assert.ok(!step.rules.some((r: { rule: string }) => r.rule.startsWith('drf-')), `${step.title} counts no DRF finding`);
  assert.ok(report.summary.blocking >= 3, 'library removals by their target block');
  const markdown = djupgrade(['audit', '.'], root).stdout;
  assert.match(markdown, /## Libraries\n\n\| Library \|.*\n.*\n\| Django REST Framework \| 3\.7\.7 → /);
});
