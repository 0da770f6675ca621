// End to end in a real VS Code build (code-server 4.100.3 = VS Code 1.100.3) driven through its UI
// in headless Chromium: the packaged .vsix installed with --install-extension, a copy of
// examples/legacy-site opened, and everything done with the keyboard as a person would.
// Run with `npm run test:e2e` (it installs code-server and builds the .vsix first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { newestRelease } from '../../../server/src/versions/libraries';
import { bundleVSCodeSuite, SuiteResult } from '../extension-package';
import {
  applyFirstQuickFixAndSave,
  clearProblemsFilter,
  cliFixedCopy,
  cliScan,
  cliVulnerabilities,
  goTo,
  log,
  notificationMessages,
  openFile,
  openQuickFixes,
  Package,
  packagedExtension,
  problemCounts,
  problemsOf,
  repoRoot,
  runCommand,
  screenshot,
  Session,
  startSession,
  totalProblems,
  waitUntil,
} from './harness';

const firstStart = 120_000; // the first extension-host start and server start can take tens of seconds
const docsDir = process.env.E2E_DOCS_SCREENSHOTS; // set by `node test/e2e/run.mjs --screenshots` to refresh docs/*.png

function parsesAsPython(file: string): void {
  execFileSync('python3', ['-c', 'import ast, sys; ast.parse(open(sys.argv[1], encoding="utf-8").read())', file]);
}

type Finding = ReturnType<typeof cliScan>['findings'][number];
const rowsOf = (findings: Finding[], relative: string) => findings.filter((f) => f.path === relative);

