// The whole audit of one project folder: versions and their support, the scan's findings (same
// engine as `djupgrade scan`), the inventory, the LTS upgrade path, dependencies and migrations.
import * as path from 'node:path';
import type { Analyzer } from '../engine/analyzer';
import type { LintOptions } from '../engine/lint';
import type { Finding, Rule } from '../engine/types';
import { Project } from '../project/project';
import { scanProject } from '../project/scan-project';
import type { ExcludeCheck } from '../project/source-files';
import { ReportedFinding, toReported } from '../cli/output-formats';
import { compareVersions, isVersion } from '../versions/django-version';
import type { AuditReport } from './audit-types';
import { findPinnedPackages, verdictFor } from './dependencies';
import { buildInventory } from './inventory';
import { librarySection } from './libraries';
import { compareReleases } from '../versions/pep440';
import { checkMigrations } from './migrations';
import { isExtraRuleId } from './extra-rules';
import { python2Evidence } from './python2-step';
import { detectPythonVersion } from './python-version';
import { djangoPython, djangoSupportStatus, pythonSupportStatus, today } from './support-status';
import { planUpgradePath } from './upgrade-path';
import { auditVulnerabilities } from './vulnerabilities';
import { warningsAgainst } from '../warnings/warnings-report';

export interface AuditOptions {
  current?: string;
  target?: string;
  /** Paths in the report are relative to this folder. */
  cwd: string;
  /** The date support statuses are computed for (default: today). */
  asOf?: string;
  maxBytes?: number;
  /** The rules a file runs (the configuration's select, ignore and per-file-ignores); default: all but opt-in. */
  isEnabledFor?: (file: string) => (rule: Rule<any>) => boolean;
  /** Whether a finding from outside the catalogue (audit/extra-rules.ts) is reported; default: all are. */
  isExtraReported?: (id: string) => boolean;
  /** The exclusions of the project configuration; default: the built-in folders. */
  exclude?: ExcludeCheck;
  /** A test log to read against the scan's findings (its deprecation warnings join the report). */
  warningsLog?: { file: string; text: string };
  log?: (message: string) => void;
}

export const dependencyRuleId = 'dependency-unsupported';

const toPosix = (p: string) => p.split(path.sep).join('/');

