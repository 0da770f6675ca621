// Jupyter notebooks over LSP notebook sync: the Python cells are checked as one text (a name
// imported in cell 1 resolves in cell 3), findings land in their cells, quick fixes and fix-all
// edit the cells they change, and IPython magics are left alone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { JoinedCells, maskMagics } from '../../server/src/language-server/notebooks';
import { temporaryWorkspace, TestClient } from '../helpers/lsp-client';

const code = 2;
const markup = 1;

describe('joined cells (unit)', () => {
  test('magics are commented out in place; positions map between cells and the joined text', () => {
    assert.equal(maskMagics('%matplotlib inline\n  !pip install x\nx = 1 % 2\n'), '#matplotlib inline\n  #pip install x\nx = 1 % 2\n');
    assert.equal(maskMagics('%%bash\necho url(1)\n'), '#%bash\n#cho url(1)\n');
    const joined = new JoinedCells([
      { uri: 'c1', text: 'a = 1\nb = 2' },
      { uri: 'c2', text: '%time f()\nc = 3\n' },
    ]);
    assert.equal(joined.text, 'a = 1\nb = 2\n#%% django-upgrade: next notebook cell\n#time f()\nc = 3\n');
    assert.deepEqual(joined.toJoined('c2', { line: 1, character: 2 }), { line: 4, character: 2 });
    assert.deepEqual(joined.toCell({ start: { line: 4, character: 0 }, end: { line: 4, character: 1 } }), { uri: 'c2', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } } });
    assert.equal(joined.toCell({ start: { line: 1, character: 0 }, end: { line: 3, character: 1 } }), null, 'across cells');
    assert.equal(joined.toCell({ start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }), null, 'the separator');
    // A fixed text becomes one edit per changed cell; an edit in a magic line is refused.
    assert.deepEqual(joined.changesTo(joined.text.replace('b = 2', 'b = 20')), { c1: [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } }, newText: '0' }] });
    assert.equal(joined.changesTo(joined.text.replace('#time', 'time')), null);
    assert.equal(joined.changesTo(joined.text.replace('\n#%% django-upgrade: next notebook cell\n', '\n')), null);
  });
});

