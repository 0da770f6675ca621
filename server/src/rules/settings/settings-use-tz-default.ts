import { lineEndOf, newlineOf } from '../../engine/python-edits';
import { moduleAssignments, identifiersNamed, isPlainTopLevel, starImports } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** Settings the new line goes after, in order of preference (the last one the module sets wins). */
const neighbours = ['USE_I18N', 'USE_L10N', 'TIME_ZONE'];

export default definePythonRule({
  id: 'settings-use-tz-default',
  title: 'Set `USE_TZ` explicitly',
  category: 'settings',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds complete settings modules (they set `INSTALLED_APPS` and have no star import) that do not set `USE_TZ`.',
    why: 'The default of `USE_TZ` changes from `False` to `True` in Django 5.0: without the setting, datetimes silently become timezone-aware.',
    fixSafety: 'Safe: writes `USE_TZ = False`, the value the project runs with today (after `USE_I18N`/`TIME_ZONE`, or after `INSTALLED_APPS`). Switch it to `True` deliberately, with the data migration that needs.',
  },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  checklist: ['use-tz-default'],
  truth: { replacements: ['django.conf.global_settings.USE_TZ'], note: 'the setting stays; its default changed in 5.0' },
  triggers: ['INSTALLED_APPS'],
  check(context) {
    const installedApps = moduleAssignments(context, 'INSTALLED_APPS');
    if (installedApps.length === 0 || starImports(context).length > 0 || identifiersNamed(context, 'USE_TZ').length > 0) return;
    if (context.scopes.imports.some((entry) => entry.localName === 'USE_TZ')) return;
    const anchors = neighbours.flatMap((name) => moduleAssignments(context, name)).filter(isPlainTopLevel);
    const anchor = anchors.length > 0 ? anchors.reduce((a, b) => (a.statement.startIndex > b.statement.startIndex ? a : b)) : installedApps[0];
    const end = lineEndOf(context.text, anchor.statement.endIndex);
    const canInsert = anchor.statement.parent?.type === 'module';
    context.report({
      node: installedApps[0].left,
      subject: 'Relying on the default of `USE_TZ`',
      advice: 'set `USE_TZ` explicitly: `False` keeps the current behaviour, Django 5.0 defaults to `True`',
      fix: canInsert ? { title: 'Add `USE_TZ = False`', edits: [{ start: end, end, text: `${newlineOf(context.text)}USE_TZ = False` }] } : undefined,
    });
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ["shop"]
          USE_TZ = True
        `,
        filename: 'mysite/settings.py',
      },
      {
        code: dedent`
          from .base import *

          INSTALLED_APPS += ["debug_toolbar"]
        `,
        filename: 'mysite/settings/dev.py',
      },
      {
        code: dedent`
          DEBUG = True
        `,
        filename: 'mysite/local_settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          INSTALLED_APPS = [
              "shop",
          ]

          LANGUAGE_CODE = "en-us"
          TIME_ZONE = "UTC"
          USE_I18N = True

          STATIC_URL = "/static/"
        `,
        filename: 'mysite/settings.py',
        errors: [
          { line: 1, column: 1, message: 'Relying on the default of `USE_TZ` is deprecated since Django 4.0 and removed in 5.0: set `USE_TZ` explicitly: `False` keeps the current behaviour, Django 5.0 defaults to `True`' },
        ],
        output: dedent`
          INSTALLED_APPS = [
              "shop",
          ]

          LANGUAGE_CODE = "en-us"
          TIME_ZONE = "UTC"
          USE_I18N = True
          USE_TZ = False

          STATIC_URL = "/static/"
        `,
      },
      {
        code: dedent`
          import os

          SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
          INSTALLED_APPS = ["django.contrib.contenttypes", "blog"]
          DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 4, column: 1, message: 'Relying on the default of `USE_TZ` is deprecated since Django 4.0 and removed in 5.0: set `USE_TZ` explicitly: `False` keeps the current behaviour, Django 5.0 defaults to `True`' },
        ],
        output: dedent`
          import os

          SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
          INSTALLED_APPS = ["django.contrib.contenttypes", "blog"]
          USE_TZ = False
          DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}
        `,
      },
    ],
  },
});
