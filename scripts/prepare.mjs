// npm's `prepare` script: builds dist/ when it is missing. npm runs it after a plain `npm install`
// in a checkout, and when it installs this repository as a git dependency — which is how
// pre-commit installs the hooks of .pre-commit-hooks.yaml (`npm install -g git+file://…`).
//
// In that second case npm hands its global settings (npm_config_global, npm_config_prefix) on to
// the install of our own dependencies in its clone, so they land in the global prefix instead and
// the build cannot find esbuild. Install them here first (scripts ignored: no recursion into this
// script), then build. `npm pack` always rebuilds (prepack), so a stale dist/ is never packed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
if (fs.existsSync(path.join(root, 'dist', 'cli.js'))) process.exit(0);

const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (!fs.existsSync(path.join(root, 'node_modules', 'esbuild', 'package.json'))) {
  run('npm', ['install', '--global=false', `--prefix=${root}`, '--include=dev', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund']);
}
run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
