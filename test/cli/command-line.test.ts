// A CLI that is safe in CI (issue 12): help and version, mistakes in the command are exit 2,
// --exit-zero, --statistics, GitHub annotations and JUnit, standard input, --output for every
// command, fix's exit code, and a reader that closes the pipe early. Every case runs the real
// bin/djupgrade.js.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { djupgrade } from '../helpers/cli';
import { repoRoot } from '../helpers/lsp-client';
import { writeProject } from '../helpers/project-files';

const project = (files: Record<string, string>) => writeProject(files, 'djupgrade-cli-');

const urls = 'from django.conf.urls import url\n\nfrom . import views\n\nurlpatterns = [\n    url(r"^$", views.index),\n]\n';
const encoding = 'from django.utils.encoding import force_text\n\n\ndef label(x):\n    return force_text(x)\n';
const ajax = 'def view(request):\n    return request.is_ajax()\n';
// No automatic fix: new-style middleware is a rewrite by hand.
const middleware = 'MIDDLEWARE_CLASSES = []\n';

test('--help, -h, --version and the help of each command', () => {
  const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
  assert.deepEqual(djupgrade(['--version']), { code: 0, stdout: `djupgrade ${version}\n`, stderr: '' });
  assert.equal(djupgrade(['-V']).stdout, `djupgrade ${version}\n`);
  for (const args of [['--help'], ['-h'], ['help']]) {
    const run = djupgrade(args);
    assert.equal(run.code, 0);
    for (const command of ['scan', 'fix', 'audit', 'rules', 'server']) assert.match(run.stdout, new RegExp(`^  ${command} `, 'm'));
  }
  const none = djupgrade([]);
  assert.equal(none.code, 2, 'no command is a usage error');
  assert.match(none.stderr, /Usage: djupgrade <command>/);
  for (const [command, option] of [['scan', '--statistics'], ['fix', '--diff'], ['audit', '--output-format FORMAT  md, html'], ['rules', '--output FILE'], ['server', '--stdio']]) {
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const run = djupgrade(args);
      assert.equal(run.code, 0, args.join(' '));
      assert.match(run.stdout, new RegExp(`^Usage: djupgrade ${command}`), args.join(' '));
      assert.ok(run.stdout.includes(option), `${args.join(' ')} lists ${option}`);
    }
  }
  assert.match(djupgrade(['scan', '--help']).stdout, /text, json, sarif, github, junit/);
  assert.equal(djupgrade(['help', 'frobnicate']).code, 2);
});

test('mistakes in the command are exit 2 with one clear line', () => {
  const root = project({ 'app/urls.py': urls, 'requirements.txt': 'Django==2.2.28\n' });
  const cases: Array<[string[], RegExp]> = [
    [['scan', 'missing'], /^djupgrade: no such file or directory: missing$/m],
    [['fix', 'app/urls.py', 'app/gone.py'], /no such file or directory: app\/gone\.py/],
    [['audit', 'missing'], /no such file or directory: missing/],
    [['scan', '--target', '9.9'], /--target must be a Django version such as 4\.2: "9\.9" is not a Django release/],
    [['scan', '--target', 'latest'], /--target must be a Django version/],
    [['scan', '--current', '2.3'], /--current must be a Django version .*"2\.3" is not a Django release/],
    [['scan', '--current', '4.2', '--target', '3.2'], /--target 3\.2 is older than --current 4\.2/],
    // The detected version counts too: requirements.txt pins 2.2.
    [['scan', '--target', '1.11'], /the target 1\.11 \(command line\) is older than the current version 2\.2 \(requirements\.txt:1\)/],
    [['scan', '--bogus'], /^djupgrade: unknown option '--bogus'$/m],
    [['scan', '--target'], /option '--target <value>' argument missing/],
    [['scan', '--output-format', 'xml'], /--output-format must be text, json, sarif, github or junit, not "xml"/],
    [['scan', '--format', 'json', '--output-format', 'sarif'], /disagree/],
    [['scan', '--statistics', '--format', 'sarif'], /--statistics prints text or json/],
    [['scan', '--select', 'no-such-rule'], /unknown rule or category: no-such-rule/],
    [['scan', '-', 'app'], /"-" \(standard input\) cannot be mixed with paths/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['rules', 'x'], /rules takes no paths/],
  ];
  for (const [args, message] of cases) {
    const run = djupgrade(args, root);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message, args.join(' '));
    assert.equal(run.stdout, '', `${args.join(' ')} prints nothing on stdout`);
  }
});

