// The workspace scan over the protocol: checks every file of the folders in worker threads,
// publishes what it finds in the files that are not open, keeps those findings current as files
// change on disk or are closed and as folders are added or removed, feeds the tree view, and
// builds fix-all-in-workspace's edit (with progress, cancellable, each file's fixes computed off
// the main thread by the fix-all thread, so other requests are answered meanwhile).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, Connection, InitializeParams, WorkDoneProgressReporter, WorkspaceEdit } from 'vscode-languageserver/node';
import { FixAllWorkspaceResult, PositionedFinding, scanResultsNotification, ScanWorkspaceResult, WorkspaceFinding } from '../../../common/protocol';
import { fixApplies } from '../engine/apply-fixes';
import { LineIndex, positionFindings } from '../engine/text-positions';
import type { Finding } from '../engine/types';
import { checkFile } from '../project/check-file';
import { findSourceFiles, languageOfPath } from '../project/source-files';
import { scanInWorkers } from '../project/workspace-scan';
import type { DiagnosticFormat } from './diagnostics';
import type { AnalyzerHandle, DocumentListener, OpenDocuments } from './documents';
import type { FixAllThread } from './fix-all-thread';
import { minimalEdit } from './minimal-edit';
import type { ServerSettings } from './settings';
import type { Workspace } from './workspace';

export class WorkspaceFindings implements DocumentListener {
  /** What the workspace scan found in each file (kept current as files change), by URI. */
  private readonly scanned = new Map<string, PositionedFinding[]>();
  private scanDone = false;
  private treeTimer: NodeJS.Timeout | null = null;
  private canShowProgress = false;

  constructor(
    private readonly connection: Connection,
    private readonly analyzer: AnalyzerHandle,
    private readonly settings: ServerSettings,
    private readonly workspace: Workspace,
    private readonly documents: OpenDocuments,
    private readonly format: DiagnosticFormat,
    private readonly fixAllThread: FixAllThread,
  ) {}

  initialize(params: InitializeParams): void {
    this.canShowProgress = Boolean(params.capabilities.window?.workDoneProgress);
  }

  checked(): void {
    if (this.scanDone) this.scheduleTreeUpdate();
  }

