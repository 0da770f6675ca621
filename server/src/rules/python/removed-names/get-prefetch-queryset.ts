import { deprecationNotes } from '../../docs-links';
import { removedMethodsRule } from './helpers';

export default removedMethodsRule({
  id: 'get-prefetch-queryset',
  title: '`get_prefetch_queryset()` → `get_prefetch_querysets()`',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.0'),
  docs: {
    what:
      'Finds `get_prefetch_queryset()` overridden in, or called on `self`/`super()` in, subclasses of `GenericForeignKey` and of the related descriptors ' +
      'and managers (custom relations).',
    why: 'Django 5.0 replaced it with `get_prefetch_querysets(instances, querysets=None)`, which takes a list of querysets; Django 6.0 removed the old method, so an override stops being called.',
    fixSafety: 'No fix: the new method takes `querysets` (a list) instead of `queryset`.',
  },
  fix: 'none',
  checklist: ['get-prefetch-queryset'],
  classes: [
    'django.contrib.contenttypes.fields.GenericForeignKey',
    /^django\.db\.models\.fields\.related_descriptors\.\w+$/,
    /^django\.contrib\.contenttypes\.fields\.\w+(Descriptor|Manager)$/,
  ],
  methods: [
    {
      name: 'get_prefetch_queryset',
      subject: '`get_prefetch_queryset()`',
      advice: 'implement `get_prefetch_querysets(instances, querysets=None)` (a list of querysets instead of one)',
    },
  ],
  truth: {
    removed: [
      'django.contrib.contenttypes.fields.GenericForeignKey.get_prefetch_queryset',
      'django.db.models.fields.related_descriptors.ForwardManyToOneDescriptor.get_prefetch_queryset',
    ],
    replacements: ['django.contrib.contenttypes.fields.GenericForeignKey.get_prefetch_querysets'],
  },
  examples: {
    valid: [{ code: 'from django.contrib.contenttypes.fields import GenericForeignKey\n\nclass Target(GenericForeignKey):\n    pass\n' }],
    invalid: [
      {
        code:
          'from django.contrib.contenttypes.fields import GenericForeignKey\n\nclass Target(GenericForeignKey):\n    def get_prefetch_queryset(self, instances, queryset=None):\n' +
          '        return super().get_prefetch_queryset(instances, queryset)\n',
        findings: 2,
      },
    ],
  },
});
