// Decides what a Python file is in a Django project from its path, the way django-upgrade does,
// plus the settings modules named by DJANGO_SETTINGS_MODULE in the project's entry points.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileKind } from './types';

/**
 * django-upgrade's file conditions (django_upgrade/data.py), matched against the relative path
 * as well, so that rules mirroring its fixers apply to the same files.
 */
const djangoUpgradePatterns: Array<[FileKind, RegExp]> = [
  ['settings', /(\b|_)settings(\b|_)/],
  ['tests', /(\b|_)tests?(\b|_)/],
  ['models', /(^|\/)models(\/|\.py)/],
  ['migrations', /(^|\/)migrations\//],
  ['management-command', /(^|\/)management\/commands\//],
  ['admin', /(\b|_)admin(\b|_)/],
];

/** `path` is relative to the project root and "/"-separated. */
export function fileKindsOf(relativePath: string, settingsModules: ReadonlySet<string> = new Set()): Set<FileKind> {
  const kinds = new Set<FileKind>();
  const parts = relativePath.split('/');
  const base = parts[parts.length - 1];
  const dirs = parts.slice(0, -1);
  const stem = base.replace(/\.py$/, '');
  const modulePath = [...dirs, stem].join('.');
  const packagePath = dirs.join('.');
  if (
    base === 'settings.py' ||
    dirs.includes('settings') ||
    /(^|_)settings$/.test(stem) ||
    settingsModules.has(modulePath) ||
    [...settingsModules].some((module) => module.endsWith(`.${modulePath}`) || modulePath.endsWith(`.${module}`) || module === packagePath)
  ) {
    kinds.add('settings');
  }
  if (/^tests?(_.*)?\.py$/.test(base) || /_tests?\.py$/.test(base) || dirs.includes('tests') || base === 'conftest.py') kinds.add('tests');
  if (dirs.includes('migrations') && /^\d{4}_/.test(base)) kinds.add('migrations');
  if (base === 'models.py' || dirs.includes('models')) kinds.add('models');
  if (dirs.length >= 2 && dirs[dirs.length - 1] === 'commands' && dirs[dirs.length - 2] === 'management' && base !== '__init__.py') {
    kinds.add('management-command');
  }
  if (base === '__init__.py') kinds.add('init');
  if (base === 'urls.py' || /_urls\.py$/.test(base)) kinds.add('urls');
  if (base === 'admin.py' || dirs.includes('admin')) kinds.add('admin');
  if (relativePath.endsWith('.py')) {
    for (const [kind, pattern] of djangoUpgradePatterns) if (pattern.test(relativePath)) kinds.add(kind);
  }
  return kinds;
}

const settingsModulePattern = /DJANGO_SETTINGS_MODULE["']?\s*(?:,|=|:)\s*["']([\w.]+)["']/;

/** The settings modules named in manage.py, wsgi.py and asgi.py files near the root. */
export function findSettingsModules(root: string): Set<string> {
  const modules = new Set<string>();
  const visit = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isFile() && /^(manage|wsgi|asgi)\.py$/.test(entry.name)) {
        try {
          const match = settingsModulePattern.exec(fs.readFileSync(path.join(dir, entry.name), 'utf8'));
          if (match) modules.add(match[1]);
        } catch {
          // unreadable: skip
        }
      } else if (entry.isDirectory() && depth < 2 && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
        visit(path.join(dir, entry.name), depth + 1);
      }
    }
  };
  visit(root, 0);
  return modules;
}
