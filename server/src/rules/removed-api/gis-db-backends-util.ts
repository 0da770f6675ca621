import { dedent, movedModuleRule } from '../shapes';

export default movedModuleRule({
  id: 'gis-db-backends-util',
  title: '`django.contrib.gis.db.backends.util` → `django.contrib.gis.db.backends.utils`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports from `django.contrib.gis.db.backends.util`.',
    why: 'Django 1.7 renamed the module `django.contrib.gis.db.backends.utils`; Django 1.9 removed the old name.',
    fixSafety: 'Safe: the same module under its new name.',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  checklist: ['gis-db-backends-util'],
  oldModule: 'django.contrib.gis.db.backends.util',
  newModule: 'django.contrib.gis.db.backends.utils',
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis.db.backends.utils import SpatialOperator
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.db.backends.util import SpatialOperator
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.contrib.gis.db.backends.util` is deprecated since Django 1.7 and removed in 1.9: import from `django.contrib.gis.db.backends.utils`' },
        ],
        output: dedent`
          from django.contrib.gis.db.backends.utils import SpatialOperator
        `,
      },
      {
        code: dedent`
          from django.contrib.gis.db.backends.util import SpatialOperator

          OPERATORS = {'equals': SpatialOperator(func='ST_Equals')}
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.contrib.gis.db.backends.util` is deprecated since Django 1.7 and removed in 1.9: import from `django.contrib.gis.db.backends.utils`' },
        ],
        output: dedent`
          from django.contrib.gis.db.backends.utils import SpatialOperator

          OPERATORS = {'equals': SpatialOperator(func='ST_Equals')}
        `,
      },
    ],
  },
});
