// `djupgrade warnings LOG`: a test log's deprecation warnings against the project's static
// findings. The result is the log's warnings, each with where it points and what covers it, and
// the findings they add: one on each workspace line no static finding covers (carrying the rule
// the warning names, else `runtime-warning`), none where a static finding already is.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzer } from '../engine/analyzer';
import type { LintOptions } from '../engine/lint';
import type { Rule } from '../engine/types';
import { ReportedFinding, toReported } from '../cli/output-formats';
import { Project } from '../project/project';
import { scanProject } from '../project/scan-project';
import type { ExcludeCheck } from '../project/source-files';
import { compareVersions, isVersion } from '../versions/django-version';
import { mergeWarnings, RuntimeWarning, runtimeRuleId, StaticFinding } from './merge';
import { parseTestOutput } from './parse-log';

export interface WarningsReport {
  version: 1;
  /** The project folder and the log, relative to the current directory. */
  root: string;
  log: string;
  django: { current: string | null; target: string };
  summary: {
    /** Deprecation warnings read from the log, and how many distinct ones. */
    read: number;
    distinct: number;
    /** Distinct warnings a static finding covers, seen only at run time in the workspace, raised outside it. */
    static: number;
    runtimeOnly: number;
    external: number;
  };
  /** Paths relative to the current directory (as in `djupgrade scan`). */
  warnings: RuntimeWarning[];
  /** The runtime-only warnings as findings (first, `summary.runtimeOnly` of them), then the static findings the log confirms. */
  findings: ReportedFinding[];
}

export interface WarningsOptions {
  cwd: string;
  current?: string;
  target?: string;
  isEnabled?: (rule: Rule<any>) => boolean;
  /** Per file (the project configuration's per-file-ignores); wins over `isEnabled`. */
  isEnabledFor?: (file: string) => (rule: Rule<any>) => boolean;
  /** The project configuration's exclusions; default: the built-in folders. */
  exclude?: ExcludeCheck;
  maxBytes?: number;
  log?: (message: string) => void;
}

/** The finding a runtime-only warning becomes: its line, from the first non-blank character. */
export function runtimeFinding(warning: RuntimeWarning, lineText: string, target: string, filePath: string): ReportedFinding {
  const start = lineText.length - lineText.trimStart().length;
  const removed = warning.removedIn && isVersion(warning.removedIn) ? warning.removedIn : null;
  const times = warning.count > 1 ? ` (${warning.count}× in the log)` : '';
  return {
    path: filePath,
    line: warning.line!,
    column: start + 1,
    endLine: warning.line!,
    endColumn: Math.max(start + 1, lineText.trimEnd().length + 1),
    rule: warning.rules[0] ?? runtimeRuleId,
    severity: removed && compareVersions(removed, target) <= 0 ? 'error' : 'warning',
    message: `${warning.category} at run time: ${warning.message}${times}`,
    deprecatedIn: null,
    removedIn: removed,
    fixable: false,
  };
}

export interface LogAgainstFindings {
  root: string;
  logFile: string;
  logText: string;
  /** The project's static findings, with paths relative to `root`. */
  reported: readonly ReportedFinding[];
  /** Texts already read, by root-relative path (others are read from disk when needed). */
  texts?: ReadonlyMap<string, string>;
  rules: readonly Rule<any>[];
  django: { current: string | null; target: string };
  cwd: string;
}

/** A log against static findings already made (the audit's, or analyzeWarnings' own scan). */
export function warningsAgainst(input: LogAgainstFindings): WarningsReport {
  const { root, cwd } = input;
  const staticFindings: StaticFinding[] = input.reported.map((f) => ({ path: f.path, line: f.line, endLine: f.endLine, rule: f.rule }));
  const parsed = parseTestOutput(input.logText);
  const exists = (relative: string) => {
    try {
      return fs.statSync(path.join(root, relative)).isFile();
    } catch {
      return false;
    }
  };
  const merged = mergeWarnings({ warnings: parsed, root, exists, staticFindings, rules: input.rules });
  const toCwd = (relative: string) => toPosix(path.relative(cwd, path.join(root, relative)));
  const lineOf = (relative: string, line: number) => {
    let text = input.texts?.get(relative);
    if (text === undefined) {
      try {
        text = fs.readFileSync(path.join(root, relative), 'utf8');
      } catch {
        text = '';
      }
    }
    return text.split(/\r\n|\r|\n/)[line - 1] ?? '';
  };
  const findings: ReportedFinding[] = [];
  for (const warning of merged) {
    if (warning.status === 'runtime-only') findings.push(runtimeFinding(warning, lineOf(warning.path!, warning.line!), input.django.target, toCwd(warning.path!)));
  }
  const confirmed = merged.flatMap((w) => w.confirms);
  findings.push(...input.reported.filter((f) => confirmed.some((c) => c.path === f.path && c.line === f.line && c.rule === f.rule)).map((f) => ({ ...f, path: toCwd(f.path) })));
  return {
    version: 1,
    root: toPosix(path.relative(cwd, root)) || '.',
    log: toPosix(path.relative(cwd, input.logFile)) || input.logFile,
    django: input.django,
    summary: {
      read: parsed.length,
      distinct: merged.length,
      static: merged.filter((w) => w.status === 'static').length,
      runtimeOnly: merged.filter((w) => w.status === 'runtime-only').length,
      external: merged.filter((w) => w.status === 'external').length,
    },
    warnings: merged.map((w) => ({
      ...w,
      path: w.path && toCwd(w.path),
      via: w.via && { ...w.via, path: toCwd(w.via.path) },
      confirms: w.confirms.map((c) => ({ ...c, path: toCwd(c.path) })),
    })),
    findings,
  };
}

/** Scans the project (as `djupgrade scan` does) and reads the log against its findings. */
export function analyzeWarnings(analyzer: Analyzer, root: string, logFile: string, logText: string, options: WarningsOptions, project = new Project(root)): WarningsReport {
  const versions = project.versions({ current: options.current, target: options.target, source: 'command line' });
  const lintOptions = (file: string): LintOptions => ({
    current: versions.current,
    target: versions.target,
    showFuture: true,
    isEnabled: options.isEnabledFor?.(file) ?? options.isEnabled ?? ((rule) => !rule.optIn),
    libraries: project.libraryPolicy(),
  });
  const scan = scanProject(analyzer, project, lintOptions, { maxBytes: options.maxBytes, cwd: root, log: options.log, exclude: options.exclude });
  return warningsAgainst({
    root,
    logFile,
    logText,
    reported: toReported(scan.results, root),
    texts: new Map(scan.results.map((r) => [project.relativePath(r.file), r.text])),
    rules: analyzer.rules,
    django: { current: versions.current, target: versions.target },
    cwd: options.cwd,
  });
}

const toPosix = (p: string) => p.split(path.sep).join('/');
