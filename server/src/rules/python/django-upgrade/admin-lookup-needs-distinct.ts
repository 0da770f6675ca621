import { releaseNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'admin-lookup-needs-distinct',
  title: '`lookup_needs_distinct()` → `lookup_spawns_duplicates()`',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '4.0',
  docsUrl: releaseNotes('4.0', 'miscellaneous'),
  docs: {
    what: 'Finds `django.contrib.admin.utils.lookup_needs_distinct` (django-upgrade: `admin_lookup_needs_distinct`).',
    why: 'Django 4.0 renamed the private helper to `lookup_spawns_duplicates()` without a deprecation period.',
    fixSafety: 'Safe: the same function and arguments. Needs Django 4.0+.',
  },
  fix: 'safe',
  fixMinVersion: '4.0',
  names: [{ old: 'django.contrib.admin.utils.lookup_needs_distinct', replacement: 'django.contrib.admin.utils.lookup_spawns_duplicates', subject: '`lookup_needs_distinct()`', advice: 'use `lookup_spawns_duplicates()`' }],
  examples: {
    valid: [{ code: 'from django.contrib.admin.utils import lookup_spawns_duplicates\n' }],
    invalid: [{
      code: 'from django.contrib.admin.utils import lookup_needs_distinct\n\nif lookup_needs_distinct(opts, path):\n    qs = qs.distinct()\n',
      findings: 2,
      output: 'from django.contrib.admin.utils import lookup_spawns_duplicates\n\nif lookup_spawns_duplicates(opts, path):\n    qs = qs.distinct()\n',
    }],
  },
});
