import { callsWithArguments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'serializers-use-natural-keys',
  title: '`serialize(use_natural_keys=True)` → `use_natural_foreign_keys=True`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds the `use_natural_keys` argument of `django.core.serializers.serialize()`.',
    why: 'Django 1.7 split natural keys into `use_natural_foreign_keys` and `use_natural_primary_keys` and read `use_natural_keys` as the first with a warning; Django 1.9 ignores it, so the output silently switches to primary keys.',
    fixSafety: 'Safe: `use_natural_foreign_keys` is what `use_natural_keys` meant from 1.7 on. Needs Django 1.7+.',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  checklist: ['serialize-use-natural-keys'],
  truth: { note: '`Serializer.serialize(self, queryset, **options)` pops `use_natural_keys` with a RemovedInDjango19Warning in 1.8.19 (base.py:43); 1.9.13 no longer reads it' },
  triggers: ['use_natural_keys'],
  check(context) {
    for (const { keywords } of callsWithArguments(context, ['django.core.serializers.serialize'])) {
      const name = keywords.get('use_natural_keys')?.childForFieldName('name');
      if (!name) continue;
      context.report({
        node: name,
        subject: '`serialize(use_natural_keys=…)`',
        advice: 'use `use_natural_foreign_keys=`',
        fix: keywords.has('use_natural_foreign_keys') ? undefined : { title: 'Rename to `use_natural_foreign_keys`', edits: [{ start: name.startIndex, end: name.endIndex, text: 'use_natural_foreign_keys' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core import serializers

          data = serializers.serialize("json", Book.objects.all(), use_natural_foreign_keys=True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core import serializers


          def dump(queryset):
              return serializers.serialize("json", queryset, use_natural_keys=True)
        `,
        errors: [
          { line: 5, column: 52, message: '`serialize(use_natural_keys=…)` is deprecated since Django 1.7 and removed in 1.9: use `use_natural_foreign_keys=`' },
        ],
        output: dedent`
          from django.core import serializers


          def dump(queryset):
              return serializers.serialize("json", queryset, use_natural_foreign_keys=True)
        `,
      },
      {
        code: dedent`
          from django.core.serializers import serialize


          def fixture(queryset):
              return serialize("xml", queryset, indent=2, use_natural_keys=True)
        `,
        errors: [
          { line: 5, column: 49, message: '`serialize(use_natural_keys=…)` is deprecated since Django 1.7 and removed in 1.9: use `use_natural_foreign_keys=`' },
        ],
        output: dedent`
          from django.core.serializers import serialize


          def fixture(queryset):
              return serialize("xml", queryset, indent=2, use_natural_foreign_keys=True)
        `,
      },
    ],
  },
});
