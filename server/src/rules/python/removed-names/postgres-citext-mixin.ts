import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

const advice = 'use a case-insensitive database collation (`db_collation=`) on a `CharField`/`TextField`';

export default movedNamesRule({
  id: 'postgres-citext-mixin',
  title: '`django.contrib.postgres.fields.CIText` mixin removed',
  category: 'removed-api',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  docsUrl: deprecationNotes('4.2'),
  docs: {
    what: 'Finds the `CIText` mixin from `django.contrib.postgres.fields` (or its `citext` module).',
    why: 'PostgreSQL discourages the `citext` extension in favour of nondeterministic collations; Django 4.2 deprecated the case-insensitive fields and their mixin, and 5.1 removed the mixin.',
    fixSafety: 'No fix: the column type changes, so it needs a migration that sets a case-insensitive collation.',
  },
  fix: 'none',
  checklist: ['postgres-citext-mixin'],
  names: [
    { old: 'django.contrib.postgres.fields.CIText', subject: '`CIText`', advice },
    { old: 'django.contrib.postgres.fields.citext.CIText', subject: '`CIText`', advice },
  ],
  examples: {
    valid: [{ code: 'from django.db import models\n\nclass Tag(models.Model):\n    name = models.CharField(max_length=50, db_collation="case_insensitive")\n' }],
    invalid: [{ code: 'from django.contrib.postgres.fields import CIText\nfrom django.db import models\n\nclass CISlugField(CIText, models.SlugField):\n    pass\n', findings: 2 }],
  },
});
