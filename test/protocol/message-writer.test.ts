// The server's stdio writer (language-server/message-writer.ts) keeps the encoding of the frozen
// diagnostics `DiagnosticFormat.diagnosticOf` makes, and an open document's finding keeps its
// diagnostic object while nothing it shows changes. What goes over the wire must stay what
// JSON.stringify wrote.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Message } from 'vscode-jsonrpc';
import { DiagnosticFormat } from '../../server/src/language-server/diagnostics';
import { encodeMessage } from '../../server/src/language-server/message-writer';
import { LineIndex, positionFinding } from '../../server/src/engine/text-positions';
import type { Finding } from '../../server/src/engine/types';
import { rules } from '../../server/src/rules';
import { TestClient } from '../helpers/lsp-client';

const text = 'from django.conf.urls import url\n\nurlpatterns = [url(r"^é$", None)]\n';

function finding(start: number, end: number, message = 'old API', fix = false): Finding {
  const rule = rules.find((r) => r.id === 'conf-urls-url')!;
  return { rule, start, end, message, severity: 'warning', ...(fix ? { fix: { title: 'fix', automatic: true, edits: [] } } : {}) } as unknown as Finding;
}

test('diagnosticOf: the same frozen object while the finding shows the same, a new one when its range, message, severity or fix changes', () => {
  const format = new DiagnosticFormat();
  const positions = new LineIndex(text);
  const f = finding(50, 53);
  const first = format.diagnosticOf(f, positions);
  assert.ok(Object.isFrozen(first) && Object.isFrozen(first.range) && Object.isFrozen(first.range.start));
  assert.deepEqual(first, format.toDiagnostic(positionFinding(f, positions)));
  assert.equal(format.diagnosticOf(f, positions), first, 'unchanged: the same object');
  // Moved along its line (an edit before it), then to another line: new ranges.
  const changes: Array<[string, () => void]> = [
    ['moved on its line', () => ((f.start += 1), (f.end += 1))],
    ['moved to another line', () => ((f.start -= 20), (f.end -= 20))],
    ['another message', () => (f.message = 'other')],
    ['another severity', () => (f.severity = 'error')],
    ['a fix', () => (f.fix = { title: 'fix', automatic: true, edits: [] } as unknown as Finding['fix'])],
  ];
  let last = first;
  for (const [what, change] of changes) {
    change();
    const next = format.diagnosticOf(f, positions);
    assert.notEqual(next, last, what);
    assert.deepEqual(next, format.toDiagnostic(positionFinding(f, positions)), what);
    assert.equal(format.diagnosticOf(f, positions), next, `${what}, then unchanged`);
    last = next;
  }
});

test('encodeMessage: a publication reads back as JSON.stringify wrote it, and a frozen diagnostic is encoded once', () => {
  const format = new DiagnosticFormat();
  const positions = new LineIndex(text);
  const frozen = [finding(5, 11), finding(50, 53, 'naïve 😀 "quoted"\n', true)].map((f) => format.diagnosticOf(f, positions));
  const plain = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'a test log’s warning', source: 'Django Upgrade' };
  const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///tmp/a%20b/urls.py', version: 7, diagnostics: [...frozen, plain] } } as Message;
  const stringify = JSON.stringify;
  const encoded: unknown[] = [];
  JSON.stringify = ((value: unknown, ...rest: []) => {
    encoded.push(value);
    return stringify(value, ...rest);
  }) as typeof JSON.stringify;
  let first: Buffer;
  let second: Buffer;
  try {
    first = encodeMessage(message);
    const once = encoded.length;
    second = encodeMessage(message);
    assert.ok(encoded.includes(frozen[0]) && encoded.includes(frozen[1]) && encoded.includes(plain), 'the first time, each diagnostic is encoded');
    const again = encoded.slice(once);
    assert.ok(!again.includes(frozen[0]) && !again.includes(frozen[1]), 'the second time, not the frozen ones');
    assert.ok(again.includes(plain), 'a diagnostic that is not frozen is encoded each time');
  } finally {
    JSON.stringify = stringify;
  }
  for (const bytes of [first, second]) assert.deepEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(stringify(message)));
  // Without other parameters, and any other message: as JSON.stringify writes it.
  const bare = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics: frozen } } as Message;
  assert.deepEqual(JSON.parse(encodeMessage(bare).toString('utf8')), JSON.parse(stringify(bare)));
  const other = { jsonrpc: '2.0', id: 3, result: { diagnostics: frozen } } as Message;
  assert.equal(encodeMessage(other).toString('utf8'), stringify(other));
});

test('over stdio, the server sends console output to the client\'s log and exits when stdin closes', async () => {
  // Console output on stdout would break the framing; it must reach the client as log messages.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djls-console-'));
  const preload = path.join(dir, 'stray.cjs');
  fs.writeFileSync(preload, "setTimeout(() => { console.log('stray output', { n: 1 }); console.error('stray error'); }, 300);\n");
  const client = new TestClient(['server', '--stdio'], { nodeArgs: ['--require', preload] });
  try {
    await client.initialize(dir);
    await client.waitFor(() => client.logs.some((line) => line.includes('stray output { n: 1 }')) && client.logs.some((line) => line.includes('stray error')), 'console output in the log');
    const exited = new Promise<number | null>((resolve) => client.process.on('exit', (code) => resolve(code)));
    client.process.stdin!.end();
    assert.equal(await exited, 1, 'stdin closed without a shutdown request: exit code 1');
  } finally {
    client.process.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
