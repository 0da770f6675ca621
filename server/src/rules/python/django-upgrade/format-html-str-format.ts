// django-upgrade's `format_html` fixer: `format_html("…".format(args))` → `format_html("…", args)`.
// The rule that reports such calls is `format-html-without-arguments` (removed-names); it takes
// this fix for the `.format()` case.
import type { Node } from 'web-tree-sitter';
import type { Fix } from '../../../engine/types';

/** The fix for `format_html("…".format(…))`, written as django-upgrade writes it, or undefined. */
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
