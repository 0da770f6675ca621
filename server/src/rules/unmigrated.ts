// The rules not yet migrated to the catalogue's one shape (docs/engine.md, "Migrating a rule
// family"): each folder's list, and the rules still at the top of rules/python and rules/templates.
// A migrated rule leaves its list here and gets its line in catalogue.ts.
import type { Rule } from '../engine/types';
import { argumentRules } from './python/arguments';
import { djangoUpgradeParityRules } from './python/django-upgrade';
import { projectConfigRules } from './python/project-config';
import { removedNameRules } from './python/removed-names';
import templateLoadStaticfiles from './templates/template-load-staticfiles';
import templateIfequal from './templates/template-ifequal';
import templateLengthIs from './templates/template-length-is';
import templateIfSingleEquals from './templates/template-if-single-equals';
import templateCycleComma from './templates/template-cycle-comma';
import templateSsiTag from './templates/template-ssi-tag';
import templateLoadWebdesign from './templates/template-removed-libraries';
import templateLoadAdminmedia from './templates/template-load-adminmedia';
import templateLoadMarkup from './templates/template-load-markup';
import templateEscapeFilterChain from './templates/template-escape-filter-chain';
import { loadCycleFirstofFromFuture, loadSsiUrlFromFuture } from './templates/template-load-from-future';
import { fixAmpersands, removetags } from './templates/template-removed-filters';
import { jsonScriptEmptyId, transToTranslate, withLegacyAs } from './templates/template-modernize';

export const unmigratedRules: readonly Rule<any>[] = [
  templateLoadStaticfiles,
  templateIfequal,
  templateLengthIs,
  templateIfSingleEquals,
  templateCycleComma,
  templateSsiTag,
  templateLoadWebdesign,
  templateLoadAdminmedia,
  templateLoadMarkup,
  templateEscapeFilterChain,
  loadSsiUrlFromFuture,
  loadCycleFirstofFromFuture,
  removetags,
  fixAmpersands,
  transToTranslate,
  withLegacyAs,
  jsonScriptEmptyId,
  ...removedNameRules,
  ...argumentRules,
  ...projectConfigRules,
  ...djangoUpgradeParityRules,
];
