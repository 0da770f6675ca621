import { fallbackRule } from '../shapes/arguments';
import { dedent } from '../shapes';

export default fallbackRule({
  id: 'get-prefetch-queryset-fallback',
  title: '`get_prefetch_queryset()` → `get_prefetch_querysets()`',
  checklist: ['get-prefetch-queryset-fallback', 'get-prefetch-queryset'],
  oldName: 'get_prefetch_queryset',
  newName: 'get_prefetch_querysets',
  what: 'Finds classes (custom related descriptors and managers) that define `get_prefetch_queryset()` but not `get_prefetch_querysets()`, and calls of `get_prefetch_queryset()` in modules that do not define it themselves.',
  why: 'Django 5.0 prefetches through `get_prefetch_querysets(instances, querysets)` and fell back to the old method with a warning; 6.0 removed the fallback, so such descriptors break `prefetch_related()`.',
  advice: 'implement `get_prefetch_querysets(self, instances, querysets=None)`',
  truth: { removed: ['django.contrib.contenttypes.fields.GenericForeignKey.get_prefetch_queryset'], replacements: ['django.contrib.contenttypes.fields.GenericForeignKey.get_prefetch_querysets'] },
  examples: {
    valid: [
      {
        code: dedent`
          class Descriptor:
              def get_prefetch_querysets(self, instances, querysets=None):
                  return []
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          class Descriptor:
              def get_prefetch_queryset(self, instances, queryset=None):
                  return []
        `,
        errors: [
          { line: 2, column: 9, message: '`get_prefetch_queryset()` without `get_prefetch_querysets()` is deprecated since Django 5.0 and removed in 6.0: implement `get_prefetch_querysets(self, instances, querysets=None)`' },
        ],
      },
      {
        code: dedent`
          def prefetch_tags(descriptor, posts):
              return descriptor.get_prefetch_queryset(posts)
        `,
        errors: [
          { line: 2, column: 12, message: '`get_prefetch_queryset()` is deprecated since Django 5.0 and removed in 6.0: call `get_prefetch_querysets()`' },
        ],
      },
    ],
  },
});
