// The first report, in the editor and in `scan`: a Django 1.11 view with Python 2 code.
// The language server reports every construct (category python2) beside render_to_response, and
// fix-all writes a module that Python 3 compiles; `djupgrade scan` reports the sample project's.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { temporaryWorkspace, TestClient } from '../helpers/lsp-client';
import { oracle, repoRoot } from './worklist';

const view = [
  '# -*- coding: utf-8 -*-',
  'from django.shortcuts import render_to_response',
  'from django.utils.encoding import force_unicode',
  '',
  '',
  'def index(request):',
  '    print "hello"',
  '    try:',
  '        x = int(request.GET["x"])',
  '    except ValueError, e:',
  '        x = 0',
  '    if x <> 0:',
  '        mode = 0777',
  '    label = unicode(x)',
  '    return render_to_response("index.html", {"label": force_unicode(label)})',
  '',
].join('\n');

const everywhere = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

test('a Django 1.11 view with Python 2 code: every construct reported, with quick fixes, and fix-all writes Python 3', async () => {
  const root = temporaryWorkspace({ 'requirements.txt': 'Django==1.11.29\n', 'shop/views.py': view }, 'djpy2ls-');
  const client = new TestClient();
  const uri = `file://${root}/shop/views.py`;
  try {
    await client.initialize(root);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: view } });
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const found = diagnostics.map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}`);
    assert.deepEqual(found, [
      'shortcuts-render-to-response 2:30',
      'python2-django-aliases 3:35',
      'python2-print-statement 7:5',
      'python2-except-comma 10:12',
      'python2-ne-operator 12:10',
      'python2-octal-literal 13:16',
      'python2-removed-builtins 14:13',
      'shortcuts-render-to-response 15:12',
      'python2-django-aliases 15:55',
    ]);

    const quickFixes = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['quickfix'] } })) as CodeAction[];
    for (const title of ['Replace with `print("hello")`', 'Replace with `except ValueError as e`', 'Replace with `!=`', 'Replace with `0o777`', 'Replace with `str`', 'Replace with `force_text`']) {
      assert.ok(quickFixes.some((a) => a.title.endsWith(title)), `a quick fix "${title}" among:\n${quickFixes.map((a) => a.title).join('\n')}`);
    }

    const [fixAll] = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'python', 1, view), fixAll.edit!.changes![uri] as TextEdit[]);
    const checked = oracle<{ compiles: boolean; error: string | null }>('check', [{ id: 'views.py', code: fixed }]);
    assert.equal(checked['views.py'].compiles, true, `${checked['views.py'].error}\n${fixed}`);
    for (const python2 of ['print "', 'ValueError, e', '<>', '0777', 'unicode(', 'force_unicode']) assert.ok(!fixed.includes(python2), `${python2} is gone:\n${fixed}`);
  } finally {
    await client.stop();
  }
});

test('`djupgrade scan` of the Python 2 sample project reports every expected place, with the default rule selection', () => {
  const site = path.join(repoRoot, 'test', 'fixtures', 'python2-site');
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), 'scan', '.', '--output-format', 'json'], { cwd: site, encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as { findings: Array<{ path: string; line: number; column: number; rule: string }> };
  const expected = JSON.parse(fs.readFileSync(path.join(__dirname, 'python2-site-expected.json'), 'utf8')) as { findings: Array<{ construct: string; file: string; line: number; column: number }> };
  const ruleOf = (construct: string) => (construct.startsWith('python2-') ? construct : `python2-${construct}`);
  const python2 = report.findings.filter((f) => f.rule.startsWith('python2-')).map((f) => `${f.rule} ${f.path}:${f.line}:${f.column}`);
  assert.deepEqual(python2.sort(), expected.findings.map((f) => `${ruleOf(f.construct)} ${f.file}:${f.line}:${f.column}`).sort());
});
