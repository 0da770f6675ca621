// A Django project on disk: its root, the versions in force, and what each file is.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileKindsOf, findSettingsModules } from '../engine/file-kinds';
import type { FileKind } from '../engine/types';
import { detectDjangoVersion } from '../versions/detect-project-version';
import { compareVersions, DjangoVersion, isVersion, newestLts } from '../versions/django-version';
import { ConfigFinder } from '../config/effective-config';
import { configLabel, LoadedConfig } from '../config/project-config';
import type { LibraryVersions } from '../engine/lint';
import { libraryDetector, LibraryOverrides, libraryVersions, LibraryVersionChoice } from '../versions/library-versions';

// djupgrade.toml marks a root too, so that the configuration that applies to a file is its project's.
const rootMarkers = ['manage.py', 'djupgrade.toml', 'pyproject.toml', 'setup.py', 'setup.cfg', 'Pipfile', '.git', 'requirements.txt'];

/**
 * The nearest folder at or above `start` that looks like a project root; `start`'s folder if none.
 * With `known` (folder → the marked folder at or above it, or null), each folder is looked at once:
 * a scan asks for every file, and most share their folders.
 */
export function findProjectRoot(start: string, known?: Map<string, string | null>): string {
  let dir = start;
  try {
    if (!fs.statSync(start).isDirectory()) dir = path.dirname(start);
  } catch {
    dir = path.dirname(start);
  }
  return markedFolder(dir, known) ?? dir;
}

/** The nearest folder at or above `dir` with a root marker, or null. */
function markedFolder(dir: string, known: Map<string, string | null> | undefined): string | null {
  const cached = known?.get(dir);
  if (cached !== undefined) return cached;
  const parent = path.dirname(dir);
  const found = rootMarkers.some((marker) => fs.existsSync(path.join(dir, marker))) ? dir : parent === dir ? null : markedFolder(parent, known);
  known?.set(dir, found);
  return found;
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
  private detectLibrary: ReturnType<typeof libraryDetector> | null = null;
  private libraryPolicyMap: Map<string, LibraryVersions> | null = null;

  constructor(
    readonly root: string,
    private readonly configs: ConfigFinder = new ConfigFinder(),
  ) {}

  /** The project configuration (djupgrade.toml, [tool.djupgrade], setup.cfg [djupgrade]) and its problems. */
  config(): LoadedConfig {
    return this.configs.forFolder(this.root);
  }

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
    this.configs.clear();
    this.settingsModules = null;
    this.detected = undefined;
    this.detectLibrary = null;
    this.libraryPolicyMap = null;
  }

  /**
   * The versions in force: a value given on top (a flag, an editor setting) first, then the
   * project configuration, then what the dependency files say (current) or the newest LTS (target;
   * the current version when that is newer, so that the default never points backwards).
   */
  versions(overrides: { current?: string; target?: string; source?: string }): VersionChoice {
    const source = overrides.source ?? 'setting';
    const { config } = this.config();
    const fromConfig = config.file ? configLabel(config.file) : '';
    let current: DjangoVersion | null = null;
    let currentSource = 'unknown (no Django pin found)';
    if (overrides.current && isVersion(overrides.current)) {
      current = overrides.current;
      currentSource = source;
    } else if (config.current) {
      current = config.current;
      currentSource = fromConfig;
    } else {
      const detected = this.detectedVersion();
      if (detected) {
        current = detected.version;
        currentSource = detected.source;
      }
    }
    let target = newestLts;
    let targetSource = 'newest LTS';
    if (overrides.target && isVersion(overrides.target)) {
      target = overrides.target;
      targetSource = source;
    } else if (config.target) {
      target = config.target;
      targetSource = fromConfig;
    } else if (current && compareVersions(current, target) > 0) {
      target = current;
      targetSource = 'the current version (newer than the newest LTS)';
    }
    return { current, currentSource, target, targetSource };
  }

  /**
   * Each library's versions (djangorestframework, celery, …), chosen as Django's are: a value given
   * on top, then `[tool.djupgrade.packages]`, then the project's pins (current) or the newest release
   * in the shipped snapshot (target).
   */
  libraryVersions(overrides: LibraryOverrides = {}): LibraryVersionChoice[] {
    const { config } = this.config();
    this.detectLibrary ??= libraryDetector(this.root);
    return libraryVersions(this.detectLibrary, config.packages, config.file ? configLabel(config.file) : '', overrides);
  }

  /** Each library's current and target versions by PyPI name: what the rules of a library are gated on (LintOptions.libraries). */
  libraryPolicy(): ReadonlyMap<string, LibraryVersions> {
    this.libraryPolicyMap ??= new Map(this.libraryVersions().map((choice) => [choice.library.package, { current: choice.current, target: choice.target }]));
    return this.libraryPolicyMap;
  }
}
