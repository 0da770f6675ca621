// What the test logs of test/fixtures/legacy-warnings show, run by hand (the captured logs in
// test/fixtures/warnings-logs) or live under the real Django releases (live-django.test.ts): one
// line per distinct warning, "status category where [rules] -> confirmed static findings".
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzer } from '../../server/src/engine/analyzer';
import { analyzeWarnings, WarningsReport } from '../../server/src/warnings/warnings-report';

export const fixtureRoot = path.resolve(__dirname, '..', 'fixtures', 'legacy-warnings');
export const logsDir = path.resolve(__dirname, '..', 'fixtures', 'warnings-logs');

const django32Warnings = [
  'external DeprecationWarning django:django/http/request.py:1 [] ->',
  'external DeprecationWarning django:django/utils/encoding.py:268 [] ->',
  'external RemovedInDjango41Warning django:django/apps/registry.py:91 [apps-default-app-config] -> shop/__init__.py:1',
  'runtime-only RemovedInDjango40Warning legacysite/urls.py:5 [conf-urls-url] ->',
  'runtime-only RemovedInDjango40Warning legacysite/urls.py:6 [conf-urls-url] ->',
  'runtime-only RemovedInDjango40Warning legacysite/urls.py:7 [conf-urls-url] ->',
  'runtime-only RemovedInDjango40Warning shop/views.py:14 [translation-ugettext] ->',
  'runtime-only RemovedInDjango40Warning shop/views.py:15 [encoding-force-text] ->',
  'runtime-only RemovedInDjango40Warning shop/views.py:23 [encoding-force-text] ->',
  'static RemovedInDjango40Warning shop/views.py:10 [request-is-ajax] -> shop/views.py:10',
];

/** By scenario: the log's file name in test/fixtures/warnings-logs and what it shows. */
export const scenarios: Record<string, { django: string; log: string; expected: string[] }> = {
  'manage.py test -Wd under Django 3.2': { django: '3.2', log: 'django-3.2-manage-test-Wd.log', expected: django32Warnings },
  'pytest -W default under Django 3.2 (warnings summary)': { django: '3.2', log: 'django-3.2-pytest-Wdefault.log', expected: django32Warnings },
  'pytest -W error::DeprecationWarning --junitxml under Django 3.2': {
    django: '3.2',
    log: 'django-3.2-pytest-Werror-junit.xml',
    expected: ['runtime-only RemovedInDjango40Warning legacysite/urls.py:5 [conf-urls-url] ->'],
  },
  'manage.py test -Wd under Django 4.2': {
    django: '4.2',
    log: 'django-4.2-manage-test-Wd.log',
    expected: [
      'external RemovedInDjango50Warning django:django/conf/__init__.py:241 [settings-use-tz-default] -> legacysite/settings.py:5',
      'external RemovedInDjango50Warning django:django/conf/__init__.py:267 [settings-use-l10n] -> legacysite/settings.py:15',
      'external RemovedInDjango50Warning django:django/test/testcases.py:280 [test-assert-form-error] -> shop/tests.py:19',
      'external RemovedInDjango51Warning django:django/conf/__init__.py:278 [settings-storages] -> legacysite/settings.py:16',
      'external RemovedInDjango51Warning django:django/db/models/options.py:210 [model-meta-index-together] -> shop/models.py:10',
      'external RemovedInDjango51Warning django:django/template/defaultfilters.py:630 [template-length-is] -> shop/templates/shop/product_list.html:2',
      'static RemovedInDjango50Warning shop/utils.py:8 [timezone-utc] -> shop/utils.py:8',
      'static RemovedInDjango51Warning shop/utils.py:12 [storage-get-storage-class] -> shop/utils.py:12',
    ],
  },
  'manage.py test -W error::DeprecationWarning under Django 4.2 (a traceback)': {
    django: '4.2',
    log: 'django-4.2-manage-test-Werror.log',
    expected: ['external RemovedInDjango50Warning django:django/conf/__init__.py:89 [settings-use-tz-default] -> legacysite/settings.py:5'],
  },
};

/** One line per distinct warning, sorted, with paths relative to the fixture. */
export function summarize(report: WarningsReport): string[] {
  return report.warnings
    .map((w) => {
      const where = w.path ? `${w.path}:${w.line}` : `${w.package}:${w.logLocation.replace(/\\/g, '/').replace(/^.*(?:site|dist)-packages\//, '')}`;
      return `${w.status} ${w.category} ${where} [${w.rules.join(',')}] -> ${w.confirms.map((c) => `${c.path}:${c.line}`).join(' ')}`.trimEnd();
    })
    .sort();
}

export function analyzeLog(analyzer: Analyzer, logFile: string, text = fs.readFileSync(logFile, 'utf8')): WarningsReport {
  return analyzeWarnings(analyzer, fixtureRoot, logFile, text, { cwd: fixtureRoot, target: '5.2' });
}
