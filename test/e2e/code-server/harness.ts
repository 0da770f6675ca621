// Starts a throwaway code-server with the packaged extension installed and opens it in Debian's
// headless Chromium through playwright-core. Everything lives in one temp folder: user data,
// extensions, a copy of examples/legacy-site, screenshots unless E2E_ARTIFACTS says otherwise.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { e2eRoot, log, repoRoot } from '../extension-package';

export { buildPackage, cliFixedCopy, cliScan, cliVulnerabilities, log, packagedExtension, repoRoot } from '../extension-package';
export type { CliFinding, Package } from '../extension-package';

const codeServerBin = path.join(e2eRoot, 'node_modules', '.bin', 'code-server');
export const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

export interface Session {
  dir: string;
  workspace: string;
  artifacts: string;
  port: number;
  server: ChildProcess;
  serverLog: string[];
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}


export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs} ms`);
}

export interface StartOptions {
  /** Pass --disable-workspace-trust (default true). */
  disableTrust?: boolean;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** Extra environment of code-server, and so of its extension host. */
  env?: Record<string, string>;
  /** Open the workbench in the browser (default true). */
  openWorkbench?: boolean;
  /**
   * What to open, given the session's folder and its copy of examples/legacy-site: a folder, or a
   * `.code-workspace` file (a multi-root workspace) that it writes. Default: the legacy-site copy.
   */
  open?: (dir: string, legacySite: string) => string;
}

export async function startSession(vsix: string, options: StartOptions = {}): Promise<Session> {
  if (!fs.existsSync(codeServerBin)) throw new Error(`code-server is not installed: run bash test/e2e/install.sh (${codeServerBin} missing)`);
  if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: run bash test/e2e/install.sh`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djup-e2e-'));
  const userData = path.join(dir, 'user-data');
  const extensions = path.join(dir, 'extensions');
  const workspace = path.join(dir, 'legacy-site');
  const artifacts = process.env.E2E_ARTIFACTS ?? path.join(dir, 'artifacts');
  fs.mkdirSync(artifacts, { recursive: true });
  fs.cpSync(path.join(repoRoot, 'examples', 'legacy-site'), workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'chat.commandCenter.enabled': false,
        'window.commandCenter': false,
        'editor.minimap.enabled': false,
        'files.autoSave': 'off',
        'security.workspace.trust.startupPrompt': 'always',
        ...options.settings,
      },
      null,
      2,
    ),
  );
  // code-server writes its config file and state under XDG folders: keep them in the temp folder.
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    ...options.env,
  };
  log(`installing ${path.basename(vsix)} into ${extensions}`);
  execFileSync(codeServerBin, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { env, stdio: ['ignore', 'pipe', 'pipe'] });

  const port = await freePort();
  const args = [
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensions,
  ];
  if (options.disableTrust !== false) args.push('--disable-workspace-trust');
  const opened = options.open?.(dir, workspace) ?? workspace;
  args.push(opened);
  log(`starting code-server on 127.0.0.1:${port}`);
  const server = spawn(codeServerBin, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const serverLog: string[] = [];
  server.stdout!.on('data', (chunk) => serverLog.push(String(chunk)));
  server.stderr!.on('data', (chunk) => serverLog.push(String(chunk)));
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, server, 60_000);
  } catch (error) {
    killTree(server);
    throw new Error(`${(error as Error).message}\n${serverLog.join('')}`);
  }

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // Generous for a loaded 2-core CI machine: every wait is for an exact state, so a longer one only delays a failure.
  page.setDefaultTimeout(60_000);
  if (options.openWorkbench !== false) {
    const query = opened.endsWith('.code-workspace') ? 'workspace' : 'folder';
    await page.goto(`http://127.0.0.1:${port}/?${query}=${encodeURIComponent(opened)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  }

  return {
    dir,
    workspace,
    artifacts,
    port,
    server,
    serverLog,
    browser,
    page,
    async stop() {
      await browser.close().catch(() => undefined);
      killTree(server);
      if (!process.env.E2E_KEEP) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

function killTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // the whole group: code-server, its extension host, our server
  } catch {
    child.kill('SIGTERM');
  }
}

// ---- Driving the workbench with the keyboard, as a person would ----

/** Ctrl+P, type the workspace-relative path, wait for it in the results, Enter; waits for its tab. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = path.basename(relativePath);
  await closeWidgets(page);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(relativePath);
  // The first search after start waits for the file index: generous timeout. A row is labelled
  // "urls.py legacysite" (a file at the top of the folder has no folder part), or in a multi-root
  // workspace "urls.py legacy-site • legacysite".
  const dir = path.dirname(relativePath);
  const single = dir === '.' ? name : `${name} ${dir}`;
  const multi = new RegExp(`^${escapeRegExp(name)} \\S+${dir === '.' ? '' : ` • ${escapeRegExp(dir)}`}(,|$| )`);
  const matches = (label: string) => label.startsWith(single) || multi.test(label);
  const rows = page.locator('.quick-input-list .monaco-list-row');
  // The list is re-sorted as results come in: find the row and click it in one attempt, or retry.
  await waitUntil(
    async () => {
      const labels = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
      const label = labels.find(matches);
      if (label === undefined) return false;
      await page.locator(`.quick-input-list .monaco-list-row[aria-label="${label.replace(/"/g, '\\"')}"]`).first().click({ timeout: 2_000 });
      return true;
    },
    60_000,
    `${relativePath} in the quick open list`,
    () => rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label'))),
  );
  await page.locator(`.tab.active[aria-label^="${name}"]`).waitFor();
  await page.locator('.editor-instance .monaco-editor.focused').waitFor();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Escape from whatever menu, hover or picker a failed step may have left open. */
