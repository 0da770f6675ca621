// The language server: keeps open Python and template documents parsed incrementally, publishes
// the catalogue's findings as diagnostics, and offers quick fixes, "ignore on this line" and a
// fix-all source action. It reads files only; it never runs project code or opens a connection.
import * as path from 'node:path';
import ignore from 'ignore';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  Connection,
  createConnection,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextEdit as LspTextEdit,
  WorkspaceEdit,
  WorkspaceFolder,
} from 'vscode-languageserver/node';
import {
  DjangoUpgradeSettings,
  defaultSettings,
  fixAllCodeActionKind,
  fixAllWorkspaceRequest,
  auditReportRequest,
  AuditReportParams,
  AuditReportResult,
  scanResultsNotification,
  scanWorkspaceRequest,
  ScanWorkspaceResult,
  WorkspaceFinding,
  templateLanguageIds,
  versionsNotification,
  VersionsParams,
} from '../../common/protocol';
import { runAudit } from './audit/audit';
import { renderAuditHtml } from './audit/report';
import { Analyzer } from './engine/analyzer';
import type { LintOptions } from './engine/lint';
import { selectRules } from './engine/rule-selection';
import { suppressionEdit } from './engine/suppressions';
import type { Finding, Severity, TextEdit } from './engine/types';
import { IncrementalDocument } from './parsing/incremental-document';
import type { SourceLanguage } from './parsing/languages';
import { checkFile } from './project/check-file';
import { findProjectRoot, Project } from './project/project';
import { findSourceFiles, languageOfPath } from './project/source-files';
import { positionsOf, PositionedFinding } from './project/scan-protocol';
import { scanInWorkers } from './project/workspace-scan';
import { rules } from './rules';
import { isVersion } from './versions/django-version';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** How long typing must pause before a document is checked again. */
const debounceMs = 60;

interface OpenDocument {
  document: IncrementalDocument;
  language: SourceLanguage;
  /** Findings of the last check, for code actions; with the document version they belong to. */
  findings: Finding[];
  findingsVersion: number;
  timer: NodeJS.Timeout | null;
}

function languageOf(languageId: string, uri: string): SourceLanguage | null {
  if (languageId === 'python') return 'python';
  // `htmldjango` is the template filetype of Vim/Neovim and some other editors.
  if (templateLanguageIds.includes(languageId) || languageId === 'htmldjango') return 'django-template';
  if (uri.startsWith('file:')) return languageOfPath(fileURLToPath(uri));
  return null;
}

