// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import settingsStorages from './settings-storages';
import settingsTemplateSettings from './settings-template-settings';

export const projectConfigRules: Rule<any>[] = [
  settingsStorages,
  settingsTemplateSettings,
];
