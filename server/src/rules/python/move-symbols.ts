// The fix shared by every "this name moved or was renamed" rule: rewrites the imports (keeping
// aliases), renames the uses, and drops module imports that nothing uses any more.
import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { PythonRuleContext } from '../../engine/lint';
import { addImports, indentationAt, isImported, lineStartOf, newlineOf, NewImport, removeImportEntries, importEntries } from '../../engine/python-edits';
import type { ImportEntry } from '../../engine/python-scopes';
import type { FixSafety, TextEdit } from '../../engine/types';

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

export interface MoveOptions {
  /**
   * "django-upgrade": a name imported with `from old import name` moves to a new
   * `from new import name` line written just before that statement (never joined to another
   * statement), the way django-upgrade writes it, so both tools produce the same code.
   */
  style?: 'default' | 'django-upgrade';
  /** With the django-upgrade style: sort the names of each new line (its `update_import_modules`). */
  sortNames?: boolean;
}

export interface MoveEdits {
  edits: TextEdit[];
  /** "unsafe" when a wildcard import may bind a renamed name again. */
  safety: FixSafety;
}

/**
 * Edits that move every use of `moves` in the file, or null when that cannot be done safely. An
 * import whose name must stay (`keepsLocalName`: exported, or bound again by a compatibility
 * fallback), or whose new name would not mean the new import at every use (`renameSafety`),
 * imports the new name under the old one (`from django.utils.encoding import force_str as
 * force_text`), so that its uses, its importers and its fallback keep working.
 */
