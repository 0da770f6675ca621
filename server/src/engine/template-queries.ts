// The query layer for Django templates (grammars/django-template): tags and filters by name,
// their arguments, the block a tag opens, and the edits that remove tags and `{% load %}`
// arguments. Tags inside {% comment %}, {# #} and {% verbatim %} are opaque text in the grammar,
// so nothing here ever sees them. Like the Python queries, lookups by name start from the words of
// the text (`context.tokens`) and ask the tree only for the nodes there.
import type { Node } from 'web-tree-sitter';
import { lineEndOf, lineStartOf } from './python-edits';
import type { RuleContext, TextEdit } from './types';

export function tagName(tag: Node): string {
  return tag.childForFieldName('name')?.text ?? '';
}

/** The arguments of a tag: everything after its name. */
export function tagArguments(tag: Node): Node[] {
  const name = tag.childForFieldName('name');
  return tag.namedChildren.filter((n): n is Node => n !== null && (!name || n.startIndex >= name.endIndex) && n.type !== 'tag_name');
}

/** Nodes of type `type` spelling exactly `word`, whose parent holds them in its `name` field. */
function namedBy(context: RuleContext, word: string, type: string, parentType: string): Node[] {
  return context.memo(`template:${parentType}:${word}`, () => {
    const found: Node[] = [];
    for (const offset of context.tokens.offsets(word)) {
      const node = context.tree.rootNode.descendantForIndex(offset, offset + word.length);
      if (node?.type !== type || node.startIndex !== offset || node.endIndex !== offset + word.length) continue;
      const parent = node.parent;
      if (parent?.type === parentType && parent.childForFieldName('name')?.startIndex === offset) found.push(parent);
    }
    return found;
  });
}

/** Tags (opening, closing or simple) named one of `names`, in the order of the text. */
export function tagsNamed(context: RuleContext, names: readonly string[]): Node[] {
  return [...new Set(names)].flatMap((name) => namedBy(context, name, 'tag_name', 'tag')).sort((a, b) => a.startIndex - b.startIndex);
}

/** Filters (`|name`, `|name:arg`) named one of `names`, in the order of the text. */
export function filtersNamed(context: RuleContext, names: readonly string[]): Node[] {
  return [...new Set(names)].flatMap((name) => namedBy(context, name, 'filter_name', 'filter')).sort((a, b) => a.startIndex - b.startIndex);
}

/** The closing tag of the block a tag opens, or null. */
export function closingTag(tag: Node): Node | null {
  const block = tag.parent;
  if (block?.type !== 'block' || block.childForFieldName('open')?.startIndex !== tag.startIndex) return null;
  return block.childForFieldName('close');
}

/** The string literal a tag starts its arguments with (`{% url "name" … %}`), and its value. */
export function firstStringArgument(tag: Node): { node: Node; value: string } | null {
  const first = tagArguments(tag)[0];
  const node = first?.type === 'filter_expression' && first.namedChildCount === 1 ? first.childForFieldName('value') : null;
  return node?.type === 'string' ? { node, value: node.text.slice(1, -1) } : null;
}

/** Deletes a tag; with its line when nothing else is on that line. */
export function deleteTag(text: string, tag: Node): TextEdit {
  const lineStart = lineStartOf(text, tag.startIndex);
  const lineEnd = lineEndOf(text, tag.endIndex);
  if (/^[ \t]*$/.test(text.slice(lineStart, tag.startIndex)) && /^[ \t]*$/.test(text.slice(tag.endIndex, lineEnd))) {
    let end = lineEnd;
    if (text.startsWith('\r\n', end)) end += 2;
    else if (text[end] === '\n') end += 1;
    return { start: lineStart, end, text: '' };
  }
  return { start: tag.startIndex, end: tag.endIndex, text: '' };
}

/** Removes some arguments of a `{% load %}` tag, or the whole tag when none would be left. */
export function removeLoadArguments(text: string, tag: Node, remove: Node[]): TextEdit[] {
  const args = tagArguments(tag);
  const kept = args.filter((arg) => !remove.some((r) => r.startIndex === arg.startIndex));
  if (kept.length === 0) return [deleteTag(text, tag)];
  return remove.map((arg) => {
    const index = args.findIndex((a) => a.startIndex === arg.startIndex);
    // Take the space before the argument (or after it, for the first one).
    return index > 0 ? { start: args[index - 1].endIndex, end: arg.endIndex, text: '' } : { start: arg.startIndex, end: args[1].startIndex, text: '' };
  });
}

/**
 * Template variables (`{{ a.b.c }}`, a tag's or filter's argument) that spell `word` as one of
 * their parts, in the order of the text, found from the word's offsets.
 */
export function templateVariablesSpelling(context: RuleContext, word: string): Node[] {
  const found: Node[] = [];
  for (const offset of context.tokens.offsets(word)) {
    const node = context.tree.rootNode.descendantForIndex(offset, offset + word.length);
    if (node?.type === 'variable_name' && !found.some((n) => n.startIndex === node.startIndex)) found.push(node);
  }
  return found;
}