test('--exit-zero, and --format kept as the alias of --output-format', () => {
  const root = project({ 'app/urls.py': urls });
  assert.equal(djupgrade(['scan'], root).code, 1);
  const zero = djupgrade(['scan', '--exit-zero'], root);
  assert.equal(zero.code, 0);
  assert.match(zero.stdout, /app\/urls\.py:1:30: error \[conf-urls-url\]/);
  assert.equal(djupgrade(['fix', '--diff', '--exit-zero'], root).code, 0);
  assert.deepEqual(JSON.parse(djupgrade(['scan', '--format', 'json'], root).stdout), JSON.parse(djupgrade(['scan', '--output-format', 'json'], root).stdout));
});

test('--statistics: findings per rule, most first, in text and JSON', () => {
  const root = project({ 'a.py': urls, 'b.py': encoding, 'one/settings.py': middleware, 'two/settings.py': middleware });
  const text = djupgrade(['scan', '--statistics', '--current', '3.2'], root);
  assert.equal(text.code, 1);
  const lines = text.stdout.trimEnd().split('\n');
  assert.deepEqual(lines.map((line) => line.trim().split(/\s+/).slice(0, 2)), [['2', 'conf-urls-url'], ['2', 'encoding-force-text'], ['2', 'settings-middleware-classes']]);
  assert.match(lines[1], /\[\*\]/, 'encoding-force-text: all fixable');
  assert.doesNotMatch(lines[2], /\[\*\]/, 'settings-middleware-classes has no automatic fix');
  const json = JSON.parse(djupgrade(['scan', '--statistics', '--output-format', 'json', '--current', '3.2'], root).stdout);
  assert.deepEqual(json.map((row: { rule: string; count: number; fixable: number }) => [row.rule, row.count, row.fixable]), [['conf-urls-url', 2, 2], ['encoding-force-text', 2, 2], ['settings-middleware-classes', 2, 0]]);
});

test('--output-format github: one workflow command per finding, escaped', () => {
  const root = project({ 'app/urls.py': urls, 'app/odd,name%.py': ajax });
  const run = djupgrade(['scan', '--output-format', 'github'], root);
  assert.equal(run.code, 1);
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.equal(lines[0], '::error title=Django Upgrade (request-is-ajax),file=app/odd%2Cname%25.py,line=2,col=12,endLine=2,endColumn=29::request-is-ajax: `HttpRequest.is_ajax()` is deprecated since Django 3.1 and removed in 4.0: check `request.headers.get("x-requested-with") == "XMLHttpRequest"`, or better, the `Accept` header');
  assert.match(lines[1], /^::error title=Django Upgrade \(conf-urls-url\),file=app\/urls\.py,line=1,col=30,endLine=1,endColumn=33::conf-urls-url: /);
  assert.equal(djupgrade(['scan', '--output-format', 'github'], project({ 'ok.py': 'x = 1\n' })).stdout, '\n');
});

test('--output-format junit: well-formed XML a CI reads as failed test cases', () => {
  const root = project({ 'app/urls.py': urls, 'app/views.py': ajax.replace('request', 'request_with_<&>') });
  const run = djupgrade(['scan', '--output-format', 'junit'], root);
  assert.equal(run.code, 1);
  const parse = (xml: string) => {
    const script = 'import sys, json, xml.etree.ElementTree as E\nr = E.fromstring(sys.stdin.read())\nprint(json.dumps([[s.get("name"), [[c.get("name"), c.find("failure").get("message") if c.find("failure") is not None else None] for c in s]] for s in r]))';
    const parsed = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' });
    assert.equal(parsed.status, 0, parsed.stderr);
    return JSON.parse(parsed.stdout) as Array<[string, Array<[string, string | null]>]>;
  };
  const suites = parse(run.stdout);
  assert.deepEqual(suites.map(([name, cases]) => [name, cases.length]), [['app/urls.py', 2], ['app/views.py', 1]]);
  assert.match(suites[0][1][0][0], /^conf-urls-url at 1:30$/);
  assert.match(suites[0][1][0][1]!, /django\.conf\.urls\.url\(\)/);
  const clean = parse(djupgrade(['scan', '--output-format', 'junit'], project({ 'ok.py': 'x = 1\n' })).stdout);
  assert.deepEqual(clean, [['djupgrade', [['no deprecated Django APIs in 1 file', null]]]]);
});

