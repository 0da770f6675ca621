// The climb from the current Django version to the target through the LTS releases
// (1.11 → 2.2 → 3.2 → 4.2 → 5.2), and for each step what stands in the way: the findings whose
// API that step removes, how many of them `djupgrade fix` can rewrite while the project still runs
// the previous step, the Python versions the step supports, and the dependency upgrades it needs.
import { compareVersions, djangoReleases, ltsReleases } from '../versions/django-version';
import type { Finding } from '../engine/types';
import { verdictFor, PinnedPackage } from './dependencies';
import { djangoPython } from './support-status';

export interface StepDependency {
  name: string;
  pinned: string | null;
  /** The first release that supports the step's Django version; null when no release does. */
  minimum: string | null;
  source: string;
}

export interface PathStep {
  django: string;
  python: string[];
  /** When the project's Python is not among `python`: the oldest Python the step supports; else null. */
  pythonUpgrade: string | null;
  /** Findings whose API is removed at this step (after the previous step, up to this one). */
  blocking: number;
  /** Of those, how many have a safe automatic fix that works on the previous step's version. */
  fixable: number;
  dependencies: StepDependency[];
  /** The rules behind `blocking`, most frequent first. */
  rules: Array<{ rule: string; count: number }>;
}

/** The versions to climb through: every LTS after `current` up to `target`, then `target` itself. */
export function pathSteps(current: string | null, target: string): string[] {
  const steps = ltsReleases.filter(
    (v) => (current === null ? compareVersions(v, '2.2') >= 0 : compareVersions(v, current) > 0) && compareVersions(v, target) <= 0,
  );
  if (!steps.includes(target) && (current === null || compareVersions(target, current) > 0)) steps.push(target);
  return steps;
}

/** Whether the finding's removal falls in (previous, step]. */
function removedAt(finding: Finding, previous: string | null, step: string): boolean {
  const removedIn = finding.rule.removedIn;
  if (!removedIn || !djangoReleases.includes(removedIn)) return false;
  return (previous === null || compareVersions(removedIn, previous) > 0) && compareVersions(removedIn, step) <= 0;
}

function fixableOn(finding: Finding, version: string | null): boolean {
  if (!finding.fix || finding.rule.fix !== 'safe') return false;
  const floor = finding.rule.fixMinVersion;
  if (!floor) return true;
  return version !== null && compareVersions(version, floor) >= 0;
}

export function planUpgradePath(current: string | null, target: string, findings: Finding[], pins: PinnedPackage[], python: string | null = null): PathStep[] {
  const steps: PathStep[] = [];
  let previous = current;
  for (const step of pathSteps(current, target)) {
    const blocking = findings.filter((f) => removedAt(f, previous, step));
    const counts = new Map<string, number>();
    for (const f of blocking) counts.set(f.rule.id, (counts.get(f.rule.id) ?? 0) + 1);
    const dependencies: StepDependency[] = [];
    for (const pin of pins) {
      const verdict = verdictFor(pin, step);
      if (verdict.status === 'upgrade' || verdict.status === 'no-release') {
        dependencies.push({ name: pin.name, pinned: pin.pinned, minimum: verdict.minimum, source: verdict.source });
      }
    }
    const supported = djangoPython[step] ?? [];
    steps.push({
      django: step,
      python: supported,
      pythonUpgrade: python && supported.length && !supported.includes(python) ? supported[0] : null,
      blocking: blocking.length,
      fixable: blocking.filter((f) => fixableOn(f, previous)).length,
      dependencies,
      rules: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, count]) => ({ rule, count })),
    });
    previous = step;
  }
  return steps;
}
