// Code actions on an open document: for each finding in the range its quick fix, an "ignore on
// this line" and (when the client can open rule pages) "Show documentation for <id>", titled with
// whose they are, as ruff-vscode and vscode-eslint do; and the fix-all source action (also what
// `editor.codeActionsOnSave` runs). In a notebook cell they are computed on the notebook's joined
// cells and placed back in the cells.
//
// Fix-all is lazy where it can be: VS Code asks for code actions (without `only`) on every cursor
// move, and the fix-all edit costs several lints of the whole file. A client that resolves code
// actions (`codeAction/resolve` with `edit`) gets the action without its edit, and the edit is
// computed when the action is picked; asked for fix-all explicitly (`only` source.fixAll, as
// `editor.codeActionsOnSave` and "Django: Fix All in File" ask), the edit comes at once. Either
// way it is computed off the main thread (fix-all-thread.ts), so the server answers other requests
// meanwhile; requests for the same text share one computation.
import { fileURLToPath } from 'node:url';
import { CancellationToken, CancellationTokenSource, CodeAction, CodeActionKind, CodeActionParams, InitializeParams, Position, Range, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllCodeActionKind } from '../../../common/protocol';
import { applyEdits, fixApplies } from '../engine/apply-fixes';
import { suppressionEdit } from '../engine/suppressions';
import { positionFinding } from '../engine/text-positions';
import type { Analyzer } from '../engine/analyzer';
import type { TextEdit } from '../engine/types';
import type { DiagnosticFormat } from './diagnostics';
import type { AnalyzerHandle, OpenDocument, OpenDocuments } from './documents';
import type { FixAllThread } from './fix-all-thread';
import { minimalEdit } from './minimal-edit';
import type { ServerSettings } from './settings';
import type { Workspace } from './workspace';

/**
 * What a lazy fix-all action carries to its resolve: the document, the LSP version it was offered
 * for, and the server's own count of its changes (a client may send a new text under an old
 * version number), the settings generation and the unsafe setting its title promised.
 */
export interface FixAllData {
  fixAll: true;
  uri: string;
  version: number;
  changed: number;
  generation: number;
  unsafe: boolean;
}

/** Kinds that ask for fix-all itself (not a broader `source`): its edit is wanted now. */
const explicitFixAll = new Set<string>([CodeActionKind.SourceFixAll, fixAllCodeActionKind]);

/**
 * A fix-all being computed for a document: for which of its texts (`changed`) and settings, the
 * fixed text it will give (null: stopped), and how many requests still want it; the last one
 * cancelled, or a newer text asked for, stops it.
 */
interface RunningFixAll {
  changed: number;
  generation: number;
  unsafe: boolean;
  fixed: Promise<string | null>;
  wanted: number;
  stop: CancellationTokenSource;
}

export class CodeActions {
  /** Whether the client resolves a code action's `edit` (`codeAction/resolve`). */
  private resolvesEdits = false;
  private readonly running = new WeakMap<OpenDocument, RunningFixAll>();

  constructor(
    private readonly analyzer: AnalyzerHandle,
    private readonly documents: OpenDocuments,
    private readonly settings: ServerSettings,
    private readonly workspace: Workspace,
    private readonly format: DiagnosticFormat,
    private readonly thread: FixAllThread,
  ) {}

  initialize(params: InitializeParams): void {
    const codeAction = params.capabilities.textDocument?.codeAction;
    this.resolvesEdits = Boolean(codeAction?.dataSupport && codeAction.resolveSupport?.properties.includes('edit'));
  }

