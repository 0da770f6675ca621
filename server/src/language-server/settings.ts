// The server's configuration: the `djangoUpgrade.*` settings and the editor's `files.exclude`,
// read from the client (pulled, or given at initialization), checked, and turned into the engine's
// lint options for a project.
import * as path from 'node:path';
import ignore from 'ignore';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { DjangoUpgradeSettings, defaultSettings, VersionsParams } from '../../../common/protocol';
import type { LintOptions } from '../engine/lint';
import { RuleSelection, selectRules } from '../engine/rule-selection';
import type { Project } from '../project/project';
import { ExcludeCheck, excludeDefaultFolders } from '../project/source-files';
import { rules } from '../rules';
import { isVersion, newestLts } from '../versions/django-version';

/** `files.exclude` is `{ glob: true | false | { when } }`; the globs that are simply on apply to the scan. */
export function filesExcludePatterns(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return [];
  return Object.entries(raw as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

/** A malformed setting gets a clear message and its default. */
export function readSettings(raw: unknown, warn: (message: string) => void): DjangoUpgradeSettings {
  const settings: DjangoUpgradeSettings = { ...defaultSettings };
  if (!raw || typeof raw !== 'object') return settings;
  const input = raw as Record<string, unknown>;
  for (const key of ['currentVersion', 'targetVersion'] as const) {
    const value = input[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' && isVersion(value)) settings[key] = value;
    else warn(`djangoUpgrade.${key} must be a Django version such as "3.2"; got ${JSON.stringify(value)}. Using the default.`);
  }
  if (input.showFutureDeprecations !== undefined) {
    if (typeof input.showFutureDeprecations === 'boolean') settings.showFutureDeprecations = input.showFutureDeprecations;
    else warn('djangoUpgrade.showFutureDeprecations must be true or false. Using false.');
  }
  for (const key of ['select', 'ignore', 'exclude'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) settings[key] = value as string[];
    else warn(`djangoUpgrade.${key} must be a list of strings. Ignoring it.`);
  }
  if (input.maxFileSizeBytes !== undefined) {
    if (typeof input.maxFileSizeBytes === 'number' && input.maxFileSizeBytes > 0) settings.maxFileSizeBytes = input.maxFileSizeBytes;
    else warn('djangoUpgrade.maxFileSizeBytes must be a positive number. Using the default.');
  }
  return settings;
}

export type ServerLintOptions = LintOptions & { versions: VersionsParams };

export class ServerSettings {
  values: DjangoUpgradeSettings = { ...defaultSettings };
  /** The editor's `files.exclude` globs that are turned on, which the workspace scan honours too. */
  private filesExclude: string[] = [];
  private canPull = false;
  /** Resolved once the first settings are read, so that documents are not first checked with the defaults. */
  readonly loaded: Promise<void>;
  private markLoaded: () => void = () => {};

  constructor(private readonly connection: Connection) {
    this.loaded = new Promise((resolve) => (this.markLoaded = resolve));
  }

  /** Settings a client passes at initialization apply until the first pull. */
  initialize(params: InitializeParams): void {
    this.canPull = Boolean(params.capabilities.workspace?.configuration);
    if (params.initializationOptions && typeof params.initializationOptions === 'object') {
      const options = params.initializationOptions as { settings?: unknown };
      this.values = readSettings(options.settings ?? options, (m) => this.connection.console.warn(m));
    }
  }

  /** Pulls the settings from the client (when it can answer) and marks them loaded. */
  async load(): Promise<void> {
    if (this.canPull) {
      try {
        const [raw, filesExclude] = await this.connection.workspace.getConfiguration([{ section: 'djangoUpgrade' }, { section: 'files.exclude' }]);
        this.values = readSettings(raw, (message) => {
          this.connection.console.warn(message);
          void this.connection.window.showWarningMessage(`Django Upgrade: ${message}`);
        });
        this.filesExclude = filesExcludePatterns(filesExclude);
      } catch (error) {
        this.connection.console.warn(`could not read settings: ${error}`);
      }
    }
    this.markLoaded();
  }

  /** The lint options for a file of `project` (null: a document that is not a file on disk). */
  lintOptions(project: Project | null): ServerLintOptions {
    const settings = this.values;
    const versions = project
      ? project.versions({ current: settings.currentVersion, target: settings.targetVersion, source: 'djangoUpgrade setting' })
      : { current: settings.currentVersion || null, currentSource: 'djangoUpgrade setting', target: settings.targetVersion || newestLts, targetSource: 'default' };
    return {
      current: versions.current,
      target: versions.target,
      showFuture: settings.showFutureDeprecations,
      isEnabled: this.ruleSelection().isEnabled,
      versions: { current: versions.current, currentSource: versions.currentSource, target: versions.target, targetSource: versions.targetSource },
    };
  }

  ruleSelection(): RuleSelection {
    return selectRules(rules, this.values.select, this.values.ignore);
  }

  /** The `djangoUpgrade.exclude` and `files.exclude` patterns, matched like .gitignore lines relative to each folder. */
  excludeMatcher(roots: string[]): ExcludeCheck {
    const patterns = [...this.values.exclude, ...this.filesExclude];
    if (patterns.length === 0) return excludeDefaultFolders;
    const matcher = ignore().add(patterns);
    const excluded = (full: string) =>
      roots.some((root) => {
        const relative = path.relative(root, full).split(path.sep).join('/');
        return relative !== '' && !relative.startsWith('..') && matcher.ignores(relative);
      });
    return (full, isDirectory) => excludeDefaultFolders(full, isDirectory) ?? (excluded(full) ? 'excluded by a setting' : null);
  }
}