  /** A file the workspace scan covered gets its findings on disk back; any other loses its squiggles. */
  closed(uri: string): void {
    if (this.scanDone) this.recheckFile(uri);
    else void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Keeps the scan's findings current for files changed on disk (not open in the editor). */
  changedOnDisk(uris: string[]): void {
    if (!this.scanDone) return;
    for (const uri of uris) if (!this.documents.has(uri)) this.recheckFile(uri);
  }

  /** Checks one file on disk again (after a change or a close) and republishes its scan findings. */
  private recheckFile(uri: string): void {
    const analyzer = this.analyzer.current;
    if (!analyzer || !uri.startsWith('file:')) return;
    if (!this.settings.enabledFor(uri)) return this.setScanned(uri, []);
    const file = fileURLToPath(uri);
    const language = languageOfPath(file);
    if (!language || (language === 'django-template' && !this.workspace.checksTemplate(file))) return;
    const project = this.workspace.projectFor(uri)!;
    const checked = checkFile(analyzer, project, file, this.settings.lintOptions(project, file), this.settings.valuesFor(file).maxFileSizeBytes);
    const findings = 'skipped' in checked ? [] : positionFindings(checked.findings, new LineIndex(checked.text));
    this.setScanned(uri, findings);
    this.scheduleTreeUpdate();
  }

  private setScanned(uri: string, findings: PositionedFinding[]): void {
    if (findings.length) this.scanned.set(uri, findings);
    else this.scanned.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => this.format.toDiagnostic(f)) });
  }

  /** Sends the tree view every finding of the workspace: scan results, with open documents' live ones. */
  private scheduleTreeUpdate(): void {
    if (this.treeTimer) return;
    this.treeTimer = setTimeout(() => {
      this.treeTimer = null;
      const findings: WorkspaceFinding[] = [];
      for (const [uri, list] of this.scanned) if (!this.documents.has(uri)) for (const f of list) findings.push({ ...f, uri });
      for (const uri of this.documents.uris()) for (const { uri: placed, finding } of this.documents.placedFindings(uri)) findings.push({ ...finding, uri: placed });
      void this.connection.sendNotification(scanResultsNotification, { findings });
    }, 300);
  }

  /**
   * The source files under `roots` (default: every workspace folder), without the excluded ones,
   * and without the `templates/` files of folders that hold no Django project (as in the editor).
   */
  private sourceFiles(roots = this.workspace.folderPaths()): ReturnType<typeof findSourceFiles> {
    const found = findSourceFiles(roots, { exclude: this.settings.excludeMatcher(roots, this.workspace.configs) });
    return { ...found, files: found.files.filter((file) => languageOfPath(file) !== 'django-template' || this.workspace.checksTemplate(file)) };
  }

  /** The workspace folders where `djangoUpgrade.enable` is on. */
  private enabledFolders(): string[] {
    return this.workspace.folderPaths().filter((root) => this.settings.enabledFor(pathToFileURL(root).toString()));
  }

  /** The settings changed: the scan's findings in files where `djangoUpgrade.enable` is now off go away. */
  settingsChanged(): void {
    for (const uri of [...this.scanned.keys()]) if (!this.settings.enabledFor(uri) && !this.documents.has(uri)) this.setScanned(uri, []);
    if (this.scanDone) this.scheduleTreeUpdate();
  }

  /**
   * Folders were added to or removed from the workspace. Once the workspace has been scanned, an
   * added folder is scanned too (its files are then kept current like the others), and a removed
   * folder's findings go away.
   */
  async foldersChanged(added: string[], removed: string[]): Promise<void> {
    if (!this.scanDone) return;
    const inside = (uri: string, roots: string[]) => {
      const file = fileURLToPath(uri);
      return roots.some((root) => file.startsWith(root + path.sep));
    };
    const stillIn = this.workspace.folderPaths();
    for (const uri of [...this.scanned.keys()]) {
      if (inside(uri, removed) && !inside(uri, stillIn) && !this.documents.has(uri)) this.setScanned(uri, []);
    }
    const enabled = added.filter((root) => this.settings.enabledFor(pathToFileURL(root).toString()));
    if (enabled.length) await this.scanRoots(enabled, { isCancellationRequested: false });
    this.scheduleTreeUpdate();
  }

  /**
   * Checks every file of the workspace folders in worker threads, publishing findings for the files
   * that are not open (open ones keep their live diagnostics). A cancelled scan clears what it
   * published, so no half-finished or stale results stay in the Problems panel.
   */
  async scan(token: { isCancellationRequested: boolean }): Promise<ScanWorkspaceResult> {
    await this.analyzer.ready;
    const roots = this.enabledFolders();
    if (roots.length === 0 && this.workspace.folderPaths().length > 0) return { files: 0, findings: 0, skipped: 0, disabled: true };
    const result = await this.scanRoots(roots, token);
    if (result.cancelled) {
      for (const uri of [...this.scanned.keys()]) if (!this.documents.has(uri)) this.setScanned(uri, []);
      this.scanDone = false;
      return { ...result, findings: 0 };
    }
    this.scanDone = true;
    this.scheduleTreeUpdate();
    return result;
  }

  /** Scans the files under `roots` and publishes their findings; files whose findings are gone are cleared. */
  private async scanRoots(roots: string[], token: { isCancellationRequested: boolean }): Promise<ScanWorkspaceResult> {
    const progress = this.canShowProgress ? await this.connection.window.createWorkDoneProgress() : null;
    const { files, skipped } = this.sourceFiles(roots);
    progress?.begin('Django Upgrade: scanning', 0, `0/${files.length} files`, true);
    let findings = 0;
    let skippedCount = skipped.length;
    let done = 0;
    const isCancelled = () => token.isCancellationRequested || Boolean(progress?.token.isCancellationRequested);
    const under = (uri: string) => roots.some((root) => fileURLToPath(uri).startsWith(root + path.sep));
    const previous = new Set([...this.scanned.keys()].filter(under));
    const seen = new Set<string>();
    for (const skip of skipped) this.connection.console.log(`skipped ${skip.path}: ${skip.reason}`);
    const report = () => {
      done++;
      if (done % 20 === 0) progress?.report(Math.round((done / Math.max(1, files.length)) * 100), `${done}/${files.length} files`);
    };
    try {
      const openFiles = files.filter((file) => this.documents.has(pathToFileURL(file).toString()));
      for (const file of openFiles) findings += this.documents.findingsOf(pathToFileURL(file).toString()).length;
      const closed = files.filter((file) => !this.documents.has(pathToFileURL(file).toString()));
      await scanInWorkers(
        closed,
        { scopes: this.settings.scopedValues() },
        {
          onFile: (file, list) => {
            const uri = pathToFileURL(file).toString();
            seen.add(uri);
            findings += list.length;
            if (list.length || previous.has(uri)) this.setScanned(uri, list);
            report();
          },
          onSkipped: (file, reason) => {
            skippedCount++;
            this.connection.console.log(`skipped ${file}: ${reason}`);
            report();
          },
          isCancelled,
        },
      );
    } finally {
      progress?.done();
    }
    if (isCancelled()) {
      for (const uri of seen) if (!this.documents.has(uri)) this.setScanned(uri, []);
      return { files: files.length, findings, skipped: skippedCount, cancelled: true };
    }
    // Files that had findings before but are gone now.
    for (const uri of previous) if (!seen.has(uri) && !this.documents.has(uri)) this.setScanned(uri, []);
    return { files: files.length, findings, skipped: skippedCount };
  }

  /**
   * The open document that holds the newest text of each file, by real path: one file may be open
   * under two URIs (a symlinked folder), and only the copy edited last has the unsaved edits.
   */
  private newestOpenByRealPath(): Map<string, string> {
    const newest = new Map<string, string>();
    for (const uri of this.documents.uris()) {
      if (!uri.startsWith('file:')) continue;
      const real = realPath(fileURLToPath(uri));
      const other = newest.get(real);
      if (!other || this.documents.get(uri)!.changed > this.documents.get(other)!.changed) newest.set(real, uri);
    }
    return newest;
  }

  /**
   * A workspace edit with every fix fix-all applies (the safe ones; with `djangoUpgrade.unsafeFixes`
   * all), annotated so the editor asks first. Each file is fixed once, under the URI of its newest
   * open text when it is open (whatever path the walk found it by), for the version whose text was
   * fixed (an edit meanwhile makes the editor refuse that file's change). Reports progress per
   * file, stops when cancelled, and computes each file's fixes in the fix-all thread, so the editor
   * stays responsive while it runs.
   */
  async fixAll(token: CancellationToken, progress: WorkDoneProgressReporter): Promise<FixAllWorkspaceResult> {
    const analyzer = await this.analyzer.ready;
    const roots = this.enabledFolders();
    if (roots.length === 0 && this.workspace.folderPaths().length > 0) return { edit: null, files: 0, disabled: true };
    const { files } = this.sourceFiles(roots);
    const applies = (findings: Finding[], unsafe: boolean) => findings.some((f) => f.fix && fixApplies(f.fix, unsafe));
    let withUnsafe = false;
    const openByRealPath = this.newestOpenByRealPath();
    const fixedFiles = new Set<string>();
    const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
    progress.begin('Django Upgrade: fixing the workspace', 0, `0/${files.length} files`, true);
    try {
      for (const [index, found] of files.entries()) {
        await nextTurn();
        if (token.isCancellationRequested) return { edit: null, files: 0, cancelled: true };
        if (index % 10 === 0) progress.report(Math.round((index / files.length) * 100), `${index}/${files.length} files`);
        const real = realPath(found);
        if (fixedFiles.has(real)) continue;
        fixedFiles.add(real);
        const openUri = openByRealPath.get(real);
        const uri = openUri ?? pathToFileURL(found).toString();
        const file = openUri ? fileURLToPath(openUri) : found;
        const project = this.workspace.projectFor(uri)!;
        const options = this.settings.lintOptions(project, file);
        const unsafe = this.settings.valuesFor(file).unsafeFixes;
        const open = openUri ? this.documents.get(openUri) : undefined;
        let text: string;
        let version: number | null = null;
        if (open) {
          if (!applies(this.documents.findingsOf(uri), unsafe)) continue;
          text = open.document.text;
          version = open.document.version;
        } else {
          const checked = checkFile(analyzer, project, file, options, this.settings.valuesFor(file).maxFileSizeBytes);
          if ('skipped' in checked || !applies(checked.findings, unsafe)) continue;
          if (checked.encoding !== 'utf-8') {
            // The editor opens the file in its own encoding: an edit computed on this decoding of it
            // could write other bytes. `djupgrade fix` writes such files in their encoding.
            this.connection.console.log(`not fixed in the workspace: ${file} is ${checked.encoding} (open it, or run djupgrade fix)`);
            continue;
          }
          text = checked.text;
        }
        const language = languageOfPath(file)!;
        const input = { language, path: project.relativePath(file), text, fileKinds: project.fileKinds(file) };
        const fixed = await this.fixAllThread.fix(input, options, unsafe, token, () => analyzer.fix(input, options, unsafe).text);
        if (fixed === null || token.isCancellationRequested) return { edit: null, files: 0, cancelled: true };
        if (fixed === text) continue;
        withUnsafe ||= unsafe;
        documentChanges.push({
          textDocument: { uri, version },
          edits: [{ ...minimalEdit(new LineIndex(text), text, fixed), annotationId: 'djangoUpgrade.fixAll' }],
        });
      }
    } finally {
      progress.done();
    }
    if (documentChanges.length === 0) return { edit: null, files: 0 };
    return {
      files: documentChanges.length,
      edit: {
        documentChanges,
        changeAnnotations: {
          'djangoUpgrade.fixAll': { label: withUnsafe ? 'Django Upgrade: fixes (unsafe ones included)' : 'Django Upgrade: safe fixes', needsConfirmation: true, description: 'Rewrites deprecated Django APIs' },
        },
      },
    };
  }
}

/** Resolves after the event loop has handled what is waiting (requests, edits, cancellations). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A file's real path (symbolic links resolved), or the path itself when it cannot be resolved. */
function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}
