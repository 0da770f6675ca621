// The findings the audit and the editor report outside the catalogue (pinned packages, migrations,
// vulnerabilities, runtime warnings): their ids and what SARIF says of them. `select`/`ignore`
// accept these ids too, so `ignore = ["known-vulnerabilities"]` means the same in the editor, the
// configuration file and on the command line.
import { advisoryRuleId } from './advisories';
import { runtimeRuleId } from '../warnings/merge';

export const extraRules: Record<string, { title: string; description: string }> = {
  'dependency-unsupported': {
    title: 'A pinned package does not support the target Django version',
    description: 'The pinned release of this package predates its first release that supports the target Django version (from the audit\'s package table), or no release supports it.',
  },
  [advisoryRuleId]: {
    title: 'A pinned release has published vulnerabilities',
    description:
      'The pinned release is affected by published security advisories (from the advisory snapshot shipped with djupgrade), or its Django series no longer receives security fixes. The message names the release that fixes them.',
  },
  [runtimeRuleId]: {
    title: 'A deprecation warning the tests printed, on a line no rule flags',
    description: "The project's test run (a log given to djupgrade) printed this deprecation warning for this line, and no rule of the catalogue flags it: the API is reached in a way static analysis cannot follow.",
  },
  'migration-conflict': { title: 'Migration graph has more than one leaf', description: 'Two migrations of an app have no successor: `migrate` refuses to run until a merge migration joins them.' },
  'migration-missing-dependency': { title: 'Migration depends on a migration that does not exist', description: '`migrate` stops with NodeNotFoundError.' },
  'migration-duplicate-number': { title: 'Two migrations share a number', description: 'Usually two branches made migrations at the same time.' },
  'migration-partial-replaces': { title: 'Squashed migration with half of its originals', description: 'A squashed migration replaces migrations of which only some are present.' },
  'migration-removed-field': { title: 'Migration uses an API the target Django no longer has', description: 'The migration file imports or calls something the target release removed, so it cannot be loaded.' },
};

/** Whether `id` names a finding reported outside the catalogue. */
export const isExtraRuleId = (id: string): boolean => Object.prototype.hasOwnProperty.call(extraRules, id);

/** The ids `select`/`ignore` accept besides the catalogue's (engine/rule-selection.ts `extraIds`). */
export const extraRuleIds: readonly string[] = Object.keys(extraRules);
