// The extension's language client: vscode-languageclient's, plus what "Restart Django Upgrade
// Server" needs to replace it (server-restart.ts) without leaving anything of it behind.
import { CloseAction, ErrorAction, ErrorHandler, LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { RestartableClient } from './server-restart';

export class ServerClient extends LanguageClient implements RestartableClient {
  private retired = false;

  constructor(serverOptions: ServerOptions, clientOptions: LanguageClientOptions) {
    // The handlers below run only once the client exists (TypeScript allows no `this` before super()).
    const self: { client?: ServerClient; fallback?: ErrorHandler } = {};
    const isRetired = () => self.client?.retired === true;
    const fallback = () => (self.fallback ??= self.client!.createDefaultErrorHandler());
    super('djangoUpgrade', 'Django Upgrade', serverOptions, {
      ...clientOptions,
      errorHandler: {
        // Unless retired, vscode-languageclient's own policy (restart a crashed server up to 4 times in 3 minutes).
        error: (error, message, count) => (isRetired() ? { action: ErrorAction.Continue, handled: true } : fallback().error(error, message, count)),
        closed: () => (isRetired() ? { action: CloseAction.DoNotRestart, handled: true } : fallback().closed()),
      },
      // As vscode-languageclient does without a handler, minus the bare error toast it adds, and
      // quiet once retired: the server of a client replaced while starting is killed mid-initialize.
      initializationFailedHandler: (error) => {
        self.client?.error('Server initialization failed.', error);
        return false;
      },
      middleware: {
        ...clientOptions.middleware,
        handleDiagnostics: (uri, diagnostics, next) => {
          if (!isRetired()) next(uri, diagnostics);
        },
      },
    });
    self.client = this;
  }

  retire(): void {
    this.retired = true;
    // Cleared, not disposed: vscode-languageclient disposes it when the client stops, and the
    // extension host forgets a collection by name on every dispose, so a second one would make it
    // forget the new client's collection of the same name (code actions then get no diagnostics).
    this.diagnostics?.clear();
  }

  /** A retired client still logs to the output channel, but never notifies. */
  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, this.retired ? false : showNotification);
  }
}
