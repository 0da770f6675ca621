// The log formats, each on its real shape (the captured logs) and on the variants a real log adds:
// colours, CRLF, a runner's progress dots, a logging prefix, Windows and container paths.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { locate, locateWritten } from '../../server/src/warnings/locate';
import { attributedFrame, djangoRemovalOf, junitTexts, parseTestOutput, parseWarningsLog } from '../../server/src/warnings/parse-log';
import { codeNames } from '../../server/src/warnings/merge';
import { logsDir } from './expected';

const read = (name: string) => fs.readFileSync(path.join(logsDir, name), 'utf8');
const brief = (w: { path: string; line: number; category: string }) => `${w.path.replace(/^.*site-packages\//, '')}:${w.line} ${w.category}`;

test('python -Wd: "path:line: Category: message" lines, progress dots included', () => {
  const warnings = parseWarningsLog(read('django-3.2-manage-test-Wd.log'));
  assert.deepEqual(warnings.map(brief), [
    'django/http/request.py:1 DeprecationWarning',
    'django/utils/encoding.py:268 DeprecationWarning',
    'django/apps/registry.py:91 RemovedInDjango41Warning',
    '/tmp/lw/legacysite/urls.py:5 RemovedInDjango40Warning',
    '/tmp/lw/legacysite/urls.py:6 RemovedInDjango40Warning',
    '/tmp/lw/legacysite/urls.py:7 RemovedInDjango40Warning',
    './tmp/lw/shop/views.py:23 RemovedInDjango40Warning',
    './tmp/lw/shop/views.py:14 RemovedInDjango40Warning',
    '/tmp/lw/shop/views.py:15 RemovedInDjango40Warning',
    '/tmp/lw/shop/views.py:10 RemovedInDjango40Warning',
  ]);
  assert.equal(warnings[3].message, 'django.conf.urls.url() is deprecated in favor of django.urls.re_path().');
  assert.equal(warnings[3].logLine, 7);
});

test('pytest: the warnings summary, and the tracebacks of -W error (also inside --junitxml)', () => {
  const summary = parseWarningsLog(read('django-3.2-pytest-Wdefault.log'));
  assert.equal(summary.length, 10);
  assert.ok(summary.every((w) => !w.stack));
  const junit = parseTestOutput(read('django-3.2-pytest-Werror-junit.xml'));
  assert.equal(junit.length, 8, 'two chained tracebacks in each of the four failures');
  for (const w of junit) {
    assert.deepEqual([w.path, w.line, w.category], ['legacysite/urls.py', 5, 'RemovedInDjango40Warning']);
    // The innermost frame comes after the "E" lines in pytest's layout.
    assert.match(w.stack!.at(-1)!.path, /django\/conf\/urls\/__init__\.py$/);
  }
  assert.equal(junitTexts('<testsuite><testcase><failure message="RemovedInDjango40Warning: x &amp; y"/></testcase></testsuite>')[0], 'RemovedInDjango40Warning: x & y');
});

test('a Python traceback: the caller of the function that warned', () => {
  const [warning] = parseWarningsLog(read('django-4.2-manage-test-Werror.log'));
  assert.deepEqual([brief(warning), warning.stack!.length], ['django/conf/__init__.py:89 RemovedInDjango50Warning', 6]);
  assert.match(warning.message, /^The default value of USE_TZ will change from False to True in Django 5\.0\./);
  // warnings.py frames are Python's own machinery: cgi's _deprecated() points two frames up.
  const cgi = parseWarningsLog(
    [
      'Traceback (most recent call last):',
      '  File "/app/manage.py", line 9, in <module>',
      '  File "/venv/lib/python3.11/site-packages/django/http/request.py", line 1, in <module>',
      '    import cgi',
      '  File "/usr/lib/python3.11/cgi.py", line 57, in <module>',
      '  File "/usr/lib/python3.11/warnings.py", line 514, in _deprecated',
      "DeprecationWarning: 'cgi' is deprecated and slated for removal in Python 3.13",
    ].join('\n'),
  );
  assert.deepEqual(cgi.map(brief), ['django/http/request.py:1 DeprecationWarning']);
  assert.equal(attributedFrame([]), null);
  // Errors that are not deprecations are not warnings.
  assert.deepEqual(parseWarningsLog('Traceback (most recent call last):\n  File "/app/x.py", line 3, in f\nValueError: bad'), []);
});

