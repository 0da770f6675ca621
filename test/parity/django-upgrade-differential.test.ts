// Differential test against the real django-upgrade (installed from PyPI into .cache/venvs): every
// Python invalid example of the catalogue, and the legacy projects in test/parity/fixtures, are
// fixed by django-upgrade (`--target-version V`) and by `djupgrade fix --select all --current V
// --target V`, and the results must be identical, unless the case is listed below with the
// reason the two differ on purpose. docs/parity.md shows the same table.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Rule } from '../../server/src/engine/types';
import { rules } from '../../server/src/rules';
import { compareVersions } from '../../server/src/versions/django-version';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { selectRules } from '../../server/src/engine/rule-selection';
import { getAnalyzer } from '../helpers/analyzer';
import {
  CaseResult, collect, copyTree, ensureTool, fixtureCase, layOut, listFiles, ParityCase, repoRoot, runDjangoUpgrade, runOurs, showDifference, tempDir, venvPython,
} from './harness';

export const djangoUpgradeVersion = '1.33.0';

/**
 * django-upgrade's fixers and the rules not yet in the catalogue's one shape that do what each
 * does. A migrated rule names its fixer itself (`upstream: { djangoUpgrade }`); `fixerRules` joins
 * both, and the test below checks that a rule listed here too names the same fixer. This list goes
 * when the last folder is migrated.
 */
const unmigratedFixerRules: Record<string, string[]> = {
  versioned_branches: ['versioned-branches'],
  versioned_test_skip_decorators: ['versioned-test-skip-decorators'],
  compatibility_imports: [
    'admin-action-checkbox-name', 'template-base-context-imports', 'forms-forms-compat-imports', 'forms-extras-select-date-widget',
    'staticfiles-templatetags-static', 'core-urlresolvers', 'db-exceptions-compat-imports', 'test-runner-setup-databases',
    'python2-compat-imports', 'http-cookie-simple-cookie', 'postgres-jsonfield', 'template-translator-comment-mark', 'postgres-bit-aggregates',
  ],
  admin_register: ['admin-register-decorator'],
  on_delete: ['foreign-key-on-delete'],
  settings_database_postgresql: ['settings-postgresql-psycopg2'],
  request_user_attributes: ['user-is-authenticated-call'],
  permalink: ['models-permalink'],
  admin_allow_tags: ['admin-allow-tags'],
  django_urls: ['conf-urls-url', 'urls-path-syntax'],
  render_to_response: ['shortcuts-render-to-response'],
  postgres_float_range_field: ['postgres-float-range-field'],
  queryset_paginator: ['queryset-paginator'],
  request_headers: ['request-headers'],
  testcase_databases: ['test-multi-db'],
  timezone_fixedoffset: ['timezone-fixed-offset'],
  utils_encoding: ['encoding-force-text'],
  utils_http: ['utils-http-urlquote', 'utils-http-is-safe-url'],
  utils_text: ['text-unescape-entities'],
  utils_translation: ['translation-ugettext'],
  crypto_get_random_string: ['crypto-get-random-string-length'],
  forms_model_multiple_choice_field: ['forms-model-multiple-choice-list-key'],
  null_boolean_field: ['null-boolean-field'],
  password_reset_timeout_days: ['settings-password-reset-timeout-days'],
  signal_providing_args: ['signal-providing-args'],
  admin_decorators: ['admin-decorators'],
  default_app_config: ['apps-default-app-config'],
  email_validator: ['email-validator-allowlist'],
  management_commands: ['command-requires-system-checks'],
  admin_lookup_needs_distinct: ['admin-lookup-needs-distinct'],
  use_l10n: ['settings-use-l10n'],
  assert_form_error: ['test-assert-form-error'],
  utils_timezone: ['timezone-utc'],
  assert_set_methods: ['test-assert-set-methods'],
  index_together: ['model-meta-index-together'],
  settings_storages: ['settings-storages'],
  test_http_headers: ['test-http-headers'],
  format_html: ['format-html-without-arguments'],
  model_field_choices: ['model-field-choices-enum'],
  check_constraint_condition: ['check-constraint-condition'],
  postgres_aggregate_order_by: ['postgres-aggregate-order-by'],
  staticfiles_find_all: ['staticfiles-find-all'],
  default_auto_field: ['settings-default-auto-field'],
  mail_api_kwargs: ['mail-api-keyword-arguments'],
  settings_admins_managers: ['settings-admins-managers'],
  settings_forms_urlfield_assume_https: ['settings-forms-urlfield-assume-https'],
  stringagg: ['postgres-stringagg'],
  mail_fail_silently: ['mail-fail-silently-false'],
  mail_get_connection: ['mail-get-connection'],
  transaction_savepoint: ['transaction-savepoint'],
};

