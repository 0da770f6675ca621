import { receiverResolvesTo } from '../../engine/python-queries';
import { dedent, keywordArgumentRule } from '../shapes';

export default keywordArgumentRule({
  id: 'contenttype-name-argument',
  title: 'Drop `name=` when creating a `ContentType`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `name=` passed to `ContentType.objects.create()` and `get_or_create()`.',
    why: '`ContentType.name` stopped being a database column in Django 1.8 (it is computed from the model\'s `verbose_name`); the manager dropped the argument with a warning until 1.10, which rejects it.',
    fixSafety: 'Safe: the value was already ignored.',
  },
  fix: 'safe',
  checklist: ['contenttype-name-on-create'],
  truth: {
    removed: ['django.contrib.contenttypes.models.ContentTypeManager.create'],
    note: 'the manager\'s `create()` override existed only to drop `name` with a warning (1.8–1.9)',
  },
  // `name` is everyday; the receiver resolves to `ContentType.objects`, which its import and the call spell.
  requires: ['ContentType'],
  sites: { methods: { names: ['create', 'get_or_create'], receiver: receiverResolvesTo(['django.contrib.contenttypes.models.ContentType.objects']) } },
  keywords: [{ name: 'name', subject: '`ContentType.objects.create(name=…)`', remove: true, advice: 'remove it: the name comes from the model\'s `verbose_name`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.contenttypes.models import ContentType

          ContentType.objects.create(app_label="shop", model="order")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.contenttypes.models import ContentType

          ct = ContentType.objects.create(app_label="shop", model="order", name="order")
        `,
        errors: [
          { line: 3, column: 66, message: '`ContentType.objects.create(name=…)` is deprecated since Django 1.8 and removed in 1.10: remove it: the name comes from the model\'s `verbose_name`' },
        ],
        output: dedent`
          from django.contrib.contenttypes.models import ContentType

          ct = ContentType.objects.create(app_label="shop", model="order")
        `,
      },
      {
        code: dedent`
          from django.contrib.contenttypes.models import ContentType


          def ensure_content_type(app_label, model):
              ct, created = ContentType.objects.get_or_create(
                  app_label=app_label,
                  model=model,
                  name=model.replace("_", " "),
              )
              return ct
        `,
        errors: [
          { line: 8, column: 9, message: '`ContentType.objects.create(name=…)` is deprecated since Django 1.8 and removed in 1.10: remove it: the name comes from the model\'s `verbose_name`' },
        ],
        output: dedent`
          from django.contrib.contenttypes.models import ContentType


          def ensure_content_type(app_label, model):
              ct, created = ContentType.objects.get_or_create(
                  app_label=app_label,
                  model=model,
              )
              return ct
        `,
      },
    ],
  },
});
