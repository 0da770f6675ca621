import { dedent, methodOverrideRule } from '../shapes';

export default methodOverrideRule({
  id: 'router-allow-migrate-signature',
  title: 'Router `allow_migrate(self, db, model)` → `(self, db, app_label, model_name=None, **hints)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds database routers\' `allow_migrate()` methods with the old `(self, db, model)` signature (a method of that name with three parameters, the third not `app_label`, and no `**hints`).',
    why: 'Django 1.8 calls `allow_migrate(db, app_label, model_name=…, **hints)`; the compatibility for the old signature was removed in 1.10, so such routers raise `TypeError` during `migrate`.',
    fixSafety: 'No automatic fix: the body must use `app_label` and `model_name` (or `hints.get("model")`) instead of the model.',
  },
  fix: 'none',
  checklist: ['allow-migrate-old-signature'],
  truth: { replacements: ['django.db.utils.ConnectionRouter.allow_migrate_model'], note: 'routers are plain classes: the signature of user code changed' },
  bases: null,
  method: 'allow_migrate',
  inspect(_context, fn, parameters) {
    if (parameters.some((p) => p.kind === 'kwargs' || p.kind === 'args')) return null;
    const positional = parameters.filter((p) => p.kind === 'positional');
    if (positional.length !== 3 || positional[2].name === 'app_label') return null;
    return {
      node: fn.childForFieldName('parameters')!,
      subject: 'A router\'s `allow_migrate(self, db, model)`',
      advice: 'use `allow_migrate(self, db, app_label, model_name=None, **hints)` (the model, when there is one, is `hints["model"]`)',
    };
  },
  examples: {
    valid: [
      {
        code: dedent`
          class Router:
              def allow_migrate(self, db, app_label, model_name=None, **hints):
                  return db == "default"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          class Router(object):
              def allow_migrate(self, db, model):
                  return model._meta.app_label != "legacy"
        `,
        errors: [
          { line: 2, column: 22, message: 'A router\'s `allow_migrate(self, db, model)` is deprecated since Django 1.8 and removed in 1.10: use `allow_migrate(self, db, app_label, model_name=None, **hints)` (the model, when there is one, is `hints["model"]`)' },
        ],
      },
    ],
  },
});
