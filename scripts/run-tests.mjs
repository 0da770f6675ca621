// Runs every test/**/*.test.ts file with Node's test runner (Node 20 has no --test globs).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runUnderMachineLock } from './machine-lock.mjs';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const filter = process.argv.slice(2);
// The whole suite: one at a time per machine (scripts/machine-lock.mjs says why); filtered runs are not held.
if (filter.length === 0) runUnderMachineLock('full-suite', new URL(import.meta.url).pathname);
const files = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures' && entry.name !== 'node_modules') walk(full);
    } else if (entry.name.endsWith('.test.ts')) {
      files.push(path.relative(root, full));
    }
  }
};
walk(path.join(root, 'test'));
files.sort();
const selected = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
if (selected.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...selected], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
