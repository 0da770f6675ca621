// The server's configuration: the `djangoUpgrade.*` settings and the editor's `files.exclude` of
// each workspace folder (pulled with its `scopeUri`, or given at initialization), checked, and
// combined with the project configuration (config/) into the engine's lint options for a file.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { DjangoUpgradeSettings, defaultSettings, VersionsParams } from '../../../common/protocol';
import { ConfigFinder, configExclusions, exclusionsByFolder, FileRuleSelection, ruleSelection } from '../config/effective-config';
import { djangoVersion, ProjectConfig } from '../config/project-config';
import type { LintOptions } from '../engine/lint';
import { selectRules } from '../engine/rule-selection';
import { EditorGlobs } from '../project/exclusions';
import type { Project } from '../project/project';
import { ExcludeCheck, excludeDefaultFolders } from '../project/source-files';
import { rules } from '../rules';
import { compareVersions, newestLts } from '../versions/django-version';

/** A malformed setting gets a clear message and its default. */
export function readSettings(raw: unknown, warn: (message: string) => void): DjangoUpgradeSettings {
  const settings: DjangoUpgradeSettings = { ...defaultSettings };
  if (!raw || typeof raw !== 'object') return settings;
  const input = raw as Record<string, unknown>;
  for (const key of ['currentVersion', 'targetVersion'] as const) {
    const value = input[key];
    if (value === undefined || value === null || value === '') continue;
    const version = djangoVersion(value);
    if (typeof version === 'string') settings[key] = version;
    else warn(`djangoUpgrade.${key} must be a Django version such as "3.2": ${version.error}. Using the default.`);
  }
  if (input.enable !== undefined) {
    if (typeof input.enable === 'boolean') settings.enable = input.enable;
    else warn('djangoUpgrade.enable must be true or false. Using true.');
  }
  if (input.run !== undefined) {
    if (input.run === 'onType' || input.run === 'onSave') settings.run = input.run;
    else warn(`djangoUpgrade.run must be "onType" or "onSave"; got ${JSON.stringify(input.run)}. Using "onType".`);
  }
  for (const key of ['showFutureDeprecations', 'unsafeFixes'] as const) {
    if (input[key] === undefined) continue;
    if (typeof input[key] === 'boolean') settings[key] = input[key] as boolean;
    else warn(`djangoUpgrade.${key} must be true or false. Using false.`);
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

/** The settings of one workspace folder (the editor's `resource` scope), or of the window when `folder` is null. */
interface ScopedSettings {
  folder: string | null;
  values: DjangoUpgradeSettings;
  filesExclude: unknown;
}

/** A setting the user left at its default does not override the project configuration. */
const given = (list: string[]) => (list.length ? list : undefined);

export class ServerSettings {
  /** The window's settings: for documents outside every folder, and until folders are read. */
  values: DjangoUpgradeSettings = { ...defaultSettings };
  private filesExclude: unknown = {};
  /** Each workspace folder's settings (`scopeUri`), innermost folder first. */
  private folders: ScopedSettings[] = [];
  private canPull = false;
  /** Resolved once the first settings are read, so that documents are not first checked with the defaults. */
  readonly loaded: Promise<void>;
  private markLoaded: () => void = () => {};
  /** Messages already shown (a bad configuration file warns once, not at every keystroke). */
  private readonly warned = new Set<string>();
  private readonly selections = new WeakMap<ProjectConfig, WeakMap<DjangoUpgradeSettings, FileRuleSelection>>();

  constructor(
    private readonly connection: Connection,
    /** The workspace folders on disk, whose settings are read one by one. */
    private readonly folderPaths: () => string[] = () => [],
  ) {
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

  /** Pulls the settings of the window and of each folder from the client (when it can answer) and marks them loaded. */
  async load(): Promise<void> {
    if (this.canPull) {
      try {
        const folders = this.folderPaths();
        const scopes = [null, ...folders];
        const items = scopes.flatMap((folder) => {
          const scopeUri = folder === null ? undefined : pathToFileURL(folder).toString();
          return [{ scopeUri, section: 'djangoUpgrade' }, { scopeUri, section: 'files.exclude' }];
        });
        const answers = await this.connection.workspace.getConfiguration(items);
        // A malformed user setting is reported once, not once per folder.
        const shown = new Set<string>();
        const warn = (message: string) => {
          if (shown.has(message)) return;
          shown.add(message);
          this.connection.console.warn(message);
          void this.connection.window.showWarningMessage(`Django Upgrade: ${message}`);
        };
        const read = scopes.map((folder, i) => ({ folder, values: readSettings(answers[2 * i], warn), filesExclude: answers[2 * i + 1] ?? {} }));
        this.values = read[0].values;
        this.filesExclude = read[0].filesExclude;
        this.folders = read.slice(1).sort((a, b) => b.folder!.length - a.folder!.length);
      } catch (error) {
        this.connection.console.warn(`could not read settings: ${error}`);
      }
    }
    this.markLoaded();
  }

  /** Whether Django Upgrade checks a document (`djangoUpgrade.enable` of its folder). */
  enabledFor(uri: string): boolean {
    return this.valuesFor(filePathOf(uri)).enable;
  }

  /** Whether an open document is checked as it is typed, not only when opened and saved (`djangoUpgrade.run` of its folder). */
  checksOnType(uri: string): boolean {
    return this.valuesFor(filePathOf(uri)).run === 'onType';
  }

  /** The settings that apply to a file or folder: its innermost workspace folder's, else the window's. */
  private scopeOf(file: string | null): ScopedSettings {
    const folder = file === null ? undefined : this.folders.find((f) => file === f.folder || file.startsWith(f.folder + path.sep));
    return folder ?? { folder: null, values: this.values, filesExclude: this.filesExclude };
  }

  valuesFor(file: string | null): DjangoUpgradeSettings {
    return this.scopeOf(file).values;
  }

  /** Shows a message once per server run. */
  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.connection.console.warn(message);
    void this.connection.window.showWarningMessage(`Django Upgrade: ${message}`);
  }

  /** The rules of a project's files: the settings the user set override its configuration file. */
  private selectionFor(project: Project, settings: DjangoUpgradeSettings): FileRuleSelection {
    const { config, errors } = project.config();
    let bySettings = this.selections.get(config);
    if (!bySettings) this.selections.set(config, (bySettings = new WeakMap()));
    let selection = bySettings.get(settings);
    if (!selection) {
      selection = ruleSelection(rules, config, { select: given(settings.select), ignore: given(settings.ignore), source: 'the djangoUpgrade.select/ignore settings' });
      bySettings.set(settings, selection);
      for (const problem of [...errors, ...selection.errors]) this.warnOnce(problem);
    }
    return selection;
  }

  /**
   * The lint options for `file` of `project` (null: a document that is not a file on disk): the
   * settings of its folder, over the project configuration, over what the project's files say.
   */
  lintOptions(project: Project | null, file: string | null = null): ServerLintOptions {
    const settings = this.valuesFor(project?.root ?? null);
    if (!project) {
      const versions = { current: settings.currentVersion || null, currentSource: 'djangoUpgrade setting', target: settings.targetVersion || newestLts, targetSource: 'default' };
      return { current: versions.current, target: versions.target, showFuture: settings.showFutureDeprecations, isEnabled: selectRules(rules, settings.select, settings.ignore).isEnabled, versions };
    }
    const versions = project.versions({ current: settings.currentVersion, target: settings.targetVersion, source: 'djangoUpgrade setting' });
    if (versions.current && compareVersions(versions.target, versions.current) < 0) {
      this.warnOnce(`the target ${versions.target} (${versions.targetSource}) is older than the current version ${versions.current} (${versions.currentSource}) in ${project.root}`);
    }
    const selection = this.selectionFor(project, settings);
    return {
      current: versions.current,
      target: versions.target,
      showFuture: settings.showFutureDeprecations,
      isEnabled: file ? selection.forFile(file) : selection.forFile(project.root),
      libraries: project.libraryPolicy(),
      versions: { current: versions.current, currentSource: versions.currentSource, target: versions.target, targetSource: versions.targetSource },
    };
  }

  /** The rules each file of `project` runs, for the audit. */
  ruleSelectionFor(project: Project): FileRuleSelection {
    return this.selectionFor(project, this.valuesFor(project.root));
  }

  /**
   * What the workspace scan leaves out of `roots` (the workspace folders): the project
   * configuration's exclusions, the folder's `djangoUpgrade.exclude` globs (as `extend-exclude`)
   * and its `files.exclude`, matched with VS Code's glob rules.
   */
  excludeMatcher(roots: string[], configs: ConfigFinder): ExcludeCheck {
    const checks = roots.map((root) => {
      const scope = this.scopeOf(root);
      // The editor's globs are relative to the workspace folder, even when scanning a project inside it.
      const base = scope.folder ?? root;
      const editor = new EditorGlobs(base, scope.filesExclude);
      const config = exclusionsByFolder(configs, { base, patterns: scope.values.exclude });
      return { root, check: (full: string, isDirectory: boolean) => config(full, isDirectory) ?? (editor.match(full) ? `excluded by files.exclude "${editor.match(full)}"` : null) };
    });
    // The innermost folder decides for what it holds.
    checks.sort((a, b) => b.root.length - a.root.length);
    return (full, isDirectory) => {
      const owner = checks.find((c) => full === c.root || full.startsWith(c.root + path.sep));
      return owner ? owner.check(full, isDirectory) : excludeDefaultFolders(full, isDirectory);
    };
  }

  /** Why an open document of `project` is not checked: its configuration or `djangoUpgrade.exclude` excludes it. */
  excludedReason(project: Project, file: string): string | null {
    const scope = this.scopeOf(file);
    return configExclusions(project.config().config, scope.folder ? { base: scope.folder, patterns: scope.values.exclude } : null)(file, false);
  }

  /** Each folder's settings for the scan's worker threads (innermost first, the window's last). */
  scopedValues(): Array<{ folder: string | null; values: DjangoUpgradeSettings }> {
    return [...this.folders, { folder: null, values: this.values }].map(({ folder, values }) => ({ folder, values }));
  }
}

/** The paths of the URIs asked about: each keystroke asks for its document's settings (`checksOnType`, `enabledFor`). */
const filePaths = new Map<string, string | null>();

/** The path of a `file:` URI; null for other schemes (untitled documents: the window's settings apply). */
function filePathOf(uri: string): string | null {
  let file = filePaths.get(uri);
  if (file === undefined) {
    if (filePaths.size >= 4096) filePaths.clear();
    filePaths.set(uri, (file = uri.startsWith('file:') ? fileURLToPath(uri) : null));
  }
  return file;
}
