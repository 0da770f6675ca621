// The climb from the current Django version to the target through the LTS releases
// (1.11 → 2.2 → 3.2 → 4.2 → 5.2), and for each step what stands in the way: the findings whose
// API that step removes, how many of them `djupgrade fix` can rewrite while the project still runs
// the previous step, the Python versions the step supports, and the dependency upgrades it needs.
// A Python 2 project first moves to Python 3 on Django 1.x (python2-step.ts): that step counts the
// python2 findings, which no Django step counts.
import { compareVersions, djangoReleases, ltsReleases } from '../versions/django-version';
import type { Finding } from '../engine/types';
import { verdictFor, PinnedPackage } from './dependencies';
import { isPython2Finding, needsPython3Step, python3Choice, python3OnlyDjango, python3StepTitle } from './python2-step';
import { djangoPython } from './support-status';

export interface StepDependency {
  name: string;
  pinned: string | null;
  /** The first release that supports the step's Django version; null when no release does. */
  minimum: string | null;
  source: string;
}

export interface PathStep {
  /** "django": an upgrade to `django`; "python3": the move to Python 3 while the project runs `django`. */
  kind: 'django' | 'python3';
  /** "Django 2.2", "Python 2.7 → 3.x on Django 1.11". */
  title: string;
  django: string;
  python: string[];
  /**
   * When the project's Python is not among `python`: the one to move to (`pythonFor`); else null.
   * The Python 3 step: the Python 3 release to move to (the newest that this Django and the next step both support).
   */
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

/** The rules behind `blocking`, most frequent first. */
function ruleCounts(blocking: Finding[]): PathStep['rules'] {
  const counts = new Map<string, number>();
  for (const f of blocking) counts.set(f.rule.id, (counts.get(f.rule.id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, count]) => ({ rule, count }));
}

export function planUpgradePath(current: string | null, target: string, findings: Finding[], pins: PinnedPackage[], python: string | null = null): PathStep[] {
  const steps: PathStep[] = [];
  const python2Findings = findings.filter(isPython2Finding);
  // A library's removals follow its own releases (the audit's libraries section), not Django's.
  const djangoFindings = findings.filter((f) => !isPython2Finding(f) && !f.rule.library);
  let python3Pending = needsPython3Step(current, target, python, python2Findings.length);
  let previous = current;
  for (const step of pathSteps(current, target)) {
    if (python3Pending && compareVersions(step, python3OnlyDjango) >= 0) {
      // Before the first Python-3-only Django: Python 3 on the Django the project runs by then.
      const django = previous ?? '1.11';
      const choice = python3Choice(django, step);
      steps.push({
        kind: 'python3',
        title: python3StepTitle(python, django),
        django,
        python: choice.python,
        pythonUpgrade: choice.to,
        blocking: python2Findings.length,
        fixable: python2Findings.filter((f) => fixableOn(f, previous)).length,
        dependencies: [],
        rules: ruleCounts(python2Findings),
      });
      python = choice.to;
      python3Pending = false;
    }
    const blocking = djangoFindings.filter((f) => removedAt(f, previous, step));
    const dependencies: StepDependency[] = [];
    for (const pin of pins) {
      const verdict = verdictFor(pin, step);
      if (verdict.status === 'upgrade' || verdict.status === 'no-release') {
        dependencies.push({ name: pin.name, pinned: pin.pinned, minimum: verdict.minimum, source: verdict.source });
      }
    }
    const supported = djangoPython[step] ?? [];
    steps.push({
      kind: 'django',
      title: `Django ${step}`,
      django: step,
      python: supported,
      pythonUpgrade: python && supported.length && !supported.includes(python) ? pythonFor(python, supported) : null,
      blocking: blocking.length,
      fixable: blocking.filter((f) => fixableOn(f, previous)).length,
      dependencies,
      rules: ruleCounts(blocking),
    });
    previous = step;
  }
  return steps;
}

/**
 * The Python a step needs the project to move to: the oldest one it supports that is not older than
 * the project's (Python 3.3 on the way to Django 1.11: 3.4, not 2.7), else its newest.
 */
export function pythonFor(python: string, supported: readonly string[]): string {
  return supported.find((v) => compareVersions(v, python) >= 0) ?? supported[supported.length - 1];
}
