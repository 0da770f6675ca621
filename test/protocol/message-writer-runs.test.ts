// The stdio writer (language-server/message-writer.ts) copies the runs of diagnostics that a
// document's publication shares with its last one (the same frozen objects, in the same order, at
// either end) from the last publication's bytes. Every publication must still read back as what
// JSON.stringify writes: random sequences of publications that keep, drop, insert, replace and
// reorder diagnostics (frozen or not), for one document and between two.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from 'vscode-jsonrpc';
import { encodeMessage } from '../../server/src/language-server/message-writer';

function diagnostic(n: number, frozen: boolean): object {
  const value = { range: { start: { line: n, character: n % 7 }, end: { line: n, character: 9 } }, severity: 1 + (n % 3), code: `rule-${n % 5}`, message: `finding ${n}: naïve “quotes” 😀 ${'x'.repeat(n % 11)}`, data: { fixable: n % 2 === 0 } };
  return frozen ? Object.freeze(value) : value;
}

test('publications that share runs of diagnostics with the last one read back as JSON.stringify wrote them', () => {
  let state = 7;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  let next = 0;
  const fresh = () => diagnostic(next++, random(6) !== 0);
  const lists = new Map<string, object[]>([
    ['file:///a.py', Array.from({ length: 30 }, fresh)],
    ['file:///b.py', Array.from({ length: 5 }, fresh)],
  ]);
  for (let round = 0; round < 3000; round++) {
    const uri = random(5) === 0 ? 'file:///b.py' : 'file:///a.py';
    let list = lists.get(uri)!.slice();
    switch (random(7)) {
      case 0: // a diagnostic replaced (its finding moved or changed)
        if (list.length) list[random(list.length)] = fresh();
        break;
      case 1: // one inserted
        list.splice(random(list.length + 1), 0, fresh());
        break;
      case 2: // some removed
        list.splice(random(list.length + 1), random(4));
        break;
      case 3: // two swapped
        if (list.length > 1) {
          const i = random(list.length);
          const j = random(list.length);
          [list[i], list[j]] = [list[j], list[i]];
        }
        break;
      case 4: // all gone, or all new
        list = random(2) ? [] : Array.from({ length: random(12) }, fresh);
        break;
      default: // the same objects again (a keystroke that moved nothing)
    }
    lists.set(uri, list);
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: round, diagnostics: list } } as Message;
    assert.equal(encodeMessage(message).toString('utf8'), JSON.stringify(message), `round ${round}`);
  }
});
