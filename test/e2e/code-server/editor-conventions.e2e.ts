// The editor conventions of ruff-vscode and vscode-eslint in the real workbench (code-server 4.100.3
// in headless Chromium), driven with the keyboard and the mouse: the rule page from the quick-fix
// menu and from the diagnostic's code link, the hover, HTML outside Django left alone, a multi-root
// workspace (a folder added after start is scanned and watched, the language status follows the
// active editor's folder), and Fix All in Workspace's cancellable progress.
//
// The session opens a .code-workspace holding a copy of examples/legacy-site and a static site (HTML
// in templates/, no Django); a third project (Django 3.2, with 2,000 generated modules so that a
// workspace fix-all runs long enough to be cancelled) is added to the workspace file later.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import {
  cliScan,
  cliVulnerabilities,
  closeWidgets,
  goTo,
  openFile,
  Package,
  packagedExtension,
  problemCounts,
  problemsOf,
  runCommand,
  screenshot,
  Session,
  startSession,
  totalProblems,
  waitUntil,
} from './harness';

const firstStart = 120_000;
const bulkModules = 2000;
const forceText = 'from django.utils.encoding import force_text\n\n\ndef label(value):\n    return force_text(value)\n';

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

function workspaceFile(file: string, folders: string[]): void {
  fs.writeFileSync(file, JSON.stringify({ folders: folders.map((folder) => ({ path: folder })), settings: {} }, null, 2));
}

/** The language status item's accessible label ("Editor Language Status: Django 1.11 → 5.2, …"). */
async function languageStatus(page: Page): Promise<string> {
  return (await page.locator('[id="status.languageStatus"]').getAttribute('aria-label')) ?? '';
}

/** The frame of the Markdown preview showing a rule page (the preview is a webview: nested iframes). */
async function previewFrame(page: Page, ruleId: string): Promise<Frame> {
  let found: Frame | undefined;
  await waitUntil(
    async () => {
      for (const frame of page.frames()) {
        const heading = await frame.locator('h1').first().innerText({ timeout: 500 }).catch(() => '');
        if (heading.trim() === ruleId) {
          found = frame;
          return true;
        }
      }
      return false;
    },
    60_000,
    `the Markdown preview of ${ruleId}`,
  );
  return found!;
}

