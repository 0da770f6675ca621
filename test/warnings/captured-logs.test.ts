// The captured logs of test/fixtures/warnings-logs (real runs of test/fixtures/legacy-warnings
// under Django 3.2.25 and 4.2.30 on Python 3.11, in another folder: /tmp/lw) read back and merged
// with the static findings of the fixture.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { getAnalyzer } from '../helpers/analyzer';
import { analyzeLog, logsDir, scenarios, summarize } from './expected';

for (const [name, scenario] of Object.entries(scenarios)) {
  test(`captured log, ${name}`, async () => {
    const report = analyzeLog(await getAnalyzer(), path.join(logsDir, scenario.log));
    assert.deepEqual(summarize(report), [...scenario.expected].sort());
  });
}

test('the findings a log adds: runtime-only lines with the rule they name; confirmed static findings once', async () => {
  const report = analyzeLog(await getAnalyzer(), path.join(logsDir, 'django-3.2-manage-test-Wd.log'));
  assert.deepEqual(report.summary, { read: 10, distinct: 10, static: 1, runtimeOnly: 6, external: 3 });
  assert.deepEqual(
    report.findings.map((f) => [f.path, f.line, f.column, f.endColumn, f.rule, f.severity, f.removedIn]),
    [
      ['legacysite/urls.py', 5, 5, 66, 'conf-urls-url', 'error', '4.0'],
      ['legacysite/urls.py', 6, 5, 82, 'conf-urls-url', 'error', '4.0'],
      ['legacysite/urls.py', 7, 5, 55, 'conf-urls-url', 'error', '4.0'],
      ['shop/views.py', 23, 5, 69, 'encoding-force-text', 'error', '4.0'],
      ['shop/views.py', 14, 5, 26, 'translation-ugettext', 'error', '4.0'],
      ['shop/views.py', 15, 5, 60, 'encoding-force-text', 'error', '4.0'],
      // The static findings the log confirms, as the scan reports them.
      ['shop/__init__.py', 1, 1, 19, 'apps-default-app-config', 'error', '4.1'],
      ['shop/views.py', 10, 44, 61, 'request-is-ajax', 'error', '4.0'],
    ],
  );
  assert.equal(report.findings[0].message, 'RemovedInDjango40Warning at run time: django.conf.urls.url() is deprecated in favor of django.urls.re_path().');
  const junit = analyzeLog(await getAnalyzer(), path.join(logsDir, 'django-3.2-pytest-Werror-junit.xml'));
  assert.deepEqual([junit.summary.read, junit.warnings[0].count, junit.findings[0].message], [8, 8, 'RemovedInDjango40Warning at run time: django.conf.urls.url() is deprecated in favor of django.urls.re_path(). (8× in the log)']);
});