test('"-" reads standard input, checked as the file --stdin-filename names', () => {
  const root = project({ 'pyproject.toml': '[tool.djupgrade]\ncurrent = "3.2"\nper-file-ignores = { "legacy/*" = ["request-is-ajax"] }\n', 'app/.keep': '' });
  const scan = djupgrade(['scan', '-', '--stdin-filename', 'app/urls.py', '--output-format', 'json'], root, urls);
  assert.equal(scan.code, 1, scan.stderr);
  const report = JSON.parse(scan.stdout);
  assert.equal(report.current, '3.2', 'the configuration of the file\'s project applies');
  assert.deepEqual(report.findings.map((f: { path: string; line: number; rule: string }) => `${f.path}:${f.line} ${f.rule}`), ['app/urls.py:1 conf-urls-url', 'app/urls.py:6 conf-urls-url']);
  // Without a name it is Python; --stdin-filename alone also means standard input.
  assert.equal(djupgrade(['scan', '-'], root, ajax).code, 1);
  assert.equal(djupgrade(['scan', '--stdin-filename', 'legacy/views.py'], root, ajax).code, 0, 'per-file-ignores match the given name');
  const template = djupgrade(['scan', '-', '--stdin-filename', 'templates/base.html', '--output-format', 'json'], root, '{% load staticfiles %}\n');
  assert.equal(JSON.parse(template.stdout).findings[0].rule, 'template-load-staticfiles');

  // fix -: the fixed text on stdout, byte for byte; what remains on stderr, and exit 1.
  const fixed = djupgrade(['fix', '-', '--stdin-filename', 'app/settings.py'], root, encoding + middleware);
  assert.equal(fixed.stdout, encoding.replace(/force_text/g, 'force_str') + middleware);
  assert.equal(fixed.code, 1);
  assert.match(fixed.stderr, /app\/settings\.py:6:1: error \[settings-middleware-classes\]/);
  const done = djupgrade(['fix', '-'], root, encoding);
  assert.deepEqual([done.code, done.stdout], [0, encoding.replace(/force_text/g, 'force_str')]);
  const diff = djupgrade(['fix', '-', '--diff', '--stdin-filename', 'app/labels.py'], root, encoding);
  assert.match(diff.stdout, /^--- a\/app\/labels\.py/m);
  assert.match(diff.stdout, /^\+from django\.utils\.encoding import force_str$/m);
  // What cannot be checked comes back unchanged, so an editor piping a buffer through loses nothing.
  const latin1 = Buffer.from('# caf\xe9\nfrom django.utils.encoding import force_text\n', 'latin1');
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), 'fix', '-'], { cwd: root, input: latin1 });
  assert.ok(run.stdout.equals(latin1), 'not UTF-8: echoed as it came');
  assert.match(run.stderr.toString(), /skipped stdin\.py: not valid UTF-8/);
  const excludedRoot = project({ 'djupgrade.toml': 'extend-exclude = ["vendor"]\n' });
  const excluded = djupgrade(['fix', '-', '--stdin-filename', 'vendor/lib.py'], excludedRoot, encoding);
  assert.deepEqual([excluded.code, excluded.stdout], [0, encoding]);
  assert.match(excluded.stderr, /excluded vendor\/lib\.py: excluded by "vendor" \(djupgrade\.toml extend-exclude\)/);
});