/** django-upgrade's 50 fixers and the rules that do what each does. */
export const fixerRules: Record<string, string[]> = (() => {
  const map: Record<string, string[]> = Object.fromEntries(Object.entries(unmigratedFixerRules).map(([fixer, ids]) => [fixer, [...ids]]));
  for (const rule of rules) {
    const fixer = rule.upstream?.djangoUpgrade;
    if (fixer && !map[fixer]?.includes(rule.id)) (map[fixer] ??= []).push(rule.id);
  }
  return map;
})();

export interface KnownDifference {
  /** A case name ("rule-id#N", 1-based like the catalogue tests, or "fixture:name"). */
  case: string;
  /** The versions it differs at; default all. */
  versions?: string[];
  /** Why the outputs differ on purpose. */
  reason: string;
}

/** Where this project deliberately writes something else than django-upgrade 1.33.0. */
export const knownDifferences: KnownDifference[] = [
  { case: 'compat-fallback#1', reason: 'the `except ImportError:` fallback of `try: from django.urls import reverse`: django-upgrade rewrites the old import inside it (leaving a duplicate of the `try`); compat-fallback deletes the dead fallback and keeps the import' },
  // Import-aware resolution: the rule follows the import forms django-upgrade does not.
  { case: 'conf-urls-url#2', reason: 'aliased import (`url as u`): django-upgrade leaves it; the rule imports `re_path as u` from `django.urls` and keeps the call sites' },
  { case: 'conf-urls-url#3', reason: '`urls.url(…)` through `from django.conf import urls`: django-upgrade only follows `from django.conf.urls import url`' },
  { case: 'core-urlresolvers#2', reason: '`from django.core import urlresolvers`: django-upgrade only rewrites `from django.core.urlresolvers import name`' },
  { case: 'core-urlresolvers#3', reason: '`import django.core.urlresolvers`: django-upgrade only rewrites `from django.core.urlresolvers import name`' },
  { case: 'signal-providing-args#3', reason: '`django.dispatch.Signal(…)` after `import django.dispatch`: django-upgrade only follows `from django.dispatch import Signal` and `from django import dispatch`' },
  { case: 'fixture:legacy-shop/shop/signals.py', reason: '`django.dispatch.Signal(…)` after `import django.dispatch` (as signal-providing-args#3)' },
  { case: 'text-unescape-entities#2', reason: '`text.unescape_entities()` through `from django.utils import text`: django-upgrade only follows the name imported from `django.utils.text`' },
  { case: 'utils-http-urlquote#2', reason: '`http.urlquote_plus()` through `from django.utils import http`: django-upgrade only follows names imported from `django.utils.http`' },
  { case: 'utils-http-is-safe-url#2', reason: '`http.is_safe_url()` through `from django.utils import http`: django-upgrade only follows names imported from `django.utils.http`' },
  { case: 'user-is-authenticated-call#1', reason: 'django-upgrade only matches `request.user` and `self.request.user`; the rule also fixes other user objects (`user.is_anonymous()`)' },
  { case: 'user-is-authenticated-call#3', reason: 'django-upgrade only matches `request.user` and `self.request.user`; the rule also fixes users it has evidence for: a backend\'s `has_perm(self, user_obj, …)`, `authenticate(…)`, `get_user_model().objects.get(…)`' },
  { case: 'user-is-authenticated-call#4', reason: 'the same: a backend\'s `has_module_perms(self, user_obj, …)`, the test function of `user_passes_test`, a name assigned `request.user`, `response.context[\'user\']`' },
  // Safer choices.
  { case: 'conf-urls-url#4', reason: 'a regex without `^` (`r"blog/$"`) is searched anywhere in the path by `url()`, so it stays a `re_path()`: django-upgrade writes `path("blog/")`, which only matches at the start; and the comment after the rewritten import is kept (django-upgrade drops it)' },
  { case: 'timezone-fixed-offset#2', reason: 'django-upgrade imports `datetime.timezone` next to `from django.utils import timezone`, shadowing Django\'s module (`timezone.now()` then fails); the rule reports it without a fix' },
  { case: 'format-html-without-arguments#1', reason: '`format_html()` of a constant becomes `mark_safe()`; django-upgrade only rewrites `format_html("…".format(…))`' },
  { case: 'settings-password-reset-timeout-days#4', reason: 'the module sets `PASSWORD_RESET_TIMEOUT` already: django-upgrade renames `PASSWORD_RESET_TIMEOUT_DAYS` anyway, so the setting is assigned twice and the later value wins silently; the rule reports it without a fix' },
  { case: 'settings-storages#5', reason: 'django-upgrade recognises a base settings star import only when the module name contains "settings" (here `from .base import *`), so it writes a complete `STORAGES` that replaces the base module\'s; the rule reports it without a fix' },
  // django-upgrade bugs.
  { case: 'signal-providing-args#2', reason: 'django-upgrade writes `Signal(None, True)`, a `TypeError` on Django 4.0, whose `Signal()` has only `use_caching`; the rule writes `Signal(use_caching=True)`' },
  { case: 'python2-compat-imports#2', reason: 'django-upgrade lists `django.utils.functional.lru_cache`, a path no Django release had; the real `django.utils.lru_cache.lru_cache` (removed in 3.0) is rewritten here only' },
  { case: 'staticfiles-find-all#2', reason: 'django-upgrade matches `find` imported from `django.contrib.staticfiles` (which has no such name) instead of `django.contrib.staticfiles.finders`, so it misses this call' },
  {
    case: 'fixture:legacy-shop/shop/compat.py',
    versions: ['2.2', '3.2', '4.2', '5.2', '6.1'],
    reason: 'django-upgrade\'s versioned_branches deletes the whole next `if django.VERSION < (2, 0): … else: def …` statement, live `else` branch included, after a dead branch whose import compatibility_imports rewrote (at 1.11 the same bug leaves a syntax error)',
  },
];

