// The language server: keeps open Python and template documents parsed incrementally, publishes
// the catalogue's findings as diagnostics, and offers quick fixes, "ignore on this line", hovers
// and a fix-all source action. It reads files only; it never runs project code or opens a connection.
//
// This file only wires the parts in `language-server/` to the connection: settings, the workspace
// (folders and projects), open documents and their diagnostics, code actions, hovers, the
// workspace scan with fix-all-in-workspace, and the audit report.
import {
  CodeActionKind,
  Connection,
  createConnection,
  InitializeParams,
  InitializeResult,
  MessageReader,
  ProposedFeatures,
  PublishDiagnosticsParams,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import {
  auditReportRequest,
  AuditReportParams,
  fixAllCodeActionKind,
  fixAllWorkspaceRequest,
  FixAllWorkspaceParams,
  loadWarningsLogRequest,
  LoadWarningsLogParams,
  scanWorkspaceRequest,
  unhandledRejectionMark,
} from '../../common/protocol';
import { Analyzer } from './engine/analyzer';
import { auditReport } from './language-server/audit-report';
import { CodeActions } from './language-server/code-actions';
import { DependencyFiles } from './language-server/dependency-files';
import { DiagnosticFormat } from './language-server/diagnostics';
import { consoleToClient, StdioMessageWriter } from './language-server/message-writer';
import { AnalyzerHandle, OpenDocuments } from './language-server/documents';
import { FixAllThread } from './language-server/fix-all-thread';
import { Hovers } from './language-server/hover';
import { RuntimeWarnings } from './language-server/runtime-warnings';
import { ServerSettings } from './language-server/settings';
import { Workspace } from './language-server/workspace';
import { WorkspaceFindings } from './language-server/workspace-findings';
import { rules } from './rules';

/** A change to one of these files can change a project's versions, configuration or settings modules. */
const projectFiles = /(requirements[^/]*\.(txt|in)|pyproject\.toml|djupgrade\.toml|setup\.(py|cfg)|Pipfile|manage\.py)$/;
/** A change to one of these can change the pinned releases (and their known vulnerabilities). */
const pinFiles = /(requirements[^/]*\.(txt|in)|requirements\/[^/]+\.(txt|in)|pyproject\.toml|setup\.(py|cfg)|Pipfile|poetry\.lock|uv\.lock|Pipfile\.lock)$/;

export class DjangoUpgradeServer {
  private readonly analyzer: AnalyzerHandle;
  private readonly settings: ServerSettings;
  private readonly workspace = new Workspace();
  private readonly documents: OpenDocuments;
  private readonly scanResults: WorkspaceFindings;
  private readonly codeActions: CodeActions;
  private readonly fixAllThread: FixAllThread;
  private readonly runtime: RuntimeWarnings;
  private readonly dependencyFiles: DependencyFiles;
  private readonly hovers: Hovers;
  private readonly format = new DiagnosticFormat();

  constructor(connection: Connection) {
    const ready = Analyzer.create(rules, (message) => connection.console.warn(message));
    const analyzer: { ready: Promise<Analyzer>; current: Analyzer | null } = { ready, current: null };
    void ready.then((loaded) => (analyzer.current = loaded));
    this.analyzer = analyzer;
    this.settings = new ServerSettings(connection, () => this.workspace.folderPaths());
    this.runtime = new RuntimeWarnings(connection, this.analyzer, this.settings, this.workspace, (uri) => this.documents.get(uri)?.document.text, this.format);
    // A file's diagnostics are published whole: what a loaded test log adds to a file joins every
    // publication of its findings, by the open documents and by the workspace scan alike.
    const publishing = new Proxy(connection, {
      get: (target, key, receiver) =>
        key === 'sendDiagnostics'
          ? (params: PublishDiagnosticsParams) =>
              target.sendDiagnostics({ ...params, diagnostics: [...params.diagnostics, ...(this.settings.enabledFor(params.uri) ? this.runtime.diagnosticsFor(params.uri) : [])] })
          : Reflect.get(target, key, receiver),
    });
    // The open documents tell the scan results when they are checked or closed.
    this.documents = new OpenDocuments(publishing, this.analyzer, this.settings, this.workspace, this.format, {
      checked: () => this.scanResults.checked(),
      closed: (uri) => this.scanResults.closed(uri),
    });
    this.fixAllThread = new FixAllThread(rules, (message) => connection.console.log(message));
    this.scanResults = new WorkspaceFindings(publishing, this.analyzer, this.settings, this.workspace, this.documents, this.format, this.fixAllThread);
    this.codeActions = new CodeActions(this.analyzer, this.documents, this.settings, this.workspace, this.format, this.fixAllThread);
    this.hovers = new Hovers(this.documents, this.settings, this.workspace, this.format);
    this.dependencyFiles = new DependencyFiles(connection, this.settings, this.workspace);

    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      // A folder added later brings its own settings; once they are read, it is scanned if the workspace was.
      this.workspace.trackFolderChanges(connection, (added, removed) => void this.reloadSettings().then(() => this.scanResults.foldersChanged(added, removed)));
      void this.reloadSettings();
    });
    connection.onDidChangeConfiguration(() => void this.reloadSettings());
    this.documents.listen();
    connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((c) => projectFiles.test(c.uri))) {
        this.workspace.refreshProjects();
        this.documents.revalidateAll();
      }
      this.scanResults.changedOnDisk(changes.map((c) => c.uri));
      if (changes.some((c) => pinFiles.test(c.uri))) this.dependencyFiles.refresh();
    });
    connection.onCodeAction(async (params, token) => {
      // The synchronous part first: a malformed request that makes it throw must not leave our
      // (async) actions' rejection unhandled, which would end the process.
      const dependencies = this.dependencyFiles.actions(params);
      return [...(await this.codeActions.actions(params, token)), ...dependencies];
    });
    connection.onCodeActionResolve((action, token) => this.codeActions.resolve(action, token));
    connection.onHover((params) => this.hovers.hover(params));
    connection.onRequest(scanWorkspaceRequest, (_params, token) => this.scanResults.scan(token));
    connection.onRequest(fixAllWorkspaceRequest, (params: FixAllWorkspaceParams | undefined, token) =>
      this.scanResults.fixAll(token, connection.window.attachWorkDoneProgress(params?.workDoneToken)),
    );
    connection.onRequest(auditReportRequest, async (params: AuditReportParams) =>
      auditReport(await this.analyzer.ready, this.settings, this.workspace, params, (message) => connection.console.log(message), (root) => this.runtime.reportFor(root)),
    );
    connection.onRequest(loadWarningsLogRequest, async (params: LoadWarningsLogParams) => {
      const result = await this.runtime.load(params);
      // Publish the changed files again: open ones are re-checked, closed ones get what the scan found (if it ran).
      this.documents.revalidateAll();
      for (const uri of result.uris) if (!this.documents.has(uri)) this.scanResults.closed(uri);
      return result;
    });
    connection.onShutdown(() => {
      this.documents.dispose();
      this.fixAllThread.dispose();
    });
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.workspace.initialize(params);
    this.settings.initialize(params);
    this.format.initialize(params);
    this.scanResults.initialize(params);
    this.codeActions.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        // Jupyter notebooks: their Python cells, checked together (language-server/notebooks.ts).
        notebookDocumentSync: { notebookSelector: [{ cells: [{ language: 'python' }] }], save: true },
        // Fix-all's edit is resolved when the action is picked, where the client can (code-actions.ts).
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllCodeActionKind, CodeActionKind.SourceFixAll], resolveProvider: true },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'Django Upgrade', version: '0.1.0' },
    };
  }

  private async reloadSettings(): Promise<void> {
    await this.settings.load();
    // Where Django Upgrade was turned off, the scan's findings go; open documents publish none.
    this.scanResults.settingsChanged();
    this.documents.revalidateAll();
    this.dependencyFiles.refresh();
  }
}

export function startServer(): void {
  // Over stdio, a writer that keeps the encoding of unchanged diagnostics (message-writer.ts); any
  // other transport (VS Code's Node IPC, sockets) as vscode-languageserver sets it up.
  // vscode-languageserver takes stdin as a stream and the writer as a writer (createMessageConnection
  // tells them apart at run time; its types want two of a kind), and exits when stdin ends, as it
  // does for the stdio it sets up itself.
  const stdio = process.argv.slice(2).includes('--stdio');
  const connection = stdio
    ? createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new StdioMessageWriter(process.stdout))
    : createConnection(ProposedFeatures.all);
  if (stdio) consoleToClient(connection);
  // A promise rejected with nothing waiting for it would end the process (Node's default), and the
  // editor would restart the server without its state, or give up after a few: the request that
  // caused it has had its answer, so log it and go on. The protocol tests fail on such a line
  // (test/helpers/lsp-client.ts, `stop`), so none goes unnoticed.
  process.on('unhandledRejection', (reason) => connection.console.error(`${unhandledRejectionMark}: ${(reason as Error | undefined)?.stack ?? String(reason)}`));
  new DjangoUpgradeServer(connection);
  connection.listen();
}
