// The engine's version policy for library rules (Rule.library): severity, message, fix gating and
// version guards read the project's versions of the rule's library (LintOptions.libraries), compared
// as PEP 440 releases, never Django's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingFix, fixIsSupported, fixTitle, isGuarded, LintOptions, messageFor, severityFor, versionsFor } from '../../server/src/engine/lint';
import type { Rule } from '../../server/src/engine/types';
import { rules } from '../../server/src/rules';
import { newestRelease } from '../../server/src/versions/libraries';
import { getAnalyzer, inputFor } from '../helpers/analyzer';

const libraryRule = (versions: Partial<Rule<any>>): Rule<any> => ({
  id: 'drf-example',
  title: 'example',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.8',
  removedIn: '3.10',
  fixMinVersion: '3.8',
  languages: ['python'],
  docsUrl: 'https://www.django-rest-framework.org/community/release-notes/',
  docs: { what: 'what', why: 'why' },
  fix: 'safe',
  examples: { valid: [], invalid: [] },
  check: () => {},
  ...versions,
});

const options = (drf: { current: string | null; target: string } | null, django = { current: '4.2', target: '5.2' }): LintOptions => ({
  current: django.current,
  target: django.target,
  showFuture: false,
  isEnabled: () => true,
  libraries: drf ? new Map([['djangorestframework', drf]]) : new Map(),
});

test('severity follows the library target, compared as releases ("3.10" after "3.9")', () => {
  const rule = libraryRule({});
  assert.equal(severityFor(rule, options({ current: '3.7.7', target: '3.9.4' })), 'warning');
  assert.equal(severityFor(rule, options({ current: '3.7.7', target: '3.10.0' })), 'error');
  assert.equal(severityFor(rule, options({ current: '3.7.7', target: '3.16.1' })), 'error');
  assert.equal(severityFor(rule, options({ current: '3.6.0', target: '3.7.7' })), null, 'deprecated after the target: hidden');
  assert.equal(severityFor(rule, { ...options({ current: '3.6.0', target: '3.7.7' }), showFuture: true }), 'hint');
  // Django's versions play no part: Django 3.8 does not exist, 5.2 is "after 3.10" numerically.
  assert.equal(severityFor(rule, options({ current: '3.7.7', target: '3.9.4' }, { current: '5.2', target: '5.2' })), 'warning');
});

test('a library the project does not declare: current unknown, the newest release in the snapshot as target', () => {
  const rule = libraryRule({});
  assert.deepEqual(versionsFor(rule, options(null)), { current: null, target: newestRelease('djangorestframework') });
  assert.equal(severityFor(rule, options(null)), 'error');
  // A Django rule still reads Django's versions.
  assert.deepEqual(versionsFor({ library: undefined }, options(null)), { current: '4.2', target: '5.2' });
});

test('messages name the library and its own releases', () => {
  const report = { subject: '`@detail_route`', advice: 'use `@action(detail=True)`' };
  assert.equal(messageFor(libraryRule({}), report), '`@detail_route` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `@action(detail=True)`');
  // A removal the library has not released yet.
  assert.equal(messageFor(libraryRule({ deprecatedIn: '3.15', removedIn: '3.99' }), report), '`@detail_route` is deprecated since Django REST Framework 3.15 and will be removed in 3.99: use `@action(detail=True)`');
  assert.equal(messageFor(libraryRule({ deprecatedIn: '3.1', removedIn: '3.1' }), report), '`@detail_route` was removed in Django REST Framework 3.1 without a deprecation period: use `@action(detail=True)`');
  // "3.1" is a Django release too; for a library rule the library's releases decide.
  assert.equal(messageFor(libraryRule({ library: 'celery', deprecatedIn: '4.0', removedIn: '6.0' }), report), '`@detail_route` is deprecated since Celery 4.0 and will be removed in 6.0: use `@action(detail=True)`');
});

test('fixes are gated on the library version the project runs', () => {
  const rule = libraryRule({});
  assert.equal(fixIsSupported(rule, '3.8.0'), true);
  assert.equal(fixIsSupported(rule, '3.10.1'), true, '3.10 is newer than 3.8');
  assert.equal(fixIsSupported(rule, '3.7.7'), false);
  assert.equal(fixIsSupported(rule, null), false);
  assert.equal(fixTitle(rule, 'Use `@action`', '3.7.7'), 'Use `@action` (needs Django REST Framework 3.8+)');
  const fix = { title: 'Use `@action`', edits: [] };
  assert.deepEqual(findingFix(rule, fix, '3.7.7'), { ...fix, title: 'Use `@action` (needs Django REST Framework 3.8+)', safety: 'safe', supported: false, automatic: false });
  assert.equal(findingFix(rule, fix, '3.9.4').automatic, true);
});

test("a guard on Django's version does not hide a library finding in code that runs at the target", () => {
  assert.equal(isGuarded(libraryRule({}), [3, 0], '2.2'), false);
  assert.equal(isGuarded(libraryRule({ library: undefined, deprecatedIn: '2.0', removedIn: '3.0' }), [3, 0], '2.2'), true);
  // Code that runs only below 3.0 is dead at a 3.0 target: nothing in it is reported, a library's API included.
  assert.equal(isGuarded(libraryRule({}), [3, 0], '3.0'), true);
  assert.equal(isGuarded(libraryRule({ library: undefined, deprecatedIn: '1.0', removedIn: '2.0' }), [3, 0], '2.2'), false);
  assert.equal(isGuarded(libraryRule({ library: undefined, deprecatedIn: '1.0', removedIn: '2.0' }), [3, 0], '4.2'), true);
});

test("a compat name whose replacement is Django's gets no fix on a project known to run an older Django", async () => {
  const analyzer = await getAnalyzer();
  const rule = rules.find((r) => r.id === 'drf-compat-django-urls')!;
  const code = 'from rest_framework.compat import path\n\nurlpatterns = [path("", index)]\n';
  const fixesWith = (django: string | null) => {
    const findings = analyzer.lint(inputFor(code, 'site/urls.py'), { ...options({ current: '3.11.2', target: '3.12.0' }, { current: django as string, target: '5.2' }), isEnabled: (r) => r === rule });
    assert.equal(findings.length, 2, `two findings with Django ${django}`);
    return findings.map((f) => f.fix?.title ?? null);
  };
  assert.deepEqual(fixesWith('1.11'), [null, null], 'django.urls.path is Django 2.0+');
  assert.deepEqual(fixesWith('2.2'), ['Use `django.urls.path`', 'Use `django.urls.path`']);
  assert.deepEqual(fixesWith(null), ['Use `django.urls.path`', 'Use `django.urls.path`'], 'Django unknown: offered');
});
