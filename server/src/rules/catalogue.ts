// The catalogue: one line per rule, `export { default as <id in camelCase> } from './<category>/<id>';`,
// sorted by path. Adding a rule is its module plus its line here (docs/engine.md).
export { default as foreignKeyOnDelete } from './models/foreign-key-on-delete';
export { default as modelMetaIndexTogether } from './models/model-meta-index-together';
export { default as nullBooleanField } from './models/null-boolean-field';
export { default as postgresJsonfield } from './models/postgres-jsonfield';
export { default as appsDefaultAppConfig } from './removed-api/apps-default-app-config';
export { default as commandRequiresSystemChecks } from './removed-api/command-requires-system-checks';
export { default as coreUrlresolvers } from './removed-api/core-urlresolvers';
export { default as encodingForceText } from './removed-api/encoding-force-text';
export { default as python2UnicodeCompatible } from './removed-api/python-2-unicode-compatible';
export { default as requestIsAjax } from './removed-api/request-is-ajax';
export { default as shortcutsRenderToResponse } from './removed-api/shortcuts-render-to-response';
export { default as signalProvidingArgs } from './removed-api/signal-providing-args';
export { default as timezoneUtc } from './removed-api/timezone-utc';
export { default as translationUgettext } from './removed-api/translation-ugettext';
export { default as userIsAuthenticatedCall } from './removed-api/user-is-authenticated-call';
export { default as utilsHttpIsSafeUrl } from './removed-api/utils-http-is-safe-url';
export { default as utilsHttpUrlquote } from './removed-api/utils-http-urlquote';
export { default as utilsSix } from './removed-api/utils-six';
export { default as settingsPasswordResetTimeoutDays } from './settings/settings-password-reset-timeout-days';
export { default as settingsPostgresqlPsycopg2 } from './settings/settings-postgresql-psycopg2';
export { default as settingsSessionAuthMiddleware } from './settings/settings-session-auth-middleware';
export { default as settingsUseL10n } from './settings/settings-use-l10n';
export { default as testAssertSetMethods } from './tests/test-assert-set-methods';
export { default as testMultiDb } from './tests/test-multi-db';
export { default as confUrlsPatterns } from './urls/conf-urls-patterns';
export { default as confUrlsUrl } from './urls/conf-urls-url';
