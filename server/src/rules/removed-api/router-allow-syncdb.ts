import { methodsOf } from '../../engine/python-queries';
import { dedent, methodOverrideRule } from '../shapes';

export default methodOverrideRule({
  id: 'router-allow-syncdb',
  title: 'Database router `allow_syncdb()` → `allow_migrate()`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `allow_syncdb()` defined in a class (a database router: Django\'s routers are plain classes, and no other Django API has the name) that does not define `allow_migrate()` too.',
    why: 'Django 1.7 replaced `syncdb` by migrations and asks routers `allow_migrate()`; it still called `allow_syncdb()` with a warning until Django 1.9, which ignores it, so the router no longer keeps models out of a database.',
    fixSafety: 'No fix: `allow_migrate(self, db, app_label, model_name=None, **hints)` (1.8) receives the app label and model name instead of the model class.',
  },
  fix: 'none',
  checklist: ['router-allow-syncdb'],
  truth: {
    replacements: ['django.db.utils.ConnectionRouter.allow_migrate'],
    note: 'a router is a plain class of the project: 1.7.11 and 1.8.19 read `router.allow_syncdb` in ConnectionRouter.allow_migrate, 1.9.13 does not',
  },
  bases: null,
  method: 'allow_syncdb',
  inspect(_context, fn, _parameters, classNode) {
    // A router that defines both keeps the old method for old releases.
    if (methodsOf(classNode, 'allow_migrate').length > 0) return null;
    return {
      node: fn.childForFieldName('name') ?? fn,
      subject: 'The router method `allow_syncdb()`',
      advice: 'define `allow_migrate(self, db, app_label, model_name=None, **hints)` instead',
    };
  },
  examples: {
    valid: [
      {
        code: dedent`
          class AnalyticsRouter(object):
              def allow_migrate(self, db, app_label, model_name=None, **hints):
                  if app_label == "analytics":
                      return db == "analytics"
                  return None
        `,
      },
      {
        code: dedent`
          class AnalyticsRouter(object):
              def allow_migrate(self, db, model):
                  return self.allow_syncdb(db, model)

              def allow_syncdb(self, db, model):
                  return model._meta.app_label != "analytics" or db == "analytics"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          class AnalyticsRouter(object):
              def db_for_read(self, model, **hints):
                  return "analytics" if model._meta.app_label == "analytics" else None

              def allow_syncdb(self, db, model):
                  if model._meta.app_label == "analytics":
                      return db == "analytics"
                  return None
        `,
        filename: 'project/routers.py',
        errors: [
          { line: 5, column: 9, message: 'The router method `allow_syncdb()` is deprecated since Django 1.7 and removed in 1.9: define `allow_migrate(self, db, app_label, model_name=None, **hints)` instead' },
        ],
      },
    ],
  },
});
