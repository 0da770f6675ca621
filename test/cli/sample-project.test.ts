// The CLI on the sample legacy project: its findings match examples/legacy-site/EXPECTED.md, the
// JSON output keeps its contract, and `fix` agrees with `fix --diff` and is idempotent.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { djupgrade } from '../helpers/cli';
import { repoRoot } from '../helpers/lsp-client';

const sample = path.join(repoRoot, 'examples', 'legacy-site');


interface Row {
  api: string;
  file: string;
  line: number;
}

function section(markdown: string, heading: string): Row[] {
  const start = markdown.indexOf(heading);
  const end = markdown.indexOf('\n## ', start + heading.length);
  const rows: Row[] = [];
  for (const line of markdown.slice(start, end === -1 ? undefined : end).split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = /^`([^`]+)`$/.exec(cells[2] ?? '')?.[1];
    const number = Number(cells[3]);
    if (file && Number.isInteger(number) && number > 0) rows.push({ api: cells[1], file, line: number });
  }
  return rows;
}

// Which rule reports each API of EXPECTED.md; rows without a rule here are not covered yet.
const rulesByApi: Array<[RegExp, string]> = [
  [/django\.conf\.urls\.url|`url\(\)` call/, 'conf-urls-url'],
  [/django\.core\.urlresolvers/, 'core-urlresolvers'],
  [/ugettext|ungettext/, 'translation-ugettext'],
  [/python_2_unicode_compatible/, 'python-2-unicode-compatible'],
  [/force_text/, 'encoding-force-text'],
  [/urlquote/, 'utils-http-urlquote'],
  [/django\.utils\.six/, 'utils-six'],
  [/without `on_delete`/, 'foreign-key-on-delete'],
  [/NullBooleanField/, 'null-boolean-field'],
  [/JSONField/, 'postgres-jsonfield'],
  [/index_together/, 'model-meta-index-together'],
  [/providing_args/, 'signal-providing-args'],
  [/is_ajax/, 'request-is-ajax'],
  [/is_authenticated/, 'user-is-authenticated-call'],
  [/render_to_response/, 'shortcuts-render-to-response'],
  [/MIDDLEWARE_CLASSES/, 'settings-middleware-classes'],
  [/SessionAuthenticationMiddleware/, 'settings-session-auth-middleware'],
  [/postgresql_psycopg2/, 'settings-postgresql-psycopg2'],
  [/PASSWORD_RESET_TIMEOUT_DAYS/, 'settings-password-reset-timeout-days'],
  [/USE_L10N/, 'settings-use-l10n'],
  [/multi_db/, 'test-multi-db'],
  [/assertQuerysetEqual/, 'test-assert-set-methods'],
  [/requires_system_checks/, 'command-requires-system-checks'],
  [/default_app_config/, 'apps-default-app-config'],
  [/staticfiles|admin_static/, 'template-load-staticfiles'],
  [/ifequal|ifnotequal/, 'template-ifequal'],
  [/length_is/, 'template-length-is'],
];

test('scan of the sample project reports what EXPECTED.md lists, and nothing it rules out', (t) => {
  const expected = fs.readFileSync(path.join(sample, 'EXPECTED.md'), 'utf8');
  const { code, stdout } = djupgrade(['scan', 'examples/legacy-site', '--format', 'json', '--target', '5.2']);
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  const at = (row: Row) => report.findings.filter((f: { path: string; line: number }) => f.path === `examples/legacy-site/${row.file}` && f.line === row.line);
  const uncovered: string[] = [];
  let checked = 0;
  for (const row of section(expected, '## 1. Must be reported')) {
    const rule = rulesByApi.find(([pattern]) => pattern.test(row.api))?.[1];
    if (!rule) {
      uncovered.push(`${row.api} (${row.file}:${row.line})`);
      continue;
    }
    checked++;
    assert.ok(at(row).some((f: { rule: string }) => f.rule === rule), `expected ${rule} at ${row.file}:${row.line} (${row.api})`);
  }
  assert.ok(checked >= 80, `checked ${checked} rows`);
  for (const row of [...section(expected, '## 5. Must NOT be reported'), ...section(expected, '## 3. Historical migration code')]) {
    assert.deepEqual(at(row).map((f: { rule: string }) => f.rule), [], `nothing may be reported at ${row.file}:${row.line} (${row.api})`);
  }
  t.diagnostic(`EXPECTED.md rows checked: ${checked}; not covered by a rule yet: ${uncovered.length} (${uncovered.join('; ')})`);
});

test('JSON output contract', () => {
  const { stdout } = djupgrade(['scan', 'examples/legacy-site/shop/signals.py', '--format', 'json']);
  const report = JSON.parse(stdout);
  assert.deepEqual(Object.keys(report), ['version', 'current', 'target', 'files', 'findings', 'skipped']);
  assert.equal(report.version, 1);
  assert.equal(report.current, '1.11');
  assert.equal(report.target, '5.2');
  assert.equal(report.files, 1);
  assert.deepEqual(Object.keys(report.findings[0]), ['path', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message', 'deprecatedIn', 'removedIn', 'fixable']);
  assert.equal(report.findings[0].path, 'examples/legacy-site/shop/signals.py');
});

test('SARIF output is SARIF 2.1.0 shaped', () => {
  const { stdout } = djupgrade(['scan', 'examples/legacy-site/shop', '--format', 'sarif']);
  const sarif = JSON.parse(stdout);
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.ok(run.results.length > 0);
  for (const result of run.results) {
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
  }
});

test('exit codes and usage errors', () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'djclean-'));
  fs.writeFileSync(path.join(empty, 'ok.py'), 'from django.urls import path\n');
  assert.equal(djupgrade(['scan', empty]).code, 0);
  const bad = djupgrade(['scan', '--target', 'latest']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--target must be a Django version/);
  assert.equal(djupgrade(['scan', '--select', 'no-such-rule']).code, 2);
  assert.equal(djupgrade(['frobnicate']).code, 2);
  assert.equal(djupgrade(['scan', '--format', 'xml']).code, 2);
});

test('--select and --ignore take rule ids and categories', () => {
  const only = JSON.parse(djupgrade(['scan', 'examples/legacy-site', '--format', 'json', '--select', 'settings']).stdout);
  assert.ok(only.findings.length > 0 && only.findings.every((f: { rule: string }) => f.rule.startsWith('settings-')));
  const without = JSON.parse(djupgrade(['scan', 'examples/legacy-site', '--format', 'json', '--ignore', 'conf-urls-url,settings']).stdout);
  assert.ok(without.findings.every((f: { rule: string }) => f.rule !== 'conf-urls-url' && !f.rule.startsWith('settings-')));
});

test('fix writes what fix --diff shows, and a second fix changes nothing', () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'djfix-'));
  fs.cpSync(sample, copy, { recursive: true });
  const diff = djupgrade(['fix', '.', '--current', '3.2', '--diff'], copy);
  assert.equal(diff.code, 1, diff.stderr);
  assert.match(diff.stdout, /^\+from django\.urls import .*\bre_path\b/m);
  const before = fs.readFileSync(path.join(copy, 'legacysite/urls.py'), 'utf8');
  const applied = djupgrade(['fix', '.', '--current', '3.2'], copy);
  // Findings no safe fix removes remain: fix says which, and exits 1.
  assert.equal(applied.code, 1, applied.stderr);
  assert.match(applied.stdout, /^legacysite\/settings\.py:\d+:\d+: /m);
  assert.match(applied.stderr, /\d+ files changed; \d+ findings remain\./);
  const after = fs.readFileSync(path.join(copy, 'legacysite/urls.py'), 'utf8');
  assert.notEqual(after, before);
  assert.ok(diff.stdout.includes(after.split('\n').find((l) => l.includes('re_path('))!), 'the diff shows the written lines');
  const again = djupgrade(['fix', '.', '--current', '3.2', '--diff'], copy);
  assert.equal(again.stdout, '', 'a second run would change nothing');
  assert.match(again.stderr, /^0 files would change; \d+ findings would remain\.$/m);
  for (const file of ['legacysite/urls.py', 'shop/models.py', 'blog/models.py', 'legacysite/settings.py']) {
    const compiled = spawnSync('python3', ['-m', 'py_compile', path.join(copy, file)], { encoding: 'utf8' });
    assert.equal(compiled.status, 0, `${file} compiles after fixing: ${compiled.stderr}`);
  }
});

test('bad input is skipped with a message, never a crash', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djbad-'));
  fs.writeFileSync(path.join(dir, 'binary.py'), Buffer.from([0x66, 0x00, 0x01, 0x02]));
  fs.writeFileSync(path.join(dir, 'latin1.py'), Buffer.from('# caf\xe9\nfrom django.conf.urls import url\n', 'latin1'));
  fs.writeFileSync(path.join(dir, 'huge.py'), 'x = 1\n'.repeat(400_000));
  fs.writeFileSync(path.join(dir, 'broken.py'), 'from django.conf.urls import url\ndef f(:\n');
  fs.writeFileSync(path.join(dir, 'bom.py'), '\uFEFFfrom django.utils.encoding import force_text\nforce_text(b"x")\n');
  fs.mkdirSync(path.join(dir, 'ignored'));
  fs.writeFileSync(path.join(dir, 'ignored', 'x.py'), 'from django.conf.urls import url\n');
  fs.writeFileSync(path.join(dir, '.gitignore'), 'ignored/\n');
  fs.mkdirSync(path.join(dir, 'venv'));
  fs.writeFileSync(path.join(dir, 'venv', 'pyvenv.cfg'), 'home = /usr\n');
  fs.writeFileSync(path.join(dir, 'venv', 'y.py'), 'from django.conf.urls import url\n');
  fs.symlinkSync(dir, path.join(dir, 'loop'));
  const result = djupgrade(['scan', dir, '--format', 'json', '--max-file-size', '1000000']);
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stderr, /binary\.py: binary file/);
  assert.match(result.stderr, /latin1\.py: not valid UTF-8/);
  assert.match(result.stderr, /huge\.py: larger than 1000000 bytes/);
  const report = JSON.parse(result.stdout);
  const files = new Set(report.findings.map((f: { path: string }) => path.basename(f.path)));
  assert.deepEqual([...files].sort(), ['bom.py', 'broken.py']);
  const bom = report.findings.find((f: { path: string }) => f.path.endsWith('bom.py'));
  assert.equal(bom.column, 35, 'columns do not count the BOM');
  const fixed = djupgrade(['fix', dir, '--current', '3.2']);
  assert.equal(fixed.code, 1, `the skipped files fail the run: ${fixed.stderr}`);
  assert.equal(fs.readFileSync(path.join(dir, 'bom.py'), 'utf8'), '\uFEFFfrom django.utils.encoding import force_str\nforce_str(b"x")\n', 'the BOM survives a fix');
  assert.deepEqual(fs.readFileSync(path.join(dir, 'binary.py')), Buffer.from([0x66, 0x00, 0x01, 0x02]), 'skipped files are untouched');
});
