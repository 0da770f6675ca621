// PythonScopes.rebase (engine/python-scopes.ts) follows an edit of whole top-level statements; what it
// answers afterwards must equal a fresh walk of the new tree. Proved on every Python corpus file and
// example with edits inside top-level functions and classes: a character typed into a name, a line
// that binds a name the module uses everywhere, a body line deleted, a use renamed to another name.
// The index of uses by name is built before each edit, so that its update (not a rebuild) is tested.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node, Tree } from 'web-tree-sitter';
import { PythonScopes } from '../../server/src/engine/python-scopes';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { corpusFiles, lspChange } from '../robustness/fuzz-support';

/** Everything the rules can ask the scopes, as text. */
function observe(scopes: PythonScopes, text: string): string {
  const names = [...new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])].sort();
  const lines: string[] = [];
  const scopeText = (offset: number) => {
    const scope = scopes.scopeAt(offset);
    return `${scope.kind}@${scope.start}-${scope.end}`;
  };
  for (const name of names) {
    const uses = scopes.usesOfName(name);
    if (uses.length || scopes.isNameBound(name)) {
      lines.push(`${name} bound=${scopes.isNameBound(name)}: ${uses.map((u) => `${u.start}>${u.binding ? `${u.binding.start}${u.binding.importEntry ? `:${u.binding.importEntry.qualifiedName}` : ''}` : '-'}|${scopeText(u.start)}`).join(' ')}`);
    }
  }
  lines.push(`references: ${scopes.references.map((r) => `${r.node.startIndex}-${r.node.endIndex}=${r.qualifiedName}`).join(' ')}`);
  lines.push(`imports: ${scopes.imports.map((e) => `${e.localName}=${e.qualifiedName}@${e.entry.startIndex}/${e.statement.startIndex}`).join(' ')}`);
  lines.push(`wildcards: ${scopes.wildcardImports.map((n) => n.startIndex).join(' ')}`);
  lines.push(`depth ${scopes.maxDepth}, reads before binding ${scopes.readsBeforeBinding()}`);
  lines.push(`exported: ${[...scopes.exportedNames].sort().join(' ')}`);
  for (const name of ['models', 'zq', 'path']) lines.push(`rename to ${name}: ${scopes.renameSafety(name, `django.db.${name}`, [], 0)}`);
  return lines.join('\n');
}

const definitions = new Set(['function_definition', 'class_definition', 'decorated_definition']);

interface Edit {
  start: number;
  end: number;
  text: string;
  what: string;
}

/** Edits inside the body of `statement` that leave it one top-level statement. */
function editsIn(statement: Node, text: string): Edit[] {
  const edits: Edit[] = [];
  const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
  const body = definition?.childForFieldName('body');
  const first = body?.namedChildren.find((n): n is Node => n !== null && n.type !== 'comment');
  if (!body || !first) return edits;
  const identifiers = body.descendantsOfType('identifier').filter((n): n is Node => n !== null);
  const middle = identifiers[identifiers.length >> 1];
  if (middle) edits.push({ start: middle.startIndex + 1, end: middle.startIndex + 1, text: 'x', what: `typing into ${middle.text}` });
  const lineStart = text.lastIndexOf('\n', first.startIndex - 1) + 1;
  const indent = text.slice(lineStart, first.startIndex);
  if (/^[ \t]+$/.test(indent)) {
    edits.push({ start: lineStart, end: lineStart, text: `${indent}models = self = _ = None\n`, what: 'binding common names' });
    edits.push({ start: lineStart, end: lineStart, text: `${indent}global zq, models\n`, what: 'a global statement' });
    const statements = body.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
    const second = statements[1];
    if (second && second.startPosition.row === second.endPosition.row) {
      const from = text.lastIndexOf('\n', second.startIndex - 1) + 1;
      edits.push({ start: from, end: second.endIndex + 1, text: '', what: `deleting ${JSON.stringify(text.slice(second.startIndex, second.endIndex))}` });
    }
  }
  // The whole statement replaced by another top-level one (rebase is not only for bodies).
  edits.push({ start: statement.startIndex, end: statement.endIndex, text: '__all__ = ["zq"]', what: 'an __all__ in place of the statement' });
  const last = identifiers[identifiers.length - 1];
  if (last && last.text !== 'self') edits.push({ start: last.startIndex, end: last.endIndex, text: 'self', what: `renaming ${last.text} to self` });
  return edits;
}