describe('code-server: the packaged extension in the real workbench', { timeout: 900_000 }, () => {
  let session: Session;
  let pkg: Package;
  let fixedByCli: string;
  let reference: Finding[];

  before(async () => {
    pkg = packagedExtension();
    fixedByCli = cliFixedCopy(pkg.cli);
    session = await startSession(pkg.vsix);
    reference = cliScan(pkg.cli, session.workspace).findings;
  });
  let step = 0;
  afterEach(async () => {
    if (session) await screenshot(session, `after-test-${++step}`).catch(() => undefined);
  });
  after(async () => {
    if (session) {
      if (process.env.E2E_DEBUG) fs.writeFileSync(path.join(session.artifacts, 'code-server.log'), session.serverLog.join(''));
      await session.stop();
    }
    if (fixedByCli) fs.rmSync(fixedByCli, { recursive: true, force: true });
  });

  test('a Python file: squiggles, Problems entries on the known lines, the message in the hover', async () => {
    const { page } = session;
    await openFile(page, 'legacysite/urls.py');
    await page.locator('.squiggly-error').first().waitFor({ timeout: firstStart });
    const wanted = rowsOf(reference, 'legacysite/urls.py');
    // EXPECTED.md section 1: legacysite/urls.py lines 2, 8, 9, 10, 11, 18, all conf-urls-url.
    assert.deepEqual(
      wanted.map((f) => [f.line, f.rule]),
      [2, 8, 9, 10, 11, 18].map((line) => [line, 'conf-urls-url']),
    );
    await waitUntil(async () => (await problemsOf(page, 'legacysite/urls.py')).count === 6, 60_000, 'six problems in urls.py', () => problemsOf(page, 'legacysite/urls.py'));
    const problems = await problemsOf(page, 'legacysite/urls.py');
    assert.deepEqual(
      problems.rows.map((p) => [p.line, p.column]),
      wanted.map((f) => [f.line, f.column]),
    );
    problems.rows.forEach((row, i) => {
      assert.ok(row.text.includes(wanted[i].message), `${row.text}\n  should hold: ${wanted[i].message}`);
      assert.ok(row.text.includes('Django Upgrade') && row.text.includes('conf-urls-url'), row.text);
    });
    assert.equal(await page.locator('.editor-instance .squiggly-error').count(), 6);
    // The hover on a squiggle (Ctrl+K Ctrl+I) shows the message, the source and the rule id.
    await goTo(page, 9, 6);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible').first();
    await hover.waitFor();
    const hoverText = await hover.innerText();
    assert.ok(hoverText.includes(wanted[2].message), hoverText);
    assert.match(hoverText, /Django Upgrade\s*conf-urls-url/);
    await page.keyboard.press('Escape');
  });

  test('a quick fix with Ctrl+. then Enter rewrites the calls and the imports', async () => {
    const { page, workspace } = session;
    const file = path.join(workspace, 'legacysite', 'urls.py');
    const original = fs.readFileSync(file, 'utf8');
    await goTo(page, 8, 6);
    const entries = await openQuickFixes(page);
    // Each entry says whose it is: the fix first (its replacement appeared in Django 2.0; the
    // project runs 1.11, so the title says so), then the suppression, then the rule's page.
    assert.match(entries[0], /^Django Upgrade \(conf-urls-url\): .*re_path.*\(needs Django 2\.0\+\)$/);
    assert.deepEqual(entries.slice(1, 3), ['Django Upgrade (conf-urls-url): Ignore on this line', 'Show documentation for conf-urls-url'], entries.join(' | '));
    await screenshot(session, 'quickfix');
    if (docsDir) await page.screenshot({ path: path.join(docsDir, 'screenshot-quickfix.png') });
    await applyFirstQuickFixAndSave(page);
    const text = fs.readFileSync(file, 'utf8');
    // The url() calls are gone, replaced by django.urls' path()/re_path(), imported from django.urls
    // (the rule's own examples pin the exact text; here: the edit reached the file whole).
    const lines = text.split('\n');
    assert.ok(lines.some((l) => /^from django\.urls import .*\b(re_)?path\b/.test(l)), text);
    assert.ok(!lines.some((l) => /^from django\.conf\.urls import .*\burl\b/.test(l)), text);
    assert.ok(!/\burl\(/.test(text), text);
    assert.equal(text.match(/\b(re_)?path\(/g)?.length, 5, text);
    const untouched = (t: string) => t.split('\n').filter((l) => !/\b(url|re_path|path)\(|^from django\.(conf\.)?urls import/.test(l));
    assert.deepEqual(untouched(text), untouched(original));
    parsesAsPython(file);
    // The diagnostics follow the edit, and agree with the CLI on the new text.
    const left = rowsOf(cliScan(pkg.cli, workspace).findings, 'legacysite/urls.py').length;
    await waitUntil(async () => (await problemsOf(page, 'legacysite/urls.py')).count === left, 60_000, `${left} problems left in urls.py`);
  });

  test('a template, still HTML: its diagnostics show in the editor and the Problems panel', async () => {
    const { page } = session;
    const relative = 'blog/templates/blog/post_list.html';
    await openFile(page, relative);
    // The template keeps its HTML language (completion, Emmet): the extension checks it without claiming it.
    await page.locator('[id="status.editor.mode"]').filter({ hasText: /^\s*HTML\s*$/ }).waitFor();
    const wanted = rowsOf(reference, relative);
    assert.deepEqual(
      wanted.map((f) => [f.line, f.rule]),
      [
        [8, 'template-length-is'],
        [14, 'template-ifequal'],
      ],
    );
    await waitUntil(async () => (await problemsOf(page, relative)).count === wanted.length, 60_000, 'the problems of post_list.html');
    const problems = await problemsOf(page, relative);
    assert.deepEqual(
      problems.rows.map((p) => [p.line, p.column]),
      wanted.map((f) => [f.line, f.column]),
    );
    problems.rows.forEach((row, i) => assert.ok(row.text.includes(wanted[i].message) && row.text.includes(wanted[i].rule), row.text));
    assert.equal(await page.locator('.editor-instance .squiggly-error').count(), wanted.length);
  });

  // Our server runs from the extension this session installed (its folder is inside session.dir).
  const serverPids = () =>
    execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([, stat, ...args]) => stat && !stat.startsWith('Z') && args.join(' ').includes(session.dir) && args.join(' ').includes('/dist/server.js'))
      .map(([pid]) => Number(pid));

  test('the language server killed mid-session: the client restarts it and the diagnostics come back', async () => {
    const { page } = session;
    const relative = 'blog/templates/blog/post_list.html';
    const before = serverPids();
    assert.equal(before.length, 1, `one language server runs: ${before.join(', ')}`);
    process.kill(before[0], 'SIGKILL');
    await waitUntil(async () => {
      const now = serverPids();
      return now.length === 1 && now[0] !== before[0];
    }, 60_000, 'a restarted language server');
    const wanted = rowsOf(reference, relative);
    await waitUntil(async () => (await problemsOf(page, relative)).count === wanted.length, 60_000, 'the problems of post_list.html from the restarted server', () => problemsOf(page, relative));
    assert.equal(await page.locator('.editor-instance .squiggly-error').count(), wanted.length);
  });

  /**
   * After a restart: one language server, each diagnostic of the files opened before it in Problems
   * once (a client left behind keeps its own collection of them), and no notification of a failure.
   */
  async function assertOneServerTookOver(hung: number): Promise<void> {
    const { page, workspace } = session;
    await waitUntil(async () => !serverPids().includes(hung), 60_000, `the hung server ${hung} killed`, async () => serverPids());
    await waitUntil(async () => serverPids().length === 1, 60_000, 'one new language server', async () => serverPids());
    // The restart reports no error (a stop that timed out used to end the command, with no server).
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, await page.locator('.monaco-dialog-box').allInnerTexts().then((t) => t.join(' | ')));
    const findings = cliScan(pkg.cli, workspace).findings;
    const pins = cliVulnerabilities(pkg.cli, workspace).filter((f) => f.path === 'requirements.txt').length;
    for (const [relative, wanted] of [['blog/templates/blog/post_list.html', rowsOf(findings, 'blog/templates/blog/post_list.html').length], ['requirements.txt', pins]] as const) {
      assert.ok(wanted > 0, relative);
      await waitUntil(async () => (await problemsOf(page, relative)).count === wanted, 60_000, `${wanted} problems in ${relative}, each once`, () => problemsOf(page, relative));
    }
    await clearProblemsFilter(page);
    const failures = (await notificationMessages(page)).filter((m) => /fail|rejected|disposed|not be restarted/i.test(m));
    assert.deepEqual(failures, [], 'no notification of a failure');
  }

  test('a hung language server is killed on "Restart Django Upgrade Server" (terminateProcess.sh) and a new one takes over', async () => {
    const { page, workspace } = session;
    const relative = 'shop/models.py';
    // The script vscode-languageclient runs to kill a server that does not exit, as VS Code installed it.
    const extensions = path.join(session.dir, 'extensions');
    const installed = fs.readdirSync(extensions).find((name) => name.includes('django-upgrade-vscode'));
    assert.ok(installed, fs.readdirSync(extensions).join(', '));
    const script = path.join(extensions, installed, 'dist', 'terminateProcess.sh');
    assert.equal(fs.statSync(script).mode & 0o111, 0o111, 'terminateProcess.sh is executable once installed');
    await runCommand(page, 'Notifications: Clear All Notifications');
    const before = serverPids();
    assert.equal(before.length, 1, `one language server runs: ${before.join(', ')}`);
    // SIGSTOP: the server neither answers the shutdown request nor exits, as when it hangs.
    process.kill(before[0], 'SIGSTOP');
    try {
      await runCommand(page, 'Django: Restart Django Upgrade Server');
      await assertOneServerTookOver(before[0]);
    } finally {
      if (serverPids().includes(before[0])) process.kill(before[0], 'SIGKILL');
      if (await page.locator('.monaco-dialog-box').count()) await page.keyboard.press('Escape');
    }
    await openFile(page, relative);
    const wanted = rowsOf(cliScan(pkg.cli, workspace).findings, relative).length;
    assert.ok(wanted > 0);
    await waitUntil(async () => (await problemsOf(page, relative)).count === wanted, 60_000, `the problems of ${relative} from the new server`, () => problemsOf(page, relative));
  });

  test('a language server that hangs while it starts is replaced on "Restart Django Upgrade Server", once', async () => {
    const { page } = session;
    await runCommand(page, 'Notifications: Clear All Notifications');
    const before = serverPids();
    assert.equal(before.length, 1, `one language server runs: ${before.join(', ')}`);
    // Killed, the server is restarted by the client; the new one is stopped as soon as it shows,
    // most often before it answers `initialize` (the client still starting, which it cannot stop).
    process.kill(before[0], 'SIGKILL');
    let starting: number | undefined;
    const deadline = Date.now() + 60_000;
    while (starting === undefined && Date.now() < deadline) starting = serverPids().find((pid) => pid !== before[0]);
    assert.ok(starting, 'the client restarted the killed server');
    process.kill(starting, 'SIGSTOP');
    try {
      await runCommand(page, 'Django: Restart Django Upgrade Server');
      await assertOneServerTookOver(starting);
    } finally {
      if (serverPids().includes(starting)) process.kill(starting, 'SIGKILL');
      if (await page.locator('.monaco-dialog-box').count()) await page.keyboard.press('Escape');
    }
  });

  test('"Django: Show Logs" shows the Django Upgrade output channel, with the protocol trace once djangoUpgrade.trace.server is set', async () => {
    const { page, workspace } = session;
    const settingsFile = path.join(workspace, '.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    // "messages": one line a message ("verbose" adds each message's JSON below it).
    fs.writeFileSync(settingsFile, JSON.stringify({ 'djangoUpgrade.trace.server': 'messages' }));
    try {
      await runCommand(page, 'Django: Show Logs');
      const panel = page.locator('.part.panel');
      await waitUntil(
        async () => (await panel.locator('select').evaluateAll((selects) => selects.map((s) => (s as unknown as { selectedOptions: Array<{ text: string }> }).selectedOptions[0]?.text))).includes('Django Upgrade'),
        60_000,
        'the Output panel showing the Django Upgrade channel',
      );
      // Monaco renders spaces as no-break spaces.
      const text = async () => (await panel.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
      // The setting applies once VS Code has read the file: until the trace shows, make traffic
      // (a file rewritten on disk, same text, is a didChangeWatchedFiles notification).
      const touched = path.join(workspace, 'shop', 'utils.py');
      await waitUntil(
        async () => {
          if (/\[Trace - [^\]]+\] (Sending|Received) (request|notification|response) '[\w/$]+/.test(await text())) return true;
          fs.writeFileSync(touched, fs.readFileSync(touched));
          return false;
        },
        60_000,
        'protocol trace lines in the channel',
        text,
      );
      await screenshot(session, 'show-logs');
    } finally {
      fs.rmSync(path.join(workspace, '.vscode'), { recursive: true, force: true });
    }
  });

  test('"Django: Scan Workspace for Deprecations" fills the Problems panel with what the CLI finds', async () => {
    const { page, workspace } = session;
    await clearProblemsFilter(page);
    const before = await totalProblems(page);
    const expected = cliScan(pkg.cli, workspace);
    assert.ok(expected.findings.length > 60, `the CLI finds ${expected.findings.length}`);
    // The pinned lines with known vulnerabilities are in Problems from the start (the audit's rows).
    const pins = cliVulnerabilities(pkg.cli, workspace).length;
    log(`before the scan: ${before} problems; the CLI finds ${expected.findings.length} in ${expected.files} files, and ${pins} vulnerable pins`);
    await runCommand(page, 'Django: Scan Workspace for Deprecations');
    await waitUntil(async () => (await totalProblems(page)) === expected.findings.length + pins, 120_000, `${expected.findings.length} + ${pins} problems after the scan`, () => problemCounts(page));
    assert.ok(expected.findings.length > before);
    // The command reports its result in a notification.
    const toast = page.locator('.notification-toast').filter({ hasText: 'Django Upgrade:' }).first();
    await toast.waitFor({ timeout: 60_000 });
    assert.match(await toast.innerText(), new RegExp(`${expected.findings.length} findings in ${expected.files} files`));
    // A file never opened now has its entries.
    const shopModels = rowsOf(expected.findings, 'shop/models.py').length;
    assert.ok(shopModels > 0);
    assert.equal((await problemsOf(page, 'shop/models.py')).count, shopModels);
    await clearProblemsFilter(page);
    // Screenshot: the Problems panel and the extension's tree view in the explorer.
    await page.locator('.notification-toast').first().waitFor({ state: 'hidden', timeout: 20_000 }).catch(() => undefined);
    await expandTreeView(session);
    await screenshot(session, 'problems');
    if (docsDir) await page.screenshot({ path: path.join(docsDir, 'screenshot-problems.png') });
  });

  test('Fix All in File (source.fixAll.djangoUpgrade) on a template and a Python file gives what `djupgrade fix` gives', async () => {
    const { page, workspace } = session;
    for (const relative of ['blog/templates/blog/post_list.html', 'blog/models.py']) {
      const file = path.join(workspace, relative);
      const original = fs.readFileSync(file, 'utf8');
      const wanted = fs.readFileSync(path.join(fixedByCli, relative), 'utf8');
      assert.notEqual(wanted, original, `djupgrade fix changes ${relative}`);
      await openFile(page, relative);
      const beforeCount = (await problemsOf(page, relative)).count;
      await runCommand(page, 'Django: Fix All in File');
      await page.locator('.tab.active.dirty').waitFor();
      await page.keyboard.press('Control+S');
      await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
      assert.equal(fs.readFileSync(file, 'utf8'), wanted, relative);
      if (relative.endsWith('.py')) parsesAsPython(file);
      const remaining = rowsOf(cliScan(pkg.cli, workspace).findings, relative).length;
      await waitUntil(async () => (await problemsOf(page, relative)).count === remaining, 60_000, `${remaining} problems left in ${relative}`, () => problemsOf(page, relative));
      assert.ok(remaining < beforeCount, `${relative}: ${beforeCount} → ${remaining}`);
    }
  });

  test('library rules: a DRF `@detail_route` underlined, its hover with the pinned and the target DRF release, the quick fix to `@action(detail=True)`', async () => {
    const { page, workspace } = session;
    const file = path.join(workspace, 'shop', 'api.py');
    const original = fs.readFileSync(file, 'utf8');
    // The viewset with an extra route as it was written before DRF 3.8 (the sample pins DRF 3.9.4).
    const imports = 'from rest_framework import serializers, viewsets\n';
    assert.ok(original.startsWith(imports), original);
    const route = ['', '    @detail_route(methods=["get"])', '    def stock(self, request, slug=None):', '        return Response({"stock": self.get_object().stock})', ''].join('\n');
    const legacy = `${imports}from rest_framework.decorators import detail_route\nfrom rest_framework.response import Response\n${original.slice(imports.length)}${route}`;
    fs.writeFileSync(file, legacy);
    try {
      const expected = rowsOf(cliScan(pkg.cli, workspace).findings, 'shop/api.py');
      assert.deepEqual(expected.map((f) => [f.line, f.column, f.rule]), [[2, 39, 'drf-detail-list-route'], [27, 6, 'drf-detail-list-route']]);
      await openFile(page, 'shop/api.py');
      await waitUntil(async () => (await problemsOf(page, 'shop/api.py')).count === 2, firstStart, 'two problems in shop/api.py', () => problemsOf(page, 'shop/api.py'));
      const rows = (await problemsOf(page, 'shop/api.py')).rows;
      rows.forEach((row, i) => assert.ok(row.text.includes(expected[i].message) && row.text.includes('drf-detail-list-route'), `${row.text}\n  should hold: ${expected[i].message}`));
      assert.equal(expected[1].message, '`@detail_route` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `@action(detail=True)`');
      // The hover gives DRF's versions: the release that deprecated and removed it, the pin and the target.
      await goTo(page, 27, 6);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-hover:visible').first();
      await hover.waitFor();
      const versions = `Deprecated in Django REST Framework 3.8 · removed in 3.10. This project: Django REST Framework 3.9.4 → ${newestRelease('djangorestframework')}.`;
      await waitUntil(async () => (await hover.innerText()).includes(versions), 60_000, 'the versions in the hover', () => hover.innerText());
      await screenshot(session, 'library-rules');
      if (docsDir) await page.screenshot({ path: path.join(docsDir, 'screenshot-library-rules.png') });
      await page.keyboard.press('Escape');
      // DRF 3.9.4 has `@action` (3.8+): the fix is offered without a "needs" note, and rewrites the import too.
      const entries = await openQuickFixes(page);
      assert.match(entries[0], /^Django Upgrade \(drf-detail-list-route\): .*@action/);
      assert.doesNotMatch(entries[0], /needs/);
      await applyFirstQuickFixAndSave(page);
      const fixed = legacy.replace('import detail_route\n', 'import action\n').replace('@detail_route(methods=["get"])', '@action(detail=True, methods=["get"])');
      assert.equal(fs.readFileSync(file, 'utf8'), fixed);
      await waitUntil(async () => (await problemsOf(page, 'shop/api.py')).count === 0, 60_000, 'no problem left in shop/api.py', () => problemsOf(page, 'shop/api.py'));
    } finally {
      fs.writeFileSync(file, original);
      await clearProblemsFilter(page);
    }
  });

  test('requirements.txt: known vulnerabilities on the pinned lines; Ctrl+. bumps the pin to the release that fixes them', async () => {
    const { page, workspace } = session;
    const expected = cliVulnerabilities(pkg.cli, workspace).filter((f) => f.path === 'requirements.txt');
    assert.ok(expected.length >= 3, `${expected.length} vulnerable pins`);
    await openFile(page, 'requirements.txt');
    await waitUntil(async () => (await problemsOf(page, 'requirements.txt')).count === expected.length, 60_000, `${expected.length} problems in requirements.txt`, () => problemsOf(page, 'requirements.txt'));
    const rows = (await problemsOf(page, 'requirements.txt')).rows;
    rows.forEach((row, i) => assert.ok(row.text.includes(expected[i].message) && row.line === expected[i].line, `${row.text}\n  should hold: ${expected[i].message}`));
    const drf = expected.find((f) => f.message.startsWith('djangorestframework 3.9.4:'))!;
    assert.equal(drf.message, 'djangorestframework 3.9.4: 1 published vulnerability; 3.11.2 fixes it');
    await goTo(page, drf.line, drf.column);
    const entries = await openQuickFixes(page);
    assert.equal(entries[0], 'Bump djangorestframework to 3.11.2 (fixes the published vulnerability)');
    await screenshot(session, 'vulnerabilities');
    if (docsDir) await page.screenshot({ path: path.join(docsDir, 'screenshot-vulnerabilities.png') });
    await applyFirstQuickFixAndSave(page);
    assert.equal(fs.readFileSync(path.join(workspace, 'requirements.txt'), 'utf8').split('\n')[drf.line - 1], 'djangorestframework==3.11.2');
    // Saved: the server reads the file again and the pin's diagnostic is gone.
    await waitUntil(async () => (await problemsOf(page, 'requirements.txt')).count === expected.length - 1, 60_000, 'one vulnerable pin fewer', () => problemsOf(page, 'requirements.txt'));
  });

  test('"Django: Load Test Warnings Log…": what only the tests saw joins Problems and the tree view', async () => {
    const { page, workspace } = session;
    // A second project in the folder, with a log of its tests under Django 3.2 (test/fixtures/warnings-logs).
    const project = path.join(workspace, 'legacy-warnings');
    fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'legacy-warnings'), project, { recursive: true });
    const logFile = path.join(project, 'test-output.log');
    fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'warnings-logs', 'django-3.2-manage-test-Wd.log'), logFile);
    await runCommand(page, 'Django: Load Test Warnings Log…');
    // code-server's file picker is VS Code's simple dialog: a path typed into the quick input.
    // It fills its box with the folder once it has listed it: type the path after that.
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor();
    await waitUntil(async () => {
      if ((await input.inputValue()) !== logFile) await input.fill(logFile);
      await page.waitForTimeout(300);
      return (await input.inputValue()) === logFile;
    }, 20_000, 'the log path in the file picker', () => input.inputValue());
    await page.keyboard.press('Enter');
    const toast = page.locator('.notification-toast').filter({ hasText: 'deprecation warning' }).first();
    await toast.waitFor({ timeout: 60_000 });
    assert.match(await toast.innerText(), /10 deprecation warnings in the log, 10 distinct: 6 only seen at run time \(now in Problems\), 1 already flagged, 3 raised in installed packages/);
    // urls.py imports url() through a compat module no rule follows: only the log shows its three calls.
    await waitUntil(async () => (await problemsOf(page, 'legacy-warnings/legacysite/urls.py')).count === 3, 60_000, 'three warnings in urls.py', () => problemsOf(page, 'legacy-warnings/legacysite/urls.py'));
    const urls = await problemsOf(page, 'legacy-warnings/legacysite/urls.py');
    assert.deepEqual(urls.rows.map((r) => r.line), [5, 6, 7]);
    assert.ok(urls.rows.every((r) => r.text.includes('RemovedInDjango40Warning at run time: django.conf.urls.url() is deprecated')), urls.rows[0]?.text);
    // views.py: its static findings and the three warnings the log adds, each once.
    const staticViews = rowsOf(cliScan(pkg.cli, project).findings, 'shop/views.py').length;
    await openFile(page, 'legacy-warnings/shop/views.py');
    await waitUntil(async () => (await problemsOf(page, 'legacy-warnings/shop/views.py')).count === staticViews + 3, 60_000, `${staticViews} + 3 problems in views.py`, () => problemsOf(page, 'legacy-warnings/shop/views.py'));
    await clearProblemsFilter(page);
    await page.locator('.notification-toast').first().waitFor({ state: 'hidden', timeout: 20_000 }).catch(() => undefined);
    await goTo(page, 14, 5);
    // The tree view: every group folded, then the log's group opened with its first rule and file.
    await expandTreeView(session);
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*Django Upgrade/i }) }).first();
    for (let open = pane.locator('.monaco-list-row[aria-level="1"][aria-expanded="true"]').first(); await open.count(); ) {
      await open.click();
      await page.waitForTimeout(150);
    }
    const runtimeGroup = pane.locator('.monaco-list-row[aria-level="1"]', { hasText: 'Seen at run time (test log)' }).first();
    await runtimeGroup.waitFor();
    await runtimeGroup.click();
    for (const level of ['2', '3']) {
      const row = pane.locator(`.monaco-list-row[aria-level="${level}"][aria-expanded="false"]`).first();
      await row.waitFor();
      await row.click();
      await page.waitForTimeout(300);
    }
    assert.equal(await runtimeGroup.getAttribute('aria-expanded'), 'true');
    await problemsOf(page, 'legacy-warnings/shop/views.py');
    await screenshot(session, 'test-warnings');
    if (docsDir) await page.screenshot({ path: path.join(docsDir, 'screenshot-test-warnings.png') });
    await clearProblemsFilter(page);
  });
});