export function moveSymbolsEdits(context: PythonRuleContext, moves: readonly SymbolMove[], options: MoveOptions = {}): MoveEdits | null {
  const { scopes, text } = context;
  const edits: TextEdit[] = [];
  const removals = new Map<number, { statement: Node; entries: Node[] }>();
  const anchored: Array<NewImport & { anchor: Node; at: number }> = [];
  const unanchored: NewImport[] = [];
  const replacedAttributeUses = new Map<ImportEntry, number>();
  const unanchoredSites: Node[] = [];
  let safety: FixSafety = 'safe';
  const remove = (entry: ImportEntry) => {
    const slot = removals.get(entry.statement.startIndex) ?? { statement: entry.statement, entries: [] };
    if (!slot.entries.some((e) => e.startIndex === entry.entry.startIndex)) slot.entries.push(entry.entry);
    removals.set(entry.statement.startIndex, slot);
  };
  /** Whether `move.newName` can replace the uses at `sites`, a new import of it going at `bindAt`. */
  const renameable = (move: SymbolMove, sites: readonly Node[], bindAt: number) => {
    const verdict = scopes.renameSafety(move.newName, `${move.newModule}.${move.newName}`, sites, bindAt);
    if (verdict === 'unsafe') safety = 'unsafe';
    return verdict !== null;
  };

  for (const move of moves) {
    const [oldModule, oldName] = splitQualifiedName(move.old);
    const sameModule = oldModule === move.newModule;
    for (const entry of scopes.imports) {
      if (entry.module === null || entry.qualifiedName !== move.old) continue;
      const renamed = !entry.aliasNode && move.newName !== oldName;
      const uses = renamed ? scopes.usesOf(entry).map((use) => use.node) : [];
      // Where the new name cannot mean the import at every use (a parameter, a wildcard import…),
      // the old name stays, as an alias of the new one.
      const keep = renamed && (scopes.keepsLocalName(entry) || scopes.renameSafety(move.newName, `${move.newModule}.${move.newName}`, uses, entry.statement.startIndex) !== 'safe');
      const alias = entry.aliasNode?.text ?? (keep ? oldName : undefined);
      if (renamed && !keep) for (const use of uses) edits.push(replaceNode(use, move.newName));
      if (sameModule) {
        const nameNode = entry.aliasNode ? entry.entry.childForFieldName('name') : entry.entry;
        if (!nameNode) return null;
        if (alias === move.newName) edits.push(replaceNode(entry.entry, move.newName));
        else if (!alias && isImported(scopes, move.newModule, move.newName)) remove(entry);
        else if (keep) edits.push(replaceNode(entry.entry, `${move.newName} as ${oldName}`));
        else edits.push(replaceNode(nameNode, move.newName));
      } else {
        remove(entry);
        anchored.push({ module: move.newModule, name: move.newName, alias, anchor: entry.statement, at: entry.entry.startIndex });
      }
    }
    const replaced: Node[] = [];
    for (const reference of scopes.referencesTo(move.old)) {
      if (reference.node.type !== 'attribute') continue;
      const object = reference.node.childForFieldName('object');
      const attribute = reference.node.childForFieldName('attribute');
      if (!object || !attribute) return null;
      if (scopes.qualifiedNameOf(object) === move.newModule) {
        edits.push(replaceNode(attribute, move.newName));
        continue;
      }
      replaced.push(reference.node);
      edits.push(replaceNode(reference.node, move.newName));
      unanchored.push({ module: move.newModule, name: move.newName });
      replacedAttributeUses.set(reference.importEntry, (replacedAttributeUses.get(reference.importEntry) ?? 0) + 1);
    }
    if (replaced.length > 0 && !renameable(move, replaced, Math.min(...replaced.map((n) => n.startIndex)))) return null;
    unanchoredSites.push(...replaced);
  }
  for (const [entry, count] of replacedAttributeUses) {
    if (scopes.usesOf(entry).length === count && !scopes.keepsLocalName(entry)) remove(entry);
  }
  let unanchoredUnique = unanchored.filter(
    (item, i) => unanchored.findIndex((other) => other.module === item.module && other.name === item.name) === i &&
      !anchored.some((a) => a.module === item.module && a.name === item.name && !a.alias),
  );
  // A new import goes before the first use it serves: module-level code reads it at import.
  const firstUse = Math.min(...unanchoredSites.map((n) => n.startIndex));
  for (const { statement, entries } of removals.values()) {
    const all = importEntries(statement).every((e) => entries.some((r) => r.startIndex === e.startIndex));
    let mine: NewImport[] = anchored.filter((a) => a.anchor.startIndex === statement.startIndex);
    if (options.style === 'django-upgrade') mine = (mine as typeof anchored).sort((a, b) => a.at - b.at);
    if (options.style === 'django-upgrade' && mine.length > 0) {
      edits.push(...importBefore(context, statement, all ? [] : entries, mine, options.sortNames ?? false));
      continue;
    }
    if (all && mine.length === 0 && unanchoredUnique.length > 0 && statement.startIndex <= firstUse) {
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
  if (unanchoredUnique.length > 0) edits.push(...addImports(scopes, text, unanchoredUnique, { before: firstUse }));
  try {
    return { edits: normalizeEdits(edits), safety };
  } catch {
    return null;
  }
}

/**
 * `from new import …` lines written before `statement`, whose `remove` entries go away (all of
 * them when `remove` is empty: the new lines then replace the statement, keeping its comment).
 */
function importBefore(context: PythonRuleContext, statement: Node, remove: Node[], items: NewImport[], sortNames: boolean): TextEdit[] {
  const { scopes, text } = context;
  const byModule = new Map<string, string[]>();
  for (const item of items) {
    if (isImported(scopes, item.module, item.name) && (!item.alias || item.alias === item.name)) continue;
    const piece = item.alias && item.alias !== item.name ? `${item.name} as ${item.alias}` : item.name;
    const names = byModule.get(item.module) ?? [];
    if (!names.includes(piece)) names.push(piece);
    byModule.set(item.module, names);
  }
  const lines = [...byModule].map(([module, names]) => `from ${module} import ${(sortNames ? [...names].sort() : names).join(', ')}`);
  return linesBeforeImport(text, statement, remove, lines);
}

/**
 * Writes `lines` (import statements) just before `statement`, from which the `remove` entries go
 * (every entry when `remove` is empty: the lines then replace the statement, keeping its comment).
 */
export function linesBeforeImport(text: string, statement: Node, remove: Node[], lines: string[]): TextEdit[] {
  const newline = newlineOf(text);
  const indent = indentationAt(text, statement.startIndex);
  if (importEntries(statement).every((entry) => remove.some((r) => r.startIndex === entry.startIndex))) remove = [];
  if (remove.length === 0) {
    if (lines.length === 0) return removeImportEntries(text, statement, importEntries(statement));
    return [{ start: statement.startIndex, end: statement.endIndex, text: lines.join(newline + indent) }];
  }
  const start = lineStartOf(text, statement.startIndex);
  return [
    ...removeImportEntries(text, statement, remove),
    ...(lines.length ? [{ start, end: start, text: lines.map((line) => indent + line + newline).join('') }] : []),
  ];
}
