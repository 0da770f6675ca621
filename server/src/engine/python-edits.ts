// Edit builders for Python fixes: removing and adding imports and statements while keeping the
// surrounding formatting, aliases and comments.
import type { Node } from 'web-tree-sitter';
import type { TextEdit } from './types';
import type { ImportEntry, PythonScopes } from './python-scopes';

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
 * Deletes statements: a line they leave empty goes whole; a statement sharing its line with others
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
    if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t;]*$/.test(text.slice(end, lineEnd))) {
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

/** The `argument_list` of a call, and its keyword arguments by name. */
export function callArguments(call: Node): { list: Node | null; positional: Node[]; keywords: Map<string, Node>; hasSplat: boolean } {
  const list = call.childForFieldName('arguments');
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  let hasSplat = false;
  if (list && list.type === 'argument_list') {
    for (const child of list.namedChildren) {
      if (!child || child.type === 'comment') continue;
      if (child.type === 'keyword_argument') {
        const name = child.childForFieldName('name');
        if (name) keywords.set(name.text, child);
      } else if (child.type === 'list_splat' || child.type === 'dictionary_splat') {
        hasSplat = true;
      } else {
        positional.push(child);
      }
    }
  }
  return { list, positional, keywords, hasSplat };
}

/**
 * Removes one element of an argument list, list or tuple with its separating comma. A tuple left
 * with one element keeps a trailing comma, so it stays a tuple.
 */
export function removeElement(text: string, container: Node, element: Node): TextEdit[] {
  const items = container.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  const index = items.findIndex((a) => a.startIndex === element.startIndex);
  if (items.length === 1) {
    return [{ start: container.startIndex + 1, end: container.endIndex - 1, text: container.type === 'tuple' ? '' : '' }];
  }
  const keepsOneInTuple = container.type === 'tuple' && items.length === 2;
  if (index < items.length - 1) {
    const edits: TextEdit[] = [{ start: element.startIndex, end: items[index + 1].startIndex, text: '' }];
    if (keepsOneInTuple && !/^\s*,/.test(text.slice(items[1].endIndex, container.endIndex - 1))) {
      edits.push({ start: items[1].endIndex, end: items[1].endIndex, text: ',' });
    }
    return edits;
  }
  return [{ start: items[index - 1].endIndex, end: element.endIndex, text: keepsOneInTuple ? ',' : '' }];
}

/** Removes one argument of a call with its separating comma. */
export function removeArgument(text: string, list: Node, argument: Node): TextEdit[] {
  return removeElement(text, list, argument);
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