export function runAudit(analyzer: Analyzer, root: string, options: AuditOptions): AuditReport {
  const asOf = options.asOf ?? today();
  const project = new Project(root);
  const versions = project.versions({ current: options.current, target: options.target, source: 'command line' });
  const relativeToCwd = (relative: string) => toPosix(path.relative(options.cwd, path.join(root, relative))) || '.';

  // The scan: the same files and engine as `djupgrade scan`.
  const lintOptions = (file: string): LintOptions => ({
    current: versions.current,
    target: versions.target,
    showFuture: false,
    isEnabled: options.isEnabledFor?.(file) ?? ((rule) => !rule.optIn),
    libraries: project.libraryPolicy(),
  });
  const { files, results } = scanProject(analyzer, project, lintOptions, { maxBytes: options.maxBytes, cwd: options.cwd, log: options.log, exclude: options.exclude });
  const allFindings: Finding[] = results.flatMap((r) => r.findings);
  const findings: ReportedFinding[] = toReported(results, options.cwd);

  // Dependencies, for the target, and their findings on the pinned lines.
  const pins = findPinnedPackages(root).filter((pin) => pin.name.toLowerCase() !== 'django');
  const dependencies: AuditReport['dependencies'] = pins.map((pin) => {
    const verdict = verdictFor(pin, versions.target);
    return { name: pin.name, pinned: pin.pinned, status: verdict.status, minimum: verdict.minimum, source: verdict.source, file: relativeToCwd(pin.file), line: pin.line };
  });
  for (const pin of pins) {
    const verdict = verdictFor(pin, versions.target);
    if (verdict.status !== 'upgrade' && verdict.status !== 'no-release') continue;
    const written = `${pin.name}${pin.pinned ? `${pin.exact ? '==' : '>='}${pin.pinned}` : ''}`;
    findings.push({
      path: relativeToCwd(pin.file),
      line: pin.line,
      column: pin.column,
      endLine: pin.line,
      endColumn: pin.endColumn,
      rule: dependencyRuleId,
      severity: 'error',
      message:
        verdict.status === 'upgrade'
          ? `\`${written}\` does not support Django ${versions.target}: upgrade to ${verdict.minimum} or later (${verdict.source})`
          : `No release of \`${pin.name}\` supports Django ${versions.target} (${verdict.source}): replace it or keep an older Django`,
      deprecatedIn: null,
      removedIn: versions.target,
      fixable: false,
    });
  }
  const vulnerabilities = auditVulnerabilities(root, asOf, relativeToCwd);
  const runtime = options.warningsLog
    ? warningsAgainst({
        root,
        logFile: options.warningsLog.file,
        logText: options.warningsLog.text,
        reported: toReported(results, root),
        texts: new Map(results.map((r) => [project.relativePath(r.file), r.text])),
        rules: analyzer.rules,
        django: { current: versions.current, target: versions.target },
        cwd: options.cwd,
      })
    : null;
  // The warnings no static finding covers become findings; the rest are in the scan's already.
  if (runtime) findings.push(...runtime.findings.slice(0, runtime.summary.runtimeOnly));
  findings.push(...vulnerabilities.findings);
  // An ignored id of the audit's own (`ignore = ["known-vulnerabilities"]`) drops its findings.
  const isExtraReported = options.isExtraReported ?? (() => true);
  let kept = 0;
  for (const f of findings) if (!isExtraRuleId(f.rule) || isExtraReported(f.rule)) findings[kept++] = f;
  findings.length = kept;
  findings.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));

  const inventory = buildInventory(analyzer, { root, files });
  const migrations = checkMigrations(analyzer, root, inventory.apps, versions.target);
  // Python-2-only code (python2 findings) says Python 2 too, where no file does.
  const libraryPolicy = project.libraryPolicy();
  const isBlocking = (f: ReportedFinding) => {
    if (f.removedIn === null) return false;
    if (f.library) {
      const target = libraryPolicy.get(f.library)?.target;
      return target !== undefined && compareReleases(f.removedIn, target) <= 0;
    }
    return isVersion(f.removedIn) && compareVersions(f.removedIn, versions.target) <= 0;
  };
  const python = detectPythonVersion(root, python2Evidence(toReported(results, root), analyzer.rules));
  const targetPython = djangoPython[versions.target];

  const support = (status: ReturnType<typeof djangoSupportStatus>) => ({ supported: status.supported, endOfSupport: status.endOfSupport, source: status.source });
  const report: AuditReport = {
    version: 1,
    asOf,
    root: relativeToCwd('.') ,
    django: {
      current: versions.current,
      target: versions.target,
      source: versions.currentSource,
      targetSource: versions.targetSource,
      support: versions.current ? support(djangoSupportStatus(versions.current, asOf)) : null,
      targetSupport: support(djangoSupportStatus(versions.target, asOf)),
    },
    python: {
      current: python?.version ?? null,
      source: python?.source ?? 'unknown (no .python-version, runtime.txt, requires-python, classifiers, CI file or Python 2 code says it)',
      support: python ? support(pythonSupportStatus(python.version, asOf)) : null,
      supportedByTarget: python && targetPython ? targetPython.includes(python.version) : null,
    },
    path: planUpgradePath(versions.current, versions.target, allFindings, pins, python?.version ?? null),
    libraries: librarySection(project.libraryVersions(), allFindings),
    dependencies,
    migrations: migrations.issues.map((issue) => ({
      app: issue.app,
      kind: issue.kind,
      files: issue.files.map(relativeToCwd),
      message: issue.message,
      ...(issue.line ? { line: issue.line } : {}),
    })),
    inventory: {
      ...inventory,
      settings: inventory.settings ? relativeToCwd(inventory.settings) : null,
      apps: inventory.apps.map((app) => ({ ...app, path: relativeToCwd(app.path) })),
    },
    summary: {
      files: files.length,
      findings: findings.length,
      fixable: findings.filter((f) => f.fixable).length,
      blocking: findings.filter(isBlocking).length,
    },
    findings,
    vulnerabilities: vulnerabilities.section,
    ...(runtime ? { runtimeWarnings: { log: runtime.log, summary: runtime.summary, warnings: runtime.warnings } } : {}),
  };
  return report;
}
