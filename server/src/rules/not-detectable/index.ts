// Entries of the deprecation checklist (shared/reference/django-deprecations.json) that no rule can
// find by reading source, each with the reason. docs/coverage.md lists them, so the coverage is
// honest: an entry is either covered by a rule (its `checklist` ids) or explained here.
import { argumentsNotDetectable } from './arguments';
import { projectConfigNotDetectable } from './project-config';
import { templateNotDetectable } from './templates';
import { timeline14to17NotDetectable } from './timeline-1-4-1-7';

export interface NotDetectable {
  /** The checklist entry id. */
  checklist: string;
  reason: string;
}

export const notDetectable: NotDetectable[] = [...argumentsNotDetectable, ...projectConfigNotDetectable, ...templateNotDetectable, ...timeline14to17NotDetectable];