const parityRuleIds = new Set(Object.values(fixerRules).flat());
const newest = '6.1';
const oldestTarget = '1.7';

const maxVersion = (...versions: Array<string | null | undefined>) =>
  versions.filter((v): v is string => !!v).reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b), oldestTarget);

function exampleCases(): Array<{ parityCase: ParityCase; versions: string[]; ruleId: string }> {
  const cases: Array<{ parityCase: ParityCase; versions: string[]; ruleId: string }> = [];
  for (const rule of rules) {
    if (!rule.languages.includes('python')) continue;
    // A library rule's versions are its library's, not Django's.
    const floor = rule.library ? oldestTarget : maxVersion(rule.fixMinVersion, rule.deprecatedIn);
    rule.examples.invalid.forEach((example, index) => {
      const file = example.filename ?? 'example.py';
      // At the rule's first version too for the parity rules (the others: at 6.1, where django-upgrade does the most).
      const versions = parityRuleIds.has(rule.id) ? [...new Set([floor, newest])] : [newest];
      cases.push({ parityCase: { name: `${rule.id}#${index + 1}`, files: { [file]: example.code } }, versions, ruleId: rule.id });
    });
  }
  return cases;
}

const fixturesDir = path.join(repoRoot, 'test', 'parity', 'fixtures', 'django-upgrade');
const fixtureVersions = ['1.11', '2.2', '3.2', '4.2', '5.2', newest];

function fixtureCases(): ParityCase[] {
  if (!fs.existsSync(fixturesDir)) return [];
  return fs.readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => fixtureCase(`fixture:${entry.name}`, path.join(fixturesDir, entry.name), /\.py$/));
}

