// Queries and edits the library rules share (private to rules/libraries/): where a library's names
// are imported and used, settings dicts such as REST_FRAMEWORK, dotted paths written as strings,
// and calls that move to a new name with one more argument.
import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { PythonRuleContext } from '../../engine/lint';
import { callArguments, indentationAt, lineEndOf, newlineOf } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { moveSymbolsEdits, splitQualifiedName } from '../python/move-symbols';
import { moduleAssignments, stringValue } from '../python/python-queries';
import { isSuperCall, methodCalls, methodsOf, subclassesOf } from '../python/arguments/queries';

export { callArguments, appendArgument, removeElement, indentationAt, addImports, newlineOf, lineStartOf, lineEndOf, deleteStatement } from '../../engine/python-edits';
export { baseExpressions, classAssignments, inheritsFrom, isSuperCall, methodCalls, methodsOf, subclassesOf, classOfMethod, enclosingFunction, importsFrom } from '../python/arguments/queries';
export { moduleAssignments, stringValue } from '../python/python-queries';
export { moveSymbolsEdits, splitQualifiedName };

/** Edits normalised (sorted, no overlap), or null when they overlap. */
export function normalizedOrNull(edits: TextEdit[]): TextEdit[] | null {
  try {
    return normalizeEdits(edits);
  } catch {
    return null;
  }
}

/** The last part of a dotted path. */
export const lastName = (qualifiedName: string): string => qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1);

/** Where the module imports `qualifiedName` (or something under it): the import entries. */
export function importSites(context: PythonRuleContext, qualifiedName: string): Node[] {
  return context.scopes.imports.filter((entry) => entry.qualifiedName === qualifiedName || entry.qualifiedName.startsWith(`${qualifiedName}.`)).map((entry) => entry.entry);
}

/**
 * The uses of `qualifiedName`: identifiers that spell its last name (a use through an alias is
 * reported at its import) and attributes (`decorators.detail_route`).
 */
export function useSites(context: PythonRuleContext, qualifiedName: string): Node[] {
  const short = lastName(qualifiedName);
  return context.scopes.referencesTo(qualifiedName).filter((r) => r.node.type !== 'identifier' || r.node.text === short).map((r) => r.node);
}

/** The node `node` is the callee of, or null. */
export function callOf(node: Node): Node | null {
  const parent = node.parent;
  if (parent?.type !== 'call') return null;
  const callee = parent.childForFieldName('function');
  return callee && callee.startIndex === node.startIndex && callee.endIndex === node.endIndex ? parent : null;
}

/** Where an argument goes in a call: first, before a keyword (else at this positional index), or last. */
export interface ArgumentPlace {
  /** The argument's text, e.g. "detail=True". */
  keyword: string;
  /** Its text when it goes in as a positional argument (`before.index`), e.g. "True". */
  positional?: string;
  at: 'first' | { keyword: string; index: number } | 'last';
}

/** The edit that adds an argument to a call (null when the call has no argument list). */
export function insertArgument(call: Node, place: ArgumentPlace): TextEdit | null {
  const { list, positional, keywords } = callArguments(call);
  if (!list) return null;
  const items = list.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  const open = list.startIndex + 1;
  if (items.length === 0) return { start: open, end: open, text: place.keyword };
  if (place.at === 'first') return { start: items[0].startIndex, end: items[0].startIndex, text: `${place.keyword}, ` };
  if (place.at !== 'last') {
    const before = keywords.get(place.at.keyword);
    if (before) return { start: before.startIndex, end: before.startIndex, text: `${place.keyword}, ` };
    const argument = positional[place.at.index];
    if (argument) return { start: argument.startIndex, end: argument.startIndex, text: `${place.positional ?? place.keyword}, ` };
  }
  // After the last argument (a trailing comma stays after it: `f(a, kw,)`).
  const last = items[items.length - 1];
  return { start: last.endIndex, end: last.endIndex, text: `, ${place.keyword}` };
}

/** A name that became another, called with one more argument (`detail_route(...)` → `action(detail=True, ...)`). */
export interface RenamedCall {
  old: string;
  replacement: string;
  argument: ArgumentPlace;
}

/**
 * Imports and uses of the old names, each with the edits that move its name (imports and uses
 * renamed, the argument added to each call). Each name moves on its own: two names that become
 * the same one (`detail_route`, `list_route` → `action`) would otherwise both be imported as it:
 * the second has no fix until the first has moved (fix-all moves it in its next pass, where the
 * new name is imported already). `edits` is
 * null for a name with a use that cannot be rewritten (not called), so that a partial rewrite never
 * leaves the old name half renamed.
 */
