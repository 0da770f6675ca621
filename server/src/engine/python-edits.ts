// Edit builders for fixes: removing and adding imports and statements while keeping the
// surrounding formatting, aliases and comments; moving names to their new modules; replacing
// nodes and strings. The questions they need answered come from python-queries.ts.
import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from './apply-fixes';
import type { PythonRuleContext } from './lint';
import type { ImportEntry, PythonScopes } from './python-scopes';
import { identifiersNamed, splitQualifiedName, stringValue, type Assignment, type Parameter } from './python-queries';
import type { FixSafety, TextEdit } from './types';

/** Replaces a node's text. */
export const replaceNode = (node: Node, text: string): TextEdit => ({ start: node.startIndex, end: node.endIndex, text });

/** Sorted edits, or null when two of them overlap (a fix that cannot be made). */
export function normalizedOrNull(edits: readonly TextEdit[]): TextEdit[] | null {
  try {
    return normalizeEdits(edits);
  } catch {
    return null;
  }
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** The newline sequence the file uses ("\r\n" or "\n"). */
export function newlineOf(text: string): string {
  const index = text.indexOf('\n');
  return index > 0 && text[index - 1] === '\r' ? '\r\n' : '\n';
}

export function indentationAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/** Deletes a whole statement: its lines when it stands alone on them, or `pass` if its block would be empty. */
export function deleteStatement(text: string, statement: Node): TextEdit {
  return deleteStatements(text, [statement])[0];
}

/**
 * The text to delete for one statement of a line it shares with others (`a; b`): with the `;` that
 * follows it and the blanks after that, so the next statement starts where it started (never with
 * a leading blank, an `IndentationError`); the last one of a line with the `;` before it.
 */
function statementRange(text: string, statement: Node): [number, number] {
  const after = /^[ \t]*;[ \t]*/.exec(text.slice(statement.endIndex, lineEndOf(text, statement.endIndex)));
  if (after) return [statement.startIndex, statement.endIndex + after[0].length];
  const before = /[ \t]*;[ \t]*$/.exec(text.slice(lineStartOf(text, statement.startIndex), statement.startIndex));
  if (before) return [statement.startIndex - before[0].length, statement.endIndex];
  return [statement.startIndex, statement.endIndex];
}

/**
 * Deletes statements: a line they leave empty (but for a comment) goes whole; a statement sharing its line with others
 * goes with its `;`; a block they would leave empty keeps a `pass`.
 */
export function deleteStatements(text: string, statements: readonly Node[]): TextEdit[] {
  const gone = new Set(statements.map((s) => s.startIndex));
  const kept: Node[] = [];
  for (const statement of statements) {
    const block = statement.parent;
    if (block?.type !== 'block') continue;
    const siblings = block.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
    const first = siblings[0];
    if (siblings.every((s) => gone.has(s.startIndex)) && first.startIndex === statement.startIndex) kept.push(statement);
  }
  const ranges = statements
    .filter((s) => !kept.includes(s))
    .map((s) => statementRange(text, s))
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const edits: TextEdit[] = kept.map((s) => ({ start: s.startIndex, end: s.endIndex, text: 'pass' }));
  for (const [start, end] of merged) {
    const lineStart = lineStartOf(text, start);
    const lineEnd = lineEndOf(text, end);
    // A comment after the statements of a line goes with the line: left alone it would stay
    // behind, indented, as an orphan (`SETTING = True  # opt in` → `  # opt in`).
    if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t;]*(#.*)?$/.test(text.slice(end, lineEnd))) {
      let through = lineEnd;
      if (text.startsWith('\r\n', through)) through += 2;
      else if (text[through] === '\n' || text[through] === '\r') through += 1;
      edits.push({ start: lineStart, end: through, text: '' });
    } else {
      edits.push({ start, end, text: '' });
    }
  }
  return edits;
}

/** The entries of an import statement in order. */
export function importEntries(statement: Node): Node[] {
  return statement.childrenForFieldName('name').filter((n): n is Node => n !== null);
}

/**
 * Removes some entries of one import statement; the whole statement when none is left.
 * Keeps the separators of the entries that stay.
 */
