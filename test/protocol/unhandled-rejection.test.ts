// A promise rejected with nothing waiting for it ends a Node process by default; the language
// server logs it instead and goes on answering (server.ts, `startServer`), and the test client's
// `stop` fails on such a log line, so no protocol test lets one pass unseen.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { unhandledRejectionMark } from '../../common/protocol';
import { repoRoot, TestClient, temporaryWorkspace } from '../helpers/lsp-client';

test('a rejected promise nothing waits for is logged; the server goes on answering; the test client fails on it', async () => {
  const root = temporaryWorkspace({ 'a.py': 'from django.utils.encoding import force_text\n' });
  const client = new TestClient(['--stdio'], { script: path.join(repoRoot, 'dist', 'server.js'), nodeArgs: ['--require', path.join(repoRoot, 'test', 'fixtures', 'reject-once.cjs')] });
  await client.initialize(root);
  await client.waitFor(() => client.logs.some((line) => line.includes(unhandledRejectionMark)), 'the rejection in the log');
  assert.ok(client.logs.some((line) => line.includes(unhandledRejectionMark) && line.includes('a rejection on purpose')));
  // Still serving: a document opened after it gets its diagnostics.
  const uri = `file://${root}/a.py`;
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: 'from django.utils.encoding import force_text\n' } });
  assert.ok((await client.diagnosticsFor(uri, 1)).some((d) => d.code === 'encoding-force-text'));
  await assert.rejects(client.stop(), /a rejection on purpose/);
});
