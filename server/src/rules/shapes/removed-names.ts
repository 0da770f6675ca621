// Helpers only the rules that came from rules/python/removed-names/ use (docs/engine.md,
// "Migrating a rule family"): f-string parts, the `.format()` fix of `format_html()`.
import type { Node } from 'web-tree-sitter';
import type { Fix } from '../../engine/types';

/** Whether a string literal is an f-string with `{…}` parts (its value is not known). */
export function hasInterpolation(node: Node): boolean {
  return node.type === 'string' && node.namedChildren.some((child) => child?.type === 'interpolation');
}

/**
 * The fix for `format_html("…".format(…))`, written as django-upgrade's `format_html` fixer writes
 * it (`format_html("…", …)`), or undefined.
 */
export function strFormatFix(text: string, argument: Node): Fix | undefined {
  const method = argument.type === 'call' ? argument.childForFieldName('function') : null;
  const template = method?.type === 'attribute' ? method.childForFieldName('object') : null;
  const formatArgs = argument.type === 'call' ? argument.childForFieldName('arguments') : null;
  if (method?.type !== 'attribute' || method.childForFieldName('attribute')!.text !== 'format' || template?.type !== 'string' || /^[a-zA-Z]*[fF]/.test(template.text) || formatArgs?.type !== 'argument_list') {
    return undefined;
  }
  // `.format(` becomes `, ` and the closing parenthesis goes (with its line when alone on it).
  const close = formatArgs.endIndex - 1;
  const lineStart = text.lastIndexOf('\n', close - 1) + 1;
  const lineEnd = text.indexOf('\n', close);
  const alone = lineStart > 0 && lineEnd !== -1 && /^[ \t]*$/.test(text.slice(lineStart, close)) && /^[ \t]*\r?$/.test(text.slice(close + 1, lineEnd));
  return {
    // The values are then escaped: HTML inside them shows as text (usually the bug the call hid).
    title: 'Pass the `.format()` arguments to `format_html()` (they are then escaped)',
    safety: 'unsafe',
    edits: [
      { start: template.endIndex, end: formatArgs.startIndex + 1, text: ', ' },
      alone ? { start: lineStart, end: lineEnd + 1, text: '' } : { start: close, end: close + 1, text: '' },
    ],
  };
}
