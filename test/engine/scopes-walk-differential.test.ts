// The scopes' walk on tree-sitter's wasm functions (parsing/tree-sitter-module.ts) must build exactly
// what the walk on web-tree-sitter's TreeCursor built (scopes-before/, a copy of python-scopes.ts as
// it was): every scope, binding, identifier use, import, wildcard import and depth, on every Python
// corpus file, every example and the bench's generated modules. SCOPES_DIFF_DIRS=dir:dir… adds the
// .py files of those folders (a one-off proof on Django's own source).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TreeCursor } from 'web-tree-sitter';
import { PythonScopes } from '../../server/src/engine/python-scopes';
import { cursorAt } from '../../server/src/parsing/tree-sitter-module';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { corpusFiles } from '../robustness/fuzz-support';
import { PythonScopesBefore } from './scopes-before/python-scopes-before';

interface Inside {
  scopes: Array<{ kind: string; start: number; end: number; parent: unknown; bindings: Map<string, Array<{ name: string; start: number; importEntry: { qualifiedName: string } | null }>> }>;
  identifierRefs: Array<{ start: number; end: number; name: string; scope: unknown }>;
  imports: Array<{ module: string | null; importedName: string; localName: string; boundQualifiedName: string; qualifiedName: string; scope: unknown }>;
  importSpans: Map<unknown, unknown>;
  wildcardSpans: unknown;
  topDepths: unknown;
  maxDepth: number;
}

/** Everything a walk builds, as text (scopes by their index in the walk's order). */
function built(scopes: PythonScopes | PythonScopesBefore): string {
  const inside = scopes as unknown as Inside;
  const index = new Map(inside.scopes.map((scope, i) => [scope, i]));
  const lines: string[] = [`depth ${inside.maxDepth} ${JSON.stringify(inside.topDepths)}`, `wildcards ${JSON.stringify(inside.wildcardSpans)}`];
  for (const scope of inside.scopes) {
    const bindings = [...scope.bindings].map(([name, list]) => `${name}=${list.map((b) => `${b.start}${b.importEntry ? `:${b.importEntry.qualifiedName}` : ''}`).join(',')}`);
    lines.push(`scope ${scope.kind} ${scope.start}-${scope.end} in ${index.get(scope.parent as never) ?? '-'}: ${bindings.join(' ')}`);
  }
  for (const ref of inside.identifierRefs) lines.push(`use ${ref.name} ${ref.start}-${ref.end} in ${index.get(ref.scope as never)}`);
  for (const entry of inside.imports) {
    lines.push(`import ${entry.localName}=${entry.boundQualifiedName} (${entry.module} ${entry.importedName} ${entry.qualifiedName}) in ${index.get(entry.scope as never)} ${JSON.stringify(inside.importSpans.get(entry))}`);
  }
  return lines.join('\n');
}

function pythonFilesIn(folder: string, out: string[]): void {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) pythonFilesIn(full, out);
    else if (entry.name.endsWith('.py')) out.push(full);
  }
}

test('the scopes walk on wasm functions builds what the TreeCursor walk built', async (t) => {
  const analyzer = await getAnalyzer();
  const parser = analyzer.parser('python');
  const inputs = corpusFiles()
    .filter((file) => file.language === 'python')
    .map((file) => ({ name: file.path, text: file.text }));
  for (const rule of rules) {
    if (!rule.languages.includes('python')) continue;
    for (const [i, example] of [...rule.examples.invalid, ...rule.examples.valid].entries()) inputs.push({ name: `${rule.id} example ${i}`, text: example.code });
  }
  const bench = await import(path.join(__dirname, '..', '..', 'bench', 'run.mjs'));
  inputs.push({ name: 'generated 5,000 lines', text: bench.pythonModule(5000, 1001, 'catalog/views.py') });
  for (const folder of (process.env.SCOPES_DIFF_DIRS ?? '').split(':').filter(Boolean)) {
    const files: string[] = [];
    pythonFilesIn(folder, files);
    for (const file of files) inputs.push({ name: file, text: fs.readFileSync(file, 'utf8') });
  }
  const failures: string[] = [];
  for (const input of inputs) {
    const tree = parser.parse(input.text);
    if (!tree) continue;
    try {
      const cursor = cursorAt(tree.rootNode);
      const fast = !(cursor instanceof TreeCursor);
      cursor.delete();
      assert.ok(fast, 'the fast cursor is used');
      const expected = built(new PythonScopesBefore(tree, input.text));
      const found = built(new PythonScopes(tree, input.text));
      if (found !== expected) {
        const a = found.split('\n');
        const b = expected.split('\n');
        failures.push(`${input.name}: new only ${JSON.stringify(a.filter((x) => !b.includes(x))).slice(0, 300)}; before only ${JSON.stringify(b.filter((x) => !a.includes(x))).slice(0, 300)}`);
      }
    } finally {
      tree.delete();
    }
  }
  t.diagnostic(`${inputs.length} inputs`);
  assert.ok(inputs.length > 500, `inputs: ${inputs.length}`);
  assert.deepEqual(failures.slice(0, 20), []);
});
