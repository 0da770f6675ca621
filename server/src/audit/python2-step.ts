// The Python 3 step of the upgrade path (issue 14). Django 1.11 is the last release that runs on
// Python 2, so a Python 2 project moves to Python 3 on Django 1.11 (or the 1.x release it runs)
// before any step to Django 2.0 or later. The step counts the findings of the rule category
// `python2`: the audit reads the category, not rule ids, so it counts whatever python2 rules the
// catalogue holds.
import type { Finding, Rule } from '../engine/types';
import type { ReportedFinding } from '../cli/output-formats';
import { compareVersions } from '../versions/django-version';
import type { PythonCodeEvidence } from './python-version';
import { isPython2 } from './python-version';
import { djangoPython } from './support-status';

/** The rule category of code that runs only on Python 2. */
export const python2Category = 'python2';

/** The first Django release that runs only on Python 3. */
export const python3OnlyDjango = '2.0';

/** Whether a rule flags Python-2-only code (compared as a string: the category type is the engine's). */
export const isPython2Rule = (rule: Pick<Rule<any>, 'category'>): boolean => (rule.category as string) === python2Category;

export const isPython2Finding = (finding: Finding): boolean => isPython2Rule(finding.rule);

/**
 * The python2 findings as evidence for the version detection, in file order: `what` is the rule's
 * id (its title reads "old → new" and lists names the file may not hold). `rules` tells which
 * reported rows are python2 ones (the reported rows carry only the id).
 */
export function python2Evidence(findings: readonly ReportedFinding[], rules: readonly Rule<any>[]): PythonCodeEvidence[] {
  const python2Ids = new Set(rules.filter(isPython2Rule).map((rule) => rule.id));
  return findings
    .filter((f) => python2Ids.has(f.rule))
    .map((f) => ({ file: f.path, line: f.line, what: f.rule }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * Whether the path needs the Python 3 step: the target runs only on Python 3, the project is not
 * past Django 1.x, and it runs Python 2 or holds Python-2-only code.
 */
export function needsPython3Step(current: string | null, target: string, python: string | null, python2Findings: number): boolean {
  if (compareVersions(target, python3OnlyDjango) < 0) return false;
  if (current !== null && compareVersions(current, python3OnlyDjango) >= 0) return false;
  return (python !== null && isPython2(python)) || python2Findings > 0;
}

/** The Python 3 versions `django` supports, and the one to move to: the newest that `next` (the following Django step) supports too. */
export function python3Choice(django: string, next: string | null): { python: string[]; to: string | null } {
  const python = (djangoPython[django] ?? []).filter((v) => !isPython2(v));
  const nextPython = next ? djangoPython[next] ?? [] : [];
  const both = python.filter((v) => nextPython.includes(v));
  const pool = both.length ? both : python;
  return { python, to: pool.length ? pool[pool.length - 1] : null };
}

export function python3StepTitle(python: string | null, django: string): string {
  return `Python ${python && isPython2(python) ? python : '2'} → 3.x on Django ${django}`;
}
