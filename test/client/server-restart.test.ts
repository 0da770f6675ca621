// "Restart Django Upgrade Server" (client/src/server-restart.ts) against fake clients: which client
// restarts in place, which is retired and replaced, and that a restart asked twice starts one client.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RestartableClient, ServerRestarts } from '../../client/src/server-restart';

type State = 'running' | 'starting' | 'stopped';

/** A client whose state and restart outcome the test sets; it records what is done to it, in order. */
class FakeClient implements RestartableClient {
  static created = 0;
  readonly id = ++FakeClient.created;
  state: State = 'stopped';
  restartFails = false;
  private releaseStart: (() => void) | undefined;

  constructor(
    private readonly events: string[],
    private readonly startHeld = false,
  ) {}

  isRunning(): boolean {
    return this.state === 'running';
  }
  async restart(): Promise<void> {
    this.events.push(`restart ${this.id}`);
    if (this.restartFails) {
      this.state = 'stopped';
      throw new Error('Stopping the server timed out');
    }
    this.state = 'running';
  }
  start(): Promise<void> {
    this.events.push(`start ${this.id}`);
    this.state = 'starting';
    if (!this.startHeld) {
      this.state = 'running';
      return Promise.resolve();
    }
    return new Promise((resolve) => (this.releaseStart = () => ((this.state = 'running'), resolve())));
  }
  finishStart(): void {
    assert.ok(this.releaseStart, `client ${this.id} is starting`);
    this.releaseStart();
  }
  async dispose(): Promise<void> {
    this.events.push(`dispose ${this.id}`);
    // As vscode-languageclient: a client still starting cannot be stopped.
    if (this.state === 'starting') throw new Error("Client is not running and can't be stopped. It's current state is: starting");
    this.state = 'stopped';
  }
  retire(): void {
    this.events.push(`retire ${this.id}`);
  }
}

function setUp(first: State, options: { restartFails?: boolean; newStartsHeld?: boolean } = {}) {
  const events: string[] = [];
  const logged: string[] = [];
  const old = new FakeClient(events);
  old.state = first;
  old.restartFails = options.restartFails ?? false;
  const created: FakeClient[] = [];
  const restarts = new ServerRestarts(
    old,
    () => {
      const next = new FakeClient(events, options.newStartsHeld);
      created.push(next);
      return next;
    },
    (line) => logged.push(line),
  );
  return { events, logged, old, created, restarts };
}

describe('restarting the language server', () => {
  test('a running server restarts in place: the same client, nothing retired', async () => {
    const { events, old, created, restarts } = setUp('running');
    assert.equal(await restarts.restart(), old);
    assert.deepEqual(events, [`restart ${old.id}`]);
    assert.equal(created.length, 0);
    assert.equal(restarts.client, old);
  });

  test('a hung server (the stop times out): the client is retired before it is disposed, and one new client starts', async () => {
    const { events, logged, old, created, restarts } = setUp('running', { restartFails: true });
    const next = await restarts.restart();
    assert.equal(created.length, 1);
    assert.equal(next, created[0]);
    assert.equal(restarts.client, next);
    assert.deepEqual(events, [`restart ${old.id}`, `retire ${old.id}`, `dispose ${old.id}`, `start ${next.id}`]);
    assert.match(logged.join('\n'), /Stopping the server timed out; the old server is killed and a new one started/);
  });

  test('a client still starting (its server restarted after a crash, not yet initialized) is retired and replaced, not restarted', async () => {
    const { events, logged, old, created, restarts } = setUp('starting');
    const next = await restarts.restart();
    assert.equal(created.length, 1);
    assert.deepEqual(events, [`retire ${old.id}`, `dispose ${old.id}`, `start ${next.id}`]);
    assert.match(logged.join('\n'), /has not finished starting/);
  });

  test('a restart asked again while one runs starts one client, and both answer with it', async () => {
    const { events, old, created, restarts } = setUp('starting', { newStartsHeld: true });
    const first = restarts.restart();
    const second = restarts.restart();
    assert.equal(first, second);
    // Once the pending promises have run (a macrotask later), the replacement is starting: release it.
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(created.length, 1);
    created[0].finishStart();
    assert.equal(await first, created[0]);
    assert.equal(await second, created[0]);
    assert.deepEqual(events, [`retire ${old.id}`, `dispose ${old.id}`, `start ${created[0].id}`]);
    // Once done, a new restart is a new one: the now running client restarts in place.
    assert.equal(await restarts.restart(), created[0]);
    assert.equal(created.length, 1);
  });
});