/** The audit's rows for the pinned lines with known vulnerabilities (what the editor shows in requirements files). */
/** Gives the explorer's "Django Upgrade" view the room (the folder view collapsed) and expands its first group. */
async function expandTreeView(session: Session): Promise<void> {
  const { page } = session;
  const folders = page.locator('.pane-header', { hasText: 'legacy-site' }).first();
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*Django Upgrade/i }) }).first();
  const header = pane.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const rows = pane.locator('.pane-body .monaco-list-row');
  await rows.first().waitFor({ timeout: 10_000 }).catch(() => log('the Django Upgrade view shows no rows'));
  for (let i = 0; i < 2; i++) {
    const collapsed = pane.locator('.pane-body .monaco-list-row[aria-expanded="false"]').first();
    if (!(await collapsed.count())) break;
    await collapsed.click();
    await page.waitForTimeout(400);
  }
}

describe('code-server: an untrusted workspace (Restricted Mode)', { timeout: 300_000 }, () => {
  let session: Session;
  after(async () => {
    if (session) await session.stop();
  });

  test('the trust prompt answered "No": Restricted Mode, and the diagnostics still come', async () => {
    const pkg = packagedExtension();
    session = await startSession(pkg.vsix, { disableTrust: false });
    const { page } = session;
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 60_000 });
    assert.match(await dialog.innerText(), /trust the authors/i);
    await dialog.getByRole('button', { name: /No, I don.t trust the authors/i }).click();
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
    await openFile(page, 'legacysite/urls.py');
    await page.locator('.squiggly-error').first().waitFor({ timeout: firstStart });
    const wanted = rowsOf(cliScan(pkg.cli, session.workspace).findings, 'legacysite/urls.py').length;
    await waitUntil(async () => (await problemsOf(page, 'legacysite/urls.py')).count === wanted, 60_000, `${wanted} problems in urls.py`);
    await screenshot(session, 'restricted-mode');
  });
});

