// A long check of one document lets the server answer other requests between its rules
// (language-server/documents.ts): asked for a hover and code actions on another document while a
// large file is checked, the server answers them before that file's diagnostics. Timing-free: the
// requests are sent once the check is under way (it has announced the file's versions).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp-client';

/** A module whose check takes a good while: thousands of statements, many of them with findings. */
function largeModule(blocks: number): string {
  let text = 'from django.conf.urls import url\nfrom django.shortcuts import render_to_response\nfrom django.utils.encoding import force_text\n\n';
  for (let i = 0; i < blocks; i++) {
    text += `\ndef view_${i}(request):\n    if request.is_ajax():\n        return render_to_response("page_${i}.html", {"n": force_text(${i})})\n    total_${i} = sum(range(${i}))\n    return total_${i}\n\n`;
  }
  return text;
}

test('requests on another document are answered while a large file is checked', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'djyield-'));
  const client = new TestClient();
  const order: string[] = [];
  client.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    client.diagnostics.set(params.uri, params);
    order.push(`diagnostics ${path.basename(params.uri)}`);
    (client as unknown as { wake(): void }).wake();
  });
  try {
    await client.initialize(root);
    const small = `file://${root}/small.py`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'python', version: 1, text: 'from django.utils.encoding import force_text\nx = force_text(1)\n' } });
    const smallDiagnostics = await client.diagnosticsFor(small, 1);
    assert.equal(smallDiagnostics.length, 2);
    const large = `file://${root}/large.py`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: large, languageId: 'python', version: 1, text: largeModule(3000) } });
    // The check of the large file is under way once it has announced the versions it checks against.
    await client.waitFor(() => client.notifications.some((n) => n.method === 'djangoUpgrade/versions' && (n.params as { uri: string }).uri === large), 'the large file\'s check to begin', 60_000);
    const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 1, character: 5 } }).then((r) => {
      order.push('hover');
      return r;
    });
    const actions = client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: small }, range: smallDiagnostics[1].range, context: { diagnostics: [smallDiagnostics[1]] } }).then((r) => {
      order.push('code actions');
      return r as unknown[];
    });
    assert.ok(await hover, 'a hover on the finding');
    assert.ok((await actions).length > 0, 'its quick fix');
    const largeDiagnostics = await client.diagnosticsFor(large, 1);
    assert.ok(largeDiagnostics.length > 3000);
    const at = (entry: string) => order.indexOf(entry);
    assert.ok(at('hover') < at('diagnostics large.py') && at('code actions') < at('diagnostics large.py'), `answered while the large file was checked: ${order.join(', ')}`);
  } finally {
    await client.stop();
  }
});