async function assertRulePage(page: Page, ruleId: string): Promise<void> {
  await page.locator(`.tab[aria-label^="Preview ${ruleId}.md"]`).waitFor({ timeout: 60_000 });
  const frame = await previewFrame(page, ruleId);
  assert.deepEqual(await frame.locator('h2').allInnerTexts(), ['What it does', 'Why it matters', 'Example', 'Use instead', 'Fix safety']);
  assert.match(await frame.locator('a', { hasText: 'release notes' }).first().getAttribute('href') ?? '', /^https:\/\/docs\.djangoproject\.com\/en\/stable\/releases\/3\.1\//);
}

describe('code-server: editor conventions in a multi-root workspace', { timeout: 900_000 }, () => {
  let session: Session;
  let pkg: Package;
  let legacy: string;
  let staticSite: string;
  let otherSite: string;
  let workspaceJson: string;

  before(async () => {
    pkg = packagedExtension();
    session = await startSession(pkg.vsix, {
      open: (dir, legacySite) => {
        legacy = legacySite;
        staticSite = path.join(dir, 'static-site');
        otherSite = path.join(dir, 'other-site');
        writeFiles(staticSite, { 'templates/index.html': '<p>{% ifequal a b %}same{% endifequal %}</p>\n', 'build.py': 'print("static")\n' });
        const bulk: Record<string, string> = {};
        for (let i = 0; i < bulkModules; i++) bulk[`bulk/part_${i % 20}/module_${i}.py`] = forceText;
        writeFiles(otherSite, {
          'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "othersite.settings")\n',
          'requirements.txt': 'Django==3.2.25\n',
          'othersite/__init__.py': '',
          'othersite/settings.py': 'INSTALLED_APPS = ["app"]\nUSE_TZ = True\n',
          'app/__init__.py': '',
          'app/views.py': 'from django.conf.urls import url\n',
          ...bulk,
        });
        workspaceJson = path.join(dir, 'multi.code-workspace');
        workspaceFile(workspaceJson, [legacySite, staticSite]);
        return workspaceJson;
      },
    });
  });
  let step = 0;
  afterEach(async () => {
    if (session) await screenshot(session, `conventions-after-test-${++step}`).catch(() => undefined);
  });
  after(async () => {
    if (session) await session.stop();
  });

  test('the quick-fix menu says whose each entry is; "Show documentation" opens the rule page offline, in the Markdown preview', async () => {
    const { page } = session;
    await openFile(page, 'legacysite/urls.py');
    await page.locator('.squiggly-error').first().waitFor({ timeout: firstStart });
    await goTo(page, 8, 6);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    const entry = menu.locator('.monaco-list-row.action', { hasText: 'Show documentation for conf-urls-url' });
    await entry.waitFor();
    const entries = (await menu.locator('.monaco-list-row.action').allInnerTexts()).map((t) => t.trim());
    assert.ok(entries.every((t) => t.startsWith('Django Upgrade (conf-urls-url): ') || t === 'Show documentation for conf-urls-url'), entries.join(' | '));
    // Down to the entry, then Enter, as a person would with the keyboard.
    for (let i = 0; i < entries.indexOf('Show documentation for conf-urls-url'); i++) await page.keyboard.press('ArrowDown');
    await menu.locator('.monaco-list-row.action.focused', { hasText: 'Show documentation for conf-urls-url' }).waitFor();
    await page.keyboard.press('Enter');
    await assertRulePage(page, 'conf-urls-url');
    await screenshot(session, 'rule-page');
    await runCommand(page, 'View: Close All Editors');
  });

  test('the hover on a finding shows the rule summary and the versions; its code link opens the same page', async () => {
    const { page } = session;
    await openFile(page, 'legacysite/urls.py');
    await page.locator('.squiggly-error').first().waitFor();
    await goTo(page, 9, 6);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible').first();
    await hover.waitFor();
    await waitUntil(async () => (await hover.innerText()).includes('This project: Django 1.11 → 5.2.'), 60_000, 'the summary in the hover', () => hover.innerText());
    const text = await hover.innerText();
    assert.ok(text.includes('Finds imports and calls of django.conf.urls.url()'), text);
    assert.ok(text.includes('Deprecated in Django 3.1 · removed in 4.0. This project: Django 1.11 → 5.2.'), text);
    await hover.locator('a.code-link', { hasText: 'conf-urls-url' }).first().click();
    await assertRulePage(page, 'conf-urls-url');
    await runCommand(page, 'View: Close All Editors');
  });

  test('HTML outside a Django project keeps its language and is left alone; the Django templates are checked', async () => {
    const { page } = session;
    await openFile(page, 'templates/index.html');
    await page.locator('[id="status.editor.mode"]').filter({ hasText: /^\s*HTML\s*$/ }).waitFor();
    const relative = 'blog/templates/blog/post_list.html';
    await openFile(page, relative);
    await page.locator('[id="status.editor.mode"]').filter({ hasText: /^\s*HTML\s*$/ }).waitFor();
    const wanted = cliScan(pkg.cli, legacy).findings.filter((f) => f.path === relative).length;
    await waitUntil(async () => (await problemsOf(page, relative)).count === wanted, 60_000, `the problems of ${relative}`);
    // index.html was opened first: had it been checked, its problems would be in by now.
    assert.equal((await problemsOf(page, 'templates/index.html')).count, 0);
    await runCommand(page, 'View: Close All Editors');
  });

  test("multi-root: the language status follows the active editor's folder; a folder added after the scan is scanned and watched", async () => {
    const { page } = session;
    await openFile(page, 'legacysite/urls.py');
    await waitUntil(async () => (await languageStatus(page)).includes('Django 1.11 → 5.2'), 60_000, 'the versions of legacy-site', () => languageStatus(page));
    // The scan's findings, and the known vulnerabilities of the pins (shown on requirements.txt).
    const legacyFindings = cliScan(pkg.cli, legacy).findings.length + cliVulnerabilities(pkg.cli, legacy).length;
    await runCommand(page, 'Django: Scan Workspace for Deprecations');
    await waitUntil(async () => (await totalProblems(page)) === legacyFindings, 120_000, `${legacyFindings} problems (legacy-site; none in the static site)`, () => problemCounts(page));

    // The third project joins the workspace (as "Add Folder to Workspace…" writes it).
    workspaceFile(workspaceJson, [legacy, staticSite, otherSite]);
    const otherScan = cliScan(pkg.cli, otherSite).findings.length;
    assert.equal(otherScan, 2 * bulkModules + 1, 'two in each module, one in app/views.py');
    const otherFindings = otherScan + cliVulnerabilities(pkg.cli, otherSite).length;
    await waitUntil(async () => (await totalProblems(page)) === legacyFindings + otherFindings, 180_000, 'the added folder scanned', () => problemCounts(page));
    // The Problems filter is debounced and its 4,000-row tree re-renders a moment later: read it until it settles.
    await waitUntil(async () => (await problemsOf(page, 'app/views.py')).count === 1, 30_000, 'the problem of app/views.py', () => problemsOf(page, 'app/views.py'));
    // A file of the added folder changes on disk (never opened): its problems follow.
    fs.appendFileSync(path.join(otherSite, 'app', 'views.py'), 'from django.utils.encoding import force_text\n');
    await waitUntil(async () => (await problemsOf(page, 'app/views.py')).count === 2, 60_000, 'the changed file rechecked', () => problemsOf(page, 'app/views.py'));

    await openFile(page, 'app/views.py');
    await waitUntil(async () => (await languageStatus(page)).includes('Django 3.2 → 5.2'), 60_000, 'the versions of other-site', () => languageStatus(page));
    await openFile(page, 'legacysite/urls.py');
    await waitUntil(async () => (await languageStatus(page)).includes('Django 1.11 → 5.2'), 60_000, 'the versions of legacy-site again', () => languageStatus(page));
    await screenshot(session, 'multi-root');
  });

  test('Fix All in Workspace: progress with Cancel, the server answering meanwhile; then the refactor preview', async () => {
    const { page } = session;
    const sample = path.join(otherSite, 'bulk', 'part_0', 'module_0.py');
    await openFile(page, 'blog/views.py');
    const before = cliScan(pkg.cli, legacy).findings.filter((f) => f.path === 'blog/views.py').length;
    await waitUntil(async () => (await problemsOf(page, 'blog/views.py')).count === before, 60_000, `${before} problems in blog/views.py`);
    await runCommand(page, 'Django: Fix All in Workspace');
    const toast = page.locator('.notification-toast', { hasText: 'Django Upgrade: fixing the workspace' });
    await toast.waitFor({ timeout: 60_000 });
    // While it runs, typing a deprecated import gets its squiggle: the server is not blocked.
    await page.locator('.editor-instance .monaco-editor').first().click();
    await goTo(page, 1, 1);
    await page.keyboard.type('from django.utils.encoding import smart_text\n');
    await waitUntil(async () => (await problemsOf(page, 'blog/views.py')).count === before + 1, 60_000, 'the new problem while fix-all runs', () => problemsOf(page, 'blog/views.py'));
    assert.ok(await toast.isVisible(), 'fix-all is still running');
    assert.match(await toast.innerText(), /\d+\/\d+ files/);
    await screenshot(session, 'fix-all-progress');
    await toast.getByRole('button', { name: 'Cancel' }).click();
    await toast.waitFor({ state: 'hidden', timeout: 60_000 });
    await closeWidgets(page);
    await runCommand(page, 'File: Revert File');
    assert.equal(fs.readFileSync(sample, 'utf8'), forceText);

    // Run to the end: the edit opens in the refactor preview, nothing is written until it is applied.
    await runCommand(page, 'Django: Fix All in Workspace');
    const discard = page.locator('.part.panel').getByRole('button', { name: 'Discard' });
    await discard.waitFor({ timeout: 180_000 });
    assert.ok(await page.locator('.part.panel .composite.title', { hasText: /Refactor Preview/i }).count(), 'the Refactor Preview panel');
    assert.equal(await page.locator('.notification-toast', { hasText: 'Django Upgrade: fixing the workspace' }).count(), 0);
    await screenshot(session, 'fix-all-preview');
    await discard.click();
    await discard.waitFor({ state: 'hidden', timeout: 60_000 });
    assert.equal(fs.readFileSync(sample, 'utf8'), forceText, 'discarded: nothing written');
  });
});
