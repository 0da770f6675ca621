// The smallest single edit between two texts, for fix-all (one edit per document, or per notebook
// cell) and for updating a notebook's joined text incrementally.
import type { TextEdit } from 'vscode-languageserver/node';
import type { PositionSource } from '../engine/text-positions';

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(document: PositionSource, before: string, after: string): TextEdit {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never split a surrogate pair.
  if (prefix > 0 && /[\uD800-\uDBFF]/.test(before[prefix - 1])) prefix--;
  if (suffix > 0 && /[\uDC00-\uDFFF]/.test(before[before.length - suffix])) suffix--;
  return {
    range: { start: document.positionAt(prefix), end: document.positionAt(before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}
