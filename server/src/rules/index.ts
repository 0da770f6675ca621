// The rule catalogue: the one list that the server, the CLI, the docs and the tests read.
// Each rule lives in its own module (server/src/rules/python, server/src/rules/templates).
import type { Rule } from '../engine/types';
import { argumentRules } from './python/arguments';
import { djangoUpgradeParityRules } from './python/django-upgrade';
import { projectConfigRules } from './python/project-config';
import { removedNameRules } from './python/removed-names';
import appsDefaultAppConfig from './python/apps-default-app-config';
import commandRequiresSystemChecks from './python/command-requires-system-checks';
import confUrlsPatterns from './python/conf-urls-patterns';
import confUrlsUrl from './python/conf-urls-url';
import coreUrlresolvers from './python/core-urlresolvers';
import encodingForceText from './python/encoding-force-text';
import foreignKeyOnDelete from './python/foreign-key-on-delete';
import modelMetaIndexTogether from './python/model-meta-index-together';
import nullBooleanField from './python/null-boolean-field';
import postgresJsonfield from './python/postgres-jsonfield';
import python2UnicodeCompatible from './python/python-2-unicode-compatible';
import requestIsAjax from './python/request-is-ajax';
import settingsPasswordResetTimeoutDays from './python/settings-password-reset-timeout-days';
import settingsPostgresqlPsycopg2 from './python/settings-postgresql-psycopg2';
import settingsSessionAuthMiddleware from './python/settings-session-auth-middleware';
import settingsUseL10N from './python/settings-use-l10n';
import shortcutsRenderToResponse from './python/shortcuts-render-to-response';
import signalProvidingArgs from './python/signal-providing-args';
import testAssertSetMethods from './python/test-assert-set-methods';
import testMultiDb from './python/test-multi-db';
import timezoneUtc from './python/timezone-utc';
import translationUgettext from './python/translation-ugettext';
import userIsAuthenticatedCall from './python/user-is-authenticated-call';
import utilsHttpIsSafeUrl from './python/utils-http-is-safe-url';
import utilsHttpUrlquote from './python/utils-http-urlquote';
import utilsSix from './python/utils-six';
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

export const rules: readonly Rule<any>[] = [
  appsDefaultAppConfig,
  commandRequiresSystemChecks,
  confUrlsPatterns,
  confUrlsUrl,
  coreUrlresolvers,
  encodingForceText,
  foreignKeyOnDelete,
  modelMetaIndexTogether,
  nullBooleanField,
  postgresJsonfield,
  python2UnicodeCompatible,
  requestIsAjax,
  settingsPasswordResetTimeoutDays,
  settingsPostgresqlPsycopg2,
  settingsSessionAuthMiddleware,
  settingsUseL10N,
  shortcutsRenderToResponse,
  signalProvidingArgs,
  testAssertSetMethods,
  testMultiDb,
  timezoneUtc,
  translationUgettext,
  userIsAuthenticatedCall,
  utilsHttpIsSafeUrl,
  utilsHttpUrlquote,
  utilsSix,
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

export const categories = [...new Set(rules.map((rule) => rule.category))];

export function ruleById(id: string): Rule<any> | undefined {
  return rules.find((rule) => rule.id === id);
}
