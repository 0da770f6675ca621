// Rules that bring the catalogue to parity with django-upgrade's fixers (test/parity checks the
// output against the real tool). In the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import checkConstraintCondition from './check-constraint-condition';
import cryptoGetRandomStringLength from './crypto-get-random-string-length';
import emailValidatorAllowlist from './email-validator-allowlist';
import formsModelMultipleChoiceListKey from './forms-model-multiple-choice-list-key';
import postgresAggregateOrderBy from './postgres-aggregate-order-by';
import staticfilesFindAll from './staticfiles-find-all';
import textUnescapeEntities from './text-unescape-entities';
import timezoneFixedOffset from './timezone-fixed-offset';
import urlsPathSyntax from './urls-path-syntax';
import testAssertFormError from './test-assert-form-error';
import settingsDefaultAutoField from './settings-default-auto-field';
import settingsFormsUrlfieldAssumeHttps from './settings-forms-urlfield-assume-https';
import settingsAdminsManagers from './settings-admins-managers';
import adminAllowTags from './admin-allow-tags';
import modelsPermalink from './models-permalink';
import adminDecorators from './admin-decorators';
import adminRegisterDecorator from './admin-register-decorator';
import requestHeaders from './request-headers';
import testHttpHeaders from './test-http-headers';
import modelFieldChoicesEnum from './model-field-choices-enum';
import mailApiKeywordArguments from './mail-api-keyword-arguments';
import mailFailSilentlyFalse from './mail-fail-silently-false';
import mailGetConnection from './mail-get-connection';
import postgresStringagg from './postgres-stringagg';
import versionedBranches from './versioned-branches';
import versionedTestSkipDecorators from './versioned-test-skip-decorators';
import adminActionCheckboxName from './admin-action-checkbox-name';
import adminLookupNeedsDistinct from './admin-lookup-needs-distinct';
import dbExceptionsCompatImports from './db-exceptions-compat-imports';
import formsExtrasSelectDateWidget from './forms-extras-select-date-widget';
import formsFormsCompatImports from './forms-forms-compat-imports';
import httpCookieSimpleCookie from './http-cookie-simple-cookie';
import postgresBitAggregates from './postgres-bit-aggregates';
import postgresFloatRangeField from './postgres-float-range-field';
import python2CompatImports from './python2-compat-imports';
import querysetPaginator from './queryset-paginator';
import staticfilesTemplatetagsStatic from './staticfiles-templatetags-static';
import templateBaseContextImports from './template-base-context-imports';
import templateTranslatorCommentMark from './template-translator-comment-mark';
import testRunnerSetupDatabases from './test-runner-setup-databases';
import transactionSavepoint from './transaction-savepoint';

export const djangoUpgradeParityRules: Rule<any>[] = [
  versionedTestSkipDecorators,
  versionedBranches,
  postgresStringagg,
  mailGetConnection,
  mailFailSilentlyFalse,
  mailApiKeywordArguments,
  modelFieldChoicesEnum,
  testHttpHeaders,
  requestHeaders,
  adminRegisterDecorator,
  adminDecorators,
  modelsPermalink,
  adminAllowTags,
  settingsAdminsManagers,
  settingsFormsUrlfieldAssumeHttps,
  settingsDefaultAutoField,
  testAssertFormError,
  urlsPathSyntax,
  timezoneFixedOffset,
  textUnescapeEntities,
  staticfilesFindAll,
  postgresAggregateOrderBy,
  formsModelMultipleChoiceListKey,
  emailValidatorAllowlist,
  cryptoGetRandomStringLength,
  checkConstraintCondition,
  adminActionCheckboxName,
  adminLookupNeedsDistinct,
  dbExceptionsCompatImports,
  formsExtrasSelectDateWidget,
  formsFormsCompatImports,
  httpCookieSimpleCookie,
  postgresBitAggregates,
  postgresFloatRangeField,
  python2CompatImports,
  querysetPaginator,
  staticfilesTemplatetagsStatic,
  templateBaseContextImports,
  templateTranslatorCommentMark,
  testRunnerSetupDatabases,
  transactionSavepoint,
];
