// Checklist entries of Django 1.4 to 1.7 that reading source cannot find, and why.
// server/src/rules/not-detectable/index.ts lists them with the others.
import type { NotDetectable } from './index';

export const timeline14to17NotDetectable: NotDetectable[] = [
  {
    checklist: 'secret-key-missing',
    reason: 'an empty or missing `SECRET_KEY` is a fact of the running settings: most projects read it from the environment or a file at start-up, so the settings module does not show its value',
  },
  {
    checklist: 'markup-markdown-lt-2-1',
    reason: 'concerns the version of the Python-Markdown package installed next to `django.contrib.markup` (itself flagged by `contrib-markup`), which no source file states',
  },
  {
    checklist: 'httpresponse-iterator-streaming',
    reason: 'whether the content given to `HttpResponse` is an iterator meant to stream is its run-time type (usually built by a helper elsewhere); a literal generator is the only visible case and is rare',
  },
  {
    checklist: 'daily-cleanup-script',
    reason: '`daily_cleanup.py` is run from a crontab or a deployment script, outside the project\'s Python source',
  },
  {
    checklist: 'm2m-help-text-munging',
    reason: 'a change in how admin forms render a `ManyToManyField`\'s `help_text` (the appended "Hold down Control…" text): the field definition reads the same before and after',
  },
  {
    checklist: 'pil-support',
    reason: 'PIL and Pillow are imported the same way (`from PIL import Image`); which library is installed is an environment fact, not a source one',
  },
  {
    checklist: 'unmigrated-apps-autosync',
    reason: 'whether an app has migrations is the presence of its `migrations/` package (the audit lists apps without one), not code in a file',
  },
  {
    checklist: 'initial-data-fixtures',
    reason: 'automatic loading of `initial_data` fixtures is a file-naming convention (`fixtures/initial_data.json|yaml|xml`), not Python source',
  },
  {
    checklist: 'initial-sql',
    reason: 'initial SQL is `sql/<model>.sql` files next to the models, not Python source',
  },
  {
    checklist: 'models-outside-installed-apps',
    reason: 'whether a model\'s app is in `INSTALLED_APPS`, and whether the module is imported before the app registry is ready, depends on the settings and the import order at run time',
  },
  {
    checklist: 'queryset-callable-args',
    reason: 'whether a value passed to `filter()` is callable is its run-time type (a literal `lambda` is the only visible case)',
  },
];
