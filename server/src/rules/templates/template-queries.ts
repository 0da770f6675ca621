// Small queries and edits over a Django template tree (grammars/django-template), shared by the
// template rules. Tags inside {% comment %}, {# #} and {% verbatim %} are opaque text in that
// grammar, so nothing here ever sees them.
import type { Node } from 'web-tree-sitter';
import type { RuleContext, TextEdit } from '../../engine/types';
import { lineEndOf, lineStartOf } from '../../engine/python-edits';
import type { Rule } from '../../engine/types';

export type TemplateRule = Rule<RuleContext>;

export function tagName(tag: Node): string {
  return tag.childForFieldName('name')?.text ?? '';
}

/** The arguments of a tag: everything after its name. */
export function tagArguments(tag: Node): Node[] {
  const name = tag.childForFieldName('name');
  return tag.namedChildren.filter((n): n is Node => n !== null && (!name || n.startIndex >= name.endIndex) && n.type !== 'tag_name');
}

export function tagsNamed(context: RuleContext, names: readonly string[]): Node[] {
  return context.tree.rootNode.descendantsOfType('tag').filter((tag): tag is Node => tag !== null && names.includes(tagName(tag)));
}

export function filtersNamed(context: RuleContext, names: readonly string[]): Node[] {
  return context.tree.rootNode
    .descendantsOfType('filter')
    .filter((filter): filter is Node => filter !== null && names.includes(filter.childForFieldName('name')?.text ?? ''));
}

/** The closing tag of the block a tag opens, or null. */
export function closingTag(tag: Node): Node | null {
  const block = tag.parent;
  if (block?.type !== 'block' || block.childForFieldName('open')?.startIndex !== tag.startIndex) return null;
  return block.childForFieldName('close');
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

export const replaceNode = (node: Node, text: string): TextEdit => ({ start: node.startIndex, end: node.endIndex, text });
