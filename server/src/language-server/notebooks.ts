// Jupyter notebooks, as ruff-vscode checks them: the editor syncs a notebook's Python cells
// (LSP notebook sync, `vscode-notebook-cell` documents), and the server checks them as one
// document, the cells joined in order, so that a name imported in cell 1 resolves in cell 3.
// Findings and fixes are mapped back to the cells they are in. IPython magics (`%time`, `!pip`,
// whole `%%bash` cells) are commented out in the joined text, keeping every position.
import type {
  Connection,
  DidChangeNotebookDocumentParams,
  DidCloseNotebookDocumentParams,
  DidOpenNotebookDocumentParams,
  DidSaveNotebookDocumentParams,
  NotebookCell,
  Position,
  Range,
  TextEdit,
  TextDocumentItem,
} from 'vscode-languageserver/node';
import { NotebookCellKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { minimalEdit } from './minimal-edit';

/**
 * The line between two cells in the joined text: a comment, so rules never see it, and unusual
 * enough that splitting a fixed text at it gives the cells back.
 */
export const cellSeparator = '#%% django-upgrade: next notebook cell';

export interface CellText {
  uri: string;
  text: string;
}

/** `%magic` and `!shell` lines, and every line of a `%%cell` magic, commented out in place. */
export function maskMagics(text: string): string {
  const lines = text.split(/(?<=\n)/);
  const wholeCell = /^\s*%%/.test(lines[0] ?? '');
  return lines.map((line) => (wholeCell || /^\s*[%!]/.test(line) ? line.replace(/\S/, '#') : line)).join('');
}

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** A notebook's Python cells joined into one text, with the map between cell and joined lines. */
export class JoinedCells {
  readonly text: string;
  /** The joined line each cell starts on. */
  private readonly starts: number[] = [];
  private readonly masked: string[];

  constructor(readonly cells: readonly CellText[]) {
    this.masked = cells.map((cell) => maskMagics(cell.text));
    let line = 0;
    for (const text of this.masked) {
      this.starts.push(line);
      line += lineCount(text) + 1; // the cell's lines and the separator
    }
    this.text = this.masked.join(`\n${cellSeparator}\n`);
  }

  has(uri: string): boolean {
    return this.cells.some((cell) => cell.uri === uri);
  }

  /** A position in a cell, in the joined text. */
  toJoined(uri: string, position: Position): Position {
    const index = this.cells.findIndex((cell) => cell.uri === uri);
    return index < 0 ? position : { line: position.line + this.starts[index], character: position.character };
  }

  /** A range of the joined text in its cell, or null when it is not inside one cell. */
  toCell(range: Range): { uri: string; range: Range } | null {
    const index = this.cellOf(range.start.line);
    if (index < 0 || this.cellOf(range.end.line) !== index) return null;
    const start = this.starts[index];
    return {
      uri: this.cells[index].uri,
      range: { start: { line: range.start.line - start, character: range.start.character }, end: { line: range.end.line - start, character: range.end.character } },
    };
  }

  private cellOf(line: number): number {
    for (let i = this.cells.length - 1; i >= 0; i--) {
      if (line >= this.starts[i]) return line < this.starts[i] + lineCount(this.masked[i]) ? i : -1;
    }
    return -1;
  }

  /**
   * The cell edits that turn the joined text into `joined` (the text after a fix), one minimal
   * edit per changed cell; null when the cells cannot be told apart any more, or when an edit
   * would touch a commented-out magic (the joined text differs from the cell's there).
   */
  changesTo(joined: string): Record<string, TextEdit[]> | null {
    const after = joined.split(`\n${cellSeparator}\n`);
    if (after.length !== this.cells.length) return null;
    const changes: Record<string, TextEdit[]> = {};
    for (const [index, cell] of this.cells.entries()) {
      const before = this.masked[index];
      if (after[index] === before) continue;
      const document = TextDocument.create(cell.uri, 'python', 0, cell.text);
      const edit = minimalEdit(document, before, after[index]);
      const start = document.offsetAt(edit.range.start);
      const end = document.offsetAt(edit.range.end);
      if (before.slice(start, end) !== cell.text.slice(start, end)) return null;
      changes[cell.uri] = [edit];
    }
    return changes;
  }
}

/** What the open documents do with a notebook's joined cells. */
export interface JoinedDocuments {
  openJoined(uri: string, version: number, cells: JoinedCells): void | Promise<void>;
  changeJoined(uri: string, version: number, cells: JoinedCells): void;
  savedJoined(uri: string): void;
  closeJoined(uri: string): void;
}

interface SyncedNotebook {
  version: number;
  /** The Python code cells, in order, with their text. */
  cells: Array<{ uri: string; document: TextDocument | null; code: boolean }>;
}

/** Follows the LSP notebook sync notifications and hands the joined cells to the open documents. */
export class NotebookSync {
  private readonly notebooks = new Map<string, SyncedNotebook>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: JoinedDocuments,
    private readonly inOrder: <T>(handler: (params: T) => void | Promise<void>) => (params: T) => void,
  ) {}

  listen(): void {
    const sync = this.connection.notebooks.synchronization;
    sync.onDidOpenNotebookDocument(this.inOrder((params: DidOpenNotebookDocumentParams) => this.didOpen(params)));
    sync.onDidChangeNotebookDocument(this.inOrder((params: DidChangeNotebookDocumentParams) => this.didChange(params)));
    sync.onDidSaveNotebookDocument(this.inOrder((params: DidSaveNotebookDocumentParams) => this.documents.savedJoined(params.notebookDocument.uri)));
    sync.onDidCloseNotebookDocument(this.inOrder((params: DidCloseNotebookDocumentParams) => this.didClose(params)));
  }

  private didOpen({ notebookDocument, cellTextDocuments }: DidOpenNotebookDocumentParams): Promise<void> | void {
    const texts = new Map(cellTextDocuments.map((item) => [item.uri, item]));
    const notebook: SyncedNotebook = { version: notebookDocument.version, cells: notebookDocument.cells.map((cell) => cellOf(cell, texts.get(cell.document))) };
    this.notebooks.set(notebookDocument.uri, notebook);
    return this.documents.openJoined(notebookDocument.uri, notebook.version, joined(notebook));
  }

  private didChange({ notebookDocument, change }: DidChangeNotebookDocumentParams): void {
    const notebook = this.notebooks.get(notebookDocument.uri);
    if (!notebook) return;
    notebook.version = notebookDocument.version;
    const structure = change.cells?.structure;
    if (structure) {
      const opened = new Map((structure.didOpen ?? []).map((item) => [item.uri, item]));
      const existing = new Map(notebook.cells.map((cell) => [cell.uri, cell]));
      const added = (structure.array.cells ?? []).map((cell) => (opened.has(cell.document) ? cellOf(cell, opened.get(cell.document)) : (existing.get(cell.document) ?? cellOf(cell, undefined))));
      notebook.cells.splice(structure.array.start, structure.array.deleteCount, ...added);
    }
    for (const cell of change.cells?.data ?? []) {
      const known = notebook.cells.find((c) => c.uri === cell.document);
      if (known) known.code = cell.kind === NotebookCellKind.Code;
    }
    for (const { document, changes } of change.cells?.textContent ?? []) {
      const cell = notebook.cells.find((c) => c.uri === document.uri);
      if (cell?.document) cell.document = TextDocument.update(cell.document, changes, document.version);
    }
    this.documents.changeJoined(notebookDocument.uri, notebook.version, joined(notebook));
  }

  private didClose({ notebookDocument }: DidCloseNotebookDocumentParams): void {
    this.notebooks.delete(notebookDocument.uri);
    this.documents.closeJoined(notebookDocument.uri);
  }
}

function cellOf(cell: NotebookCell, item: TextDocumentItem | undefined): SyncedNotebook['cells'][number] {
  const python = item !== undefined && item.languageId === 'python';
  return { uri: cell.document, document: python ? TextDocument.create(item.uri, item.languageId, item.version, item.text) : null, code: cell.kind === NotebookCellKind.Code };
}

function joined(notebook: SyncedNotebook): JoinedCells {
  return new JoinedCells(notebook.cells.filter((cell) => cell.code && cell.document).map((cell) => ({ uri: cell.uri, text: cell.document!.getText() })));
}
