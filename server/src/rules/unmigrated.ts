// The rules not yet migrated to the catalogue's one shape (docs/engine.md, "Migrating a rule
// family"): each folder's list.
// A migrated rule leaves its list here and gets its line in catalogue.ts.
import type { Rule } from '../engine/types';
import { projectConfigRules } from './python/project-config';

export const unmigratedRules: readonly Rule<any>[] = [
  ...projectConfigRules,
];