test('colours, CRLF, logging prefixes, Windows paths, other categories', () => {
  const text = [
    '\u001b[33m/app/shop/views.py:3: RemovedInDjango50Warning: The django.utils.timezone.utc alias is deprecated.\u001b[0m',
    '2026-01-02 10:00:00 WARNING py.warnings C:\\work\\site\\shop\\models.py:12: RemovedInDjango51Warning: \'index_together\' is deprecated.',
    '/app/shop/views.py:9: RuntimeWarning: DateTimeField received a naive datetime',
    '/app/shop/api.py:4: RemovedInDRF317Warning: `coreapi` is deprecated',
    '/venv/lib/python3.12/site-packages/celery/app/base.py:40: CPendingDeprecationWarning: The broker_connection_retry setting is deprecated.',
    '/app/shop/forms.py:1: FutureWarning: pandas will change',
  ].join('\r\n');
  assert.deepEqual(parseWarningsLog(text).map(brief), [
    '/app/shop/views.py:3 RemovedInDjango50Warning',
    '2026-01-02 10:00:00 WARNING py.warnings C:\\work\\site\\shop\\models.py:12 RemovedInDjango51Warning',
    '/app/shop/api.py:4 RemovedInDRF317Warning',
    'celery/app/base.py:40 CPendingDeprecationWarning',
    '/app/shop/forms.py:1 FutureWarning',
  ]);
  assert.deepEqual(['RemovedInDjango40Warning', 'RemovedInDjango51Warning', 'RemovedInDjango60Warning', 'DeprecationWarning'].map(djangoRemovalOf), ['4.0', '5.1', '6.0', null]);
});

test('paths: the workspace by its longest tail; packages and the standard library outside', () => {
  const files = new Set(['shop/views.py', 'shop/models.py', 'manage.py', '.venv/lib/python3.11/site-packages/django/db/models/options.py']);
  const exists = (p: string) => files.has(p);
  const root = '/home/me/site';
  assert.deepEqual(locate('/home/me/site/shop/views.py', root, exists), { kind: 'workspace', path: 'shop/views.py' });
  assert.deepEqual(locate('/app/shop/views.py', root, exists), { kind: 'workspace', path: 'shop/views.py' }, 'a container');
  assert.deepEqual(locate('C:\\work\\site\\shop\\models.py', root, exists), { kind: 'workspace', path: 'shop/models.py' });
  assert.deepEqual(locate('/home/me/site/.venv/lib/python3.11/site-packages/django/db/models/options.py', root, exists), { kind: 'external', package: 'django' });
  assert.deepEqual(locate('/usr/lib/python3.11/cgi.py', root, exists), { kind: 'external', package: 'python' });
  assert.deepEqual(locate('C:\\Python311\\Lib\\site-packages\\rest_framework\\fields.py', root, exists), { kind: 'external', package: 'rest_framework' });
  assert.equal(locate('/elsewhere/other/thing.py', root, exists), null);
  assert.deepEqual(locateWritten('2026-01-02 WARNING py.warnings /app/shop/models.py', root, exists), { kind: 'workspace', path: 'shop/models.py' });
  assert.deepEqual(locateWritten('./app/shop/views.py', root, exists), { kind: 'workspace', path: 'shop/views.py' });
});

test('the code a warning message names', () => {
  const names = (text: string) => [...codeNames(text)].sort();
  assert.deepEqual(names('django.conf.urls.url() is deprecated in favor of django.urls.re_path().'), ['re_path', 'url']);
  assert.deepEqual(names("Passing response to assertFormError() is deprecated. Use the form object directly: assertFormError(response.context['form'], 'name', ...)"), ['assertFormError', 'context']);
  assert.deepEqual(names("'index_together' is deprecated. Use 'Meta.indexes' in 'shop.Product' instead."), ['Product', 'index_together', 'indexes']);
  assert.deepEqual(names('The USE_L10N setting is deprecated.'), ['USE_L10N']);
  assert.deepEqual(names('`{% ifequal %}` and `assertFormError(response, "form", …)`'), ['assertFormError', 'ifequal']);
});
