// A Django project on disk: its root, the versions in force, and what each file is.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileKindsOf, findSettingsModules } from '../engine/file-kinds';
import type { FileKind } from '../engine/types';
import { detectDjangoVersion } from '../versions/detect-project-version';
import { DjangoVersion, isVersion, newestLts } from '../versions/django-version';

const rootMarkers = ['manage.py', 'pyproject.toml', 'setup.py', 'setup.cfg', 'Pipfile', '.git', 'requirements.txt'];

/** The nearest folder at or above `start` that looks like a project root; `start`'s folder if none. */
export function findProjectRoot(start: string): string {
  let dir = start;
  try {
    if (!fs.statSync(start).isDirectory()) dir = path.dirname(start);
  } catch {
    dir = path.dirname(start);
  }
  const first = dir;
  for (;;) {
    if (rootMarkers.some((marker) => fs.existsSync(path.join(dir, marker)))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return first;
    dir = parent;
  }
}

export interface VersionChoice {
  current: DjangoVersion | null;
  /** Where the current version came from: a setting, a flag, or "requirements.txt:3". */
  currentSource: string;
  target: DjangoVersion;
  targetSource: string;
}

export class Project {
  private settingsModules: Set<string> | null = null;
  private detected: ReturnType<typeof detectDjangoVersion> | undefined;

  constructor(readonly root: string) {}

  relativePath(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  fileKinds(file: string): Set<FileKind> {
    this.settingsModules ??= findSettingsModules(this.root);
    return fileKindsOf(this.relativePath(file), this.settingsModules);
  }

  detectedVersion() {
    if (this.detected === undefined) this.detected = detectDjangoVersion(this.root);
    return this.detected;
  }

  /** Forgets what was read from disk (after a requirements or manage.py change). */
  refresh(): void {
    this.settingsModules = null;
    this.detected = undefined;
  }

  versions(overrides: { current?: string; target?: string; source?: string }): VersionChoice {
    const source = overrides.source ?? 'setting';
    let current: DjangoVersion | null = null;
    let currentSource = 'unknown (no Django pin found)';
    if (overrides.current && isVersion(overrides.current)) {
      current = overrides.current;
      currentSource = source;
    } else {
      const detected = this.detectedVersion();
      if (detected) {
        current = detected.version;
        currentSource = detected.source;
      }
    }
    const target = overrides.target && isVersion(overrides.target) ? overrides.target : newestLts;
    const targetSource = overrides.target && isVersion(overrides.target) ? source : 'newest LTS';
    return { current, currentSource, target, targetSource };
  }
}
