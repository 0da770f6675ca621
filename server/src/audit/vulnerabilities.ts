// The audit's "Known vulnerabilities" section: every exact pin of the project (requirements files,
// pyproject/Pipfile/setup declarations and lock files) checked against the advisory snapshot, and
// one finding per affected declaration line.
import type { ReportedFinding } from '../cli/output-formats';
import type { AuditVulnerabilities } from './audit-types';
import { advisoryRuleId, advisorySnapshot, bumpTargets, checkPin, fixedVersions, hasFindings, pinMessage, worstSeverity } from './advisories';
import type { AdvisorySnapshot } from './advisory-data';
import { isPep440 } from './advisory-versions';
import { findPinnedPackages, PinnedPackage, pinOf } from './dependencies';
import { declaredRequirements } from '../versions/requirements';
import { findLockedPackages } from './locked-packages';
import { normalizeName } from './package-support';

/**
 * Exact pins only: a range (">=3.2") says too little about what is installed. Every declaration
 * (requirements files with their includes and constraints, pyproject, Pipfile, setup), then lock files.
 */
export function exactPins(root: string): PinnedPackage[] {
  const declared = declaredRequirements(root)
    .filter((r) => normalizeName(r.name) !== 'python')
    .map(pinOf);
  const pins = [...declared, ...findLockedPackages(root)].filter((p) => p.exact && p.pinned && isPep440(p.pinned));
  const seen = new Set<string>();
  return pins.filter((p) => {
    const key = `${normalizeName(p.name)} ${p.pinned} ${p.file}:${p.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function auditVulnerabilities(
  root: string,
  asOf: string,
  relative: (file: string) => string,
  snapshot: AdvisorySnapshot = advisorySnapshot,
): { section: AuditVulnerabilities; findings: ReportedFinding[] } {
  const pins = exactPins(root);
  const byRelease = new Map<string, { pin: PinnedPackage; declared: PinnedPackage[] }>();
  for (const pin of pins) {
    const key = `${normalizeName(pin.name)} ${pin.pinned}`;
    const entry = byRelease.get(key) ?? { pin, declared: [] };
    entry.declared.push(pin);
    byRelease.set(key, entry);
  }
  const packages: AuditVulnerabilities['packages'] = [];
  const findings: ReportedFinding[] = [];
  for (const { pin, declared } of byRelease.values()) {
    const checked = checkPin(pin.name, pin.pinned!, asOf, snapshot);
    if (!hasFindings(checked)) continue;
    packages.push({
      name: pin.name,
      version: pin.pinned!,
      message: pinMessage(checked),
      declared: declared.map((d) => ({ file: relative(d.file), line: d.line })),
      advisories: checked.advisories.map((r) => ({
        id: r.id,
        aliases: r.aliases,
        summary: r.summary,
        published: r.published,
        severity: r.severity ?? null,
        fixedIn: fixedVersions(r),
      })),
      fixedBy: checked.fixedBy,
      seriesFix: checked.seriesFix?.version ?? null,
      bumpTo: bumpTargets(checked)[0] ?? null,
      unsupported: checked.unsupported,
    });
    for (const d of declared) {
      findings.push({
        path: relative(d.file),
        line: d.line,
        column: d.column,
        endLine: d.line,
        endColumn: d.endColumn,
        rule: advisoryRuleId,
        severity: worstSeverity(checked),
        message: pinMessage(checked),
        deprecatedIn: null,
        removedIn: null,
        fixable: false,
      });
    }
  }
  const checkedNames = new Set(pins.map((p) => normalizeName(p.name)));
  return {
    section: {
      snapshot: { generated: snapshot.generated, sources: snapshot.sources },
      checked: checkedNames.size,
      notExact: [...new Set(findPinnedPackages(root).filter((p) => !checkedNames.has(normalizeName(p.name))).map((p) => p.name))],
      packages,
    },
    findings,
  };
}
