// What `djupgrade warnings` and `djupgrade audit --warnings` write: the text for people, the JSON
// contract, and SARIF 2.1.0 that the published schema accepts, on the captured logs of the fixture.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runAudit } from '../../server/src/audit/audit';
import { formatAuditMarkdown, formatAuditSarif, renderAuditHtml } from '../../server/src/audit/report';
import { formatWarningsJson, formatWarningsSarif, formatWarningsText } from '../../server/src/cli/warnings-command';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { analyzeLog, fixtureRoot, logsDir } from './expected';

const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const validate = addFormats(new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }) as never) as unknown as AjvDraft04;
const isSarif = validate.compile(schema);
const log32 = path.join(logsDir, 'django-3.2-manage-test-Wd.log');

test('text: what only the run saw, what a rule flags, what installed packages raised, and a summary', async () => {
  const text = formatWarningsText(analyzeLog(await getAnalyzer(), log32), false);
  const lines = text.split('\n');
  assert.equal(lines[0], 'Seen only at run time (no rule flags these lines):');
  assert.equal(lines[1], '  legacysite/urls.py:5:5: error [conf-urls-url] RemovedInDjango40Warning at run time: django.conf.urls.url() is deprecated in favor of django.urls.re_path().');
  assert.ok(lines.includes('Already flagged by a rule:'));
  assert.ok(lines.includes('  shop/views.py:10: [request-is-ajax] RemovedInDjango40Warning: request.is_ajax() is deprecated. See Django 3.1 release notes for more details about this deprecation.'));
  assert.ok(lines.some((l) => /^ {2}django: django\/apps\/registry\.py:91: RemovedInDjango41Warning: 'shop' defines default_app_config .* -> \[apps-default-app-config\] shop\/__init__\.py:1$/.test(l)), text);
  assert.match(lines.at(-1)!, /django-3\.2-manage-test-Wd\.log: 10 deprecation warnings, 10 distinct: 6 seen only at run time, 1 already flagged, 3 raised in installed packages\.$/);
  const none = formatWarningsText(analyzeLog(await getAnalyzer(), path.join(fixtureRoot, 'manage.py'), 'Ran 4 tests in 0.01s\n\nOK\n'), false);
  assert.match(none, /^No deprecation warnings in manage\.py: was the test run made with warnings on/);
});

test('JSON: the contract fields', async () => {
  const report = JSON.parse(formatWarningsJson(analyzeLog(await getAnalyzer(), log32)));
  assert.deepEqual(Object.keys(report), ['version', 'root', 'log', 'django', 'summary', 'warnings', 'findings']);
  assert.deepEqual(Object.keys(report.warnings[0]).sort(), ['category', 'confirms', 'count', 'line', 'logLines', 'logLocation', 'message', 'package', 'path', 'removedIn', 'rules', 'status', 'via'].sort());
  assert.deepEqual(report.django, { current: '3.2', target: '5.2' });
});

test('SARIF: valid, with a descriptor for every rule, runtime-warning included', async () => {
  // A warning on a workspace line that names nothing the catalogue knows is a runtime-warning finding.
  const text = `${fs.readFileSync(log32, 'utf8')}/srv/app/shop/forms.py:4: DeprecationWarning: frobnicate() is going away\n  class ContactForm(forms.Form):\n`;
  const report = analyzeLog(await getAnalyzer(), log32, text);
  const own = report.findings.find((f) => f.rule === 'runtime-warning')!;
  assert.deepEqual([own.path, own.line, own.severity, own.removedIn, own.message], ['shop/forms.py', 4, 'warning', null, 'DeprecationWarning at run time: frobnicate() is going away']);
  const sarif = JSON.parse(formatWarningsSarif(report, rules, '0.0.0'));
  assert.equal(isSarif(sarif), true, JSON.stringify(isSarif.errors));
  const run = sarif.runs[0];
  for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex]?.id, result.ruleId);
  assert.ok(run.tool.driver.rules.some((r: { id: string; helpUri: string }) => r.id === 'runtime-warning' && /resolving-deprecation-warnings/.test(r.helpUri)));
  assert.equal(run.properties.runtimeOnly, 7);
});

test('the audit with a test log: the section, the findings, every format', async () => {
  const report = runAudit(await getAnalyzer(), fixtureRoot, {
    cwd: fixtureRoot,
    target: '5.2',
    asOf: '2026-12-06',
    warningsLog: { file: path.join(logsDir, 'django-4.2-manage-test-Wd.log'), text: fs.readFileSync(path.join(logsDir, 'django-4.2-manage-test-Wd.log'), 'utf8') },
  });
  assert.deepEqual(report.runtimeWarnings!.summary, { read: 8, distinct: 8, static: 2, runtimeOnly: 0, external: 6 });
  assert.equal(report.runtimeWarnings!.log, '../warnings-logs/django-4.2-manage-test-Wd.log');
  const md = formatAuditMarkdown(report);
  assert.match(md, /## Warnings from the test log\n\n`\.\.\/warnings-logs\/django-4\.2-manage-test-Wd\.log`: 8 deprecation warnings, 8 distinct: 2 a rule already flags, 0 seen only at run time \(now findings\), 6 raised in installed packages\./);
  assert.match(md, /\| `django: django\/conf\/__init__\.py:267` \| RemovedInDjango50Warning: The USE_L10N setting is deprecated\. .* \| 1 \| settings-use-l10n \| raised in an installed package \|/);
  assert.match(renderAuditHtml(report), /<h2>Warnings from the test log<\/h2>/);
  const sarif = JSON.parse(formatAuditSarif(report, rules, '0.0.0'));
  assert.equal(isSarif(sarif), true, JSON.stringify(isSarif.errors));
  // The 3.2 log's warnings that no rule flags become audit findings.
  const withRuntime = runAudit(await getAnalyzer(), fixtureRoot, { cwd: fixtureRoot, target: '5.2', asOf: '2026-12-06', warningsLog: { file: log32, text: fs.readFileSync(log32, 'utf8') } });
  assert.equal(withRuntime.findings.filter((f) => f.message.includes('at run time')).length, 6);
  assert.equal(withRuntime.summary.findings, withRuntime.findings.length);
});
