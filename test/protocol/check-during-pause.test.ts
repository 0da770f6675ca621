// A document whose checks of edits are cheap is checked during the pause, right after its reparse
// (language-server/documents.ts `checkDuringPause`); the pause's end publishes what that check
// found only if the text and settings are still the ones it checked. Keystrokes that arrive
// between that check and the end of the pause, at every gap around the 10 ms pause, must end with
// the diagnostics of the last text: those a fresh document with that text gets. Timing-free in
// what it asserts: whichever way the keystrokes and the checks interleave, the last publication is
// for the last version and equals a fresh check's.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp-client';

function module(functions: number): string {
  let text = 'from django.shortcuts import render_to_response\nfrom django.utils.encoding import force_text\n\n';
  for (let i = 0; i < functions; i++) text += `\ndef view_${i}(request):\n    value = force_text(request)\n    return render_to_response("page_${i}.html", {"v": value})\n\n`;
  return text;
}

const describe = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`).join('\n');

test('keystrokes between a check during the pause and its end: the last version gets the diagnostics of its text', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'djpause-'));
  fs.mkdirSync(path.join(root, 'fresh'));
  const client = new TestClient();
  try {
    await client.initialize(root);
    const uri = `file://${root}/views.py`;
    let text = module(60);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    await client.diagnosticsFor(uri, 1);
    let version = 1;
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
    const edit = async (line: number, character: number, remove: number, insert: string) => {
      version++;
      const lines = text.split('\n');
      lines[line] = lines[line].slice(0, character) + insert + lines[line].slice(character + remove);
      text = lines.join('\n');
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + remove } }, text: insert }],
      });
    };
    // A first keystroke, checked after its pause: the document's checks of edits are now known to be cheap.
    await edit(lineOf('view_30'), 'def view_'.length, 0, 'x');
    await client.diagnosticsFor(uri, version);
    let round = 0;
    for (const gap of [0, 1, 2, 3, 5, 7, 9, 11, 14, 20]) {
      // One keystroke that removes a finding (a call renamed), then after `gap` ms one that puts it back or not.
      const line = lineOf(`page_${10 + round}.html`);
      await edit(line, '    return '.length, 'render_to_response'.length, 'render_to_responsx');
      await new Promise((resolve) => setTimeout(resolve, gap));
      if (round % 2 === 0) await edit(line, '    return '.length, 'render_to_responsx'.length, 'render_to_response');
      else await edit(lineOf('view_40') + 1, '    value = '.length, 'force_text'.length, 'force_texx');
      const last = await client.diagnosticsFor(uri, version);
      const fresh = `file://${root}/fresh/${round}/views.py`;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'python', version: 1, text } });
      assert.equal(describe(last), describe(await client.diagnosticsFor(fresh, 1)), `gap ${gap} ms`);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
      round++;
    }
  } finally {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
