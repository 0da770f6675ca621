// The fix shared by every "this name moved or was renamed" rule: rewrites the imports (keeping
// aliases), renames the uses, and drops module imports that nothing uses any more.
import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { PythonRuleContext } from '../../engine/lint';
import { addImports, isImported, NewImport, removeImportEntries, importEntries } from '../../engine/python-edits';
import type { ImportEntry } from '../../engine/python-scopes';
import type { TextEdit } from '../../engine/types';

export interface SymbolMove {
  /** The old dotted path, e.g. "django.conf.urls.url". */
  old: string;
  /** Where it lives now, e.g. "django.urls". */
  newModule: string;
  newName: string;
}

export function splitQualifiedName(qualifiedName: string): [string, string] {
  const dot = qualifiedName.lastIndexOf('.');
  return [qualifiedName.slice(0, dot), qualifiedName.slice(dot + 1)];
}

const replaceNode = (node: Node, text: string): TextEdit => ({ start: node.startIndex, end: node.endIndex, text });

/** Edits that move every use of `moves` in the file, or null when that cannot be done safely. */
export function moveSymbolsEdits(context: PythonRuleContext, moves: readonly SymbolMove[]): TextEdit[] | null {
  const { scopes, text } = context;
  const edits: TextEdit[] = [];
  const removals = new Map<number, { statement: Node; entries: Node[] }>();
  const anchored: Array<NewImport & { anchor: Node }> = [];
  const unanchored: NewImport[] = [];
  const replacedAttributeUses = new Map<ImportEntry, number>();
  const remove = (entry: ImportEntry) => {
    const slot = removals.get(entry.statement.startIndex) ?? { statement: entry.statement, entries: [] };
    if (!slot.entries.some((e) => e.startIndex === entry.entry.startIndex)) slot.entries.push(entry.entry);
    removals.set(entry.statement.startIndex, slot);
  };
  const nameIsFree = (move: SymbolMove) =>
    !scopes.isNameBound(move.newName) || isImported(scopes, move.newModule, move.newName) !== null;

  for (const move of moves) {
    const [oldModule, oldName] = splitQualifiedName(move.old);
    const sameModule = oldModule === move.newModule;
    for (const entry of scopes.imports) {
      if (entry.module === null || entry.qualifiedName !== move.old) continue;
      const alias = entry.aliasNode?.text;
      if (!alias && move.newName !== oldName) {
        if (!nameIsFree(move)) return null;
        for (const use of scopes.usesOf(entry)) edits.push(replaceNode(use.node, move.newName));
      }
      if (sameModule) {
        const nameNode = entry.aliasNode ? entry.entry.childForFieldName('name') : entry.entry;
        if (!nameNode) return null;
        if (alias === move.newName) edits.push(replaceNode(entry.entry, move.newName));
        else if (!alias && isImported(scopes, move.newModule, move.newName)) remove(entry);
        else edits.push(replaceNode(nameNode, move.newName));
      } else {
        remove(entry);
        anchored.push({ module: move.newModule, name: move.newName, alias, anchor: entry.statement });
      }
    }
    for (const reference of scopes.referencesTo(move.old)) {
      if (reference.node.type !== 'attribute') continue;
      const object = reference.node.childForFieldName('object');
      const attribute = reference.node.childForFieldName('attribute');
      if (!object || !attribute) return null;
      if (scopes.qualifiedNameOf(object) === move.newModule) {
        edits.push(replaceNode(attribute, move.newName));
        continue;
      }
      if (!nameIsFree(move)) return null;
      edits.push(replaceNode(reference.node, move.newName));
      unanchored.push({ module: move.newModule, name: move.newName });
      replacedAttributeUses.set(reference.importEntry, (replacedAttributeUses.get(reference.importEntry) ?? 0) + 1);
    }
  }
  for (const [entry, count] of replacedAttributeUses) {
    if (scopes.usesOf(entry).length === count) remove(entry);
  }
  let unanchoredUnique = unanchored.filter(
    (item, i) => unanchored.findIndex((other) => other.module === item.module && other.name === item.name) === i &&
      !anchored.some((a) => a.module === item.module && a.name === item.name && !a.alias),
  );
  for (const { statement, entries } of removals.values()) {
    const all = importEntries(statement).every((e) => entries.some((r) => r.startIndex === e.startIndex));
    let mine: NewImport[] = anchored.filter((a) => a.anchor.startIndex === statement.startIndex);
    if (all && mine.length === 0 && unanchoredUnique.length > 0) {
      // The statement goes away: the new imports take its place rather than following it.
      mine = unanchoredUnique;
      unanchoredUnique = [];
    }
    if (all && mine.length > 0) {
      edits.push(...addImports(scopes, text, mine, { anchor: statement, replaceAnchor: true, exclude: new Set(entries) }));
    } else {
      edits.push(...removeImportEntries(text, statement, entries));
      if (mine.length > 0) edits.push(...addImports(scopes, text, mine, { anchor: statement }));
    }
  }
  if (unanchoredUnique.length > 0) edits.push(...addImports(scopes, text, unanchoredUnique));
  try {
    return normalizeEdits(edits);
  } catch {
    return null;
  }
}
