// Queries and edits shared by the project configuration rules: settings assignments and the names
// they are read by, dotted-path strings, `call_command()` options, URL pattern calls and class
// bodies. Everything resolves through the import-aware scopes; strings count only when they are
// exactly the dotted path of a Django object.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { callArguments, deleteStatements, lineEndOf, lineStartOf } from '../../../engine/python-edits';
import { normalizeEdits } from '../../../engine/apply-fixes';
import type { TextEdit } from '../../../engine/types';
import { tagArguments } from '../../templates/template-queries';
import { callsTo, moduleAssignments, stringValue } from '../python-queries';

export type Assignment = ReturnType<typeof moduleAssignments>[number];

/** Sorted edits, or null when two of them overlap (a fix that cannot be made). */
export function normalizedOrNull(edits: readonly TextEdit[]): TextEdit[] | null {
  try {
    return normalizeEdits(edits);
  } catch {
    return null;
  }
}

/** The string literal a template tag starts its arguments with (`{% url "name" … %}`), and its value. */
export function firstStringArgument(tag: Node): { node: Node; value: string } | null {
  const first = tagArguments(tag)[0];
  const node = first?.type === 'filter_expression' && first.namedChildCount === 1 ? first.childForFieldName('value') : null;
  return node?.type === 'string' ? { node, value: node.text.slice(1, -1) } : null;
}

/** Parentheses around an expression do not change it. */
export function unparenthesized(node: Node | null): Node | null {
  let current = node;
  while (current?.type === 'parenthesized_expression' && current.namedChildCount === 1) current = current.firstNamedChild;
  return current;
}

/** Identifiers named `name` that are not the targets of `except` assignments (uses, `+=` targets, other targets). */
export function identifiersNamed(context: PythonRuleContext, name: string, except: readonly Node[] = []): Node[] {
  return context.tree.rootNode.descendantsOfType('identifier').filter((node): node is Node => {
    if (!node || node.text !== name) return false;
    const parent = node.parent;
    // `x.name` and `f(name=...)` are not the module-level name.
    if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === node.startIndex) return false;
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === node.startIndex) return false;
    return !except.some((e) => e.startIndex === node.startIndex);
  });
}

/** Whether the module has `from x import *` (a settings module that extends another one). */
export function starImports(context: PythonRuleContext): Node[] {
  return context.tree.rootNode.children
    .filter((n): n is Node => n !== null && n.type === 'import_from_statement' && n.descendantsOfType('wildcard_import').length > 0);
}

/** `NAME = value` directly at module level (not nested in `if`/`try`), single target, plain `=`. */
export function isPlainTopLevel(assignment: Assignment): boolean {
  return (
    assignment.assignment.type === 'assignment' &&
    assignment.statement.parent?.type === 'module' &&
    assignment.right !== null &&
    assignment.right.type !== 'assignment' &&
    !assignment.assignment.childForFieldName('type')
  );
}