describe("code-server's extension host: the VS Code API suite of test/e2e/vscode (the one @vscode/test-electron runs on the desktop)", { timeout: 400_000 }, () => {
  let session: Session;
  let fixed: string;
  let scratch: string;
  after(async () => {
    if (session) await session.stop();
    for (const dir of [fixed, scratch]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('every scenario passes in the remote extension host', async (t) => {
    const pkg = packagedExtension();
    fixed = cliFixedCopy(pkg.cli);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'djup-suite-'));
    const suite = bundleVSCodeSuite(path.join(scratch, 'suite', 'index.js'));
    const result = path.join(scratch, 'result.json');
    // The extension host inherits code-server's environment.
    session = await startSession(pkg.vsix, {
      openWorkbench: false,
      env: { E2E_CLI: pkg.cli, E2E_NODE: process.execPath, E2E_FIXED: fixed, E2E_RESULT: result },
    });
    const { page, port, workspace } = session;
    const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
    // The workbench's `payload` carries what --extensionDevelopmentPath/--extensionTestsPath carry on the desktop.
    const payload = [
      ['extensionDevelopmentPath', remote(path.dirname(pkg.vsix))],
      ['extensionTestsPath', remote(suite)],
    ];
    const output: string[] = [];
    page.on('console', (message) => output.push(message.text()));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await waitUntil(async () => fs.existsSync(result), 300_000, 'the suite result', async () => output.slice(-5));
    const { vscode, results } = JSON.parse(fs.readFileSync(result, 'utf8')) as SuiteResult;
    log(`the suite ran in VS Code ${vscode} (code-server's extension host)`);
    assert.equal(results.length, 12);
    for (const r of results) {
      await t.test(`${r.name} (${r.ms} ms in the extension host)`, () => {
        assert.ok(r.ok, r.error);
      });
    }
  });
});
