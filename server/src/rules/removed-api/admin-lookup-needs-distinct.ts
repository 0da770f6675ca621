import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'admin-lookup-needs-distinct',
  title: '`lookup_needs_distinct()` → `lookup_spawns_duplicates()`',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '4.0',
  docsUrl: releaseNotes('4.0', 'miscellaneous'),
  docs: {
    what: 'Finds `django.contrib.admin.utils.lookup_needs_distinct`.',
    why: 'Django 4.0 renamed the private helper to `lookup_spawns_duplicates()` without a deprecation period.',
    fixSafety: 'Safe: the same function and arguments. Needs Django 4.0+.',
  },
  upstream: { djangoUpgrade: 'admin_lookup_needs_distinct' },
  fix: 'safe',
  fixMinVersion: '4.0',
  names: [{ old: 'django.contrib.admin.utils.lookup_needs_distinct', replacement: 'django.contrib.admin.utils.lookup_spawns_duplicates', subject: '`lookup_needs_distinct()`', advice: 'use `lookup_spawns_duplicates()`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.admin.utils import lookup_spawns_duplicates
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.admin.utils import lookup_needs_distinct

          if lookup_needs_distinct(opts, path):
              qs = qs.distinct()
        `,
        errors: [
          { line: 1, column: 40, message: '`lookup_needs_distinct()` was removed in Django 4.0 without a deprecation period: use `lookup_spawns_duplicates()`' },
          { line: 3, column: 4, message: '`lookup_needs_distinct()` was removed in Django 4.0 without a deprecation period: use `lookup_spawns_duplicates()`' },
        ],
        output: dedent`
          from django.contrib.admin.utils import lookup_spawns_duplicates

          if lookup_spawns_duplicates(opts, path):
              qs = qs.distinct()
        `,
      },
      {
        code: dedent`
          from django.contrib.admin.utils import lookup_needs_distinct


          def search(queryset, opts, lookups):
              if any(lookup_needs_distinct(opts, lookup) for lookup in lookups):
                  queryset = queryset.distinct()
              return queryset
        `,
        errors: [
          { line: 1, column: 40, message: '`lookup_needs_distinct()` was removed in Django 4.0 without a deprecation period: use `lookup_spawns_duplicates()`' },
          { line: 5, column: 12, message: '`lookup_needs_distinct()` was removed in Django 4.0 without a deprecation period: use `lookup_spawns_duplicates()`' },
        ],
        output: dedent`
          from django.contrib.admin.utils import lookup_spawns_duplicates


          def search(queryset, opts, lookups):
              if any(lookup_spawns_duplicates(opts, lookup) for lookup in lookups):
                  queryset = queryset.distinct()
              return queryset
        `,
      },
    ],
  },
});
