// A throwaway project folder with the given files (relative path → text), for tests that read
// projects from disk. The path is real (symlinks resolved), so it compares with what the code reports.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function writeProject(files: Record<string, string>, prefix = 'djupgrade-test-'): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}
