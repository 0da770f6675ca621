// The documents open in the editor: kept parsed incrementally, checked after typing pauses, and
// their findings published as diagnostics. Document notifications are handled one after another.
import { fileURLToPath } from 'node:url';
import type {
  Connection,
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
  DidSaveTextDocumentParams,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { PositionedFinding, templateLanguageIds, versionsNotification } from '../../../common/protocol';
import type { Tree } from 'web-tree-sitter';
import type { Analyzer, FileInput } from '../engine/analyzer';
import { CheckKind, IncrementalCheck } from '../engine/incremental-check';
import { finish } from '../engine/lint';
import { positionFindings } from '../engine/text-positions';
import type { Finding } from '../engine/types';
import { IncrementalDocument } from '../parsing/incremental-document';
import type { SourceLanguage } from '../parsing/languages';
import { languageOfPath } from '../project/source-files';
import { minimalEdit } from './minimal-edit';
import type { DiagnosticFormat } from './diagnostics';
import { JoinedCells, JoinedDocuments, NotebookSync } from './notebooks';
import type { ServerLintOptions, ServerSettings } from './settings';
import type { Workspace } from './workspace';

/**
 * How long typing must pause before a document is checked again, at least (docs/engine.md, "Checks
 * in the editor"): a keystroke usually re-checks only the statements it changed, in a few
 * milliseconds, so the pause is most of what the user waits for. A document whose last check took
 * longer waits that long instead (`pauseAfter`), so fast typing in it does not queue checks.
 */
export const debounceMs = 10;
/** The longest pause a slow check imposes. */
const maxDebounceMs = 250;

/** The pause before the next check of a document whose last check took `lastCheckMs`. */
export function pauseAfter(lastCheckMs: number): number {
  return Math.round(Math.min(maxDebounceMs, Math.max(debounceMs, lastCheckMs)));
}

/** What is left of the pause before a check, `sinceChangeMs` after the document last changed. */
export function pauseLeft(lastCheckMs: number, sinceChangeMs: number): number {
  return Math.max(0, Math.round(pauseAfter(lastCheckMs) - sinceChangeMs));
}

/**
 * How long a check took, as the pause before the next one counts it (`lastCheckMs`). A document's
 * first check (its whole text, when it opens) and a check again for other settings say nothing of
 * what the next keystroke costs: the first keystroke after opening a 5,000-line file waited as long
 * as the open's check (about 150 ms; 250 at 20,000 lines), though its own check took a few.
 */
export function checkCost(check: { lastKind: CheckKind; lastReason: string }, ms: number, previous: number): number {
  return check.lastKind === 'whole-file' && (check.lastReason === 'first check' || check.lastReason === 'other options') ? previous : ms;
}

/** The engine, once its grammars are loaded. */
export interface AnalyzerHandle {
  readonly ready: Promise<Analyzer>;
  readonly current: Analyzer | null;
}

export interface OpenDocument {
  document: IncrementalDocument;
  language: SourceLanguage;
  /**
   * Findings of the last check, for code actions; with the text they were computed on. The text,
   * not the version number: a client may send a whole new text under the same version, or an
   * older version after a newer one, and the old findings' offsets would then edit the new text.
   */
  findings: Finding[];
  findingsText: string | null;
  /** What the last check kept, to check only the changed statements next time. */
  check: IncrementalCheck;
  /** How long its last check took (ms of wall clock), for the pause before the next one. */
  lastCheckMs: number;
  /** A check running one rule at a time (`OpenDocuments.validate`), on a copy of the tree. */
  running?: RunningCheck | null;
  /** Counts revalidations (settings, versions): a check begun before one is stale when it ends. */
  generation?: number;
  /** When the document last changed (a counter shared by all documents): the newest of two copies of one file wins. */
  changed: number;
  /** When it last changed (`performance.now()`): the pause before a check runs from there. */
  changedAt?: number;
  timer: NodeJS.Timeout | null;
  /** The fix-all edit computed for the document after its `changed`-th change, with those settings (code-actions.ts). */
  fixAll?: { changed: number; generation: number; unsafe: boolean; edit: WorkspaceEdit | null };
  /** For a notebook: its Python cells, joined into `document`. */
  cells?: JoinedCells;
  /** For a notebook: the cells that have diagnostics published. */
  publishedCells?: Set<string>;
  /** A reparse is scheduled for the pause before the next check (`parseDuringPause`). */
  parsing?: boolean;
  /** What its checks take besides its text, for the current `generation` (`OpenDocuments.contextOf`). */
  context?: CheckContext;
}

/**
 * What checking an open document takes besides its text: whether it is enabled or excluded, the
 * size limit, the options and the engine's input. Every keystroke's check asked the settings and the
 * workspace for them again (the URI parsed, the project's exclusion globs compiled: about 0.5 ms of
 * a keystroke); they change only with the settings, the projects or the folders, each of which
 * revalidates the open documents (`revalidateAll`: a new generation).
 */
interface CheckContext {
  generation: number;
  enabled: boolean;
  /** Why the project's configuration excludes the document, or null. */
  excluded: string | null;
  maxBytes: number;
  /** With `versions`, computed for an enabled document only. */
  options: ServerLintOptions | null;
  /** `options.versions` as JSON: the versions announced to the client. */
  versions: string;
  input: Omit<FileInput, 'text'>;
}

/** A check of an open document in progress: its steps, and what it checks. */
interface RunningCheck {
  /** Begun during the pause (`checkDuringPause`): its end publishes only if the pause is over. */
  duringPause?: boolean;
  steps: Generator<void, Finding[]>;
  text: string;
  tree: Tree;
  started: number;
  generation: number;
  versions: string;
}

/** How long a running check keeps the thread before other requests get a turn. */
const sliceMs = 8;

/**
 * Turns of the event loop between two slices of a check. vscode-jsonrpc reads each message in a
 * turn of its own (`setImmediate`) and handles it in the next, one message after the other: with a
 * single turn between slices, a code action and a hover sent together waited three slices (24 ms
 * and more), and a short check ended first. A turn with nothing to do costs microseconds.
 */
export const turnsBetweenSlices = 4;

/** Runs `then` after `turns` turns of the event loop (`setImmediate`), letting what is queued meanwhile go first. */
export function afterTurns(turns: number, then: () => void): void {
  setImmediate(turns <= 1 ? then : () => afterTurns(turns - 1, then));
}

/**
 * Reparses a changed document in the next turn of the event loop, during the pause before its
 * check (`schedule`): what the user waits for after the pause is then the check alone (an
 * incremental reparse is 1–5 ms of a keystroke in a 5,000–20,000-line file). Changes that arrive
 * together are parsed once; a document closed meanwhile, or one its check would skip unparsed (too
 * large, binary, excluded: `checkable`), is not parsed; a check that starts first parses the
 * document itself.
 */
export function parseDuringPause(open: { document: { getTree(): unknown }; parsing?: boolean }, stillOpen: () => boolean, then?: () => void): void {
  if (open.parsing) return;
  open.parsing = true;
  setImmediate(() => {
    open.parsing = false;
    if (!stillOpen()) return;
    try {
      open.document.getTree();
    } catch {
      // The check parses again and reports what went wrong.
      return;
    }
    then?.();
  });
}

/**
 * A document whose last check of an edit took at most this long (ms) is checked during the pause,
 * right after its reparse, and the pause's end only publishes what that check found
 * (`checkDuringPause`). Below `sliceMs`, so such a check is one slice: it does not hold other
 * requests' turns.
 */
export const cheapCheckMs = 4;

/** What `onTime` sleeps on (nothing ever wakes it: the timeout does). */
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `then` `ms` milliseconds from now, on time (the debounce before a check). libuv counts a
 * timer in whole milliseconds from a clock it reads in whole milliseconds, and the event loop
 * wakes after the kernel's timeout: the debounce's timer fired 0.5–0.7 ms late (p50, a trace of the
 * bench's keystrokes; docs/engine.md), time the user waits for nothing. The timer is set one
 * millisecond short, and what is left of the pause when it fires (under 2 ms) is slept through
 * (`Atomics.wait`: a futex with a timeout, no CPU spent); never earlier than `ms`.
 */
export function onTime(ms: number, then: () => void): NodeJS.Timeout {
  const due = performance.now() + ms;
  const fire = () => {
    const left = due - performance.now();
    if (left > 2) {
      // Woken far too early (a clock step): wait again.
      timer.refresh();
      return;
    }
    if (left > 0) Atomics.wait(sleeper, 0, 0, left);
    then();
  };
  const timer = setTimeout(fire, Math.max(0, Math.floor(ms) - 1));
  return timer;
}

/** An open document, or the notebook an open cell belongs to (`key` is then the notebook's URI). */
export interface LocatedDocument {
  key: string;
  open: OpenDocument;
}

/** What else follows the open documents (the workspace scan's results). */
export interface DocumentListener {
  /** A document was checked and its diagnostics published. */
  checked(uri: string): void;
  /** A document was closed; its diagnostics are the listener's to publish or clear. */
  closed(uri: string): void;
}

/**
 * What an open document is checked as, or null for documents that are not checked. Documents
 * with a Django template language id are templates. An `html` or plain-text document (or one of
 * another language, such as a Jinja id) is a template only when it sits in a `templates/` folder
 * of a Django project: the extension no longer claims those files' language (HTML keeps its
 * completion and Emmet), and HTML outside Django projects is left alone.
 */
export function languageOf(languageId: string, uri: string, checksTemplate: (file: string) => boolean): SourceLanguage | null {
  if (languageId === 'python') return 'python';
  // `htmldjango` is the template filetype of Vim/Neovim and some other editors.
  if (templateLanguageIds.includes(languageId) || languageId === 'htmldjango') return 'django-template';
  if (!uri.startsWith('file:')) return null;
  const file = fileURLToPath(uri);
  const language = languageOfPath(file);
  return language !== 'django-template' || checksTemplate(file) ? language : null;
}

export class OpenDocuments implements JoinedDocuments {
  private readonly open = new Map<string, OpenDocument>();
  /** The notebook of each open cell. */
  private readonly cellNotebooks = new Map<string, string>();
  private readonly lastVersions = new Map<string, string>();
  private changes = 0;
  /**
   * Document notifications are handled in the order they arrive, each after the previous one has
   * finished: a didChange that comes while its didOpen still waits for the grammars (or the first
   * settings) was dropped, and the server then checked another text than the editor's.
   */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly analyzer: AnalyzerHandle,
    private readonly settings: ServerSettings,
    private readonly workspace: Workspace,
    private readonly format: DiagnosticFormat,
    private readonly listener: DocumentListener,
  ) {}

  listen(): void {
    this.connection.onDidOpenTextDocument(this.inOrder((params) => this.didOpen(params)));
    this.connection.onDidChangeTextDocument(this.inOrder((params) => this.didChange(params)));
    this.connection.onDidSaveTextDocument(this.inOrder((params) => this.didSave(params)));
    this.connection.onDidCloseTextDocument(this.inOrder((params) => this.didClose(params)));
    new NotebookSync(this.connection, this, (handler) => this.inOrder(handler)).listen();
  }

  /** The open document with this URI, or the notebook holding the cell with this URI. */
  locate(uri: string): LocatedDocument | undefined {
    const key = this.cellNotebooks.get(uri) ?? uri;
    const open = this.open.get(key);
    return open ? { key, open } : undefined;
  }

  get(uri: string): OpenDocument | undefined {
    return this.open.get(uri);
  }

  has(uri: string): boolean {
    return this.open.has(uri);
  }

  uris(): IterableIterator<string> {
    return this.open.keys();
  }

  /** Wraps a document notification handler so that it runs after the previous ones have finished. */
  private inOrder<T>(handler: (params: T) => void | Promise<void>): (params: T) => void {
    return (params) => {
      this.queue = this.queue
        .then(() => handler(params))
        .catch((error) => this.connection.console.error(`handling a document notification failed: ${(error as Error).stack ?? error}`));
    };
  }

  /** The engine, once the first settings are read (a client that never sends `initialized` gets the defaults). */
  private async ready(): Promise<Analyzer> {
    const analyzer = await this.analyzer.ready;
    await Promise.race([this.settings.loaded, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
    return analyzer;
  }

  private async didOpen({ textDocument }: DidOpenTextDocumentParams): Promise<void> {
    const language = languageOf(textDocument.languageId, textDocument.uri, (file) => this.workspace.checksTemplate(file));
    if (!language) return;
    const analyzer = await this.ready();
    if (!analyzer.supports(language)) {
      this.connection.console.warn(`Django template grammar unavailable: ${textDocument.uri} is not checked.`);
      return;
    }
    const document = new IncrementalDocument(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text, analyzer.parser(language));
    this.open.get(textDocument.uri)?.document.dispose();
    this.open.set(textDocument.uri, { document, language, findings: [], findingsText: null, check: new IncrementalCheck(analyzer.rules), lastCheckMs: 0, changed: ++this.changes, timer: null });
    this.validate(textDocument.uri);
  }

  private didChange({ textDocument, contentChanges }: DidChangeTextDocumentParams): void {
    const open = this.open.get(textDocument.uri);
    if (!open) return;
    open.document.update(contentChanges, textDocument.version);
    open.changed = ++this.changes;
    open.changedAt = performance.now();
    if (this.settings.checksOnType(textDocument.uri)) {
      this.schedule(textDocument.uri);
      parseDuringPause(open, () => this.open.get(open.document.uri) === open && this.checkable(open.document.uri, open), () => this.checkDuringPause(textDocument.uri, open));
    }
  }

  /**
   * Checks a document during the pause, right after its reparse, when its checks of edits are
   * cheap (`cheapCheckMs`: a statement check of a file of a few thousand lines, a template's text
   * edit): the pause's end then publishes what it found (`validate`: the findings are for the
   * current text and settings), instead of the user waiting for the check after the pause. An edit
   * meanwhile makes the findings another text's: the pause after it checks again. Keystrokes
   * further apart than the pause cost what they did (one check each); a burst faster than the pause
   * costs one check per keystroke instead of one per burst. A document whose checks take longer,
   * or whose edits were never checked yet (its last check is the open's), waits for the pause.
   */
  private checkDuringPause(uri: string, open: OpenDocument): void {
    if (this.open.get(uri) !== open || open.running || !open.timer || open.lastCheckMs <= 0 || open.lastCheckMs > cheapCheckMs) return;
    this.begin(uri, open, true);
  }

  /** With `djangoUpgrade.run` "onSave", a save is what checks a document again. */
  private didSave({ textDocument }: DidSaveTextDocumentParams): void {
    if (!this.settings.checksOnType(textDocument.uri)) this.schedule(textDocument.uri);
  }

  private didClose({ textDocument }: DidCloseTextDocumentParams): void {
    const open = this.open.get(textDocument.uri);
    if (!open) return;
    if (open.timer) clearTimeout(open.timer);
    open.document.dispose();
    this.open.delete(textDocument.uri);
    // Reopened, it gets its versions again (the editor forgets them on close).
    this.lastVersions.delete(textDocument.uri);
    this.listener.closed(textDocument.uri);
  }

  async openJoined(uri: string, version: number, cells: JoinedCells): Promise<void> {
    const analyzer = await this.ready();
    const document = new IncrementalDocument(uri, 'python', version, cells.text, analyzer.parser('python'));
    this.open.get(uri)?.document.dispose();
    this.open.set(uri, { document, language: 'python', findings: [], findingsText: null, check: new IncrementalCheck(analyzer.rules), lastCheckMs: 0, changed: ++this.changes, timer: null, cells, publishedCells: new Set() });
    this.setCells(uri, cells);
    this.validate(uri);
  }

  /** The notebook's cells changed: the joined text is updated with one edit, so it is reparsed incrementally. */
  changeJoined(uri: string, version: number, cells: JoinedCells): void {
    const open = this.open.get(uri);
    if (!open) return;
    const edit = minimalEdit(open.document.textDocument, open.document.text, cells.text);
    open.document.update([{ range: edit.range, text: edit.newText }], version);
    open.changed = ++this.changes;
    open.changedAt = performance.now();
    this.setCells(uri, cells);
    if (this.settings.checksOnType(uri)) {
      this.schedule(uri);
      parseDuringPause(open, () => this.open.get(open.document.uri) === open && this.checkable(open.document.uri, open));
    }
  }

  savedJoined(uri: string): void {
    if (!this.settings.checksOnType(uri)) this.schedule(uri);
  }

  closeJoined(uri: string): void {
    const open = this.open.get(uri);
    if (!open) return;
    if (open.timer) clearTimeout(open.timer);
    open.document.dispose();
    this.open.delete(uri);
    this.lastVersions.delete(uri);
    this.setCells(uri, new JoinedCells([]));
    for (const cell of open.publishedCells ?? []) void this.connection.sendDiagnostics({ uri: cell, diagnostics: [] });
  }

  private setCells(notebook: string, cells: JoinedCells): void {
    const open = this.open.get(notebook);
    if (open) open.cells = cells;
    for (const [cell, owner] of [...this.cellNotebooks]) if (owner === notebook && !cells.has(cell)) this.cellNotebooks.delete(cell);
    for (const cell of cells.cells) this.cellNotebooks.set(cell.uri, notebook);
  }

  /** Checks a document once typing has paused (`pauseAfter`), or after `pause` ms. */
  private schedule(uri: string, pause?: number): void {
    const open = this.open.get(uri);
    if (!open) return;
    if (open.timer) clearTimeout(open.timer);
    // Debounced, so a burst of keystrokes costs one check; the timer also yields to other requests.
    open.timer = onTime(pause ?? pauseAfter(open.lastCheckMs), () => {
      open.timer = null;
      this.validate(uri);
    });
  }

  /** The settings or the project's versions changed: the findings cached for a version are stale. */
  revalidateAll(): void {
    for (const open of this.open.values()) {
      open.findingsText = null;
      open.generation = (open.generation ?? 0) + 1;
    }
    for (const uri of this.open.keys()) this.schedule(uri);
  }

  /** Lints the current text of an open document (reparsing incrementally) and caches the findings. */
  findingsOf(uri: string): Finding[] {
    const open = this.open.get(uri);
    const analyzer = this.analyzer.current;
    if (!open || !analyzer) return [];
    const context = this.contextOf(uri, open);
    if (!context.options) return [];
    // A check running one rule at a time ends now: asked for this document, we answer for it (and
    // publish what it found, as its last step would have).
    const running = open.running;
    if (running && this.complete(uri, open, running, finish(running.steps)) && !(running.duringPause && open.timer)) setImmediate(() => this.publish(uri));
    const text = open.document.text;
    if (open.findingsText === text) return open.findings;
    const { options, maxBytes, excluded } = context;
    // A file the project configuration excludes is not checked in the editor either (as `djupgrade scan FILE`).
    if (excluded) {
      if (open.findingsText === null) this.connection.console.log(`not checked: ${uri}: ${excluded}`);
      open.findings = [];
      open.check.reset();
    } else if (text.length > maxBytes) {
      this.connection.console.log(`skipped ${uri}: larger than djangoUpgrade.maxFileSizeBytes (${maxBytes})`);
      open.findings = [];
      open.check.reset();
    } else if (text.includes('\u0000')) {
      this.connection.console.log(`skipped ${uri}: binary content`);
      open.findings = [];
      open.check.reset();
    } else {
      try {
        const started = performance.now();
        const tree = open.document.getTree();
        open.findings = analyzer.lintChange(open.check, { ...context.input, text }, tree, open.document.takeChange(), options);
        open.lastCheckMs = checkCost(open.check, performance.now() - started, open.lastCheckMs);
      } catch (error) {
        this.connection.console.error(`checking ${uri} failed: ${(error as Error).stack ?? error}`);
        open.findings = [];
        open.check.reset();
      }
    }
    open.findingsText = text;
    this.announceVersions(uri, context.versions, options.versions);
    return open.findings;
  }

  /** What checking an open document takes besides its text, kept until the next revalidation (`CheckContext`). */
  private contextOf(uri: string, open: OpenDocument): CheckContext {
    const generation = open.generation ?? 0;
    if (open.context?.generation === generation) return open.context;
    const project = this.workspace.projectFor(uri);
    const file = uri.startsWith('file:') ? fileURLToPath(uri) : null;
    const enabled = this.settings.enabledFor(uri);
    const options = enabled ? this.settings.lintOptions(project, file) : null;
    const { text: _text, ...input } = this.workspace.fileInput(uri, open.language, '');
    open.context = {
      generation,
      enabled,
      excluded: project && file ? this.settings.excludedReason(project, file) : null,
      maxBytes: this.settings.valuesFor(file).maxFileSizeBytes,
      options,
      versions: JSON.stringify(options?.versions ?? null),
      input,
    };
    return open.context;
  }

  /** Tells the client the versions a document is checked against, when they change. */
  private announceVersions(uri: string, key: string, versions: object): void {
    if (this.lastVersions.get(uri) === key) return;
    this.lastVersions.set(uri, key);
    void this.connection.sendNotification(versionsNotification, { uri, ...versions });
  }

  /**
   * Whether a document's check parses it: the engine is ready, the document is enabled and not
   * excluded, not larger than `maxFileSizeBytes`, not binary (anything else is skipped unparsed).
   */
  private checkable(uri: string, open: OpenDocument): boolean {
    if (!this.analyzer.current) return false;
    const context = this.contextOf(uri, open);
    const text = open.document.text;
    return context.enabled && !context.excluded && text.length <= context.maxBytes && !text.includes('\u0000');
  }

  /**
   * Begins checking a document one rule at a time, giving other requests a turn every few
   * milliseconds; its end publishes the diagnostics. False when there is nothing to run that way
   * (the findings are known, or the document is not checked): `findingsOf` answers at once then.
   */
  private begin(uri: string, open: OpenDocument, duringPause = false): boolean {
    const analyzer = this.analyzer.current;
    if (!analyzer) return false;
    const text = open.document.text;
    if (open.findingsText === text) return false;
    if (!this.checkable(uri, open)) return false;
    const { options, input, versions } = this.contextOf(uri, open);
    if (!options) return false;
    let running: RunningCheck;
    try {
      const started = performance.now();
      // A copy: the document's own tree changes with the next keystroke, this check's must not.
      const tree = open.document.getTree().copy();
      const steps = analyzer.lintChangeSteps(open.check, { ...input, text }, tree, open.document.takeChange(), options);
      running = { steps, text, tree, started, generation: open.generation ?? 0, versions, duringPause };
      this.announceVersions(uri, versions, options.versions);
    } catch (error) {
      this.connection.console.error(`checking ${uri} failed: ${(error as Error).stack ?? error}`);
      open.check.reset();
      return false;
    }
    open.running = running;
    const slice = () => {
      if (open.running !== running) return;
      if (this.open.get(uri) !== open) {
        // Closed meanwhile.
        open.running = null;
        running.tree.delete();
        return;
      }
      const until = performance.now() + sliceMs;
      try {
        for (;;) {
          const step = running.steps.next();
          if (step.done) {
            // Begun during the pause: the pause's end publishes (`validate`), unless it is over.
            if (this.complete(uri, open, running, step.value) && !(running.duringPause && open.timer)) this.publish(uri);
            return;
          }
          if (performance.now() >= until) break;
        }
      } catch (error) {
        this.connection.console.error(`checking ${uri} failed: ${(error as Error).stack ?? error}`);
        open.check.reset();
        this.complete(uri, open, running, []);
        return;
      }
      afterTurns(turnsBetweenSlices, slice);
    };
    slice();
    return true;
  }

  /**
   * A running check has ended: its findings are the document's for the text it checked. True when
   * they are for the current text and settings (to be published); else another check is scheduled.
   */
  private complete(uri: string, open: OpenDocument, running: RunningCheck, findings: Finding[]): boolean {
    open.running = null;
    running.tree.delete();
    open.lastCheckMs = checkCost(open.check, performance.now() - running.started, open.lastCheckMs);
    open.findings = findings;
    // Settings or versions changed meanwhile: the findings are for the old ones; check again.
    const stale = running.generation !== (open.generation ?? 0);
    open.findingsText = stale ? null : running.text;
    // An edit while it ran found it running and left the new text to it: check that text once the
    // pause since that edit is over (it may be already: then at once, not after another pause).
    if (stale || running.text !== open.document.text) {
      this.schedule(uri, pauseLeft(open.lastCheckMs, performance.now() - (open.changedAt ?? 0)));
      return false;
    }
    return true;
  }

  /**
   * The findings of an open document placed in the editor's documents: the document itself, or
   * for a notebook the cell each finding is in.
   */
  placedFindings(uri: string): Array<{ uri: string; finding: PositionedFinding }> {
    const open = this.open.get(uri);
    if (!open) return [];
    const positioned = positionFindings(this.findingsOf(uri), open.document.textDocument);
    if (!open.cells) return positioned.map((finding) => ({ uri, finding }));
    const placed: Array<{ uri: string; finding: PositionedFinding }> = [];
    for (const finding of positioned) {
      const cell = open.cells.toCell(finding.range);
      if (cell) placed.push({ uri: cell.uri, finding: { ...finding, range: cell.range } });
    }
    return placed;
  }

  /**
   * Checks a document and publishes its diagnostics (a notebook's in each of its cells); a check
   * that runs rules publishes when it ends, and lets other requests in meanwhile.
   */
  private validate(uri: string): void {
    const open = this.open.get(uri);
    if (!open || !this.analyzer.current) return;
    // A check already running publishes when it ends; an edit since then schedules another.
    if (open.running) return;
    if (!this.begin(uri, open)) this.publish(uri);
  }

  /** Publishes a document's diagnostics (checking it first if its findings are not for its current text). */
  private publish(uri: string): void {
    const open = this.open.get(uri);
    if (!open || !this.analyzer.current) return;
    if (open.cells) {
      const placed = this.placedFindings(uri);
      const byCell = new Map<string, PositionedFinding[]>(open.cells.cells.map((cell) => [cell.uri, []]));
      for (const { uri: cell, finding } of placed) byCell.get(cell)?.push(finding);
      for (const cell of open.publishedCells ?? []) if (!byCell.has(cell)) void this.connection.sendDiagnostics({ uri: cell, diagnostics: [] });
      for (const [cell, findings] of byCell) void this.connection.sendDiagnostics({ uri: cell, diagnostics: findings.map((f) => this.format.toDiagnostic(f)) });
      open.publishedCells = new Set(byCell.keys());
    } else {
      const positions = open.document.textDocument;
      const diagnostics = this.findingsOf(uri).map((finding) => this.format.diagnosticOf(finding, positions));
      void this.connection.sendDiagnostics({ uri, version: open.document.version, diagnostics });
    }
    this.listener.checked(uri);
  }

  dispose(): void {
    for (const open of this.open.values()) open.document.dispose();
    this.open.clear();
  }
}
