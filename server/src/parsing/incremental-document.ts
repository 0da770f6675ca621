// A document kept in sync with the editor by incremental changes. Each change is applied to the
// text and to the syntax tree with `tree.edit`; the tree is reparsed from the old one lazily, once
// per batch of changes, when somebody needs it.
//
// web-tree-sitter measures indices and columns in UTF-16 code units, the same unit as LSP
// positions, so an LSP position maps to a tree-sitter point directly, except that tree-sitter
// only starts a row at "\n" while LSP also does at a lone "\r"; documents with a lone "\r" get
// their points computed from the text.
import type { Edit, Parser, Point, Tree } from 'web-tree-sitter';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

const loneCarriageReturn = /\r(?!\n)/;

/** The tree-sitter point of a UTF-16 offset: rows counted by "\n" only. */
export function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** Whether a "\r" ends just before `offset` and a "\n" starts at it: one CRLF line break. */
function joinsCrLf(text: string, offset: number): boolean {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

function treePoint(document: TextDocument, text: string, offset: number, hasLoneCr: boolean): Point {
  if (hasLoneCr) return pointAt(text, offset);
  const position = document.positionAt(offset);
  return { row: position.line, column: position.character };
}

/**
 * What changed between two checks of a document: the text from `start` to `oldEnd` before became
 * the text from `start` to `newEnd`; outside that span the texts are equal (shifted after it) and so
 * is the syntax tree's structure (tree-sitter's changed ranges are inside it). Null: the document
 * changed in a way that says nothing about where (a whole new text, a tree parsed again from scratch).
 */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** `first` (from text A to B) followed by `second` (from B to C), as one change from A to C. */
export function composeChanges(first: TextChange, second: TextChange): TextChange {
  const start = Math.min(first.start, second.start);
  const middleEnd = Math.max(first.newEnd, second.oldEnd);
  return { start, oldEnd: first.oldEnd + (middleEnd - first.newEnd), newEnd: middleEnd + (second.newEnd - second.oldEnd) };
}

/** Above this many UTF-16 units a tree with syntax errors is not reparsed from scratch (about 6,000 lines). */
export const recoveryParseLimit = 256 * 1024;

export class IncrementalDocument {
  private document: TextDocument;
  private tree: Tree | null = null;
  private stale = true;
  /** Whether the text may hold a lone "\r" (sticky: computing points from the text is right either way). */
  private loneCr: boolean;
  /** What changed since `takeChange()` last ran: none yet, a span, or unknown (null). */
  private pending: TextChange | 'none' | null = null;
  /** How many reparses reused the previous tree; read by tests to prove edits are incremental. */
  incrementalParses = 0;
  fullParses = 0;
  /** How many incremental results had syntax errors and were parsed again from scratch. */
  recoveryParses = 0;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    text: string,
    private readonly parser: Parser,
  ) {
    this.document = TextDocument.create(uri, languageId, version, text);
    this.loneCr = loneCarriageReturn.test(text);
  }

  get version(): number {
    return this.document.version;
  }

  get text(): string {
    return this.document.getText();
  }

  get textDocument(): TextDocument {
    return this.document;
  }

  /** Applies LSP content changes in order, editing the tree for each one. */
  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        this.document = TextDocument.update(this.document, [change], version);
        this.tree?.delete();
        this.tree = null;
        this.stale = true;
        this.loneCr = loneCarriageReturn.test(this.document.getText());
        this.pending = null;
        continue;
      }
      const before = this.document;
      const startIndex = before.offsetAt(change.range.start);
      const oldEndIndex = before.offsetAt(change.range.end);
      const oldText = before.getText();
      const oldHasLoneCr = this.tree !== null && this.loneCr;
      const startPosition = treePoint(before, oldText, startIndex, oldHasLoneCr);
      const oldEndPosition = treePoint(before, oldText, oldEndIndex, oldHasLoneCr);
      this.document = TextDocument.update(before, [change], version);
      const newText = this.document.getText();
      const newEndIndex = startIndex + change.text.length;
      if (joinsCrLf(newText, startIndex) || joinsCrLf(newText, newEndIndex)) {
        // TextDocument.update computes the new line starts from the inserted text alone, so a "\r"
        // and a "\n" that the change brings together still count as two line breaks, and every
        // later position (the editor's next ranges, our diagnostics) would be off by a line.
        this.document = TextDocument.create(this.uri, this.languageId, version, newText);
      }
      // Only the changed span and the characters around it can make a "\r" lone (testing the
      // whole text on every keystroke costs a millisecond per megabyte).
      this.loneCr ||= loneCarriageReturn.test(newText.slice(Math.max(0, startIndex - 1), newEndIndex + 1));
      if (this.tree) {
        const newHasLoneCr = oldHasLoneCr || this.loneCr;
        const edit: Edit = {
          startIndex,
          oldEndIndex,
          newEndIndex,
          startPosition,
          oldEndPosition,
          newEndPosition: treePoint(this.document, newText, newEndIndex, newHasLoneCr),
        };
        this.tree.edit(edit);
      }
      const span = { start: startIndex, oldEnd: oldEndIndex, newEnd: newEndIndex };
      if (this.pending !== null) this.pending = this.pending === 'none' ? span : composeChanges(this.pending, span);
      this.stale = true;
    }
    if (changes.length === 0) this.document = TextDocument.update(this.document, [], version);
  }

  /**
   * What changed since the last call (call it after `getTree()`): the span of text, widened to hold
   * every range whose syntax changed; null when that is not known (a first parse, a whole new
   * text, a tree parsed again from scratch). The incremental check re-checks only that span.
   */
  takeChange(): TextChange | 'none' | null {
    const change = this.pending;
    this.pending = 'none';
    return change;
  }

  /** The syntax tree of the current text, reparsed incrementally if edits are pending. */
  getTree(): Tree {
    if (this.stale || !this.tree) {
      const old = this.tree;
      const text = this.text;
      // A reparse reads the text around every subtree it reuses, and web-tree-sitter copies up to
      // 10 KB into wasm per read of a string: short reads halve a large file's reparse.
      let tree = old ? this.parser.parse((index) => text.slice(index, index + 512), old) : this.parser.parse(text);
      if (!tree) throw new Error(`parsing ${this.uri} was cancelled`);
      if (old) {
        this.incrementalParses++;
        // Tree-sitter's error recovery can settle differently when it reuses parts of the old
        // tree, so a text with syntax errors may get another tree than a fresh parse gives it (and
        // other findings than `djupgrade scan`). Such a tree is parsed again from scratch, but only
        // in files small enough for that to stay within a keystroke (a large file keeps the
        // incremental tree until its syntax error is fixed).
        if (tree.rootNode.hasError && this.text.length <= recoveryParseLimit) {
          tree.delete();
          tree = this.parser.parse(this.text);
          if (!tree) throw new Error(`parsing ${this.uri} was cancelled`);
          this.recoveryParses++;
          this.pending = null;
        } else if (this.pending !== null && this.pending !== 'none') {
          let change = this.pending;
          for (const range of tree.getChangedRanges(old)) {
            change = composeChanges(change, { start: Math.min(range.startIndex, change.newEnd), oldEnd: Math.max(range.endIndex, change.newEnd), newEnd: Math.max(range.endIndex, change.newEnd) });
          }
          this.pending = change;
        }
        old.delete();
      } else {
        this.fullParses++;
        this.pending = null;
      }
      this.tree = tree;
      this.stale = false;
    }
    return this.tree;
  }

  dispose(): void {
    this.tree?.delete();
    this.tree = null;
  }
}
