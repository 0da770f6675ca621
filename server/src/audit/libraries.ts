// The audit's libraries section: for each library around Django that the project declares or whose
// rules found something (djangorestframework, celery, …), its versions (current from the project's
// pins, target from the configuration or the newest release in the snapshot) and what its own
// deprecations leave to do: the findings of its rules, those it removes by its target, the fixable.
import type { Finding } from '../engine/types';
import { compareReleases } from '../versions/pep440';
import type { LibraryVersionChoice } from '../versions/library-versions';
import type { AuditLibrary } from './audit-types';

/** Whether a library rule's finding is removed by the library's target (an error at that target). */
export function removedByTarget(finding: Pick<Finding, 'rule'>, target: string): boolean {
  const removedIn = finding.rule.removedIn;
  return removedIn !== null && compareReleases(removedIn, target) <= 0;
}

export function librarySection(choices: readonly LibraryVersionChoice[], findings: readonly Finding[]): AuditLibrary[] {
  const section: AuditLibrary[] = [];
  for (const choice of choices) {
    const own = findings.filter((f) => f.rule.library === choice.library.package);
    if (choice.current === null && own.length === 0) continue;
    const counts = new Map<string, number>();
    for (const f of own) counts.set(f.rule.id, (counts.get(f.rule.id) ?? 0) + 1);
    section.push({
      name: choice.library.package,
      title: choice.library.title,
      category: choice.library.category,
      current: choice.current,
      source: choice.currentSource,
      target: choice.target,
      targetSource: choice.targetSource,
      findings: own.length,
      blocking: own.filter((f) => removedByTarget(f, choice.target)).length,
      fixable: own.filter((f) => f.fix?.automatic).length,
      rules: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, count]) => ({ rule, count })),
      successor: choice.library.successor ?? null,
    });
  }
  return section;
}
