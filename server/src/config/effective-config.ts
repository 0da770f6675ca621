// What a file is checked with, from the project configuration and what the user gave on top of
// it (a command-line flag, or an editor setting the user set): a value given on top replaces the
// file's value for that key; `files.exclude` and the editor's extra exclude patterns only add.
import * as path from 'node:path';
import type { Rule } from '../engine/types';
import { selectRules } from '../engine/rule-selection';
import { extraRuleIds } from '../audit/extra-rules';
import { defaultExclude, PathPatterns } from '../project/exclusions';
import type { ExcludeCheck } from '../project/source-files';
import { configFileIn, LoadedConfig, ProjectConfig, readConfigFile } from './project-config';

/** Finds and reads the configuration of each folder once (the closest file at or above it). */
export class ConfigFinder {
  private readonly byFolder = new Map<string, string | null>();
  private readonly byFile = new Map<string, LoadedConfig>();
  /** A folder without a configuration file gets one object too: the editor keeps its rule selection per object. */
  private readonly unconfigured = new Map<string, LoadedConfig>();

  forFolder(folder: string): LoadedConfig {
    const dir = path.resolve(folder);
    const file = this.fileFor(dir);
    if (file === null) {
      let none = this.unconfigured.get(dir);
      if (!none) this.unconfigured.set(dir, (none = { config: { file: null, base: dir }, errors: [] }));
      return none;
    }
    let loaded = this.byFile.get(file);
    if (!loaded) this.byFile.set(file, (loaded = readConfigFile(file)));
    return loaded;
  }

  /** The closest configuration file at or above `dir` (the same as findConfigFile), each folder looked at once. */
  private fileFor(dir: string): string | null {
    const cached = this.byFolder.get(dir);
    if (cached !== undefined) return cached;
    const parent = path.dirname(dir);
    const file = configFileIn(dir) ?? (parent === dir ? null : this.fileFor(parent));
    this.byFolder.set(dir, file);
    return file;
  }

  /** Forgets what was read (a configuration file changed). */
  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
    this.unconfigured.clear();
  }
}

/** The configuration's own exclusions: its `exclude` (or the built-in folders) and `extend-exclude`. */
export function configExclusions(config: ProjectConfig, extra: { base: string; patterns: readonly string[] } | null = null): ExcludeCheck {
  const name = config.file ? path.basename(config.file) : null;
  const replaced = config.exclude ? new PathPatterns(config.base, config.exclude) : null;
  const extended = new PathPatterns(config.base, config.extendExclude ?? []);
  const added = extra && extra.patterns.length ? new PathPatterns(extra.base, extra.patterns) : null;
  return (full, isDirectory) => {
    if (replaced) {
      const pattern = replaced.match(full);
      if (pattern) return `excluded by "${pattern}" (${name} exclude)`;
    } else if (isDirectory && defaultExclude.includes(path.basename(full))) {
      return `built-in exclusion "${path.basename(full)}"`;
    }
    const pattern = extended.match(full);
    if (pattern) return `excluded by "${pattern}" (${name} extend-exclude)`;
    const more = added?.match(full);
    return more ? `excluded by "${more}" (djangoUpgrade.exclude)` : null;
  };
}

/** The exclusions of each folder's configuration, for a walk over several projects. */
export function exclusionsByFolder(configs: ConfigFinder, extra: { base: string; patterns: readonly string[] } | null = null): ExcludeCheck {
  const checks = new Map<ProjectConfig, ExcludeCheck>();
  // A walk asks for every entry of a folder in turn: the folder's check is kept.
  const byFolder = new Map<string, ExcludeCheck>();
  return (full, isDirectory) => {
    const folder = path.dirname(full);
    let check = byFolder.get(folder);
    if (!check) {
      const { config } = configs.forFolder(folder);
      check = checks.get(config);
      if (!check) checks.set(config, (check = configExclusions(config, extra)));
      byFolder.set(folder, check);
    }
    return check(full, isDirectory);
  };
}

export interface RuleOverrides {
  /** Given on top of the file: replaces its `select` / `ignore`. Undefined: not given. */
  select?: readonly string[];
  ignore?: readonly string[];
  /** Where they were given, for messages: "the command line", "djangoUpgrade.select". */
  source?: string;
}

export interface FileRuleSelection {
  /** Rule ids or categories that name nothing, with where they were written. */
  errors: string[];
  /** Whether a finding from outside the catalogue (audit/extra-rules.ts) is reported: not when ignored. */
  isExtraReported(id: string): boolean;
  /** Whether a rule runs on one file (its `per-file-ignores` applied). */
  forFile(full: string): (rule: Rule<any>) => boolean;
}

/** The rules each file of a project runs: `select`/`ignore` from the overrides or the file, then `per-file-ignores`. */
export function ruleSelection(rules: readonly Rule<any>[], config: ProjectConfig, overrides: RuleOverrides = {}): FileRuleSelection {
  const where = config.file ? path.basename(config.file) : 'the configuration';
  const errors: string[] = [];
  const pick = (key: 'select' | 'ignore') => {
    const given = overrides[key];
    const list = given ?? config[key] ?? [];
    const { unknown } = selectRules(rules, list, [], { extraIds: extraRuleIds });
    if (unknown.length) errors.push(`unknown rule or category in ${given ? overrides.source ?? 'the command line' : `${where} ${key}`}: ${unknown.join(', ')} (see \`djupgrade rules\`)`);
    // Where the error is only a warning (the editor), a misspelt id must not turn every rule off.
    return list.filter((item) => !unknown.includes(item.trim()));
  };
  const ignored = pick('ignore');
  const base = selectRules(rules, pick('select'), ignored, { extraIds: extraRuleIds });
  const perFile = Object.entries(config.perFileIgnores ?? {}).map(([pattern, ids]) => {
    // With "all" selected, isEnabled is simply "not in this list".
    const kept = selectRules(rules, ['all'], ids, { extraIds: extraRuleIds });
    const { unknown } = kept;
    if (unknown.length) errors.push(`unknown rule or category in ${where} per-file-ignores "${pattern}": ${unknown.join(', ')}`);
    return { patterns: new PathPatterns(config.base, [pattern]), isKept: kept.isEnabled };
  });
  return {
    errors,
    isExtraReported: base.isExtraReported,
    forFile(full) {
      const applying = perFile.filter((entry) => entry.patterns.match(full) !== null);
      if (applying.length === 0) return base.isEnabled;
      return (rule) => base.isEnabled(rule) && applying.every((entry) => entry.isKept(rule));
    },
  };
}
