// The VS Code client: starts the language server, forwards settings, and contributes the
// commands and the version status item. All analysis happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind, WorkDoneProgress } from 'vscode-languageclient/node';
import {
  auditReportRequest,
  AuditReportResult,
  ClientInitializationOptions,
  fixAllWorkspaceRequest,
  FixAllWorkspaceParams,
  serverEnvironment,
  serverNodeOptions,
  FixAllWorkspaceResult,
  loadWarningsLogRequest,
  LoadWarningsLogResult,
  runtimeFindingsNotification,
  RuntimeFindingsParams,
  scanResultsNotification,
  ScanResultsParams,
  scanWorkspaceRequest,
  ScanWorkspaceResult,
  showDocumentationCommand,
  templateLanguageIds,
  versionsNotification,
  VersionsNotificationParams,
} from '../../common/protocol';
import { FindingsTree } from './findings-tree';
import { fixAllInFile } from './fix-all-in-file';
import { registerRuleDocumentation } from './rule-docs';
import { ServerClient } from './server-client';
import { ServerRestarts } from './server-restart';
import { VersionsStatus } from './versions-status';

let restarts: ServerRestarts<ServerClient> | undefined;

const documentSelector = [
  { scheme: 'file', language: 'python' },
  { scheme: 'untitled', language: 'python' },
  // The Django template ids, for those who associate their templates with them (files.associations).
  ...templateLanguageIds.map((language) => ({ scheme: 'file', language })),
  // Templates keep their own language: the server checks those in a Django project's templates/ folders.
  { scheme: 'file', language: 'html', pattern: '**/templates/**/*.html' },
  { scheme: 'file', language: 'plaintext', pattern: '**/templates/**/*.txt' },
  // The Python cells of Jupyter notebooks, synced as notebooks (the server checks them together).
  { scheme: 'vscode-notebook-cell', language: 'python' },
];

