import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'models-loading',
  title: '`django.db.models.loading` and `get_model()` → `django.apps.apps`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports of `django.db.models.loading` and of its functions re-exported by `django.db.models` (`get_model`, `get_models`, `get_app`, `get_apps`, `register_models`).',
    why: 'Django 1.7 replaced the app cache with the app registry, `django.apps.apps`; Django 1.9 removed the old module and names.',
  },
  fix: 'none',
  checklist: ['models-loading'],
  names: [
    { old: 'django.db.models.loading', subject: 'The module `django.db.models.loading`', advice: 'use `django.apps.apps` (`apps.get_model("app_label", "Model")`)' },
    { old: 'django.db.models.get_model', advice: 'use `django.apps.apps.get_model()`' },
    { old: 'django.db.models.get_models', advice: 'use `django.apps.apps.get_models()`' },
    { old: 'django.db.models.get_app', advice: 'use `django.apps.apps.get_app_config()`' },
    { old: 'django.db.models.get_apps', advice: 'use `django.apps.apps.get_app_configs()`' },
  ],
  truth: { removed: ['django.db.models.loading'], note: 'get_model, get_models, get_app and get_apps were bound in django.db.models by a loop over their names (1.7, 1.8): the static check proves only the module' },
  examples: {
    valid: [
      {
        code: dedent`
          from django.apps import apps

          Book = apps.get_model('library', 'Book')
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.loading import get_model

          Book = get_model('library', 'Book')
        `,
        errors: [
          { line: 1, column: 38, message: 'The module `django.db.models.loading` is deprecated since Django 1.7 and removed in 1.9: use `django.apps.apps` (`apps.get_model("app_label", "Model")`)' },
        ],
      },
      {
        code: dedent`
          from django.db.models import get_model
        `,
        errors: [
          { line: 1, column: 30, message: '`django.db.models.get_model` is deprecated since Django 1.7 and removed in 1.9: use `django.apps.apps.get_model()`' },
        ],
      },
      {
        code: dedent`
          from django.db import models

          Book = models.get_model('library', 'Book')
        `,
        errors: [
          { line: 3, column: 8, message: '`django.db.models.get_model` is deprecated since Django 1.7 and removed in 1.9: use `django.apps.apps.get_model()`' },
        ],
      },
    ],
  },
});
