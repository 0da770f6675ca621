// Whether a folder holds a Django project, for the editor: `html` and plain-text files in its
// `templates/` folders are then checked as Django templates (without changing their language),
// and elsewhere they are left alone. Reads a few files near the root; never runs anything.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** How deep below the root to look (`src/mysite/settings.py` is two folders down). */
const maxDepth = 2;
/** A settings module larger than this is not read for INSTALLED_APPS. */
const maxReadBytes = 256 * 1024;

/**
 * A `manage.py`, a `settings.py` (or `settings/` package), or a Python module that sets
 * `INSTALLED_APPS` (the settings of a reusable app's tests), at most two folders down.
 */
export function isDjangoProject(root: string): boolean {
  let found = false;
  const visit = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.name === 'pyvenv.cfg')) return; // a virtualenv
    for (const entry of entries) {
      if (found) return;
      const full = path.join(dir, entry.name);
      if (entry.isFile() && (entry.name === 'manage.py' || entry.name === 'settings.py')) found = true;
      else if (entry.isFile() && entry.name.endsWith('.py')) found = setsInstalledApps(full);
      else if (entry.isDirectory() && entry.name === 'settings' && fs.existsSync(path.join(full, '__init__.py'))) found = true;
      else if (entry.isDirectory() && depth < maxDepth && !entry.name.startsWith('.') && entry.name !== 'node_modules' && entry.name !== 'site-packages') visit(full, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

function setsInstalledApps(file: string): boolean {
  try {
    if (fs.statSync(file).size > maxReadBytes) return false;
    return /^\s*INSTALLED_APPS\s*[+]?=/m.test(fs.readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}
