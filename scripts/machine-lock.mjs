// One run at a time per machine for the heavy test runs: several full suites (or several
// code-servers with their Chromiums) on the same 2 cores slow each other past the suites' waits
// and all finish late. The calling script is run again under util-linux's `flock` on a lock file
// in the temp folder, which is held until it exits; where flock is missing, nothing is serialised.
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

/** Re-runs `script` (this process's own file) under the machine lock `name`, then exits with its status. */
export function runUnderMachineLock(name, script) {
  const held = `DJUP_LOCK_${name.replace(/\W/g, '_').toUpperCase()}`;
  if (process.env[held] || spawnSync('flock', ['--version'], { stdio: 'ignore' }).status !== 0) return;
  const lock = path.join(os.tmpdir(), `djupgrade-${name}.lock`);
  if (spawnSync('flock', ['--nonblock', lock, 'true']).status !== 0) console.log(`${name}: another run holds ${lock}; waiting for it`);
  const run = spawnSync('flock', [lock, process.execPath, script, ...process.argv.slice(2)], { env: { ...process.env, [held]: '1' }, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
