import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'forms-forms-compat-imports',
  title: '`pretty_name`/`BoundField` from `django.forms.forms` → `django.forms.utils`/`django.forms.boundfield`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '3.1',
  docsUrl: releaseNotes('3.1', 'miscellaneous'),
  docs: {
    what: 'Finds `pretty_name` and `BoundField` imported from `django.forms.forms`.',
    why: 'Django 1.9 moved them to `django.forms.utils` and `django.forms.boundfield`; `django.forms.forms` stopped re-exporting them in 3.1.',
    fixSafety: 'Safe: the same objects. Needs Django 1.9+, where the new modules exist.',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '1.9',
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [
    { old: 'django.forms.forms.pretty_name', replacement: 'django.forms.utils.pretty_name' },
    { old: 'django.forms.forms.BoundField', replacement: 'django.forms.boundfield.BoundField' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.forms.boundfield import BoundField
          from django.forms.utils import pretty_name
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.forms.forms import BoundField, pretty_name
        `,
        errors: [
          { line: 1, column: 32, message: '`django.forms.forms.BoundField` was removed in Django 3.1 without a deprecation period: use `django.forms.boundfield.BoundField`' },
          { line: 1, column: 44, message: '`django.forms.forms.pretty_name` was removed in Django 3.1 without a deprecation period: use `django.forms.utils.pretty_name`' },
        ],
        output: dedent`
          from django.forms.boundfield import BoundField
          from django.forms.utils import pretty_name
        `,
      },
      {
        code: dedent`
          from django.forms.forms import pretty_name


          def label_for(field_name):
              return pretty_name(field_name)
        `,
        errors: [
          { line: 1, column: 32, message: '`django.forms.forms.pretty_name` was removed in Django 3.1 without a deprecation period: use `django.forms.utils.pretty_name`' },
          { line: 5, column: 12, message: '`django.forms.forms.pretty_name` was removed in Django 3.1 without a deprecation period: use `django.forms.utils.pretty_name`' },
        ],
        output: dedent`
          from django.forms.utils import pretty_name


          def label_for(field_name):
              return pretty_name(field_name)
        `,
      },
    ],
  },
});