export function removeImportEntries(text: string, statement: Node, remove: Node[]): TextEdit[] {
  const entries = importEntries(statement);
  const removed = new Set(remove.map((node) => node.startIndex));
  const keep = entries.filter((entry) => !removed.has(entry.startIndex));
  if (keep.length === 0) return [deleteStatement(text, statement)];
  const edits: TextEdit[] = [];
  const parenthesized = /\bimport\s*\(/.test(text.slice(statement.startIndex, entries[0].startIndex));
  let i = 0;
  while (i < entries.length) {
    if (!removed.has(entries[i].startIndex)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < entries.length && removed.has(entries[j + 1].startIndex)) j++;
    const lines = parenthesized ? wholeEntryLines(text, entries[i], entries[j]) : null;
    if (lines) {
      // Entries on lines of their own go with their lines (and their own comments); a comment on
      // another line, such as the `# noqa` of the entry before, stays.
      edits.push(lines);
    } else if (j + 1 < entries.length) {
      edits.push({ start: entries[i].startIndex, end: entries[j + 1].startIndex, text: '' });
    } else {
      edits.push({ start: entries[i - 1].endIndex, end: entries[j].endIndex, text: '' });
    }
    i = j + 1;
  }
  return edits;
}

/**
 * The lines from `first` to `last` of a parenthesized import, when they hold only those entries,
 * their commas and a comment after the last one; else null.
 */
function wholeEntryLines(text: string, first: Node, last: Node): TextEdit | null {
  const start = lineStartOf(text, first.startIndex);
  const lineEnd = lineEndOf(text, last.endIndex);
  if (!/^[ \t]*$/.test(text.slice(start, first.startIndex)) || !/^[ \t]*,?[ \t]*(#.*)?$/.test(text.slice(last.endIndex, lineEnd))) return null;
  let end = lineEnd;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  return { start, end, text: '' };
}

export interface NewImport {
  module: string;
  name: string;
  alias?: string;
}

export function importText(item: NewImport): string {
  return `from ${item.module} import ${item.name}${item.alias && item.alias !== item.name ? ` as ${item.alias}` : ''}`;
}

/** The last top-level import statement that ends before `before` (after which new imports go), or null. */
function lastTopLevelImport(scopes: PythonScopes, before = Infinity): Node | null {
  let last: Node | null = null;
  for (const entry of scopes.imports) {
    if (entry.scope === scopes.moduleScope && entry.statement.parent?.type === 'module' && entry.statement.endIndex <= before) {
      if (!last || entry.statement.startIndex > last.startIndex) last = entry.statement;
    }
  }
  return last;
}

/** Where a new top-level import goes when there is no import to follow: after the docstring. */
function topInsertionOffset(scopes: PythonScopes, text: string): number {
  const root = scopes.tree.rootNode;
  let offset = 0;
  for (const child of root.namedChildren) {
    if (!child) continue;
    const isDocstring = child.type === 'expression_statement' && child.firstNamedChild?.type === 'string' && offset === 0;
    if (isDocstring || child.type === 'future_import_statement' || child.type === 'comment') {
      offset = lineEndOf(text, child.endIndex);
      if (text.startsWith('\r\n', offset)) offset += 2;
      else if (text[offset] === '\n') offset += 1;
      continue;
    }
    break;
  }
  return offset;
}

/** An existing top-level `from module import …` statement, before `before`, that new names can join. */
export function fromImportOf(scopes: PythonScopes, module: string, except: ReadonlySet<Node> = new Set(), before = Infinity): Node | null {
  for (const entry of scopes.imports) {
    if (entry.module === module && entry.scope === scopes.moduleScope && entry.statement.endIndex <= before && ![...except].some((n) => n.startIndex === entry.statement.startIndex)) {
      return entry.statement;
    }
  }
  return null;
}

/** Whether `name` (unaliased) is already imported from `module` at module level. */
export function isImported(scopes: PythonScopes, module: string, name: string): ImportEntry | null {
  return (
    scopes.imports.find(
      (entry) => entry.module === module && entry.importedName === name && entry.localName === name && entry.scope === scopes.moduleScope,
    ) ?? null
  );
}

/**
 * Edits that add `from module import name [as alias]` imports: joined to an existing statement of
 * the same module, or as new lines after `anchor` (or after the module's imports). `before`: the
 * first use of the new names; without an anchor the imports go before it (module-level code reads
 * them at import, so an import after the use would be a `NameError`).
 */
export function addImports(
  scopes: PythonScopes,
  text: string,
  items: NewImport[],
  options: { anchor?: Node | null; replaceAnchor?: boolean; exclude?: ReadonlySet<Node>; before?: number } = {},
): TextEdit[] {
  const edits: TextEdit[] = [];
  const newline = newlineOf(text);
  const fresh: NewImport[] = [];
  const joined = new Map<number, { statement: Node; names: string[] }>();
  for (const item of items) {
    const local = item.alias ?? item.name;
    if (scopes.imports.some((e) => e.module === item.module && e.importedName === item.name && e.localName === local && e.scope === scopes.moduleScope && !options.exclude?.has(e.entry))) {
      continue;
    }
    const existing = fromImportOf(scopes, item.module, new Set(), options.anchor ? Infinity : options.before);
    if (existing && existing.descendantsOfType('wildcard_import').length === 0 && !(options.replaceAnchor && options.anchor && existing.startIndex === options.anchor.startIndex)) {
      const slot = joined.get(existing.startIndex) ?? { statement: existing, names: [] };
      const piece = item.alias && item.alias !== item.name ? `${item.name} as ${item.alias}` : item.name;
      if (!slot.names.includes(piece)) slot.names.push(piece);
      joined.set(existing.startIndex, slot);
    } else if (!fresh.some((f) => f.module === item.module && f.name === item.name && f.alias === item.alias)) {
      fresh.push(item);
    }
  }
  for (const { statement, names } of joined.values()) {
    const entries = importEntries(statement);
    const last = entries[entries.length - 1];
    edits.push({ start: last.endIndex, end: last.endIndex, text: `, ${names.join(', ')}` });
  }
  if (fresh.length === 0 && options.replaceAnchor && options.anchor) {
    // Every name joined another statement: the anchor goes away.
    edits.push(deleteStatement(text, options.anchor));
  }
  if (fresh.length > 0) {
    const byModule = new Map<string, string[]>();
    for (const item of fresh) {
      const piece = item.alias && item.alias !== item.name ? `${item.name} as ${item.alias}` : item.name;
      byModule.set(item.module, [...(byModule.get(item.module) ?? []), piece]);
    }
    const anchor = options.anchor ?? null;
    const indent = anchor ? indentationAt(text, anchor.startIndex) : '';
    const lines = [...byModule].map(([module, names]) => `from ${module} import ${names.join(', ')}`);
    if (anchor && options.replaceAnchor) {
      edits.push({ start: anchor.startIndex, end: anchor.endIndex, text: lines.join(newline + indent) });
    } else if (anchor) {
      const end = lineEndOf(text, anchor.endIndex);
      edits.push({ start: end, end, text: lines.map((line) => newline + indent + line).join('') });
    } else {
      const last = lastTopLevelImport(scopes, options.before);
      if (last) {
        const end = lineEndOf(text, last.endIndex);
        edits.push({ start: end, end, text: lines.map((line) => newline + line).join('') });
      } else {
        const offset = topInsertionOffset(scopes, text);
        const needsNewline = offset === text.length && text.length > 0 && !text.endsWith('\n');
        edits.push({ start: offset, end: offset, text: (needsNewline ? newline : '') + lines.map((line) => line + newline).join('') });
      }
    }
  }
  return edits;
}

/**
 * Removes one element of an argument list, list, tuple, set or dict with the comma that goes with
 * it. An element alone on its line(s) goes with its lines, its own comment included; elsewhere no
 * comment is deleted, so the other elements' comments stay. A trailing comma is never doubled, and
 * a tuple left with one element keeps a comma after it, so it stays a tuple.
 */
export function removeElement(text: string, container: Node, element: Node): TextEdit[] {
  const items = container.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  const index = items.findIndex((a) => a.startIndex === element.startIndex);
  if (items.length === 1) return [{ start: container.startIndex + 1, end: container.endIndex - 1, text: '' }];
  const inside = container.endIndex - 1;
  const previous = index > 0 ? items[index - 1] : null;
  const next = index < items.length - 1 ? items[index + 1] : null;
  const ownComma = /^\s*,/.exec(text.slice(element.endIndex, inside));
  const afterOwnComma = element.endIndex + (ownComma ? ownComma[0].length : 0);
  const leftInTuple = container.type === 'tuple' && items.length === 2 ? items[1 - index] : null;
  let edits: TextEdit[];
  const lines = ownLines(text, element, next !== null, inside);
  if (lines) {
    edits = [lines];
    // The last element had no comma of its own: the one before it becomes trailing, so it goes too (as it would inline).
    const separator = !ownComma && previous && !leftInTuple ? /^[ \t]*,/.exec(text.slice(previous.endIndex, lines.start)) : null;
    if (separator) edits.unshift({ start: previous!.endIndex, end: previous!.endIndex + separator[0].length, text: '' });
  } else if (next) {
    // Up to the next element; where a comment lies between, only the comma and the spaces after it.
    const between = text.slice(afterOwnComma, next.startIndex);
    const end = ownComma && between.includes('#') ? afterOwnComma + (/^[ \t]*/.exec(between)?.[0].length ?? 0) : next.startIndex;
    edits = [{ start: element.startIndex, end, text: '' }];
  } else {
    // The last element: from the end of the one before it, so the comma before goes and its own (if any) stays.
    const lineStart = lineStartOf(text, element.startIndex);
    const keepsComments = text.slice(previous!.endIndex, element.startIndex).includes('#') && /^[ \t]*$/.test(text.slice(lineStart, element.startIndex));
    edits = [keepsComments ? { start: lineStart, end: afterOwnComma, text: '' } : { start: previous!.endIndex, end: element.endIndex, text: '' }];
  }
  if (leftInTuple && !commaFollows(text, leftInTuple.endIndex, inside, edits)) {
    const at = edits.find((edit) => edit.start === leftInTuple.endIndex);
    if (at) at.text = `,${at.text}`;
    else edits.push({ start: leftInTuple.endIndex, end: leftInTuple.endIndex, text: ',' });
  }
  return edits;
}

/**
 * The lines of an element alone on them (nothing before it on its first line; after it only its
 * comma and a comment), or null. Without a comma of its own it must be the last element, with
 * nothing but white space up to the closing bracket, else the comma after it would be left alone.
 */
function ownLines(text: string, element: Node, hasNext: boolean, inside: number): TextEdit | null {
  const lines = wholeEntryLines(text, element, element);
  if (!lines) return null;
  const hasComma = /^[ \t]*,/.test(text.slice(element.endIndex));
  if (!hasComma && (hasNext || !/^\s*$/.test(text.slice(lines.end, inside)))) return null;
  return lines.end <= inside ? lines : null;
}

/** Whether a comma follows `offset` (up to `end`) once `edits` are applied. */
function commaFollows(text: string, offset: number, end: number, edits: readonly TextEdit[]): boolean {
  let after = '';
  let position = offset;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.start < offset) continue;
    after += text.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return /^\s*,/.test(after + text.slice(position, end));
}

/** Adds `import module [as alias]` after the module's imports before `before` (or at the top). */
export function addModuleImport(scopes: PythonScopes, text: string, module: string, alias?: string, before?: number): TextEdit {
  const line = `import ${module}${alias && alias !== module ? ` as ${alias}` : ''}`;
  const newline = newlineOf(text);
  const last = lastTopLevelImport(scopes, before);
  if (last) {
    const end = lineEndOf(text, last.endIndex);
    return { start: end, end, text: newline + line };
  }
  const offset = topInsertionOffset(scopes, text);
  const needsNewline = offset === text.length && text.length > 0 && !text.endsWith('\n');
  return { start: offset, end: offset, text: (needsNewline ? newline : '') + line + newline };
}

/**
 * `line` as a statement of its own before the module's first import, when the module starts with
 * imports (after its docstring, comments and `__future__` imports); null otherwise.
 */
export function lineBeforeFirstImport(scopes: PythonScopes, text: string, line: string): TextEdit | null {
  for (const child of scopes.tree.rootNode.namedChildren) {
    if (!child || child.type === 'comment' || child.type === 'future_import_statement') continue;
    if (child.type === 'expression_statement' && child.firstNamedChild?.type === 'string') continue;
    if (child.type !== 'import_statement' && child.type !== 'import_from_statement') return null;
    const start = lineStartOf(text, child.startIndex);
    return { start, end: start, text: `${line}${newlineOf(text)}` };
  }
  return null;
}

/** Appends an argument at the end of an argument list, after any trailing comma. */
export function appendArgument(text: string, list: Node, argumentText: string): TextEdit {
  const args = list.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  if (args.length === 0) return { start: list.startIndex + 1, end: list.startIndex + 1, text: argumentText };
  const last = args[args.length - 1];
  const between = text.slice(last.endIndex, list.endIndex - 1);
  if (/^\s*,/.test(between)) {
    // Trailing comma (often a multi-line call): add the argument on its own line in the same style.
    const comma = last.endIndex + between.indexOf(',') + 1;
    const multiLine = between.includes('\n');
    if (multiLine) {
      const indent = indentationAt(text, last.startIndex);
      return { start: comma, end: comma, text: `${newlineOf(text)}${indent}${argumentText},` };
    }
    return { start: comma, end: comma, text: ` ${argumentText},` };
  }
  return { start: last.endIndex, end: last.endIndex, text: `, ${argumentText}` };
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
 * Deletes every assignment of a setting, or null when that could break the module: the name is
 * read elsewhere (`if NAME:`, `NAME += …`) or an assignment is not a whole statement.
 */
export function deleteSettingEdits(context: PythonRuleContext, name: string, assignments: readonly Assignment[]): TextEdit[] | null {
  if (identifiersNamed(context, name, assignments.map((a) => a.left)).length > 0) return null;
  if (assignments.some((a) => a.assignment.type !== 'assignment' || a.right?.type === 'assignment')) return null;
  return deleteStatements(context.text, assignments.map((a) => a.statement));
}

/** Replaces the text of a simple string literal, keeping its prefix and quotes. */
export function replaceStringContent(node: Node, value: string): TextEdit | null {
  if (node.type !== 'string' || stringValue(node) === null) return null;
  const content = node.descendantsOfType('string_content')[0];
  if (content) return { start: content.startIndex, end: content.endIndex, text: value };
  const end = node.descendantsOfType('string_end')[0];
  return end ? { start: end.startIndex, end: end.startIndex, text: value } : null;
}

/** Inserts a parameter after `after` (or first, when null) in a function's parameter list. */
export function insertParameter(fn: Node, after: Parameter | null, text: string): TextEdit | null {
  const list = fn.childForFieldName('parameters');
  if (!list) return null;
  if (after) return { start: after.node.endIndex, end: after.node.endIndex, text: `, ${text}` };
  const hasOthers = list.namedChildren.some((n) => n !== null && n.type !== 'comment');
  return { start: list.startIndex + 1, end: list.startIndex + 1, text: hasOthers ? `${text}, ` : text };
}

/** Adds `text` as a parameter after the last positional one (before `*args`/`*`/`**kwargs`). */
export function appendParameter(fn: Node, parameters: readonly Parameter[], text: string): TextEdit | null {
  let last: Parameter | null = null;
  for (const parameter of parameters) {
    if (parameter.kind !== 'positional' && !(parameter.kind === 'separator' && parameter.name === '/')) break;
    last = parameter;
  }
  return insertParameter(fn, last, text);
}

// ---------------------------------------------------------------------------------------------
// Moving names: the fix of every "this name moved or was renamed" rule rewrites the imports
// (keeping aliases), renames the uses, and drops module imports that nothing uses any more.

export interface SymbolMove {
  /** The old dotted path, e.g. "django.conf.urls.url". */
  old: string;
  /** Where it lives now, e.g. "django.urls". */
  newModule: string;
  newName: string;
}

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
    // Attribute accesses only (the uses of an import of the name itself are handled above).
    for (const reference of scopes.referencesTo(move.old, true)) {
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

/**
 * Edits that move `url` (and, with it, `include`) from `django.conf.urls` to `django.urls`, the way
 * django-upgrade's `django_urls` writes them: the `from django.urls import …` line (sorted) goes
 * before the `from django.urls import re_path` statement when there is one, else before the
 * `from django.conf.urls` statement. `added` are the `django.urls` names the rewritten code uses.
 */
export function moveUrlImports(context: PythonRuleContext, confEntries: readonly ImportEntry[], added: Set<string>, aliased: string[]): TextEdit[] {
  const { scopes, text } = context;
  const edits: TextEdit[] = [];
  const statements = new Map<number, { statement: Node; remove: Node[] }>();
  for (const entry of confEntries) {
    const slot = statements.get(entry.statement.startIndex) ?? { statement: entry.statement, remove: [] };
    slot.remove.push(entry.entry);
    statements.set(entry.statement.startIndex, slot);
  }
  const imported = (name: string) => scopes.imports.some((e) => e.module === 'django.urls' && e.importedName === name && e.localName === name && e.scope === scopes.moduleScope);
  const names = [...[...added].filter((name) => !imported(name)), ...aliased].sort();
  const rePathImport = scopes.imports.find((e) => e.module === 'django.urls' && e.importedName === 're_path' && !e.aliasNode && e.scope === scopes.moduleScope);
  const line = names.length ? [`from django.urls import ${names.join(', ')}`] : [];
  let placed = false;
  if (rePathImport && line.length) {
    const start = rePathImport.statement.startIndex;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const indent = text.slice(lineStart, start);
    edits.push({ start: lineStart, end: lineStart, text: `${indent}${line[0]}${text.includes('\r\n') ? '\r\n' : '\n'}` });
    placed = true;
  }
  for (const { statement, remove } of statements.values()) {
    edits.push(...linesBeforeImport(text, statement, remove, placed ? [] : line));
    placed = true;
  }
  if (!placed && line.length) edits.push(...addImports(scopes, text, names.map((name) => ({ module: 'django.urls', name }))));
  return edits;
}