/** Deletes a statement that stands alone on its lines (trailing comment included), or null. */
export function deleteWholeLines(text: string, statement: Node): TextEdit | null {
  const start = lineStartOf(text, statement.startIndex);
  const lineEnd = lineEndOf(text, statement.endIndex);
  if (!/^[ \t]*$/.test(text.slice(start, statement.startIndex))) return null;
  if (!/^[ \t]*(#.*)?$/.test(text.slice(statement.endIndex, lineEnd))) return null;
  let end = lineEnd;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n') end += 1;
  return { start, end, text: '' };
}

/**
 * A fix that deletes every assignment of a setting, or null when that could break the module: the
 * name is read elsewhere (`if NAME:`, `NAME += …`) or an assignment is not a whole statement.
 */
export function deleteSettingEdits(context: PythonRuleContext, name: string, assignments: Assignment[]): TextEdit[] | null {
  if (identifiersNamed(context, name, assignments.map((a) => a.left)).length > 0) return null;
  if (assignments.some((a) => a.assignment.type !== 'assignment' || a.right?.type === 'assignment')) return null;
  return deleteStatements(context.text, assignments.map((a) => a.statement));
}

/** The plain value of a string literal or of implicitly concatenated ones ("a" "b"); else null. */
export function literalString(node: Node | null): string | null {
  const value = unparenthesized(node);
  if (!value) return null;
  if (value.type === 'string') return stringValue(value);
  if (value.type === 'concatenated_string') {
    let result = '';
    for (const part of value.namedChildren) {
      const piece = stringValue(part);
      if (piece === null) return null;
      result += piece;
    }
    return result;
  }
  return null;
}

/** The quote a string literal opens with (after its prefix). */
export function quoteOf(node: Node): string {
  return /['"]/.exec(node.text)?.[0] ?? "'";
}

/** The quote most string literals of the module use; single quotes on a tie. */
export function preferredQuote(context: PythonRuleContext): string {
  let single = 0;
  let double = 0;
  for (const node of context.tree.rootNode.descendantsOfType('string')) {
    if (!node) continue;
    if (quoteOf(node) === '"') double++;
    else single++;
  }
  return double > single ? '"' : "'";
}

/** A Python literal for a plain string (no quotes, backslashes or control characters), or null. */
export function quoted(value: string, quote: string): string | null {
  return /^[^'"\\\x00-\x1f\x7f]*$/.test(value) ? `${quote}${value}${quote}` : null;
}

/** Replaces the text of a simple string literal, keeping its prefix and quotes. */
export function replaceStringContent(node: Node, value: string): TextEdit | null {
  if (node.type !== 'string' || stringValue(node) === null) return null;
  const content = node.descendantsOfType('string_content')[0];
  if (content) return { start: content.startIndex, end: content.endIndex, text: value };
  const end = node.descendantsOfType('string_end')[0];
  return end ? { start: end.startIndex, end: end.startIndex, text: value } : null;
}

/** String literals of the module whose value is one of `values`, outside docstrings. */
export function stringsEqualTo(context: PythonRuleContext, values: readonly string[]): Array<{ node: Node; value: string }> {
  return stringUses(context).filter(({ value }) => values.includes(value));
}

/** Every string literal of the file that is a use (not a docstring, not part of a concatenation), read once per file. */
const stringUseIndexes = new WeakMap<object, Array<{ node: Node; value: string }>>();

function stringUses(context: PythonRuleContext): Array<{ node: Node; value: string }> {
  let found = stringUseIndexes.get(context.scopes);
  if (!found) {
    found = [];
    for (const node of context.tree.rootNode.descendantsOfType('string')) {
      if (!node) continue;
      const parentType = node.parent?.type;
      if (parentType === 'concatenated_string' || parentType === 'expression_statement') continue; // a docstring or a bare string is not a use
      const value = stringValue(node);
      if (value !== null) found.push({ node, value });
    }
    stringUseIndexes.set(context.scopes, found);
  }
  return found;
}

/** `key: value` pairs of a dict literal, by their string key. */
export function dictPairs(dict: Node | null): Map<string, { pair: Node; key: Node; value: Node }> {
  const pairs = new Map<string, { pair: Node; key: Node; value: Node }>();
  const node = unparenthesized(dict);
  if (node?.type !== 'dictionary') return pairs;
  for (const pair of node.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const key = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    const name = literalString(key);
    if (key && value && name !== null) pairs.set(name, { pair, key, value });
  }
  return pairs;
}

/** Elements of a list/tuple/set literal, comments left out. */
export function elementsOf(container: Node): Node[] {
  return container.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
}

export interface CommandCall {
  call: Node;
  list: Node;
  /** The command name argument. */
  name: Node;
  positional: Node[];
  keywords: Map<string, Node>;
}

/** `call_command("name", ...)` calls (resolved to `django.core.management.call_command`). */
export function callCommandCalls(context: PythonRuleContext, command: string): CommandCall[] {
  const found: CommandCall[] = [];
  for (const { call } of callsTo(context, ['django.core.management.call_command'])) {
    const { list, positional, keywords } = callArguments(call);
    if (!list || positional.length === 0 || stringValue(positional[0]) !== command) continue;
    found.push({ call, list, name: positional[0], positional: positional.slice(1), keywords });
  }
  return found;
}

/** The URL pattern functions a view or a regex is given to. */
export const urlFunctions = ['django.conf.urls.url', 'django.urls.re_path', 'django.urls.conf.re_path', 'django.urls.path', 'django.urls.conf.path'];

/** Calls of `url()`, `re_path()` and `path()`. */
export function urlPatternCalls(context: PythonRuleContext, functions: readonly string[] = urlFunctions) {
  return callsTo(context, functions).map(({ call, callee, qualifiedName }) => ({ call, callee, qualifiedName, ...callArguments(call) }));
}

/** Calls of `include()` (`django.conf.urls.include` and `django.urls.include`). */
export function includeCalls(context: PythonRuleContext) {
  return callsTo(context, ['django.conf.urls.include', 'django.urls.include', 'django.urls.conf.include']).map(({ call, callee }) => ({ call, callee, ...callArguments(call) }));
}

/** The statements of a class body, comments left out. */
export function classBody(classNode: Node): Node[] {
  return (classNode.childForFieldName('body')?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
}

/** Methods defined directly in a class body (decorated ones included), by name. */
export function methodsOf(classNode: Node): Map<string, Node> {
  const methods = new Map<string, Node>();
  for (const statement of classBody(classNode)) {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type === 'function_definition') {
      const name = definition.childForFieldName('name')?.text;
      if (name) methods.set(name, definition);
    }
  }
  return methods;
}

/** Inner `class Meta:` of a class body. */
export function metaClassOf(classNode: Node): Node | null {
  return classBody(classNode).find((s) => s.type === 'class_definition' && s.childForFieldName('name')?.text === 'Meta') ?? null;
}

/** Base class expressions of a class (keyword arguments such as `metaclass=` left out). */
export function basesOf(classNode: Node): Node[] {
  return (classNode.childForFieldName('superclasses')?.namedChildren ?? [])
    .filter((n): n is Node => n !== null && n.type !== 'keyword_argument' && n.type !== 'comment');
}

/** Whether a class derives (directly or through classes of this file) from one of the Django classes. */
export function derivesFrom(context: PythonRuleContext, classNode: Node, qualifiedNames: readonly string[], seen = new Set<number>()): boolean {
  if (seen.has(classNode.startIndex)) return false;
  seen.add(classNode.startIndex);
  for (const base of basesOf(classNode)) {
    const name = context.scopes.qualifiedNameOf(base);
    if (name && qualifiedNames.includes(name)) return true;
    if (!name && base.type === 'identifier') {
      const local = context.tree.rootNode.descendantsOfType('class_definition')
        .find((c) => c !== null && c.childForFieldName('name')?.text === base.text && c.startIndex < classNode.startIndex);
      if (local && derivesFrom(context, local, qualifiedNames, seen)) return true;
    }
  }
  return false;
}