/** `files.exclude` is `{ glob: true | false | { when } }`; the globs that are simply on apply to the scan. */
export function filesExcludePatterns(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return [];
  return Object.entries(raw as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

/** A malformed setting gets a clear message and its default. */
export function readSettings(raw: unknown, warn: (message: string) => void): DjangoUpgradeSettings {
  const settings: DjangoUpgradeSettings = { ...defaultSettings };
  if (!raw || typeof raw !== 'object') return settings;
  const input = raw as Record<string, unknown>;
  for (const key of ['currentVersion', 'targetVersion'] as const) {
    const value = input[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' && isVersion(value)) settings[key] = value;
    else warn(`djangoUpgrade.${key} must be a Django version such as "3.2"; got ${JSON.stringify(value)}. Using the default.`);
  }
  if (input.showFutureDeprecations !== undefined) {
    if (typeof input.showFutureDeprecations === 'boolean') settings.showFutureDeprecations = input.showFutureDeprecations;
    else warn('djangoUpgrade.showFutureDeprecations must be true or false. Using false.');
  }
  for (const key of ['select', 'ignore', 'exclude'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) settings[key] = value as string[];
    else warn(`djangoUpgrade.${key} must be a list of strings. Ignoring it.`);
  }
  if (input.maxFileSizeBytes !== undefined) {
    if (typeof input.maxFileSizeBytes === 'number' && input.maxFileSizeBytes > 0) settings.maxFileSizeBytes = input.maxFileSizeBytes;
    else warn('djangoUpgrade.maxFileSizeBytes must be a positive number. Using the default.');
  }
  return settings;
}

export class DjangoUpgradeServer {
  private analyzer: Analyzer | null = null;
  private readonly ready: Promise<Analyzer>;
  private readonly documents = new Map<string, OpenDocument>();
  private readonly projects = new Map<string, Project>();
  private folders: WorkspaceFolder[] = [];
  private settings: DjangoUpgradeSettings = { ...defaultSettings };
  private canPullConfiguration = false;
  /** The editor's `files.exclude` globs that are turned on, which the workspace scan honours too. */
  private filesExclude: string[] = [];
  private canShowProgress = false;
  /** What the workspace scan found in each file (kept current as files change), by URI. */
  private readonly scanned = new Map<string, PositionedFinding[]>();
  private scanDone = false;
  private treeTimer: NodeJS.Timeout | null = null;
  private readonly lastVersions = new Map<string, string>();
  /**
   * Document notifications are handled in the order they arrive, each after the previous one has
   * finished: a didChange that comes while its didOpen still waits for the grammars (or the first
   * settings) was dropped, and the server then checked another text than the editor's.
   */
  private documentQueue: Promise<void> = Promise.resolve();
  /** Resolved once the first settings are read, so that documents are not first checked with the defaults. */
  private readonly settingsLoaded: Promise<void>;
  private markSettingsLoaded: () => void = () => {};

  constructor(private readonly connection: Connection) {
    this.settingsLoaded = new Promise((resolve) => (this.markSettingsLoaded = resolve));
    this.ready = Analyzer.create(rules, (message) => connection.console.warn(message)).then((analyzer) => (this.analyzer = analyzer));
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.loadSettings());
    connection.onDidChangeConfiguration(() => void this.loadSettings());
    connection.onDidOpenTextDocument(this.inOrder(async ({ textDocument }) => {
      const language = languageOf(textDocument.languageId, textDocument.uri);
      if (!language) return;
      const analyzer = await this.ready;
      // A client that never sends `initialized` still gets its documents checked, with the defaults.
      await Promise.race([this.settingsLoaded, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
      if (!analyzer.supports(language)) {
        connection.console.warn(`Django template grammar unavailable: ${textDocument.uri} is not checked.`);
        return;
      }
      const document = new IncrementalDocument(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text, analyzer.parser(language));
      this.documents.get(textDocument.uri)?.document.dispose();
      this.documents.set(textDocument.uri, { document, language, findings: [], findingsVersion: -1, timer: null });
      this.validate(textDocument.uri);
    }));
    connection.onDidChangeTextDocument(this.inOrder(({ textDocument, contentChanges }) => {
      const open = this.documents.get(textDocument.uri);
      if (!open) return;
      open.document.update(contentChanges, textDocument.version);
      this.schedule(textDocument.uri);
    }));
    connection.onDidCloseTextDocument(this.inOrder(({ textDocument }) => {
      const open = this.documents.get(textDocument.uri);
      if (!open) return;
      if (open.timer) clearTimeout(open.timer);
      open.document.dispose();
      this.documents.delete(textDocument.uri);
      // A file the workspace scan covered gets its findings on disk back; any other loses its squiggles.
      if (this.scanDone) this.recheckFile(textDocument.uri);
      else void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    }));
    connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((c) => /(requirements[^/]*\.(txt|in)|pyproject\.toml|setup\.(py|cfg)|Pipfile|manage\.py)$/.test(c.uri))) {
        for (const project of this.projects.values()) project.refresh();
        this.revalidateAll();
      }
      // Keep the scan's findings current for files changed on disk (not open in the editor).
      if (this.scanDone) for (const change of changes) if (!this.documents.has(change.uri)) this.recheckFile(change.uri);
    });
    connection.onCodeAction((params) => this.codeActions(params));
    connection.onRequest(scanWorkspaceRequest, (_params, token) => this.scanWorkspace(token));
    connection.onRequest(fixAllWorkspaceRequest, () => this.fixAllWorkspace());
    connection.onRequest(auditReportRequest, (params: AuditReportParams) => this.auditReport(params));
    connection.onShutdown(() => {
      for (const open of this.documents.values()) open.document.dispose();
      this.documents.clear();
    });
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    this.canPullConfiguration = Boolean(params.capabilities.workspace?.configuration);
    this.canShowProgress = Boolean(params.capabilities.window?.workDoneProgress);
    if (params.initializationOptions && typeof params.initializationOptions === 'object') {
      this.settings = readSettings((params.initializationOptions as { settings?: unknown }).settings ?? params.initializationOptions, (m) => this.connection.console.warn(m));
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllCodeActionKind, CodeActionKind.SourceFixAll] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'Django Upgrade', version: '0.1.0' },
    };
  }

  /** Wraps a document notification handler so that it runs after the previous ones have finished. */
  private inOrder<T>(handler: (params: T) => void | Promise<void>): (params: T) => void {
    return (params) => {
      this.documentQueue = this.documentQueue
        .then(() => handler(params))
        .catch((error) => this.connection.console.error(`handling a document notification failed: ${(error as Error).stack ?? error}`));
    };
  }

  private async loadSettings(): Promise<void> {
    if (this.canPullConfiguration) {
      try {
        const [raw, filesExclude] = await this.connection.workspace.getConfiguration([{ section: 'djangoUpgrade' }, { section: 'files.exclude' }]);
        this.settings = readSettings(raw, (message) => {
          this.connection.console.warn(message);
          void this.connection.window.showWarningMessage(`Django Upgrade: ${message}`);
        });
        this.filesExclude = filesExcludePatterns(filesExclude);
      } catch (error) {
        this.connection.console.warn(`could not read settings: ${error}`);
      }
    }
    if (this.folders.length === 0) {
      try {
        this.connection.workspace.onDidChangeWorkspaceFolders((event) => {
          this.folders = [...this.folders.filter((f) => !event.removed.some((r) => r.uri === f.uri)), ...event.added];
        });
      } catch {
        // the client does not support folder notifications
      }
    }
    this.markSettingsLoaded();
    this.revalidateAll();
  }

  private projectFor(uri: string): Project | null {
    if (!uri.startsWith('file:')) return null;
    const file = fileURLToPath(uri);
    const folder = this.folders
      .map((f) => (f.uri.startsWith('file:') ? fileURLToPath(f.uri) : ''))
      .filter((f) => f && (file === f || file.startsWith(f + path.sep)))
      .sort((a, b) => b.length - a.length)[0];
    const root = folder ? findProjectRoot(file).startsWith(folder) ? findProjectRoot(file) : folder : findProjectRoot(file);
    let project = this.projects.get(root);
    if (!project) this.projects.set(root, (project = new Project(root)));
    return project;
  }

  private optionsFor(project: Project | null): LintOptions & { versions: VersionsParams } {
    const versions = project
      ? project.versions({ current: this.settings.currentVersion, target: this.settings.targetVersion, source: 'djangoUpgrade setting' })
      : { current: this.settings.currentVersion || null, currentSource: 'djangoUpgrade setting', target: this.settings.targetVersion || '5.2', targetSource: 'default' };
    const selection = selectRules(rules, this.settings.select, this.settings.ignore);
    return {
      current: versions.current,
      target: versions.target,
      showFuture: this.settings.showFutureDeprecations,
      isEnabled: selection.isEnabled,
      versions: { current: versions.current, currentSource: versions.currentSource, target: versions.target, targetSource: versions.targetSource },
    };
  }

  private schedule(uri: string): void {
    const open = this.documents.get(uri);
    if (!open) return;
    if (open.timer) clearTimeout(open.timer);
    // Debounced, so a burst of keystrokes costs one check; the timer also yields to other requests.
    open.timer = setTimeout(() => {
      open.timer = null;
      this.validate(uri);
    }, debounceMs);
  }

  private revalidateAll(): void {
    // The settings or the project's versions changed: the findings cached for a version are stale.
    for (const open of this.documents.values()) open.findingsVersion = -1;
    for (const uri of this.documents.keys()) this.schedule(uri);
  }

  /** Lints the current text of an open document (reparsing incrementally) and caches the findings. */
  private findingsOf(uri: string): Finding[] {
    const open = this.documents.get(uri);
    if (!open || !this.analyzer) return [];
    if (open.findingsVersion === open.document.version) return open.findings;
    const text = open.document.text;
    const options = this.optionsFor(this.projectFor(uri));
    if (text.length > this.settings.maxFileSizeBytes) {
      this.connection.console.log(`skipped ${uri}: larger than djangoUpgrade.maxFileSizeBytes (${this.settings.maxFileSizeBytes})`);
      open.findings = [];
    } else if (text.includes('\u0000')) {
      this.connection.console.log(`skipped ${uri}: binary content`);
      open.findings = [];
    } else {
      const project = this.projectFor(uri);
      const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
      const input = {
        language: open.language,
        path: project ? project.relativePath(filePath) : path.basename(filePath),
        text,
        fileKinds: project ? project.fileKinds(filePath) : new Set<never>(),
      };
      try {
        open.findings = this.analyzer.lintTree(input, open.document.getTree(), options);
      } catch (error) {
        this.connection.console.error(`checking ${uri} failed: ${(error as Error).stack ?? error}`);
        open.findings = [];
      }
    }
    open.findingsVersion = open.document.version;
    const key = JSON.stringify(options.versions);
    if (this.lastVersions.get(uri) !== key) {
      this.lastVersions.set(uri, key);
      void this.connection.sendNotification(versionsNotification, { uri, ...options.versions });
    }
    return open.findings;
  }

  private validate(uri: string): void {
    const open = this.documents.get(uri);
    if (!open || !this.analyzer) return;
    const findings = this.findingsOf(uri);
    const diagnostics = findings.map((finding) => this.toDiagnostic(open.document.textDocument, finding));
    void this.connection.sendDiagnostics({ uri, version: open.document.version, diagnostics });
    if (this.scanDone) this.scheduleTreeUpdate();
  }

  /** Checks one file on disk again (after a change or a close) and republishes its scan findings. */
  private recheckFile(uri: string): void {
    if (!this.analyzer || !uri.startsWith('file:')) return;
    const file = fileURLToPath(uri);
    if (!languageOfPath(file)) return;
    const project = this.projectFor(uri)!;
    const checked = checkFile(this.analyzer, project, file, this.optionsFor(project), this.settings.maxFileSizeBytes);
    const findings = 'skipped' in checked ? [] : positionsOf(checked.text, checked.findings);
    this.setScanned(uri, findings);
    this.scheduleTreeUpdate();
  }

  private setScanned(uri: string, findings: PositionedFinding[]): void {
    if (findings.length) this.scanned.set(uri, findings);
    else this.scanned.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => this.positionedDiagnostic(f)) });
  }

  private positionedDiagnostic(f: PositionedFinding): Diagnostic {
    return {
      range: f.range,
      severity: severities[f.severity],
      code: f.rule,
      codeDescription: { href: f.docsUrl },
      source: 'Django Upgrade',
      message: f.message,
      tags: [DiagnosticTag.Deprecated],
      data: { fixable: f.hasFix },
    };
  }

  /** Sends the tree view every finding of the workspace: scan results, with open documents' live ones. */
  private scheduleTreeUpdate(): void {
    if (this.treeTimer) return;
    this.treeTimer = setTimeout(() => {
      this.treeTimer = null;
      const findings: WorkspaceFinding[] = [];
      const toWorkspace = (uri: string, f: PositionedFinding): WorkspaceFinding => ({
        uri, range: f.range, rule: f.rule, title: f.title, message: f.message, severity: f.severity,
        deprecatedIn: f.deprecatedIn, removedIn: f.removedIn, fixable: f.fixable,
      });
      for (const [uri, list] of this.scanned) if (!this.documents.has(uri)) for (const f of list) findings.push(toWorkspace(uri, f));
      for (const [uri, open] of this.documents) {
        for (const f of positionsOf(open.document.text, this.findingsOf(uri))) findings.push(toWorkspace(uri, f));
      }
      void this.connection.sendNotification(scanResultsNotification, { findings });
    }, 300);
  }

  private toDiagnostic(document: { positionAt(offset: number): { line: number; character: number } }, finding: Finding): Diagnostic {
    return {
      range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
      severity: severities[finding.severity],
      code: finding.rule.id,
      codeDescription: { href: finding.rule.docsUrl },
      source: 'Django Upgrade',
      message: finding.message,
      tags: [DiagnosticTag.Deprecated],
      data: { fixable: Boolean(finding.fix) },
    };
  }

  private codeActions(params: CodeActionParams): CodeAction[] {
    const uri = params.textDocument.uri;
    const open = this.documents.get(uri);
    if (!open || !this.analyzer) return [];
    const findings = this.findingsOf(uri);
    const document = open.document.textDocument;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const toLsp = (edits: TextEdit[]): LspTextEdit[] =>
      edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text }));
    if (wants(CodeActionKind.QuickFix)) {
      const start = document.offsetAt(params.range.start);
      const end = document.offsetAt(params.range.end);
      const seenSuppressions = new Set<string>();
      for (const finding of findings) {
        if (finding.end < start || finding.start > end) continue;
        const diagnostic = this.toDiagnostic(document, finding);
        if (finding.fix) {
          actions.push({
            title: finding.fix.title,
            kind: CodeActionKind.QuickFix,
            isPreferred: finding.fix.automatic,
            diagnostics: [diagnostic],
            edit: { changes: { [uri]: toLsp(finding.fix.edits) } },
          });
        }
        const suppressionKey = `${document.positionAt(finding.start).line}:${finding.rule.id}`;
        if (seenSuppressions.has(suppressionKey)) continue;
        seenSuppressions.add(suppressionKey);
        const suppression = suppressionEdit({ tree: open.document.getTree(), text: document.getText(), language: open.language }, finding.start, finding.rule.id);
        if (suppression) {
          actions.push({
            title: `Ignore \`${finding.rule.id}\` on this line`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [uri]: toLsp([suppression]) } },
          });
        }
      }
    }
    const fixAllRequested = only?.some((k) => fixAllCodeActionKind === k || fixAllCodeActionKind.startsWith(`${k}.`) || k === CodeActionKind.SourceFixAll);
    if (fixAllRequested || (!only && findings.some((f) => f.fix?.automatic))) {
      const edit = this.fixAllEdit(uri);
      if (edit) actions.push({ title: 'Fix all safe Django upgrade problems', kind: fixAllCodeActionKind, edit });
    }
    return actions;
  }

  /** One text edit covering what fix-all changes in an open document, or null when nothing changes. */
  private fixAllEdit(uri: string): WorkspaceEdit | null {
    const open = this.documents.get(uri);
    if (!open || !this.analyzer) return null;
    // Nothing to do without an automatic fix; this also keeps fix-all away from the documents that
    // are not checked (over maxFileSizeBytes, binary, too deeply nested).
    if (!this.findingsOf(uri).some((f) => f.fix?.automatic)) return null;
    const text = open.document.text;
    const project = this.projectFor(uri);
    const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    const input = { language: open.language, path: project ? project.relativePath(filePath) : filePath, text, fileKinds: project ? project.fileKinds(filePath) : new Set<never>() };
    const fixed = this.analyzer.fix(input, this.optionsFor(project));
    if (fixed.text === text) return null;
    return { changes: { [uri]: [minimalEdit(open.document.textDocument, text, fixed.text)] } };
  }

  /** The `djangoUpgrade.exclude` patterns, matched like .gitignore lines relative to each folder. */
  private excludeMatcher(roots: string[]): (full: string) => boolean {
    const patterns = [...this.settings.exclude, ...this.filesExclude];
    if (patterns.length === 0) return () => false;
    const matcher = ignore().add(patterns);
    return (full) =>
      roots.some((root) => {
        const relative = path.relative(root, full).split(path.sep).join('/');
        return relative !== '' && !relative.startsWith('..') && matcher.ignores(relative);
      });
  }

  private folderPaths(): string[] {
    return this.folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
  }

  /**
   * Checks every file of the workspace folders in worker threads, publishing findings for the files
   * that are not open (open ones keep their live diagnostics). A cancelled scan clears what it
   * published, so no half-finished or stale results stay in the Problems panel.
   */
  private async scanWorkspace(token: { isCancellationRequested: boolean }): Promise<ScanWorkspaceResult> {
    await this.ready;
    const progress = this.canShowProgress ? await this.connection.window.createWorkDoneProgress() : null;
    const roots = this.folderPaths();
    const { files, skipped } = findSourceFiles(roots, { exclude: this.excludeMatcher(roots) });
    progress?.begin('Django Upgrade: scanning', 0, `0/${files.length} files`, true);
    let findings = 0;
    let skippedCount = skipped.length;
    let done = 0;
    const isCancelled = () => token.isCancellationRequested || Boolean(progress?.token.isCancellationRequested);
    const previous = new Set(this.scanned.keys());
    const seen = new Set<string>();
    for (const skip of skipped) this.connection.console.log(`skipped ${skip.path}: ${skip.reason}`);
    const report = () => {
      done++;
      if (done % 20 === 0) progress?.report(Math.round((done / Math.max(1, files.length)) * 100), `${done}/${files.length} files`);
    };
    try {
      const openFiles = files.filter((file) => this.documents.has(pathToFileURL(file).toString()));
      for (const file of openFiles) findings += this.findingsOf(pathToFileURL(file).toString()).length;
      const closed = files.filter((file) => !this.documents.has(pathToFileURL(file).toString()));
      await scanInWorkers(
        closed,
        {
          currentVersion: this.settings.currentVersion,
          targetVersion: this.settings.targetVersion,
          showFuture: this.settings.showFutureDeprecations,
          select: this.settings.select,
          ignore: this.settings.ignore,
          maxBytes: this.settings.maxFileSizeBytes,
        },
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
      for (const uri of [...this.scanned.keys()]) if (!this.documents.has(uri)) this.setScanned(uri, []);
      this.scanDone = false;
      return { files: files.length, findings: 0, skipped: skippedCount, cancelled: true };
    }
    // Files that had findings before but are gone now.
    for (const uri of previous) if (!seen.has(uri) && !this.documents.has(uri)) this.setScanned(uri, []);
    this.scanDone = true;
    this.scheduleTreeUpdate();
    return { files: files.length, findings, skipped: skippedCount };
  }

  /** The audit of the project that contains `params.uri` (default: the first folder), as HTML. */
  private async auditReport(params: AuditReportParams): Promise<AuditReportResult> {
    const analyzer = await this.ready;
    const start = params.uri?.startsWith('file:') ? fileURLToPath(params.uri) : this.folderPaths()[0];
    if (!start) throw new Error('Open a folder to audit it.');
    const folder = this.folderPaths().find((f) => start === f || start.startsWith(f + path.sep));
    const root = folder && !findProjectRoot(start).startsWith(folder) ? folder : findProjectRoot(start);
    const selection = selectRules(rules, this.settings.select, this.settings.ignore);
    const report = runAudit(analyzer, root, {
      current: this.settings.currentVersion || undefined,
      target: this.settings.targetVersion || undefined,
      cwd: root,
      maxBytes: this.settings.maxFileSizeBytes,
      isEnabled: selection.isEnabled,
      log: (message) => this.connection.console.log(message),
    });
    return { html: renderAuditHtml(report), root };
  }

  /** A workspace edit with every safe fix in the workspace, annotated so the editor asks first. */
  private async fixAllWorkspace(): Promise<WorkspaceEdit> {
    const analyzer = await this.ready;
    const roots = this.folderPaths();
    const { files } = findSourceFiles(roots, { exclude: this.excludeMatcher(roots) });
    const documentChanges: WorkspaceEdit['documentChanges'] = [];
    for (const file of files) {
      const uri = pathToFileURL(file).toString();
      const project = this.projectFor(uri)!;
      const options = this.optionsFor(project);
      const open = this.documents.get(uri);
      let text: string;
      if (open) {
        if (!this.findingsOf(uri).some((f) => f.fix?.automatic)) continue;
        text = open.document.text;
      } else {
        const checked = checkFile(analyzer, project, file, options, this.settings.maxFileSizeBytes);
        if ('skipped' in checked || checked.findings.every((f) => !f.fix?.automatic)) continue;
        text = checked.text;
      }
      const language = languageOfPath(file)!;
      const fixed = analyzer.fix({ language, path: project.relativePath(file), text, fileKinds: project.fileKinds(file) }, options);
      if (fixed.text === text) continue;
      const lines = lineStarts(text);
      const document = { positionAt: (offset: number) => positionFromStarts(lines, offset) };
      documentChanges.push({
        textDocument: { uri, version: open ? open.document.version : null },
        edits: [{ ...minimalEdit(document, text, fixed.text), annotationId: 'djangoUpgrade.fixAll' }],
      });
    }
    return {
      documentChanges,
      changeAnnotations: {
        'djangoUpgrade.fixAll': { label: 'Django Upgrade: safe fixes', needsConfirmation: true, description: 'Rewrites deprecated Django APIs' },
      },
    };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

function positionFromStarts(starts: number[], offset: number): { line: number; character: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(document: { positionAt(offset: number): { line: number; character: number } }, before: string, after: string): LspTextEdit {
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

export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  new DjangoUpgradeServer(connection);
  connection.listen();
}