export function renamedCalls(context: PythonRuleContext, names: readonly RenamedCall[]): Array<{ node: Node; name: RenamedCall; edits: TextEdit[] | null }> {
  const found: Array<{ node: Node; name: RenamedCall; edits: TextEdit[] | null }> = [];
  const moving = new Set<string>();
  for (const name of names) {
    const sites = [...importSites(context, name.old), ...useSites(context, name.old)];
    if (sites.length === 0) continue;
    // A name whose replacement another name of the file moves to first waits for the next pass.
    const edits = moving.has(name.replacement) ? null : renamedCallEdits(context, name);
    moving.add(name.replacement);
    for (const node of sites) found.push({ node, name, edits });
  }
  return found.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

function renamedCallEdits(context: PythonRuleContext, name: RenamedCall): TextEdit[] | null {
  const calls: Node[] = [];
  for (const node of useSites(context, name.old)) {
    const call = callOf(node);
    if (!call) return null;
    calls.push(call);
  }
  const [newModule, newName] = splitQualifiedName(name.replacement);
  const moved = moveSymbolsEdits(context, [{ old: name.old, newModule, newName }]);
  if (!moved || moved.safety !== 'safe') return null;
  const edits = [...moved.edits];
  for (const call of calls) {
    const edit = insertArgument(call, name.argument);
    if (!edit) return null;
    edits.push(edit);
  }
  return normalizedOrNull(edits);
}

/** The dict literal assigned to a module-level settings name (`REST_FRAMEWORK = {...}`). */
export function settingsDicts(context: PythonRuleContext, name: string): Node[] {
  return moduleAssignments(context, name)
    .map((found) => found.right)
    .filter((right): right is Node => right?.type === 'dictionary');
}

/** The `"KEY": value` pairs of a dict literal whose key is a plain string, in order. */
export function stringKeyPairs(dictionary: Node): Array<{ key: string; pair: Node; keyNode: Node; value: Node | null }> {
  const found: Array<{ key: string; pair: Node; keyNode: Node; value: Node | null }> = [];
  for (const pair of dictionary.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const keyNode = pair.childForFieldName('key');
    const key = stringValue(keyNode);
    if (key !== null && keyNode) found.push({ key, pair, keyNode, value: pair.childForFieldName('value') });
  }
  return found;
}

/** String literals of the module whose value is one of the dotted paths (settings lists, `import_string()` arguments). */
export function dottedPathStrings(context: PythonRuleContext, paths: readonly string[]): Array<{ node: Node; value: string }> {
  const wanted = new Set(paths);
  const found: Array<{ node: Node; value: string }> = [];
  if (!paths.some((path) => context.text.includes(path))) return found;
  for (const node of context.tree.rootNode.descendantsOfType('string')) {
    const value = node && stringValue(node);
    if (node && value !== null && wanted.has(value)) found.push({ node, value });
  }
  return found;
}

/** The edit that writes a new value into a plain string literal, keeping its quotes and prefix. */
export function replaceStringValue(node: Node, value: string): TextEdit {
  const match = /^([rRuUbB]{0,2})('''|"""|'|")/.exec(node.text)!;
  const quote = match[2];
  return { start: node.startIndex, end: node.endIndex, text: `${match[1]}${quote}${value}${quote}` };
}

/**
 * Whether an expression is an instance of one of `classes` (dotted paths) or a class of the module
 * derived from one: a call of such a class, or a name the module assigns one to
 * (`router = DefaultRouter()` … `router.register(...)`).
 */
export function isInstanceOf(context: PythonRuleContext, expression: Node, classes: readonly string[]): boolean {
  const constructs = (call: Node | null): boolean => {
    const callee = call?.type === 'call' ? call.childForFieldName('function') : null;
    if (!callee) return false;
    const qualified = context.scopes.qualifiedNameOf(callee);
    if (qualified !== null) return classes.includes(qualified);
    if (callee.type !== 'identifier') return false;
    return subclassesOf(context, classes).some((classNode) => classNode.childForFieldName('name')?.text === callee.text);
  };
  if (expression.type === 'call') return constructs(expression);
  if (expression.type !== 'identifier') return false;
  for (const assignment of context.tree.rootNode.descendantsOfType('assignment')) {
    const left = assignment?.childForFieldName('left');
    if (left?.type === 'identifier' && left.text === expression.text && constructs(assignment!.childForFieldName('right'))) return true;
  }
  return false;
}

/**
 * Methods of subclasses of `bases` named after a renamed hook (`renames`: old → new), each with the
 * edits that rename it and its calls through `self.` / `super().` in the class. No fix when the
 * class defines the new name too.
 */
export function renamedOverrides(context: PythonRuleContext, bases: readonly string[], renames: Readonly<Record<string, string>>): Array<{ nameNode: Node; old: string; replacement: string; edits: TextEdit[] | null }> {
  const found: Array<{ nameNode: Node; old: string; replacement: string; edits: TextEdit[] | null }> = [];
  if (!Object.keys(renames).some((old) => context.text.includes(old))) return found;
  for (const classNode of subclassesOf(context, bases)) {
    for (const [old, replacement] of Object.entries(renames)) {
      for (const method of methodsOf(classNode, old)) {
        const nameNode = method.childForFieldName('name');
        if (!nameNode) continue;
        if (methodsOf(classNode, replacement).length > 0) {
          found.push({ nameNode, old, replacement, edits: null });
          continue;
        }
        const edits: TextEdit[] = [{ start: nameNode.startIndex, end: nameNode.endIndex, text: replacement }];
        for (const { call, receiver, attribute } of methodCalls(context, [old])) {
          const isSelf = (receiver.type === 'identifier' && receiver.text === 'self') || isSuperCall(receiver);
          if (isSelf && call.startIndex > classNode.startIndex && call.endIndex <= classNode.endIndex) edits.push({ start: attribute.startIndex, end: attribute.endIndex, text: replacement });
        }
        found.push({ nameNode, old, replacement, edits: normalizedOrNull(edits) });
      }
    }
  }
  return found.sort((a, b) => a.nameNode.startIndex - b.nameNode.startIndex);
}

/** A name that moved (or went away: no replacement). */
export interface MovedLibraryName {
  old: string;
  replacement?: string;
}

/**
 * Every import and use of the names, and every string that spells one of them as a dotted path
 * (settings lists such as DEFAULT_FILTER_BACKENDS), each with the edits that move it: the imports
 * and uses all together (python-edits' move), each string on its own. No edits for a name without
 * a replacement.
 */
export function movedLibraryNames(context: PythonRuleContext, names: readonly MovedLibraryName[]): Array<{ node: Node; name: MovedLibraryName; edits: TextEdit[] | null }> {
  const found: Array<{ node: Node; name: MovedLibraryName; edits: TextEdit[] | null }> = [];
  const code: Array<{ node: Node; name: MovedLibraryName }> = [];
  for (const name of names) {
    for (const node of [...importSites(context, name.old), ...useSites(context, name.old)]) code.push({ node, name });
  }
  if (code.length > 0) {
    const moves = names.filter((name) => name.replacement).map((name) => {
      const [newModule, newName] = splitQualifiedName(name.replacement!);
      return { old: name.old, newModule, newName };
    });
    const moved = moves.length ? moveSymbolsEdits(context, moves) : null;
    const edits = moved && moved.safety === 'safe' ? moved.edits : null;
    for (const { node, name } of code) found.push({ node, name, edits: name.replacement ? edits : null });
  }
  for (const { node, value } of dottedPathStrings(context, names.map((name) => name.old))) {
    const name = names.find((n) => n.old === value)!;
    found.push({ node, name, edits: name.replacement ? [replaceStringValue(node, name.replacement)] : null });
  }
  return found.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** The pairs of the module's `NAME = {...}` settings dicts whose key is one of `keys`, with their dict. */
export function settingsKeys(context: PythonRuleContext, name: string, keys: readonly string[]): Array<{ dictionary: Node; key: string; pair: Node; keyNode: Node; value: Node | null }> {
  if (!context.text.includes(name)) return [];
  return settingsDicts(context, name).flatMap((dictionary) => stringKeyPairs(dictionary).filter((found) => keys.includes(found.key)).map((found) => ({ dictionary, ...found })));
}

/** The `class Meta:` directly in a class body (the last one, as Python keeps), or null. */
export function metaClassOf(classNode: Node): Node | null {
  let meta: Node | null = null;
  for (const statement of classNode.childForFieldName('body')?.namedChildren ?? []) {
    if (statement?.type === 'class_definition' && statement.childForFieldName('name')?.text === 'Meta') meta = statement;
  }
  return meta;
}

/** The edit that adds a line after the last statement of a class body, indented as the body is. */
export function appendToClassBody(text: string, classNode: Node, line: string): TextEdit | null {
  const statements = (classNode.childForFieldName('body')?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
  if (statements.length === 0) return null;
  const first = statements[0];
  const last = statements[statements.length - 1];
  // `class Meta: model = X` on one line has no body indentation to follow.
  if (!/\n[ \t]*$/.test(text.slice(0, first.startIndex))) return null;
  const end = lineEndOf(text, last.endIndex);
  return { start: end, end, text: `${newlineOf(text)}${indentationAt(text, first.startIndex)}${line}` };
}
