// The end-to-end scenarios inside a VS Code extension host, through the `vscode` API: the same
// ones the code-server suite drives through the UI. Loaded by @vscode/test-electron (desktop VS
// Code, test/e2e/vscode/run.ts) as `extensionTestsPath`; bundled to CommonJS by the launcher.
//
// Environment (set by the launcher): E2E_CLI = bin/djupgrade.js of the same build (the reference),
// E2E_NODE = a Node.js binary for it, E2E_FIXED = a copy of the sample project after `djupgrade fix`,
// E2E_RESULT = a JSON file to write the per-scenario results to.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CliFinding, cliScan } from '../../extension-package';

type Scenario = { name: string; run: () => Promise<void> };

const source = 'Django Upgrade';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this suite through test/e2e/vscode/run.ts`);
  return value;
}

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri.fsPath;
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

const ours = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((d) => d.source === source);
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

function diagnosticsOf(relative: string): vscode.Diagnostic[] {
  const uri = vscode.Uri.file(path.join(workspaceRoot(), relative));
  return ours(vscode.languages.getDiagnostics(uri)).sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** Our diagnostics in every file; the scan's only: not the known vulnerabilities of the requirements files, which the scan does not report. */
function totalDiagnostics(): number {
  return vscode.languages.getDiagnostics().reduce((sum, [, list]) => sum + ours(list).filter((d) => codeOf(d) !== 'known-vulnerabilities').length, 0);
}

function reference(): CliFinding[] {
  return cliScan(env('E2E_CLI'), workspaceRoot()).findings;
}

/** The diagnostics agree with the CLI's findings: lines, columns (1-based), rule ids and messages. */
function assertSame(relative: string, diagnostics: vscode.Diagnostic[], findings: CliFinding[]): void {
  const wanted = findings.filter((f) => f.path === relative);
  assert.deepEqual(
    diagnostics.map((d) => [d.range.start.line + 1, d.range.start.character + 1, codeOf(d), d.message]),
    wanted.map((f) => [f.line, f.column, f.rule, f.message]),
    relative,
  );
}

async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(path.join(workspaceRoot(), relative));
  return vscode.window.showTextDocument(document);
}

const scenarios: Scenario[] = [
  {
    name: 'a Python file: diagnostics on the known lines, with the message, source and rule id',
    async run() {
      await open('legacysite/urls.py');
      const findings = reference();
      const wanted = findings.filter((f) => f.path === 'legacysite/urls.py');
      // EXPECTED.md section 1: legacysite/urls.py lines 2, 8, 9, 10, 11, 18, all conf-urls-url.
      assert.deepEqual(
        wanted.map((f) => [f.line, f.rule]),
        [2, 8, 9, 10, 11, 18].map((line) => [line, 'conf-urls-url']),
      );
      // The first extension-host and server start can take tens of seconds.
      const diagnostics = await waitFor('the diagnostics of urls.py', 120_000, () => {
        const list = diagnosticsOf('legacysite/urls.py');
        return list.length === wanted.length ? list : undefined;
      });
      assertSame('legacysite/urls.py', diagnostics, findings);
      assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    },
  },
  {
    name: 'the quick fix on a url() call rewrites the calls and the imports',
    async run() {
      const editor = await open('legacysite/urls.py');
      const document = editor.document;
      const original = document.getText();
      const target = diagnosticsOf('legacysite/urls.py').find((d) => d.range.start.line === 7);
      assert.ok(target, 'a diagnostic on line 8');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
      const titles = actions.map((a) => a.title);
      const fix = actions.find((a) => /re_path/.test(a.title) && a.edit);
      assert.ok(fix, titles.join(' | '));
      assert.match(fix.title, /\(needs Django 2\.0\+\)$/);
      assert.ok(titles.includes('Ignore `conf-urls-url` on this line'), titles.join(' | '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      assert.ok(await document.save());
      const text = fs.readFileSync(document.uri.fsPath, 'utf8');
      const lines = text.split('\n');
      assert.ok(lines.some((l) => /^from django\.urls import .*\b(re_)?path\b/.test(l)), text);
      assert.ok(!lines.some((l) => /^from django\.conf\.urls import .*\burl\b/.test(l)), text);
      assert.ok(!/\burl\(/.test(text), text);
      assert.equal(text.match(/\b(re_)?path\(/g)?.length, 5, text);
      const untouched = (t: string) => t.split('\n').filter((l) => !/\b(url|re_path|path)\(|^from django\.(conf\.)?urls import/.test(l));
      assert.deepEqual(untouched(text), untouched(original));
      const left = reference().filter((f) => f.path === 'legacysite/urls.py').length;
      await waitFor(`${left} diagnostics left in urls.py`, 30_000, () => (diagnosticsOf('legacysite/urls.py').length === left ? true : undefined));
    },
  },
  {
    name: 'a template: language django-html and its diagnostics',
    async run() {
      const relative = 'blog/templates/blog/post_list.html';
      const editor = await open(relative);
      assert.equal(editor.document.languageId, 'django-html');
      const findings = reference();
      const wanted = findings.filter((f) => f.path === relative);
      assert.deepEqual(
        wanted.map((f) => [f.line, f.rule]),
        [
          [8, 'template-length-is'],
          [14, 'template-ifequal'],
        ],
      );
      const diagnostics = await waitFor('the diagnostics of post_list.html', 60_000, () => {
        const list = diagnosticsOf(relative);
        return list.length === wanted.length ? list : undefined;
      });
      assertSame(relative, diagnostics, findings);
    },
  },
  {
    name: 'the workspace scan command puts every finding of the CLI into the Problems panel',
    async run() {
      const before = totalDiagnostics();
      const findings = reference();
      assert.ok(findings.length > 60, `the CLI finds ${findings.length}`);
      await vscode.commands.executeCommand('djangoUpgrade.scanWorkspace');
      await waitFor(`${findings.length} diagnostics after the scan (had ${before})`, 120_000, () => (totalDiagnostics() === findings.length ? true : undefined));
      assert.ok(findings.length > before);
      const shopModels = findings.filter((f) => f.path === 'shop/models.py');
      assert.ok(shopModels.length > 0);
      assertSame('shop/models.py', diagnosticsOf('shop/models.py'), findings);
    },
  },
  {
    name: 'Fix All in File (source.fixAll.djangoUpgrade) gives what `djupgrade fix` gives',
    async run() {
      for (const relative of ['blog/templates/blog/post_list.html', 'blog/models.py']) {
        const editor = await open(relative);
        const original = editor.document.getText();
        const wanted = fs.readFileSync(path.join(env('E2E_FIXED'), relative), 'utf8');
        assert.notEqual(wanted, original, `djupgrade fix changes ${relative}`);
        await vscode.commands.executeCommand('djangoUpgrade.fixAll');
        await waitFor(`the fix-all edit of ${relative}`, 20_000, () => (editor.document.getText() !== original ? true : undefined));
        assert.ok(await editor.document.save());
        assert.equal(fs.readFileSync(editor.document.uri.fsPath, 'utf8'), wanted, relative);
        const left = reference().filter((f) => f.path === relative).length;
        await waitFor(`${left} diagnostics left in ${relative}`, 30_000, () => (diagnosticsOf(relative).length === left ? true : undefined));
      }
    },
  },
];

/** The entry point test-electron calls. Resolves when every scenario passed; rejects otherwise. */
export async function run(): Promise<void> {
  const results: Array<{ name: string; ok: boolean; ms: number; error?: string }> = [];
  const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'django-upgrade-vscode');
  if (!extension) throw new Error('the Django Upgrade extension is not loaded');
  for (const scenario of scenarios) {
    const start = Date.now();
    try {
      await scenario.run();
      results.push({ name: scenario.name, ok: true, ms: Date.now() - start });
      console.log(`  ✔ ${scenario.name} (${Date.now() - start} ms)`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.push({ name: scenario.name, ok: false, ms: Date.now() - start, error: message });
      console.log(`  ✖ ${scenario.name}\n${message}`);
    }
  }
  if (process.env.E2E_RESULT) fs.writeFileSync(process.env.E2E_RESULT, JSON.stringify({ vscode: vscode.version, appName: vscode.env.appName, results }, null, 2));
  const failed = results.filter((r) => !r.ok).length;
  console.log(`vscode suite: ${results.length - failed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} of ${results.length} scenarios failed`);
}
