import { releaseNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

const names = ['BitAnd', 'BitOr', 'BitXor'];

export default movedNamesRule({
  id: 'postgres-bit-aggregates',
  title: '`django.contrib.postgres` `BitAnd`/`BitOr`/`BitXor` → `django.db.models`',
  category: 'removed-api',
  deprecatedIn: '6.1',
  removedIn: null,
  docsUrl: releaseNotes('6.1', 'features-deprecated-in-6-1'),
  docs: {
    what: 'Finds `BitAnd`, `BitOr` and `BitXor` imported from `django.contrib.postgres.aggregates` (django-upgrade: `compatibility_imports`).',
    why: 'Django 6.1 added database-agnostic versions to `django.db.models` and deprecated the PostgreSQL ones.',
    fixSafety: 'Safe on PostgreSQL: the same SQL. Needs Django 6.1+.',
  },
  fix: 'safe',
  fixMinVersion: '6.1',
  truth: { note: 'Django 6.1 is not in the checked releases yet (django.db.models.BitAnd appears there)' },
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: names.flatMap((name) => [
    { old: `django.contrib.postgres.aggregates.${name}`, replacement: `django.db.models.${name}` },
    { old: `django.contrib.postgres.aggregates.general.${name}`, replacement: `django.db.models.${name}` },
  ]),
  examples: {
    valid: [{ code: 'from django.db.models import BitAnd\n' }],
    invalid: [{
      code: 'from django.contrib.postgres.aggregates import ArrayAgg, BitOr, BitAnd\n',
      findings: 2,
      output: 'from django.db.models import BitAnd, BitOr\nfrom django.contrib.postgres.aggregates import ArrayAgg\n',
    }],
  },
});
