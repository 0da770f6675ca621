// The end-to-end scenarios inside a VS Code extension host, through the `vscode` API: the same
// ones the code-server suite drives through the UI. Loaded by @vscode/test-electron (desktop VS
// Code, test/e2e/vscode/run.ts) as `extensionTestsPath`; bundled to CommonJS by the launcher.
//
// Environment (set by the launcher): E2E_CLI = bin/djupgrade.js of the same build (the reference),
// E2E_NODE = a Node.js binary for it, E2E_FIXED = a copy of the sample project after `djupgrade fix`,
// E2E_RESULT = a JSON file to write the per-scenario results to.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CliFinding, cliFixedText, cliScan } from '../../extension-package';

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

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs);
}

/** Writes the workspace folder's .vscode/settings.json in one go (one configuration change for the server). */
function writeWorkspaceSettings(settings: Record<string, unknown>): void {
  const folder = path.join(workspaceRoot(), '.vscode');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** A Jupyter notebook with a Python kernel: a code cell, a Markdown cell, a code cell. */
function notebookJson(first: string[], markdown: string, third: string[]): string {
  const code = (source: string[]) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source });
  return JSON.stringify({
    cells: [code(first), { cell_type: 'markdown', metadata: {}, source: [markdown] }, code(third)],
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python' } },
    nbformat: 4,
    nbformat_minor: 5,
  });
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
      assert.match(fix.title, /^Django Upgrade \(conf-urls-url\): .*\(needs Django 2\.0\+\)$/);
      assert.ok(titles.includes('Django Upgrade (conf-urls-url): Ignore on this line'), titles.join(' | '));
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
    name: 'a template: it keeps the html language and gets its diagnostics',
    async run() {
      const relative = 'blog/templates/blog/post_list.html';
      const editor = await open(relative);
      assert.equal(editor.document.languageId, 'html');
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
  {
    // VS Code's own source-action command drops its request when the file's markers change or the
    // cursor moves before the answer comes (a new automatic request replaces it 250 ms later), and
    // fix-all of a long file takes longer than that: the command must not go through it.
    name: 'Fix All in File applies its edit though the cursor moves while the fix is computed',
    async run() {
      const relative = 'shop/many_models.py';
      const file = path.join(workspaceRoot(), relative);
      const text = fs.readFileSync(path.join(workspaceRoot(), 'shop', 'models.py'), 'utf8').repeat(20);
      const wanted = cliFixedText(env('E2E_CLI'), workspaceRoot(), relative, text);
      assert.notEqual(wanted, text, `djupgrade fix changes ${relative}`);
      fs.writeFileSync(file, text);
      try {
        const editor = await open(relative);
        await waitFor(`the diagnostics of ${relative}`, 60_000, () => (diagnosticsOf(relative).length > 100 ? true : undefined));
        const command = vscode.commands.executeCommand('djangoUpgrade.fixAll');
        await new Promise((r) => setTimeout(r, 50));
        editor.selection = new vscode.Selection(40, 0, 40, 0);
        await command;
        await waitFor(`the fix-all edit of ${relative}`, 30_000, () => (editor.document.getText() !== text ? true : undefined));
        assert.equal(editor.document.getText(), wanted);
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        fs.rmSync(file, { force: true });
      }
    },
  },
  {
    name: 'quick fixes say whose they are; the code link and "Show documentation" open the rule page shipped in the extension',
    async run() {
      const relative = 'blog/urls.py';
      const editor = await open(relative);
      const diagnostics = await waitFor('the diagnostics of blog/urls.py', 60_000, () => {
        const list = diagnosticsOf(relative);
        return list.length === 4 ? list : undefined;
      });
      const code = diagnostics[1].code as { value: string; target: vscode.Uri };
      assert.equal(code.value, 'conf-urls-url');
      assert.deepEqual([code.target.scheme, code.target.path, JSON.parse(code.target.query)], ['command', 'djangoUpgrade.showDocumentation', ['conf-urls-url']]);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostics[1].range, vscode.CodeActionKind.QuickFix.value);
      assert.deepEqual(
        actions.map((a) => a.title).filter((t) => !/^Django Upgrade \(conf-urls-url\): Use /.test(t)),
        ['Django Upgrade (conf-urls-url): Ignore on this line', 'Show documentation for conf-urls-url'],
      );
      const show = actions.find((a) => a.title === 'Show documentation for conf-urls-url')!;
      await vscode.commands.executeCommand(show.command!.command, ...(show.command!.arguments ?? []));
      const tab = await waitFor('the Markdown preview of the rule page', 30_000, () => allTabs().find((t) => t.label === 'Preview conf-urls-url.md'));
      assert.ok(tab.input instanceof vscode.TabInputWebview && /markdown/i.test(tab.input.viewType), String((tab.input as { viewType?: string }).viewType));
      await vscode.window.tabGroups.close(tab);
      // The page is the one generated into the extension, with every section.
      const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'django-upgrade-vscode')!;
      const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'rule-docs', 'conf-urls-url.md')));
      for (const heading of ['# conf-urls-url', '## What it does', '## Why it matters', '## Example', '## Use instead', '## Fix safety', '[release notes](https://docs.djangoproject.com/']) assert.ok(page.includes(heading), heading);
    },
  },
  {
    name: 'a hover on a finding shows the rule summary and the versions',
    async run() {
      const editor = await open('blog/urls.py');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(7, 5));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.ok(text.includes('Finds imports and calls of `django.conf.urls.url()`'), text);
      assert.ok(text.includes('Deprecated in Django 3.1 · removed in 4.0. This project: Django 1.11 → 5.2.'), text);
      assert.ok(text.includes('(command:djangoUpgrade.showDocumentation?'), text);
    },
  },
  {
    name: 'templates: a Django project\'s html keeps its language and is checked; the django-html id still works; HTML outside Django projects is left alone',
    async run() {
      const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'djup-plain-'));
      fs.mkdirSync(path.join(plain, 'templates'));
      const plainFile = path.join(plain, 'templates', 'index.html');
      fs.writeFileSync(plainFile, '{% ifequal a b %}x{% endifequal %}\n');
      try {
        const plainDocument = await vscode.workspace.openTextDocument(plainFile);
        assert.equal(plainDocument.languageId, 'html');
        const relative = 'blog/templates/blog/post_detail.html';
        const editor = await open(relative);
        assert.equal(editor.document.languageId, 'html');
        await waitFor('the diagnostics of post_detail.html', 60_000, () => (diagnosticsOf(relative).length === 1 ? true : undefined));
        // Somebody who associates templates with django-html keeps getting them checked, live.
        const document = await vscode.languages.setTextDocumentLanguage(editor.document, 'django-html');
        const again = await vscode.window.showTextDocument(document);
        assert.ok(await again.edit((b) => b.insert(new vscode.Position(0, 0), '{% ifequal a b %}{% endifequal %}\n')));
        await waitFor('two diagnostics in the edited django-html document', 30_000, () => (diagnosticsOf(relative).length === 2 ? true : undefined));
        // The HTML file outside any Django project was opened first: had it been checked, its diagnostics would be here by now.
        assert.deepEqual(ours(vscode.languages.getDiagnostics(plainDocument.uri)), []);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      } finally {
        fs.rmSync(plain, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'djangoUpgrade.enable: off clears every diagnostic, on brings the open files\' back',
    async run() {
      const relative = 'blog/urls.py';
      await open(relative);
      await waitFor('the diagnostics of blog/urls.py', 60_000, () => (diagnosticsOf(relative).length === 4 ? true : undefined));
      writeWorkspaceSettings({ 'djangoUpgrade.enable': false });
      try {
        await waitFor('no diagnostics at all', 30_000, () => (totalDiagnostics() === 0 ? true : undefined));
      } finally {
        writeWorkspaceSettings({});
      }
      await waitFor('the diagnostics back', 30_000, () => (diagnosticsOf(relative).length === 4 ? true : undefined));
    },
  },
  {
    name: 'djangoUpgrade.run "onSave": typing does not check a file, saving does',
    async run() {
      // A target where conf-urls-url is deprecated but not removed turns its errors into
      // warnings: seeing that tells that the server runs with these settings.
      const relative = 'blog/urls.py';
      await open(relative);
      writeWorkspaceSettings({ 'djangoUpgrade.run': 'onSave', 'djangoUpgrade.targetVersion': '3.2' });
      const root = workspaceRoot();
      const files = ['scratch_a.py', 'scratch_b.py'];
      try {
        await waitFor('warnings under the 3.2 target', 30_000, () => (diagnosticsOf(relative).every((d) => d.severity === vscode.DiagnosticSeverity.Warning) ? true : undefined));
        for (const file of files) fs.writeFileSync(path.join(root, file), 'from django.utils.encoding import force_text\n');
        const documents = [(await open(files[0])).document, (await open(files[1])).document];
        for (const file of files) await waitFor(`the diagnostic of ${file}`, 30_000, () => (diagnosticsOf(file).length === 1 ? true : undefined));
        for (const document of documents) {
          const edit = new vscode.WorkspaceEdit();
          edit.insert(document.uri, new vscode.Position(1, 0), 'from django.utils.encoding import smart_text\n');
          assert.ok(await vscode.workspace.applyEdit(edit));
        }
        assert.ok(await documents[1].save());
        await waitFor('two diagnostics in the saved file', 30_000, () => (diagnosticsOf(files[1]).length === 2 ? true : undefined));
        // Had typing checked scratch_a.py, its check (scheduled first, with the same delay) would have come first.
        assert.equal(diagnosticsOf(files[0]).length, 1);
        assert.ok(await documents[0].save());
        await waitFor('two diagnostics once scratch_a.py is saved', 30_000, () => (diagnosticsOf(files[0]).length === 2 ? true : undefined));
      } finally {
        writeWorkspaceSettings({});
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        for (const file of files) fs.rmSync(path.join(root, file), { force: true });
      }
      await waitFor('errors again under the default target', 30_000, () => (diagnosticsOf(relative).length === 4 && diagnosticsOf(relative).every((d) => d.severity === vscode.DiagnosticSeverity.Error) ? true : undefined));
    },
  },
  {
    name: 'a notebook: its Python cells are checked together, and the quick fix in cell 3 also rewrites the import in cell 1',
    async run() {
      const file = path.join(workspaceRoot(), 'analysis.ipynb');
      fs.writeFileSync(file, notebookJson(['from django.conf.urls import url'], '# Notes', ['%matplotlib inline\n', 'urlpatterns = [url(r"^$", index)]']));
      try {
        const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
        await vscode.window.showNotebookDocument(notebook);
        const [first, , third] = notebook.getCells();
        assert.equal(third.document.languageId, 'python');
        assert.equal(third.document.uri.scheme, 'vscode-notebook-cell');
        const inThird = await waitFor('the diagnostic in cell 3', 60_000, () => {
          const list = ours(vscode.languages.getDiagnostics(third.document.uri));
          return list.length === 1 ? list : undefined;
        });
        assert.deepEqual([codeOf(inThird[0]), inThird[0].range.start.line, inThird[0].range.start.character], ['conf-urls-url', 1, 15]);
        assert.equal(ours(vscode.languages.getDiagnostics(first.document.uri)).length, 1);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', third.document.uri, inThird[0].range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find((a) => a.title.startsWith('Django Upgrade (conf-urls-url): Use ') && a.edit);
        assert.ok(fix, actions.map((a) => a.title).join(' | '));
        assert.ok(await vscode.workspace.applyEdit(fix.edit!));
        assert.equal(first.document.getText(), 'from django.urls import path');
        assert.equal(third.document.getText(), '%matplotlib inline\nurlpatterns = [path("", index)]');
        await waitFor('no diagnostics left in the cells', 30_000, () =>
          ours(vscode.languages.getDiagnostics(first.document.uri)).length + ours(vscode.languages.getDiagnostics(third.document.uri)).length === 0 ? true : undefined,
        );
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        fs.rmSync(file, { force: true });
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