describe('notebooks over the protocol', () => {
  const cells = [
    { id: 'c1', kind: code, languageId: 'python', text: 'from django.conf.urls import url\n' },
    { id: 'c2', kind: markup, languageId: 'markdown', text: 'Some notes: url(r"^$", index)\n' },
    { id: 'c3', kind: code, languageId: 'python', text: '%matplotlib inline\nurlpatterns = [url(r"^$", index)]' },
    { id: 'c4', kind: code, languageId: 'python', text: '%%bash\nurl(r"^$", index)\n' },
  ];

  test('findings in their cells, a quick fix across cells, hover, fix-all, edits and new cells, close', async () => {
    const root = temporaryWorkspace({ 'requirements.txt': 'Django==2.2\n' }, 'djnotebook-');
    const notebook = `file://${root}/analysis.ipynb`;
    const cellUri = (id: string) => `vscode-notebook-cell://${root}/analysis.ipynb#${id}`;
    const client = new TestClient();
    try {
      const init = await client.initialize(root);
      assert.deepEqual((init.capabilities as { notebookDocumentSync: unknown }).notebookDocumentSync, { notebookSelector: [{ cells: [{ language: 'python' }] }], save: true });
      await client.connection.sendNotification('notebookDocument/didOpen', {
        notebookDocument: { uri: notebook, notebookType: 'jupyter-notebook', version: 1, cells: cells.map((c) => ({ kind: c.kind, document: cellUri(c.id) })) },
        cellTextDocuments: cells.map((c) => ({ uri: cellUri(c.id), languageId: c.languageId, version: 1, text: c.text })),
      });
      // The import in cell 1 and the call in cell 3 (which only resolves with cell 1's import).
      const inCell1 = await client.diagnosticsFor(cellUri('c1'));
      const inCell3 = await client.diagnosticsFor(cellUri('c3'));
      assert.deepEqual(inCell1.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['conf-urls-url', 0, 29]]);
      assert.deepEqual(inCell3.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['conf-urls-url', 1, 15]]);
      assert.deepEqual(await client.diagnosticsFor(cellUri('c4')), [], 'a %%bash cell is not Python');
      assert.equal(client.diagnostics.has(cellUri('c2')), false, 'a Markdown cell is not checked');
      assert.equal(client.diagnostics.has(notebook), false, 'nothing is published on the notebook itself');

      // The quick fix on cell 3 rewrites the call there and the import in cell 1.
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: cellUri('c3') },
        range: inCell3[0].range,
        context: { diagnostics: inCell3 },
      })) as CodeAction[];
      const fix = actions.find((a) => a.isPreferred)!;
      assert.match(fix.title, /^Django Upgrade \(conf-urls-url\): /);
      assert.deepEqual(fix.diagnostics!.map((d) => d.range), [inCell3[0].range]);
      const changes = fix.edit!.changes!;
      assert.deepEqual(Object.keys(changes).sort(), [cellUri('c1'), cellUri('c3')]);
      const apply = (id: string, text: string) => TextDocument.applyEdits(TextDocument.create(cellUri(id), 'python', 1, text), changes[cellUri(id)] as TextEdit[]);
      assert.equal(apply('c1', cells[0].text), 'from django.urls import path\n');
      assert.equal(apply('c3', cells[2].text), '%matplotlib inline\nurlpatterns = [path("", index)]', 'the magic line kept as it was');
      assert.ok(actions.some((a) => a.title === 'Django Upgrade (conf-urls-url): Ignore on this line' && Object.keys(a.edit!.changes!).join() === cellUri('c3')));

      const shown = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: cellUri('c3') }, position: { line: 1, character: 16 } })) as Hover;
      assert.match((shown.contents as MarkupContent).value, /Deprecated in Django 3\.1 · removed in 4\.0/);
      assert.deepEqual(shown.range, inCell3[0].range);

      // Fix-all from a cell: one edit per changed cell.
      const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: cellUri('c1') },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      assert.deepEqual(Object.keys(fixAll[0].edit!.changes!).sort(), [cellUri('c1'), cellUri('c3')]);

      // Cell 1 loses its import: the call in cell 3 no longer resolves to django.conf.urls.url.
      await client.connection.sendNotification('notebookDocument/didChange', {
        notebookDocument: { uri: notebook, version: 2 },
        change: { cells: { textContent: [{ document: { uri: cellUri('c1'), version: 2 }, changes: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }] }] } },
      });
      await client.waitFor(() => client.diagnostics.get(cellUri('c1'))?.diagnostics.length === 0 && client.diagnostics.get(cellUri('c3'))?.diagnostics.length === 0, 'cells 1 and 3 cleared');

      // A new first cell, and cell 4 removed.
      await client.connection.sendNotification('notebookDocument/didChange', {
        notebookDocument: { uri: notebook, version: 3 },
        change: {
          cells: {
            structure: {
              array: { start: 0, deleteCount: 0, cells: [{ kind: code, document: cellUri('c0') }] },
              didOpen: [{ uri: cellUri('c0'), languageId: 'python', version: 1, text: 'from django.utils.encoding import force_text\n' }],
            },
          },
        },
      });
      await client.waitFor(() => client.diagnostics.get(cellUri('c0'))?.diagnostics.length === 1, 'the new cell checked');
      await client.connection.sendNotification('notebookDocument/didChange', {
        notebookDocument: { uri: notebook, version: 4 },
        change: { cells: { structure: { array: { start: 4, deleteCount: 1 }, didClose: [{ uri: cellUri('c4') }] } } },
      });
      await client.waitFor(() => client.diagnostics.get(cellUri('c0'))?.diagnostics.length === 1 && client.diagnostics.get(cellUri('c4'))?.diagnostics.length === 0, 'still checked after a removal');

      await client.connection.sendNotification('notebookDocument/didClose', { notebookDocument: { uri: notebook }, cellTextDocuments: cells.map((c) => ({ uri: cellUri(c.id) })) });
      await client.waitFor(() => client.diagnostics.get(cellUri('c0'))?.diagnostics.length === 0, 'diagnostics cleared on close');
    } finally {
      await client.stop();
    }
  });
});
