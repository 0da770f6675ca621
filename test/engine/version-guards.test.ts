// Code guarded by a `django.VERSION` check for old releases is not flagged (issue 3): the engine
// drops findings in branches that only run where the old API still exists.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PythonScopes } from '../../server/src/engine/python-scopes';
import { VersionGuardFinder } from '../../server/src/engine/version-guards';
import { ruleById } from '../../server/src/rules';
import { getAnalyzer, inputFor, optionsFor } from '../helpers/analyzer';

async function findingsOf(code: string, target = '5.2', filename = 'example.py'): Promise<string[]> {
  const analyzer = await getAnalyzer();
  const input = inputFor(code, filename);
  return analyzer.lint(input, { ...optionsFor(null, '1.11', target), isEnabled: (rule) => !rule.optIn }).map((f) => {
    const line = code.slice(0, f.start).split('\n').length;
    return `${line}:${f.rule.id}`;
  });
}

async function bound(condition: string, prelude = 'import django\n'): Promise<[string, string]> {
  const analyzer = await getAnalyzer();
  const code = `${prelude}if ${condition}:\n    a = 1\nelse:\n    b = 2\n`;
  const tree = analyzer.parse('python', code);
  try {
    const finder = new VersionGuardFinder(tree, new PythonScopes(tree));
    const statement = tree.rootNode.descendantsOfType('if_statement')[0]!;
    const show = (v: readonly number[] | null) => (v ? v.join('.') : '-');
    return [show(finder.upperBound(statement.childForFieldName('condition'), false)), show(finder.upperBound(statement.childForFieldName('condition'), true))];
  } finally {
    tree.delete();
  }
}

