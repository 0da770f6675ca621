// The exact releases a lock file installs (poetry.lock, uv.lock, Pipfile.lock), with the line of
// each version, for the advisory check. Reads files only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PinnedPackage } from './dependencies';

/** `[[package]]` tables of poetry.lock and uv.lock: `name = "django"` then `version = "3.2.25"`. */
export function packagesOfTomlLock(text: string, file: string): PinnedPackage[] {
  const found: PinnedPackage[] = [];
  const lines = text.split(/\r?\n/);
  let name: string | null = null;
  let inPackage = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const header = /^\s*\[\[?([^\]]+)\]\]?\s*$/.exec(line);
    if (header) {
      inPackage = /^\s*\[\[package\]\]/.test(line);
      name = null;
      continue;
    }
    if (!inPackage) continue;
    const nameMatch = /^name\s*=\s*["']([^"']+)["']/.exec(line);
    if (nameMatch) name = nameMatch[1];
    const version = /^(version\s*=\s*["'])([^"']+)["']/.exec(line);
    if (version && name) {
      found.push({ name, pinned: version[2], exact: true, file, line: i + 1, column: version[1].length + 1, endColumn: version[1].length + version[2].length + 1 });
      name = null;
    }
  }
  return found;
}

/** Pipfile.lock (JSON): `"default": {"django": {"version": "==2.2.28", …}}`. */
export function packagesOfPipfileLock(text: string, file: string): PinnedPackage[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const lines = text.split(/\r?\n/);
  const found: PinnedPackage[] = [];
  for (const section of ['default', 'develop']) {
    const packages = (data as Record<string, unknown> | null)?.[section];
    if (!packages || typeof packages !== 'object') continue;
    const sectionLine = lines.findIndex((l) => l.includes(`"${section}"`));
    for (const [name, info] of Object.entries(packages as Record<string, unknown>)) {
      const spec = (info as { version?: unknown } | null)?.version;
      if (typeof spec !== 'string' || !spec.startsWith('==')) continue;
      const at = lines.findIndex((l, i) => i > sectionLine && l.includes(`"${name}"`));
      const versionLine = at < 0 ? -1 : lines.findIndex((l, i) => i > at && /"version"\s*:/.test(l));
      const lineIndex = versionLine >= 0 ? versionLine : Math.max(at, 0);
      const column = lines[lineIndex]?.indexOf(spec) ?? -1;
      found.push({
        name,
        pinned: spec.slice(2),
        exact: true,
        file,
        line: lineIndex + 1,
        column: column >= 0 ? column + 1 : 1,
        endColumn: column >= 0 ? column + spec.length + 1 : (lines[lineIndex]?.length ?? 0) + 1,
      });
    }
  }
  return found;
}

const lockFiles: Array<[string, (text: string, file: string) => PinnedPackage[]]> = [
  ['poetry.lock', packagesOfTomlLock],
  ['uv.lock', packagesOfTomlLock],
  ['Pipfile.lock', packagesOfPipfileLock],
];

/** Every package the project's lock files pin (lock files up to 20 MB). */
export function findLockedPackages(root: string): PinnedPackage[] {
  const found: PinnedPackage[] = [];
  for (const [name, read] of lockFiles) {
    const file = path.join(root, name);
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile() || stat.size > 20_000_000) continue;
      found.push(...read(fs.readFileSync(file, 'utf8'), name));
    } catch {
      // no such lock file
    }
  }
  return found;
}