function topLevelAt(tree: Tree, start: number): Node | null {
  for (const node of tree.rootNode.children) if (node && node.startIndex === start) return node;
  return null;
}

test('PythonScopes.rebase equals a fresh walk after edits inside top-level statements', async (t) => {
  const analyzer = await getAnalyzer();
  const inputs = corpusFiles()
    .filter((file) => file.language === 'python')
    .map((file) => ({ name: file.path, text: file.text }));
  for (const rule of rules) {
    if (!rule.languages.includes('python')) continue;
    for (const example of rule.examples.invalid) inputs.push({ name: `${rule.id} example`, text: example.code });
  }
  const failures: string[] = [];
  let rebased = 0;
  for (const input of inputs) {
    const document = new IncrementalDocument('file:///rebase.py', 'python', 1, input.text, analyzer.parser('python'));
    try {
      const statements = document.getTree().rootNode.children.filter((n): n is Node => n !== null && definitions.has(n.type));
      // At most four statements per file, spread over it.
      const step = Math.max(1, Math.ceil(statements.length / 4));
      const planned = statements.filter((_, i) => i % step === 0).map((node) => ({ start: node.startIndex, end: node.endIndex, edits: editsIn(node, input.text) }));
      let version = 1;
      // Edits are applied and undone one at a time, so the planned offsets stay right.
      for (const { start, end, edits } of planned) {
        for (const edit of edits) {
          const scopes = new PythonScopes(document.getTree().copy(), document.text);
          // Every index and cache the rebase must update is built first.
          scopes.usesOfName('self');
          void scopes.exportedNames;
          scopes.renameSafety('zq', 'django.db.zq', [], 0);
          const before = document.text;
          for (const [n, change] of [edit, { start: edit.start, end: edit.start + edit.text.length, text: before.slice(edit.start, edit.end) }].entries()) {
            const delta = change.text.length - (change.end - change.start);
            const oldEnd = n === 0 ? end : end + edit.text.length - (edit.end - edit.start);
            document.update([lspChange(document.text, change)], ++version);
            const tree = document.getTree();
            document.takeChange();
            if (topLevelAt(tree, start)?.endIndex !== oldEnd + delta) {
              failures.push(`${input.name}: ${edit.what} did not keep the statement whole (test edit)`);
              break;
            }
            const old = scopes.tree;
            scopes.rebase(tree.copy(), document.text, { start, oldEnd, newEnd: oldEnd + delta });
            old.delete();
            rebased++;
            const fresh = new PythonScopes(tree, document.text);
            const expected = observe(fresh, document.text);
            const found = observe(scopes, document.text);
            if (found !== expected) {
              const a = found.split('\n');
              const b = expected.split('\n');
              failures.push(`${input.name}, ${n === 0 ? edit.what : `undoing ${edit.what}`}: rebased only ${JSON.stringify(a.filter((x) => !b.includes(x))).slice(0, 400)}; fresh only ${JSON.stringify(b.filter((x) => !a.includes(x))).slice(0, 400)}`);
              break;
            }
          }
          scopes.tree.delete();
          assert.equal(document.text, before, `${input.name}: ${edit.what} undone`);
        }
      }
    } finally {
      document.dispose();
    }
  }
  t.diagnostic(`${rebased} rebases on ${inputs.length} inputs`);
  assert.ok(rebased > 500, `rebases: ${rebased}`);
  assert.deepEqual(failures.slice(0, 20), []);
});