  /**
   * The quick fixes are those of the findings when the request comes; fix-all's edit, when it is
   * computed now, comes only if the document is still that text when it is ready (else the client,
   * which sees the new version, asks again).
   */
  async actions(params: CodeActionParams, token: CancellationToken = CancellationToken.None): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const located = this.documents.locate(uri);
    if (!located || !this.analyzer.current) return [];
    const { key, open } = located;
    const findings = this.documents.findingsOf(key);
    const document = open.document.textDocument;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const place = placement(uri, key, open, document);
    if (wants(CodeActionKind.QuickFix)) {
      const start = document.offsetAt(place.toChecked(params.range.start));
      const end = document.offsetAt(place.toChecked(params.range.end));
      const seenSuppressions = new Set<string>();
      const documented = new Set<string>();
      const documentation: CodeAction[] = [];
      for (const finding of findings) {
        if (finding.end < start || finding.start > end) continue;
        const positioned = positionFinding(finding, document);
        const diagnostic = this.format.toDiagnostic({ ...positioned, range: place.toEditor(positioned.range) ?? positioned.range });
        const command = this.format.documentationCommand;
        if (command && !documented.has(finding.rule.id)) {
          documented.add(finding.rule.id);
          documentation.push({
            title: `Show documentation for ${finding.rule.id}`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: { title: `Show documentation for ${finding.rule.id}`, command, arguments: [finding.rule.id] },
          });
        }
        const fixEdit = finding.fix && place.edit(finding.fix.edits);
        if (finding.fix && fixEdit) {
          actions.push({
            title: actionTitle(finding.rule.id, finding.fix.title),
            kind: CodeActionKind.QuickFix,
            isPreferred: finding.fix.automatic,
            diagnostics: [diagnostic],
            edit: fixEdit,
          });
        }
        const suppressionKey = `${document.positionAt(finding.start).line}:${finding.rule.id}`;
        if (seenSuppressions.has(suppressionKey)) continue;
        seenSuppressions.add(suppressionKey);
        const suppression = suppressionEdit({ tree: open.document.getTree(), text: document.getText(), language: open.language }, finding.start, finding.rule.id);
        const suppressionEdits = suppression && place.edit([suppression]);
        if (suppressionEdits) {
          actions.push({
            title: actionTitle(finding.rule.id, 'Ignore on this line'),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: suppressionEdits,
          });
        }
      }
      // After the fixes and suppressions, as in ruff-vscode's menu.
      actions.push(...documentation);
    }
    const fixAllRequested = only?.some((k) => fixAllCodeActionKind === k || fixAllCodeActionKind.startsWith(`${k}.`) || k === CodeActionKind.SourceFixAll);
    const unsafe = this.settings.valuesFor(fileOf(key)).unsafeFixes;
    const fixable = findings.some((f) => f.fix && fixApplies(f.fix, unsafe));
    if (fixAllRequested || (!only && fixable)) {
      const title = unsafe ? 'Fix all Django upgrade problems (unsafe fixes included)' : 'Fix all safe Django upgrade problems';
      const cached = this.cachedFixAll(open, unsafe);
      if (cached === undefined && this.resolvesEdits && !only?.some((k) => explicitFixAll.has(k))) {
        // Only offered: the edit is computed if the action is picked (`resolve`). Offered only
        // when a finding has a fix fix-all applies (as the eager path); the edit may still be none.
        if (fixable) {
          const data: FixAllData = { fixAll: true, uri, version: open.document.version, changed: open.changed, generation: open.generation ?? 0, unsafe };
          actions.push({ title, kind: fixAllCodeActionKind, data });
        }
      } else {
        const edit = await this.fixAllEdit(uri, key, open, unsafe, token);
        if (edit) actions.push({ title, kind: fixAllCodeActionKind, edit });
      }
    }
    return actions;
  }

  /**
   * Fills in a lazy fix-all action's edit. For a document that changed since the action was
   * offered (or whose settings did) the action comes back without an edit: applying the old
   * text's edit to the new text would be wrong, and the client asks for actions again anyway; so
   * does one that changes while the edit is computed.
   */
  async resolve(action: CodeAction, token: CancellationToken = CancellationToken.None): Promise<CodeAction> {
    const data = action.data as Partial<FixAllData> | undefined;
    if (!data?.fixAll || typeof data.uri !== 'string' || action.edit) return action;
    const located = this.documents.locate(data.uri);
    if (!located || !this.analyzer.current) return action;
    const { key, open } = located;
    const unsafe = this.settings.valuesFor(fileOf(key)).unsafeFixes;
    if (!isCurrent(data as FixAllData, open, unsafe)) return action;
    const edit = await this.fixAllEdit(data.uri, key, open, unsafe, token);
    return edit ? { ...action, edit } : action;
  }

  /** The fix-all edit computed for the document as it is now, with these settings; undefined when not computed yet. */
  private cachedFixAll(open: OpenDocument, unsafe: boolean): WorkspaceEdit | null | undefined {
    const cached = open.fixAll;
    return cached && isCurrent(cached, open, unsafe) ? cached.edit : undefined;
  }

  /**
   * One text edit covering what fix-all changes in an open document (one per notebook cell), or
   * null when nothing changes; kept on the document until it or the settings change. Undefined
   * when there is none to give: stopped (`token`), or the document was edited, closed or
   * re-configured while it was computed (the edit would be the old text's).
   */
  private async fixAllEdit(uri: string, key: string, open: OpenDocument, unsafe: boolean, token: CancellationToken): Promise<WorkspaceEdit | null | undefined> {
    const known = this.cachedFixAll(open, unsafe);
    if (known !== undefined) return known;
    const analyzer = this.analyzer.current;
    if (!analyzer) return null;
    // Nothing to do without a fix fix-all applies; this also keeps fix-all away from the documents
    // that are not checked (over maxFileSizeBytes, binary, too deeply nested).
    if (!this.documents.findingsOf(key).some((f) => f.fix && fixApplies(f.fix, unsafe))) return null;
    const computedFor = { changed: open.changed, generation: open.generation ?? 0, unsafe };
    const fixed = await this.fixedText(analyzer, key, open, unsafe, token);
    if (fixed === null || this.documents.locate(uri)?.open !== open || !isCurrent(computedFor, open, unsafe)) return undefined;
    const cached = this.cachedFixAll(open, unsafe);
    if (cached !== undefined) return cached; // another request for this text placed it first
    const text = open.document.text;
    const edit = fixed === text ? null : placement(uri, key, open, open.document.textDocument).editTo(fixed);
    open.fixAll = { ...computedFor, edit };
    return edit;
  }

  /**
   * `Analyzer.fix`'s text for the document as it is now, computed off the main thread; requests
   * for the same text and settings share one computation. Null when it was stopped.
   */
  private fixedText(analyzer: Analyzer, key: string, open: OpenDocument, unsafe: boolean, token: CancellationToken): Promise<string | null> {
    if (token.isCancellationRequested) return Promise.resolve(null);
    let running = this.running.get(open);
    if (!running || running.stop.token.isCancellationRequested || !isCurrent(running, open, unsafe)) {
      // One for an older text or other settings: nobody can use its edit.
      running?.stop.cancel();
      const input = this.workspace.fileInput(key, open.language, open.document.text);
      const options = this.settings.lintOptions(this.workspace.projectFor(key), fileOf(key));
      const stop = new CancellationTokenSource();
      const fixed = this.thread.fix(input, options, unsafe, stop.token, () => analyzer.fix(input, options, unsafe).text);
      const started: RunningFixAll = { changed: open.changed, generation: open.generation ?? 0, unsafe, fixed, wanted: 0, stop };
      const forget = () => {
        if (this.running.get(open) === started) this.running.delete(open);
        stop.dispose();
      };
      fixed.then(forget, forget);
      this.running.set(open, (running = started));
    }
    const shared = running;
    shared.wanted++;
    const cancelled = token.onCancellationRequested(() => {
      if (--shared.wanted === 0) shared.stop.cancel();
    });
    return shared.fixed.finally(() => cancelled.dispose());
  }
}

