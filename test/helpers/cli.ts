// Runs the real command line, bin/djupgrade.js on the built bundle, as a user or CI would.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from './lsp-client';

export function djupgrade(args: string[], cwd = repoRoot, input?: string | Buffer) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), ...args], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