function runAt(version: string, cases: ParityCase[]): CaseResult[] {
  const base = tempDir('dudiff');
  try {
    const input = path.join(base, 'in');
    const roots = layOut(input, cases);
    const theirs = path.join(base, 'theirs');
    const ours = path.join(base, 'ours');
    copyTree(input, theirs);
    copyTree(input, ours);
    const crashed = runDjangoUpgrade(venvPython('django-upgrade'), version, theirs, listFiles(theirs, /\.py$/));
    const second = path.join(base, 'second');
    copyTree(theirs, second);
    runDjangoUpgrade(venvPython('django-upgrade'), version, second, listFiles(second, /\.py$/));
    // django-upgrade writes what our unsafe fixes write (`path()` with `<int:…>`): compare with those on.
    runOurs(ours, version, ['--unsafe-fixes']);
    const results = collect(roots, theirs, ours, version, crashed);
    for (const result of results) {
      const root = [...roots.values()].find((r) => r.case.name === result.name)!.root;
      for (const file of result.files) file.theirs2 = fs.readFileSync(path.join(second, root, file.path), 'utf8');
    }
    return results;
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}

export type Verdict = 'same' | 'second-pass' | 'quick-fix' | 'future' | 'crashed' | 'broken' | 'beyond' | 'documented' | 'different';

interface Variant {
  /** Also the quick fixes fix-all leaves out (rules whose fix needs a migration). */
  unsafe?: boolean;
  /** Also deprecations after the target (`--future`). */
  future?: boolean;
  /** Only the rules that mirror a django-upgrade fixer. */
  parityOnly?: boolean;
}

/** Our output in-process, with some of fix-all's limits lifted. */
async function oursWith(result: CaseResult, variant: Variant): Promise<string[]> {
  const analyzer = await getAnalyzer();
  const all = selectRules(rules, ['all'], []).isEnabled;
  const isEnabled = (rule: Rule<any>) =>
    all(rule) && (!variant.parityOnly || parityRuleIds.has(rule.id)) &&
    // Quick fixes, but never those that need a newer Django than the one the case runs.
    // (A library rule's fixMinVersion is its library's, not Django's.)
    !(variant.unsafe && !rule.library && rule.fixMinVersion && compareVersions(result.version, rule.fixMinVersion) < 0);
  return result.files.map((file) => {
    const input = { language: 'python' as const, path: file.path, text: file.input, fileKinds: fileKindsOf(file.path) };
    return analyzer.fix(input, { current: result.version, target: result.version, showFuture: variant.future ?? false, isEnabled }, variant.unsafe ?? false).text;
  });
}

/**
 * Why django-upgrade's output differs, when a rule of this file explains it: identical, identical
 * with quick fixes, identical with deprecations after the target (`--future`: django-upgrade
 * rewrites from the release where the new spelling exists), django-upgrade crashed or wrote code
 * that does not parse, a documented difference, or we rewrite code django-upgrade leaves alone.
 */
export async function judge(result: CaseResult, used: Set<KnownDifference>, ruleId: string | null = null): Promise<Verdict> {
  if (result.files.every((f) => f.theirs === f.ours)) return 'same';
  if (result.crashed) return 'crashed';
  const analyzer = await getAnalyzer();
  if (result.files.some((f) => analyzer.errorCount('python', f.theirs) > analyzer.errorCount('python', f.input))) return 'broken';
  const documented = knownDifferences.find((d) => d.case === result.name && (!d.versions || d.versions.includes(result.version)));
  if (documented) {
    used.add(documented);
    return 'documented';
  }
  // django-upgrade left the example of a rule it has no fixer for as it was.
  if (ruleId && !parityRuleIds.has(ruleId) && result.files.every((f) => f.theirs === f.input)) return 'beyond';
  // django-upgrade applied once more converges to our output (fix-all runs in passes).
  if (result.files.every((f) => f.theirs2 === f.ours)) return 'second-pass';
  const matches = (texts: string[]) => result.files.every((f, i) => f.theirs === texts[i] || f.theirs2 === texts[i]);
  if (matches(await oursWith(result, { unsafe: true }))) return 'quick-fix';
  if (matches(await oursWith(result, { future: true })) || matches(await oursWith(result, { unsafe: true, future: true }))) return 'future';
  // The parity rules alone write what django-upgrade writes: the rest are fixes it does not have.
  for (const variant of [{}, { unsafe: true }, { future: true }, { unsafe: true, future: true }]) {
    if (matches(await oursWith(result, { ...variant, parityOnly: true }))) return 'beyond';
  }
  return 'different';
}

test('django-upgrade parity: every fixer maps to rules of the catalogue', () => {
  const ids = new Set(rules.map((rule) => rule.id));
  assert.equal(Object.keys(fixerRules).length, 50);
  const missing = Object.entries(fixerRules).flatMap(([fixer, ruleIds]) => ruleIds.filter((id) => !ids.has(id)).map((id) => `${fixer} → ${id}`));
  assert.deepEqual(missing, []);
  const misnamed = Object.entries(unmigratedFixerRules).flatMap(([fixer, ruleIds]) =>
    ruleIds.filter((id) => rules.find((rule) => rule.id === id)?.upstream?.djangoUpgrade !== undefined && rules.find((rule) => rule.id === id)?.upstream?.djangoUpgrade !== fixer).map((id) => `${id}: upstream names another fixer than ${fixer}`),
  );
  assert.deepEqual(misnamed, []);
});

test('docs/parity.md lists every fixer, its rules and every known difference', () => {
  const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'parity.md'), 'utf8');
  const missing = [
    ...Object.keys(fixerRules).filter((fixer) => !doc.includes(`| \`${fixer}\` |`)),
    ...Object.values(fixerRules).flat().filter((id) => !doc.includes(`\`${id}\``)),
    ...knownDifferences.map((d) => d.case).filter((name) => !doc.includes(`\`${name}\``)),
  ];
  assert.deepEqual(missing, []);
});

