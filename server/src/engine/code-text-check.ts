// The proof that a code text (code-text.ts) keeps what tree-sitter reads as code: every token of the
// tree outside strings' contents, comments, format specifications and line continuations has the
// same text in the code text. Used by the tests and scripts/trigger-waste.ts --code; not at run time.
import type { Node, Tree } from 'web-tree-sitter';

/** Leaves whose text the code text may blank: what strings hold (and every token inside their content), comments, `\` line continuations. */
const blankable = new Set(['string_content', 'escape_sequence', 'escape_interpolation', 'comment', 'line_continuation']);

/** The tokens of `tree` whose text `code` changed (at most `limit`): none when the code text keeps all the code. */
export function codeTokensChanged(tree: Tree, text: string, code: string, limit = 5): Array<{ type: string; start: number; text: string }> {
  const changed: Array<{ type: string; start: number; text: string }> = [];
  const cursor = tree.walk();
  try {
    for (;;) {
      const node: Node = cursor.currentNode;
      const leaf = !cursor.gotoFirstChild();
      if (leaf) {
        const parent = node.parent?.type;
        if (!blankable.has(node.type) && parent !== 'string_content' && parent !== 'format_specifier' && node.endIndex > node.startIndex) {
          // tree-sitter may put a raw string's last `\"` in its end token: the closing quote is what must stay.
          const { endIndex: end } = node;
          const start = node.type === 'string_end' ? end - 1 : node.startIndex;
          if (code.slice(start, end) !== text.slice(start, end)) {
            changed.push({ type: node.type, start, text: text.slice(start, end) });
            if (changed.length >= limit) return changed;
          }
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return changed;
        }
      }
    }
  } finally {
    cursor.delete();
  }
}