describe('version guards', () => {
  test('the old branch of an if/else is not flagged, the new one is', async () => {
    const code = [
      'import django',
      'if django.VERSION < (2, 0):',
      '    from django.core.urlresolvers import reverse',
      'else:',
      '    from django.urls import reverse',
      'if django.VERSION >= (2, 0):',
      '    from django.urls import reverse_lazy',
      'else:',
      '    from django.core.urlresolvers import reverse_lazy',
      'from django.core.urlresolvers import resolve',
      '',
    ].join('\n');
    assert.deepEqual(await findingsOf(code), ['10:core-urlresolvers']);
  });

  test('a guard for a version after the removal does not hide the finding', async () => {
    // url() is gone in 4.0, so this branch breaks on Django 4.0–4.x.
    const code = 'import django\nif django.VERSION < (5, 0):\n    from django.conf.urls import url\n';
    assert.deepEqual(await findingsOf(code, '4.2'), ['3:conf-urls-url']);
    const guarded = 'import django\nif django.VERSION < (4, 0):\n    from django.conf.urls import url\n';
    assert.deepEqual(await findingsOf(guarded, '4.2'), []);
  });

  test('code that runs only below the target is dead there: nothing in it is reported', async () => {
    // The branch breaks on 4.0-4.x, but a project upgrading to 5.0 or later never runs it (issue 11).
    const code = 'import django\nif django.VERSION < (5, 0):\n    from django.conf.urls import url\n';
    assert.deepEqual(await findingsOf(code, '4.2'), ['3:conf-urls-url']);
    assert.deepEqual(await findingsOf(code, '5.0'), []);
    assert.deepEqual(await findingsOf(code, '5.2'), []);
    // After an early exit on the new release, the rest of the block is the dead branch.
    const early = [
      'import django',
      'def view(request):',
      '    if django.VERSION >= (3, 0):',
      '        return 1',
      '    from django.core.urlresolvers import reverse',
      '    return reverse',
      '',
    ].join('\n');
    assert.deepEqual(await findingsOf(early, '2.2'), ['5:core-urlresolvers']);
    assert.deepEqual(await findingsOf(early, '3.0'), []);
    // Code outside the branch is still reported.
    const outside = code + 'from django.conf.urls import url as u\n';
    assert.deepEqual(await findingsOf(outside, '5.2'), ['4:conf-urls-url']);
  });

  test('elif chains, nested guards, conditional expressions and `not`', async () => {
    const code = [
      'from django import VERSION',
      'if VERSION >= (3, 0):',
      '    pass',
      'elif VERSION >= (2, 0):',
      '    pass',
      'else:',
      '    from django.core.urlresolvers import reverse',
      'if not VERSION >= (2, 0):',
      '    from django.core.urlresolvers import resolve',
      'def f():',
      '    if VERSION[:2] <= (1, 11):',
      '        from django.core import urlresolvers',
      '    return 1',
      'from django.utils import encoding',
      'text = encoding.force_text if VERSION < (3, 0) else encoding.force_str',
      'other = encoding.force_str if VERSION >= (4, 0) else encoding.force_text',
      '',
    ].join('\n');
    assert.deepEqual(await findingsOf(code), []);
  });

  test('module-level aliases of django.VERSION count; other VERSION names do not', async () => {
    const code = [
      'import django',
      'DJANGO_VERSION = django.VERSION[:2]',
      'if DJANGO_VERSION < (2, 0):',
      '    from django.core.urlresolvers import reverse',
      'from mylib import VERSION',
      'if VERSION < (2, 0):',
      '    from django.core.urlresolvers import resolve',
      '',
    ].join('\n');
    assert.deepEqual(await findingsOf(code), ['7:core-urlresolvers']);
  });

  test('get_version() and __version__ compared with a 1.x string: the smaller side runs only below 2.0', async () => {
    // Strings compare by character: '1.10.8' < '1.5', so only "below 2.0" holds, on either side.
    assert.deepEqual(await bound("django.get_version() >= '1.5'"), ['-', '2.0']);
    assert.deepEqual(await bound("django.get_version() < '1.7'"), ['2.0', '-']);
    assert.deepEqual(await bound("'1.4' < django.get_version()"), ['-', '2.0']);
    assert.deepEqual(await bound("django.__version__ > '1.8.1'"), ['-', '2.0']);
    assert.deepEqual(await bound("get_version() <= '1.9'", 'from django import get_version\n'), ['2.0', '-']);
    // Not a 1.x literal, not Django's version, or an f-string: nothing is known.
    assert.deepEqual(await bound("django.get_version() >= '2.0'"), ['-', '-']);
    assert.deepEqual(await bound("other.get_version() >= '1.5'"), ['-', '-']);
    assert.deepEqual(await bound("django.get_version() >= f'1.{x}'"), ['-', '-']);
    // An API removed in 2.0 is used safely in the else branch; one removed in 1.6 breaks on 1.10 and 1.11.
    const code = [
      'import django',
      "if django.get_version() >= '1.5':",
      '    from django.urls import reverse',
      '    from django.conf.urls import url',
      'else:',
      '    from django.core.urlresolvers import reverse',
      '    from django.conf.urls.defaults import url',
      '',
    ].join('\n');
    assert.deepEqual(await findingsOf(code, '1.11'), ['4:conf-urls-url', '7:conf-urls-defaults']);
    // From a 2.0 target on, the else branch never runs (django-crispy-forms 1.4.0's tests/urls.py).
    assert.deepEqual(await findingsOf(code, '2.0'), ['4:conf-urls-url']);
    assert.deepEqual(await findingsOf(code), ['4:conf-urls-url']);
  });

  test('a tuple comparison follows Python: (1, 11, 5, "final", 0) > (1, 11)', async () => {
    assert.deepEqual(await bound('django.VERSION < (2, 0)'), ['2.0', '-']);
    assert.deepEqual(await bound('django.VERSION <= (1, 11)'), ['1.11', '-']);
    assert.deepEqual(await bound('django.VERSION[:2] <= (1, 11)'), ['1.12', '-']);
    assert.deepEqual(await bound('django.VERSION > (1, 11)'), ['-', '1.11']);
    assert.deepEqual(await bound('django.VERSION[:2] > (1, 11)'), ['-', '1.12']);
    assert.deepEqual(await bound('django.VERSION < (2,)'), ['2.0', '-']);
    assert.deepEqual(await bound('django.VERSION[0] < 2'), ['2.0', '-']);
    assert.deepEqual(await bound('django.VERSION[0] >= 2'), ['-', '2.0']);
    assert.deepEqual(await bound('django.VERSION < (1, 11, 3)'), ['1.12', '-']);
    assert.deepEqual(await bound('(2, 0) > django.VERSION'), ['2.0', '-']);
    assert.deepEqual(await bound('django.VERSION >= (2, 0) and x'), ['-', '-']);
    assert.deepEqual(await bound('django.VERSION < (2, 0) and x'), ['2.0', '-']);
    assert.deepEqual(await bound('django.VERSION < (2, 0) or django.VERSION < (3, 0)'), ['3.0', '-']);
    assert.deepEqual(await bound('django.VERSION == (2, 0)'), ['-', '-']);
    assert.deepEqual(await bound('django.VERSION < (2, 0)', ''), ['-', '-']);
  });

  test('opt-in modernisations are not suggested in old branches either', async () => {
    const analyzer = await getAnalyzer();
    const rule = ruleById('versioned-branches');
    if (!rule) return; // the rule lives in the django-upgrade parity group
    const code = 'import django\nif django.VERSION < (2, 0):\n    if django.VERSION < (1, 9):\n        x = 1\n';
    const findings = analyzer.lint(inputFor(code), optionsFor(rule, '2.0'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].start, code.indexOf('django.VERSION < (2'));
  });
});