test('django-upgrade differential: examples and fixtures', { timeout: 900_000 }, async (t) => {
  ensureTool('django-upgrade', 'django-upgrade', djangoUpgradeVersion, 'django-upgrade');
  const examples = exampleCases();
  const fixtures = fixtureCases();
  const byVersion = new Map<string, ParityCase[]>();
  const ruleOf = new Map<string, string>();
  for (const { parityCase, versions, ruleId } of examples) {
    ruleOf.set(parityCase.name, ruleId);
    for (const version of versions) byVersion.set(version, [...(byVersion.get(version) ?? []), parityCase]);
  }
  for (const fixture of fixtures) for (const version of fixtureVersions) byVersion.set(version, [...(byVersion.get(version) ?? []), fixture]);
  const used = new Set<KnownDifference>();
  const counts: Record<Verdict, number> = { same: 0, 'second-pass': 0, 'quick-fix': 0, future: 0, crashed: 0, broken: 0, beyond: 0, documented: 0, different: 0 };
  const failures: string[] = [];
  const crashes: string[] = [];
  for (const [version, cases] of [...byVersion].sort((a, b) => compareVersions(a[0], b[0]))) {
    // A project judged file by file: "fixture:legacy-shop/shop/views.py".
    const results = runAt(version, cases).flatMap((result) =>
      result.files.length === 1 ? [result] : result.files.map((file) => ({ ...result, name: `${result.name}/${file.path}`, files: [file], crashed: file.crashed })));
    for (const result of results) {
      const verdict = await judge(result, used, ruleOf.get(result.name) ?? null);
      counts[verdict]++;
      if (verdict === 'crashed') crashes.push(`${result.name} @ ${version}: crashed with ${result.crashed}`);
      if (verdict === 'broken') crashes.push(`${result.name} @ ${version}: wrote code that does not parse`);
      if (verdict === 'different') {
        failures.push(result.files.filter((f) => f.theirs !== f.ours).map((f) => showDifference(`${result.name} @ ${version}`, f)).join('\n'));
      }
    }
  }
  t.diagnostic(
    `django-upgrade ${djangoUpgradeVersion}: ${counts.same} identical, ${counts['second-pass']} identical after a second django-upgrade run, ` +
      `${counts['quick-fix']} identical with the quick fixes fix-all leaves out, ` +
      `${counts.future} identical with --future (django-upgrade rewrites before the deprecation), ${counts.documented} documented differences, ` +
      `${counts.beyond} beyond django-upgrade (identical with only the parity rules), ${counts.crashed + counts.broken} django-upgrade failures, ` +
      `${counts.different} undocumented differences`,
  );
  for (const crash of crashes) t.diagnostic(`django-upgrade ${crash}`);
  assert.equal(failures.length, 0, `outputs differ from django-upgrade; fix the rule or add the case to knownDifferences with the reason:\n${failures.join('\n\n')}`);
  const stale = knownDifferences.filter((d) => !used.has(d)).map((d) => d.case);
  assert.deepEqual(stale, [], 'documented differences that no longer differ');
});