test('--output FILE for every command', () => {
  const root = project({ 'app/urls.py': urls, 'app/labels.py': encoding });
  const cases: Array<[string[], (text: string) => void]> = [
    [['scan', '--output-format', 'json'], (text) => assert.equal(JSON.parse(text).findings.length, 4)],
    [['scan', '--output-format', 'sarif'], (text) => assert.equal(JSON.parse(text).version, '2.1.0')],
    [['scan', '--statistics'], (text) => assert.match(text, /^2 {2}conf-urls-url/m)],
    [['fix', '--diff', '--current', '3.2'], (text) => assert.match(text, /^\+from django\.utils\.encoding import force_str$/m)],
    [['rules'], (text) => assert.match(text, /^# Rules/)],
    [['audit', '--output-format', 'json'], (text) => assert.equal(JSON.parse(text).version, 1)],
    [['audit'], (text) => assert.match(text, /^# /)],
  ];
  for (const [args, check] of cases) {
    for (const flag of ['--output', '-o']) {
      const out = path.join(root, `out-${args.join('-')}${flag}.txt`);
      const run = djupgrade([...args, flag, out], root);
      assert.ok(run.code === 0 || run.code === 1, `${args.join(' ')}: ${run.stderr}`);
      assert.equal(run.stdout, '', `${args.join(' ')} ${flag}: nothing on stdout`);
      assert.match(run.stderr, new RegExp(`wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      check(fs.readFileSync(out, 'utf8'));
    }
  }
  assert.equal(fs.readFileSync(path.join(root, 'app/labels.py'), 'utf8'), encoding, 'fix --diff --output wrote no source file');
  const bad = djupgrade(['scan', '--output', path.join(root, 'no-such-folder', 'x.json')], root);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--output: cannot write in/);
});

test('fix exits 1 when findings remain that it could not fix, 0 when none remain', () => {
  const root = project({ 'app/labels.py': encoding, 'app/settings.py': middleware });
  const partly = djupgrade(['fix', '--current', '3.2'], root);
  assert.equal(partly.code, 1, partly.stderr);
  assert.match(partly.stderr, /^fixed app\/labels\.py \(1 fix\)$/m);
  assert.match(partly.stdout, /^app\/settings\.py:1:1: error \[settings-middleware-classes\]/m, 'what remains is listed');
  assert.match(partly.stderr, /^1 file changed; 1 finding remains?\.$/m);
  assert.equal(fs.readFileSync(path.join(root, 'app/labels.py'), 'utf8'), encoding.replace(/force_text/g, 'force_str'));
  fs.rmSync(path.join(root, 'app/settings.py'));
  fs.writeFileSync(path.join(root, 'app/labels.py'), encoding);
  const all = djupgrade(['fix', '--current', '3.2'], root);
  assert.equal(all.code, 0, all.stderr);
  assert.match(all.stdout, /No deprecated Django APIs found in 1 file\./);
  assert.equal(djupgrade(['fix', '--current', '3.2', '--diff'], root).code, 0, 'nothing left to change or report');
});

test('a reader that closes the pipe early ends the command quietly (real pipes)', () => {
  // Output well over a pipe's buffer, so the writer is still writing when `head` goes away.
  const files: Record<string, string> = {};
  const body = `from django.utils.encoding import force_text\n${Array.from({ length: 400 }, (_, i) => `x${i} = force_text(y)\n`).join('')}`;
  for (let i = 0; i < 40; i++) files[`app/m${i}.py`] = body;
  const root = project(files);
  const bin = path.join(repoRoot, 'bin', 'djupgrade.js');
  for (const command of ['rules', 'scan --output-format sarif', 'scan', 'fix --diff --current 3.2', 'audit --output-format json']) {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" ${command} | head -n 2; echo "exit=\${PIPESTATUS[0]}" >&2`], { cwd: root, encoding: 'utf8' });
    assert.equal(run.stdout.split('\n').length, 3, `${command}: head printed its two lines`);
    const exit = /exit=(\d+)/.exec(run.stderr)?.[1];
    assert.ok(exit === '0' || exit === '1', `${command}: exit ${exit}; stderr: ${run.stderr}`);
    assert.doesNotMatch(run.stderr, /EPIPE|Error|at .*\.js:\d+/, `${command}: no stack trace`);
  }
  assert.equal(fs.readFileSync(path.join(root, 'app/m0.py'), 'utf8'), body, 'fix --diff wrote nothing');
});

test('the ids of the audit\'s own findings are selectors too: --ignore known-vulnerabilities drops those findings only', () => {
  const root = project({ 'app/urls.py': urls, 'requirements.txt': 'Django==2.2.1\n', 'manage.py': '' });
  assert.equal(djupgrade(['scan', '--ignore', 'known-vulnerabilities'], root).code, 1, 'accepted: the scan still finds url()');
  assert.equal(djupgrade(['scan', '--ignore', 'known-vulnerabilitie'], root).code, 2, 'a misspelt id is still a usage error');
  const rulesOf = (args: string[]) => {
    const run = djupgrade(['audit', '--output-format', 'json', ...args], root);
    assert.equal(run.stderr.includes('unknown rule'), false, run.stderr);
    return [...new Set((JSON.parse(run.stdout).findings as Array<{ rule: string }>).map((f) => f.rule))].sort();
  };
  assert.deepEqual(rulesOf([]), ['conf-urls-url', 'known-vulnerabilities']);
  assert.deepEqual(rulesOf(['--ignore', 'known-vulnerabilities']), ['conf-urls-url']);
  fs.writeFileSync(path.join(root, 'pyproject.toml'), '[tool.djupgrade]\nignore = ["known-vulnerabilities"]\n');
  assert.deepEqual(rulesOf([]), ['conf-urls-url'], 'from the configuration file');
});
