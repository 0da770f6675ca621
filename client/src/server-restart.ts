// "Restart Django Upgrade Server", whatever state the server is in. Kept free of `vscode` so the
// logic runs in the unit tests against fake clients (test/protocol/server-restart.test.ts).

/** What a restart needs of a client: vscode-languageclient's LanguageClient (see server-client.ts) or a fake. */
export interface RestartableClient {
  /** True once the server has answered `initialize`, until it is stopped. */
  isRunning(): boolean;
  /** Stops the server (shutdown and exit, killed when it does not exit) and starts it again. */
  restart(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
  /**
   * The client is being replaced: from now on it never restarts its server, shows no notification
   * and publishes no diagnostic, and its diagnostics leave the Problems panel at once.
   */
  retire(): void;
}

/**
 * Holds the current client and restarts it. A running client restarts in place. A client that
 * cannot (its server hangs, so the stop times out) or that is still starting (vscode-languageclient
 * refuses to stop it) is retired and a new client takes over: stopping a starting client
 * fails, and it would otherwise live on with its own diagnostics collection, restart its server
 * when that is killed, and report the failures.
 */
export class ServerRestarts<C extends RestartableClient> {
  private pending: Promise<C> | undefined;

  constructor(
    private current: C,
    private readonly create: () => C,
    private readonly log: (line: string) => void,
  ) {}

  get client(): C {
    return this.current;
  }

  /** One restart at a time: asked again while one runs, the running one answers (two would start two clients). */
  restart(): Promise<C> {
    this.pending ??= this.replaceUnlessRestarted().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async replaceUnlessRestarted(): Promise<C> {
    const old = this.current;
    if (old.isRunning()) {
      try {
        await old.restart();
        return old;
      } catch (error) {
        // A hung server does not answer the shutdown request: the stop times out and
        // vscode-languageclient kills the process (terminateProcess.sh).
        this.log(`Restart: ${(error as Error).message}; the old server is killed and a new one started.`);
      }
    } else {
      this.log('Restart: the server has not finished starting; it is killed and a new one started.');
    }
    old.retire();
    // vscode-languageclient kills a server that has not exited 2 s after a stop, even a stop
    // refused because the client was still starting.
    await old.dispose().catch(() => undefined);
    this.current = this.create();
    await this.current.start();
    return this.current;
  }
}
