// `djupgrade warnings LOG [PATH]` and `djupgrade audit --warnings LOG`, run as a user runs them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import * as fs from 'node:fs';
import { repoRoot } from '../helpers/lsp-client';

function djupgrade(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), ...args], { cwd: repoRoot, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = 'test/fixtures/legacy-warnings';
const log = 'test/fixtures/warnings-logs/django-3.2-manage-test-Wd.log';

test('text: the warnings by what covers them, paths relative to the current folder, exit 1', () => {
  const { code, stdout } = djupgrade(['warnings', log, fixture]);
  assert.equal(code, 1);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines[0], 'Seen only at run time (no rule flags these lines):');
  assert.equal(lines[1], `  ${fixture}/legacysite/urls.py:5:5: error [conf-urls-url] RemovedInDjango40Warning at run time: django.conf.urls.url() is deprecated in favor of django.urls.re_path().`);
  assert.ok(lines.includes(`  ${fixture}/shop/views.py:10: [request-is-ajax] RemovedInDjango40Warning: request.is_ajax() is deprecated. See Django 3.1 release notes for more details about this deprecation.`), stdout);
  assert.equal(lines.at(-1), `${log}: 10 deprecation warnings, 10 distinct: 6 seen only at run time, 1 already flagged, 3 raised in installed packages.`);
});

test('JSON and SARIF; the log from standard input', () => {
  const json = djupgrade(['warnings', log, fixture, '--output-format', 'json']);
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout);
  assert.deepEqual(report.summary, { read: 10, distinct: 10, static: 1, runtimeOnly: 6, external: 3 });
  assert.equal(report.root, fixture);
  assert.match(json.stderr, /10 deprecation warnings, 10 distinct/);
  const piped = djupgrade(['warnings', '-', fixture, '--format', 'json'], fs.readFileSync(path.join(repoRoot, log), 'utf8'));
  const fromStdin = JSON.parse(piped.stdout);
  assert.deepEqual(fromStdin.summary, report.summary);
  assert.equal(fromStdin.log, '<stdin>');
  const sarif = JSON.parse(djupgrade(['warnings', log, fixture, '--format', 'sarif']).stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].results.length, 8, 'six runtime-only warnings and the two static findings they confirm');
});

test('a log without warnings exits 0; usage errors exit 2', () => {
  const clean = djupgrade(['warnings', '-', fixture], 'Ran 4 tests in 0.010s\n\nOK\n');
  assert.equal(clean.code, 0);
  assert.match(clean.stdout, /^No deprecation warnings in <stdin>: was the test run made with warnings on/);
  assert.equal(djupgrade(['warnings', log, fixture, '--exit-zero']).code, 0);
  for (const [args, message] of [
    [['warnings'], /warnings needs the test log/],
    [['warnings', 'no-such.log'], /no such file: no-such\.log/],
    [['warnings', log, `${fixture}/manage.py`], /not a file: .*manage\.py|project folder, not a file/],
    [['warnings', log, fixture, '--format', 'html'], /--output-format must be text, json or sarif/],
    [['audit', fixture, '--warnings', 'no-such.log'], /--warnings: no such file: no-such\.log/],
  ] as const) {
    const result = djupgrade([...args]);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message);
  }
  assert.match(djupgrade(['warnings', '--help']).stdout, /^Usage: djupgrade warnings LOG \[PATH\] \[options\]/);
  assert.match(djupgrade(['--help']).stderr + djupgrade(['--help']).stdout, /warnings +Read the deprecation warnings of a test run/);
});

test('audit --warnings LOG: the log joins the report', () => {
  const { code, stdout } = djupgrade(['audit', fixture, '--warnings', log]);
  assert.equal(code, 1);
  assert.match(stdout, /## Warnings from the test log\n\n`test\/fixtures\/warnings-logs\/django-3\.2-manage-test-Wd\.log`: 10 deprecation warnings/);
  assert.match(stdout, /## Known vulnerabilities\n/);
  assert.match(stdout, /### Django 3\.2\.4\n\n21 published vulnerabilities; 3\.2\.25 fixes them;/);
});
