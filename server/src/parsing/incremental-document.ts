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

/** Above this many UTF-16 units a tree with syntax errors is not reparsed from scratch (about 6,000 lines). */
export const recoveryParseLimit = 256 * 1024;

export class IncrementalDocument {
  private document: TextDocument;
  private tree: Tree | null = null;
  private stale = true;
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
        continue;
      }
      const before = this.document;
      const startIndex = before.offsetAt(change.range.start);
      const oldEndIndex = before.offsetAt(change.range.end);
      const oldText = before.getText();
      const oldHasLoneCr = this.tree !== null && loneCarriageReturn.test(oldText);
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
      if (this.tree) {
        const newHasLoneCr = oldHasLoneCr || loneCarriageReturn.test(newText);
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
      this.stale = true;
    }
    if (changes.length === 0) this.document = TextDocument.update(this.document, [], version);
  }

  /** The syntax tree of the current text, reparsed incrementally if edits are pending. */
  getTree(): Tree {
    if (this.stale || !this.tree) {
      const old = this.tree;
      let tree = this.parser.parse(this.text, old);
      if (!tree) throw new Error(`parsing ${this.uri} was cancelled`);
      if (old) {
        this.incrementalParses++;
        old.delete();
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
        }
      } else {
        this.fullParses++;
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