export async function closeWidgets(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const open = await page.locator('.quick-input-widget:visible, .action-widget:visible, .monaco-hover:visible').count();
    if (!open) return;
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }
}

/** F1, type the command's title, wait until the first entry is that command, Enter. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await closeWidgets(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row').first();
  await waitUntil(async () => ((await row.getAttribute('aria-label').catch(() => null)) ?? '').startsWith(title), 30_000, `command "${title}" in the palette`);
  await page.keyboard.press('Enter');
}

/** The messages of every notification, from the notification center (at most 3 show as toasts at once). */
export async function notificationMessages(page: Page): Promise<string[]> {
  await runCommand(page, 'Notifications: Show Notifications');
  const center = page.locator('.notifications-center');
  await center.waitFor();
  const messages = await center.locator('.notification-list-item-message').allInnerTexts();
  await runCommand(page, 'Notifications: Hide Notifications');
  return messages.map((m) => m.trim());
}

/** Ctrl+. at the cursor: the entries of the quick-fix menu, as shown (the menu stays open). */
export async function openQuickFixes(page: Page): Promise<string[]> {
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.locator('.monaco-list-row.action').first().waitFor();
  return (await menu.locator('.monaco-list-row.action').allInnerTexts()).map((t) => t.trim());
}

/** Enter on the open quick-fix menu's first entry, then Ctrl+S; resolves once the file is saved. */
export async function applyFirstQuickFixAndSave(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });
  await page.locator('.tab.active.dirty').waitFor();
  await page.keyboard.press('Control+S');
  await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
}

/** Ctrl+G line:column in the active editor. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The status bar's problem counts ("Errors: 6, Warnings: 2" or "No Problems"). */
export async function problemCounts(page: Page): Promise<{ errors: number; warnings: number; infos: number }> {
  const label = (await page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
  const count = (word: string) => Number(new RegExp(`${word}: (\\d+)`).exec(label)?.[1] ?? 0);
  return { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos') };
}

export async function totalProblems(page: Page): Promise<number> {
  const { errors, warnings, infos } = await problemCounts(page);
  return errors + warnings + infos;
}

export interface FileProblems {
  /** From the file's header row ("6 problems in file urls.py of folder legacysite"). */
  count: number;
  /** The rendered rows (the list is virtual: a long one is cut at the panel's height). */
  rows: Array<{ line: number; column: number; text: string }>;
}

/**
 * The Problems panel (Ctrl+Shift+M) filtered to one workspace-relative file with its filter box,
 * as a person would narrow it down.
 */
export async function problemsOf(page: Page, relativePath: string): Promise<FileProblems> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor();
  }
  const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
  const pattern = `**/${relativePath}`;
  if ((await filter.inputValue()) !== pattern) {
    await filter.fill(pattern);
    await page.waitForTimeout(600); // the filter is debounced
  }
  const name = path.basename(relativePath);
  const folder = path.dirname(relativePath);
  const rows = await panel.locator('.monaco-list-row').evaluateAll((elements) =>
    elements.map((element) => ({ label: element.getAttribute('aria-label') ?? '', text: (element as unknown as { innerText: string }).innerText.replace(/\s+/g, ' ') })),
  );
  const result: FileProblems = { count: 0, rows: [] };
  let inFile = false;
  for (const row of rows) {
    // "6 problems in file urls.py of folder legacysite", in a multi-root workspace "… of folder legacy-site • legacysite".
    const header = /^(\d+) problems? in file (\S+) of folder (\S+(?: • \S+)?)/.exec(row.label);
    if (header) {
      const where = header[3].split(' • ').pop();
      inFile = header[2] === name && (where === folder || where === path.basename(folder));
      if (inFile) result.count = Number(header[1]);
      continue;
    }
    const at = / at line (\d+) and character (\d+)/.exec(row.label);
    if (inFile && at) result.rows.push({ line: Number(at[1]), column: Number(at[2]), text: row.text });
  }
  return result;
}

/** Empties the Problems panel's filter box. */
export async function clearProblemsFilter(page: Page): Promise<void> {
  const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
  if (await filter.isVisible()) await filter.fill('');
}

/** Polls `check` until it is true. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string, state?: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const seen = state ? ` (last seen: ${JSON.stringify(await state().catch((e) => String(e)))})` : '';
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}${last ? `: ${String(last)}` : ''}`);
}

export async function screenshot(session: Session, name: string): Promise<string> {
  const file = path.join(session.artifacts, `${name}.png`);
  await session.page.screenshot({ path: file });
  log(`screenshot ${file}`);
  return file;
}

