import type { Node } from 'web-tree-sitter';
import { dedent, definePythonRule } from '../shapes';
import { moduleAssignments, stringsEqualTo, stringValue } from '../../engine/python-queries';
import { celeryWhatsNew, importSites } from '../shapes/libraries';

/** What djcelery provided, and where it lives now. */
const replacedPaths: Record<string, string> = {
  'djcelery.schedulers.DatabaseScheduler': 'django_celery_beat.schedulers:DatabaseScheduler (django-celery-beat)',
  'djcelery.backends.database:DatabaseBackend': '"django-db" (django-celery-results)',
  'djcelery.backends.cache:CacheBackend': '"django-cache" (django-celery-results)',
};

export default definePythonRule({
  id: 'celery-djcelery',
  title: 'django-celery (`djcelery`) does not work with Celery 4',
  category: 'celery',
  library: 'celery',
  deprecatedIn: '4.0',
  removedIn: '4.0',
  docsUrl: celeryWhatsNew('4.0'),
  triggers: ['djcelery'],
  docs: {
    what: "Finds imports of `djcelery` (`djcelery.setup_loader()`), `'djcelery'` in `INSTALLED_APPS`, and djcelery's scheduler and result backends named in settings.",
    why: 'Celery supports Django on its own since 3.1 (`app.config_from_object("django.conf:settings", namespace="CELERY")`, `app.autodiscover_tasks()`), which made django-celery unnecessary; django-celery requires Celery < 4.0, so it blocks the upgrade to Celery 4. Its database scheduler moved to django-celery-beat and its result backends to django-celery-results.',
    fixSafety: "No fix: the Celery app module, the new apps in INSTALLED_APPS and their migrations are written by hand.",
  },
  fix: 'none',
  truth: {
    replacements: ['celery.fixups.django.DjangoFixup', 'django_celery_beat.schedulers.DatabaseScheduler'],
    note: "django-celery 3.3.1, its last release, requires celery>=3.1.15,<4.0 (its metadata): Celery 4.0 ends it without a deprecation in Celery's code. The claims prove the built-in Django support and django-celery-beat's scheduler that replace it (Celery 3.0 cannot be downloaded to prove when the built-in support came: 3.1).",
  },
  check(context) {
    if (!context.text.includes('djcelery')) return;
    const sites: Array<{ node: Node; advice: string }> = [];
    for (const node of importSites(context, 'djcelery')) sites.push({ node, advice: 'configure Celery with `app.config_from_object("django.conf:settings", namespace="CELERY")` and `app.autodiscover_tasks()` in the project\'s celery module' });
    for (const { right } of moduleAssignments(context, 'INSTALLED_APPS')) {
      for (const item of right?.type === 'list' || right?.type === 'tuple' ? right.namedChildren : []) {
        if (item && stringValue(item) === 'djcelery') sites.push({ node: item, advice: 'remove it; add `django_celery_beat` / `django_celery_results` for the database scheduler and results' });
      }
    }
    for (const { node, value } of stringsEqualTo(context, Object.keys(replacedPaths))) sites.push({ node, advice: `use ${replacedPaths[value]}` });
    for (const { node, advice } of sites.sort((a, b) => a.node.startIndex - b.node.startIndex)) context.report({ node, subject: 'django-celery (`djcelery`)', advice });
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ["django_celery_beat"]
          CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          import djcelery

          djcelery.setup_loader()
          INSTALLED_APPS = ["django.contrib.admin", "djcelery"]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 8, message: 'django-celery (`djcelery`) was removed in Celery 4.0 without a deprecation period: configure Celery with `app.config_from_object("django.conf:settings", namespace="CELERY")` and `app.autodiscover_tasks()` in the project\'s celery module' },
          { line: 4, column: 43, message: 'django-celery (`djcelery`) was removed in Celery 4.0 without a deprecation period: remove it; add `django_celery_beat` / `django_celery_results` for the database scheduler and results' },
        ],
      },
      {
        code: dedent`
          CELERYBEAT_SCHEDULER = "djcelery.schedulers.DatabaseScheduler"
          CELERY_RESULT_BACKEND = "djcelery.backends.database:DatabaseBackend"
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 24, message: 'django-celery (`djcelery`) was removed in Celery 4.0 without a deprecation period: use django_celery_beat.schedulers:DatabaseScheduler (django-celery-beat)' },
          { line: 2, column: 25, message: 'django-celery (`djcelery`) was removed in Celery 4.0 without a deprecation period: use "django-db" (django-celery-results)' },
        ],
      },
    ],
  },
});