/**
 * Whether what was computed (or offered) for a document is for it as it is now: the same text
 * (`changed`), the same settings (`generation`), and unsafe fixes in or out as they are now.
 */
function isCurrent(computed: { changed: number; generation: number; unsafe: boolean }, open: OpenDocument, unsafe: boolean): boolean {
  return computed.changed === open.changed && computed.generation === (open.generation ?? 0) && computed.unsafe === unsafe;
}

/**
 * Where the editor's document sits in the checked one: the same document, or a notebook cell in
 * its notebook's joined cells. Ranges and edits go through it both ways.
 */
interface Placement {
  toChecked(position: Position): Position;
  /** A range of the checked document in the editor's document; null when it lies in another cell. */
  toEditor(range: Range): Range | null;
  /** The workspace edit for engine edits of the checked text; null when they cannot be placed. */
  edit(edits: TextEdit[]): WorkspaceEdit | null;
  /** The workspace edit that turns the checked text into `text`. */
  editTo(text: string): WorkspaceEdit | null;
}

function placement(uri: string, key: string, open: OpenDocument, document: TextDocument): Placement {
  const cells = open.cells;
  if (!cells) {
    return {
      toChecked: (position) => position,
      toEditor: (range) => range,
      edit: (edits) => ({ changes: { [uri]: edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text })) } }),
      editTo: (text) => ({ changes: { [key]: [minimalEdit(document, document.getText(), text)] } }),
    };
  }
  const editTo = (text: string) => {
    const changes = cells.changesTo(text);
    return changes ? { changes } : null;
  };
  return {
    toChecked: (position) => cells.toJoined(uri, position),
    toEditor: (range) => {
      const placed = cells.toCell(range);
      return placed?.uri === uri ? placed.range : null;
    },
    edit: (edits) => editTo(applyEdits(document.getText(), edits)),
    editTo,
  };
}

/** A quick fix's title says whose it is: "Django Upgrade (conf-urls-url): Replace with path()". */
export function actionTitle(ruleId: string, title: string): string {
  return `Django Upgrade (${ruleId}): ${title}`;
}

/** The file an open document's URI names, or null (an unsaved or virtual document). */
function fileOf(uri: string): string | null {
  return uri.startsWith('file:') ? fileURLToPath(uri) : null;
}