/** The files that pin package versions: the server flags known vulnerabilities there and offers to bump the pin. */
const pinFilesSelector = [{ scheme: 'file', pattern: '**/{requirements*.txt,requirements*.in,requirements/*.txt,requirements/*.in,pyproject.toml,Pipfile,setup.cfg,poetry.lock,uv.lock,Pipfile.lock}' }];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // One channel for the server's log and, with `djangoUpgrade.trace.server`, the protocol trace
  // (vscode-languageclient reads that setting itself: the client id is `djangoUpgrade`).
  const outputChannel = vscode.window.createOutputChannel('Django Upgrade');
  context.subscriptions.push(outputChannel);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // vscode-languageclient adds `env` to the extension host's environment.
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: serverNodeOptions, env: serverEnvironment } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverNodeOptions, '--nolazy', '--inspect=6010'], env: serverEnvironment } },
  };
  const clientOptions = (): LanguageClientOptions => ({
    documentSelector: [...documentSelector, ...pinFilesSelector],
    synchronize: {
      // files.exclude too: the workspace scan honours it.
      configurationSection: ['djangoUpgrade', 'files.exclude'],
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/{requirements*.txt,requirements*.in,requirements/*.txt,requirements/*.in,pyproject.toml,djupgrade.toml,setup.cfg,setup.py,Pipfile,manage.py,poetry.lock,uv.lock,Pipfile.lock}'),
        // Source files changed on disk keep the workspace scan's findings current.
        vscode.workspace.createFileSystemWatcher('**/*.{py,html,txt,djhtml}'),
      ],
    },
    diagnosticCollectionName: 'djangoUpgrade',
    outputChannel,
    // Diagnostics, code actions and hovers link to the rules' pages through this command.
    initializationOptions: { documentationCommand: showDocumentationCommand } satisfies ClientInitializationOptions,
    markdown: { isTrusted: { enabledCommands: [showDocumentationCommand] } },
  });

  const status = new VersionsStatus(documentSelector);
  context.subscriptions.push(status, registerRuleDocumentation(context.extensionUri));

  const tree = new FindingsTree();
  context.subscriptions.push(vscode.window.registerTreeDataProvider('djangoUpgrade.findings', tree));

  /** A client with the extension's notification handlers (a new one replaces a server that hangs). */
  const newClient = (): ServerClient => {
    const created = new ServerClient(serverOptions, clientOptions());
    created.onNotification(scanResultsNotification, (params: ScanResultsParams) => tree.update(params.findings));
    created.onNotification(runtimeFindingsNotification, (params: RuntimeFindingsParams) => tree.updateRuntime(params.findings));
    created.onNotification(versionsNotification, (params: VersionsNotificationParams) => status.update(params));
    return created;
  };
  restarts = new ServerRestarts(newClient(), newClient, (line) => outputChannel.appendLine(line));
  const server = restarts;

  context.subscriptions.push(
    vscode.commands.registerCommand('djangoUpgrade.scanWorkspace', async () => {
      const result = await server.client.sendRequest<ScanWorkspaceResult>(scanWorkspaceRequest, {});
      if (result.cancelled) return;
      if (result.disabled) {
        void vscode.window.showInformationMessage('Django Upgrade is turned off (djangoUpgrade.enable).');
        return;
      }
      const skipped = result.skipped ? `, ${result.skipped} skipped (see the output channel)` : '';
      void vscode.window.showInformationMessage(`Django Upgrade: ${result.findings} finding${result.findings === 1 ? '' : 's'} in ${result.files} files${skipped}.`);
    }),
    vscode.commands.registerCommand('djangoUpgrade.fixAllWorkspace', async () => {
      await fixAllWorkspace(server.client);
    }),
    vscode.commands.registerCommand('djangoUpgrade.fixAll', fixAllInFile),
    vscode.commands.registerCommand('djangoUpgrade.openReport', async () => {
      const client = server.client;
      const uri = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Django Upgrade: auditing the project…' },
        () => client.sendRequest<AuditReportResult>(auditReportRequest, { uri: uri?.toString() }),
      );
      const panel = vscode.window.createWebviewPanel('djangoUpgrade.report', 'Django Upgrade Report', vscode.ViewColumn.Active, { enableScripts: false });
      // The report is self-contained: inline styles and an inline SVG chart, no scripts, nothing fetched.
      const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`;
      panel.webview.html = result.html.includes('<head>') ? result.html.replace('<head>', `<head>${csp}`) : csp + result.html;
    }),
    vscode.commands.registerCommand('djangoUpgrade.loadWarningsLog', async (log?: vscode.Uri) => {
      const client = server.client;
      // From the explorer's context menu the log comes as an argument; otherwise the user picks it.
      const picked = log instanceof vscode.Uri
        ? log
        : (
            await vscode.window.showOpenDialog({
              canSelectMany: false,
              openLabel: 'Read Warnings',
              title: 'Output of a test run with warnings on (python -Wd manage.py test, pytest, JUnit XML)',
              filters: { 'Test output': ['log', 'txt', 'out', 'xml'], 'All files': ['*'] },
            })
          )?.[0];
      if (!picked) return;
      // A log saved inside the project names it (the server takes the nearest project root above the
      // log); one saved elsewhere is read against the active file's project, else the first folder.
      const project = vscode.workspace.getWorkspaceFolder(picked) ? picked : (vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri);
      try {
        const result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: 'Django Upgrade: reading the test log…' },
          () => client.sendRequest<LoadWarningsLogResult>(loadWarningsLogRequest, { logUri: picked.toString(), uri: project?.toString() }),
        );
        const outside = result.external ? `, ${result.external} raised in installed packages (listed in the output channel)` : '';
        void vscode.window.showInformationMessage(
          `Django Upgrade: ${result.read} deprecation warning${result.read === 1 ? '' : 's'} in the log, ${result.distinct} distinct: ${result.runtimeOnly} only seen at run time (now in Problems), ${result.static} already flagged${outside}.`,
        );
      } catch (error) {
        void vscode.window.showErrorMessage(`Django Upgrade: could not read the test log: ${(error as Error).message}`);
      }
    }),
    vscode.commands.registerCommand('djangoUpgrade.restartServer', async () => {
      await server.restart();
    }),
    vscode.commands.registerCommand('djangoUpgrade.showLogs', () => outputChannel.show(true)),
  );
  await server.client.start();
}

/**
 * Fix All in Workspace: the server builds the edit file by file, with its progress in a
 * notification that can be cancelled; the edit then opens in the refactor preview.
 */
async function fixAllWorkspace(languageClient: LanguageClient): Promise<void> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Django Upgrade: fixing the workspace', cancellable: true },
    async (progress, token) => {
      const workDoneToken = `djangoUpgrade.fixAllWorkspace.${Date.now()}`;
      let reported = 0;
      const listener = languageClient.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind !== 'report') return;
        const percentage = value.percentage ?? reported;
        progress.report({ message: value.message, increment: percentage - reported });
        reported = percentage;
      });
      try {
        return await languageClient.sendRequest<FixAllWorkspaceResult>(fixAllWorkspaceRequest, { workDoneToken } satisfies FixAllWorkspaceParams, token);
      } catch (error) {
        if (token.isCancellationRequested) return { edit: null, files: 0, cancelled: true };
        throw error;
      } finally {
        listener.dispose();
      }
    },
  );
  if (result.cancelled) return;
  if (result.disabled) {
    void vscode.window.showInformationMessage('Django Upgrade is turned off (djangoUpgrade.enable).');
    return;
  }
  const edit = result.edit ? await languageClient.protocol2CodeConverter.asWorkspaceEdit(result.edit) : undefined;
  if (!edit || edit.size === 0) {
    void vscode.window.showInformationMessage('Django Upgrade: nothing to fix automatically.');
    return;
  }
  // The edit's change annotations need confirmation, so VS Code shows the refactor preview first.
  await vscode.workspace.applyEdit(edit, { isRefactoring: true });
}

export async function deactivate(): Promise<void> {
  // A client still starting cannot be stopped (vscode-languageclient then kills its server itself).
  await restarts?.client.stop().catch(() => undefined);
}
