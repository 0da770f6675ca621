// `importBindings` (engine/python-queries.ts) reads the imports from the import statements alone,
// so that `mayNameAny` and `importsMayName` can say "nothing here can resolve to it" without the
// scopes' walk of the whole tree. That is sound only if it reads exactly what the scopes read:
// this test compares both on every frozen input and every Python example, and wants null (the
// scopes are asked) for a tree with syntax errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PythonRuleContext } from '../../server/src/engine/lint';
import { importBindings } from '../../server/src/engine/python-queries';
import { PythonScopes } from '../../server/src/engine/python-scopes';
import { TokenIndex } from '../../server/src/engine/tokens';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { readInputs } from './baseline';

test('importBindings reads what the scopes read, on every frozen input and Python example', async () => {
  const analyzer = await getAnalyzer();
  const texts = readInputs().filter((input) => input.path.endsWith('.py')).map((input) => ({ id: input.id, text: input.text }));
  for (const rule of rules) {
    if (!rule.languages.includes('python')) continue;
    [...rule.examples.valid, ...rule.examples.invalid].forEach((example, i) => texts.push({ id: `${rule.id} example #${i + 1}`, text: example.code }));
  }
  texts.push({ id: 'nested and aliased', text: 'import a.b.c\nimport a.b as ab, os\nfrom .. import x\nfrom .m import (y as z,\n    w)\ndef f():\n    from django.db import backend as b\n    class C:\n        import django.conf.urls\n' });
  let compared = 0;
  let withErrors = 0;
  for (const { id, text } of texts) {
    const tree = analyzer.parse('python', text);
    try {
      const context = { tree, text, tokens: new TokenIndex(text), memo: <T>(_key: unknown, compute: () => T) => compute() } as unknown as PythonRuleContext;
      const read = importBindings(context);
      if (tree.rootNode.hasError) {
        assert.equal(read, null, `${id}: a tree with errors leaves it to the scopes`);
        withErrors++;
        continue;
      }
      const scopes = new PythonScopes(tree, text);
      const expected = scopes.imports.map((e) => `${e.localName}: ${e.qualifiedName} → ${e.boundQualifiedName}`).sort();
      assert.deepEqual(read?.map((b) => `${b.localName}: ${b.qualifiedName} → ${b.boundQualifiedName}`).sort(), expected, id);
      compared++;
    } finally {
      tree.delete();
    }
  }
  assert.ok(compared > 1000 && withErrors > 0, `${compared} compared, ${withErrors} with errors`);
});
