// A minimal LSP client for protocol tests: starts the real server (`djupgrade server --stdio`)
// and drives it as an editor would.
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unhandledRejectionMark } from '../../common/protocol';
import {
  createProtocolConnection,
  ProtocolConnection,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** A temporary folder holding `files` (relative path → text or bytes), for a server or a CLI run. */
export function temporaryWorkspace(files: Record<string, string | Buffer>, prefix = 'djws-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  readonly logs: string[] = [];
  private waiters: Array<{ check: () => boolean; resolve: () => void }> = [];
  settings: Record<string, unknown> = {};
  /** What the editor's `files.exclude` answers. */
  filesExclude: Record<string, unknown> = {};
  /** Settings of one workspace folder (by its path), over `settings`, as VS Code answers a `scopeUri`. */
  folderSettings: Record<string, Record<string, unknown>> = {};
  /** Every `workspace/configuration` item the server asked for. */
  readonly configurationItems: Array<{ section?: string; scopeUri?: string }> = [];

  /**
   * `options.script`: the script to run instead of bin/djupgrade.js (e.g. dist/server.js);
   * `options.nodeArgs`: Node options before it (e.g. `--require` a guard); `options.env`: its environment.
   */
  constructor(args: string[] = ['server', '--stdio'], options: { script?: string; nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}) {
    const script = options.script ?? path.join(repoRoot, 'bin', 'djupgrade.js');
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    this.process.stderr!.on('data', (chunk) => this.logs.push(String(chunk)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.wake();
    });
    for (const method of ['window/logMessage', 'window/showMessage', 'djangoUpgrade/versions', 'djangoUpgrade/scanResults', 'djangoUpgrade/runtimeFindings', '$/progress']) {
      this.connection.onNotification(method, (params: unknown) => {
        this.notifications.push({ method, params });
        if (method === 'window/logMessage') this.logs.push((params as { message: string }).message);
        this.wake();
      });
    }
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string; scopeUri?: string }> }) =>
      params.items.map((item) => {
        this.configurationItems.push(item);
        if (item.section === 'files.exclude') return this.filesExclude;
        const scoped = item.scopeUri ? Object.entries(this.folderSettings).find(([folder]) => item.scopeUri === `file://${folder}`)?.[1] : undefined;
        return { ...this.settings, ...scoped };
      }),
    );
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.listen();
  }

  private wake(): void {
    this.waiters = this.waiters.filter((waiter) => {
      if (waiter.check()) {
        waiter.resolve();
        return false;
      }
      return true;
    });
  }

  /** Resolves when `check` holds; rejects after `timeoutMs` with `what` in the message. */
  waitFor(check: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; logs: ${this.logs.join('').slice(-2000)}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  /** `moreFolders`: further workspace folders (a multi-root workspace); `extra`: more initialize params, such as `initializationOptions`. */
  async initialize(rootPath: string, capabilities: Record<string, unknown> = { workspace: { configuration: true }, window: { workDoneProgress: true } }, moreFolders: string[] = [], extra: Record<string, unknown> = {}) {
    const rootUri = `file://${rootPath}`;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [rootPath, ...moreFolders].map((folder) => ({ uri: `file://${folder}`, name: path.basename(folder) })),
      capabilities,
      ...extra,
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  async diagnosticsFor(uri: string, version?: number) {
    await this.waitFor(() => {
      const params = this.diagnostics.get(uri);
      return params !== undefined && (version === undefined || params.version === version);
    }, `diagnostics for ${uri} v${version}`);
    return this.diagnostics.get(uri)!.diagnostics;
  }

  /**
   * Ends the server; fails when it logged a rejected promise nothing waited for (server.ts keeps
   * running after one, so a test would not see it otherwise), unless `allowUnhandled`.
   */
  async stop(allowUnhandled = false): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
    const unhandled = this.logs.find((line) => line.includes(unhandledRejectionMark));
    if (unhandled && !allowUnhandled) throw new Error(`the server logged ${unhandled.slice(0, 2000)}`);
  }
}
