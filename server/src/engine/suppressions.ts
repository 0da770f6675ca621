// Suppression comments: `# djupgrade: ignore[rule-id, …]` at the end of a Python line and
// `{# djupgrade: ignore[rule-id, …] #}` on a template line silence those rules on that line;
// without the brackets, every rule. Only real comments count (the tree says which text is one).
import type { Tree } from 'web-tree-sitter';
import type { SourceLanguage } from '../parsing/languages';
import { lineEndOf } from './python-edits';
import { LineIndex } from './text-positions';
import type { TextEdit } from './types';

const suppression = /djupgrade:\s*ignore(?:\[([^\]]*)\])?/;

export function suppressedLines(file: { tree: Tree; text: string }): Map<number, Set<string>> {
  const result = new Map<number, Set<string>>();
  // Most files have none: the text says so without asking the tree for every comment.
  if (!file.text.includes('djupgrade')) return result;
  const comments = file.tree.rootNode.descendantsOfType('comment');
  if (comments.length === 0) return result;
  const lines = new LineIndex(file.text);
  for (const comment of comments) {
    if (!comment) continue;
    const match = suppression.exec(comment.text);
    if (!match) continue;
    const line = lines.lineAt(comment.startIndex);
    const ids = result.get(line) ?? new Set<string>();
    if (match[1] === undefined) ids.add('*');
    else for (const id of match[1].split(',')) if (id.trim()) ids.add(id.trim());
    result.set(line, ids);
  }
  return result;
}

/**
 * The edit that silences `ruleId` on the line of `offset`: extends an existing suppression comment
 * on that line or appends a new one. Null where a comment cannot go (the line ends inside a string).
 */
export function suppressionEdit(
  file: { tree: Tree; text: string; language: SourceLanguage },
  offset: number,
  ruleId: string,
): TextEdit | null {
  const { text, tree } = file;
  const lines = new LineIndex(text);
  const line = lines.lineAt(offset);
  for (const comment of tree.rootNode.descendantsOfType('comment')) {
    if (!comment || lines.lineAt(comment.startIndex) !== line) continue;
    const match = suppression.exec(comment.text);
    if (!match) continue;
    const start = comment.startIndex + match.index;
    if (match[1] === undefined) return null; // already silences everything
    const ids = match[1].split(',').map((id) => id.trim()).filter(Boolean);
    if (ids.includes(ruleId)) return null;
    return { start, end: start + match[0].length, text: `djupgrade: ignore[${[...ids, ruleId].join(', ')}]` };
  }
  const end = lineEndOf(text, offset);
  if (file.language === 'python') {
    // A line that ends inside a (triple-quoted) string cannot take a comment.
    const node = end > 0 ? tree.rootNode.descendantForIndex(end - 1, end - 1) : null;
    for (let n = node; n; n = n.parent) {
      if ((n.type === 'string' || n.type === 'string_content') && n.endIndex > end) return null;
    }
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const blank = text.slice(lineStart, end).trim() === '';
    return { start: end, end, text: `${blank ? '' : '  '}# djupgrade: ignore[${ruleId}]` };
  }
  return { start: end, end, text: `{# djupgrade: ignore[${ruleId}] #}` };
}
