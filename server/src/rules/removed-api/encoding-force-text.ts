import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'encoding-force-text',
  title: '`force_text()`/`smart_text()` → `force_str()`/`smart_str()`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docs: {
    what: 'Finds `django.utils.encoding.force_text` and `smart_text`.',
    why: 'They were Python 2 aliases; on Python 3 they equal `force_str` and `smart_str`. Django 4.0 removed them.',
    fixSafety: 'Safe on Python 3 (Django 2.0+ runs only there); on Python 2 `force_str` returned bytes, so the fix needs Django 2.0+.',
  },
  upstream: { djangoUpgrade: 'utils_encoding' },
  fix: 'safe',
  checklist: ['encoding-force-text', 'encoding-smart-text'],
  fixMinVersion: '2.0',
  names: [
    { old: 'django.utils.encoding.force_text', replacement: 'django.utils.encoding.force_str', subject: '`force_text()`' },
    { old: 'django.utils.encoding.smart_text', replacement: 'django.utils.encoding.smart_str', subject: '`smart_text()`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.encoding import force_str
          force_str(b"x")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.encoding import force_text, smart_text

          force_text(value)
          smart_text(other)
        `,
        errors: [
          { line: 1, column: 35, message: '`force_text()` is deprecated since Django 3.0 and removed in 4.0: use `django.utils.encoding.force_str`' },
          { line: 1, column: 47, message: '`smart_text()` is deprecated since Django 3.0 and removed in 4.0: use `django.utils.encoding.smart_str`' },
          { line: 3, column: 1, message: '`force_text()` is deprecated since Django 3.0 and removed in 4.0: use `django.utils.encoding.force_str`' },
          { line: 4, column: 1, message: '`smart_text()` is deprecated since Django 3.0 and removed in 4.0: use `django.utils.encoding.smart_str`' },
        ],
        output: dedent`
          from django.utils.encoding import force_str, smart_str

          force_str(value)
          smart_str(other)
        `,
      },
      {
        code: dedent`
          from django.utils import encoding

          encoding.force_text(value)
        `,
        errors: [
          { line: 3, column: 1, message: '`force_text()` is deprecated since Django 3.0 and removed in 4.0: use `django.utils.encoding.force_str`' },
        ],
        output: dedent`
          from django.utils import encoding

          encoding.force_str(value)
        `,
      },
      {
        code: dedent`
          from django.utils.encoding import force_str, force_text

          force_text(value)
        `,
        errors: [
          { line: 1, column: 46, message: '`force_text()` is deprecated since Django 3.0 and removed in 4.0: use `django.utils.encoding.force_str`' },
          { line: 3, column: 1, message: '`force_text()` is deprecated since Django 3.0 and removed in 4.0: use `django.utils.encoding.force_str`' },
        ],
        output: dedent`
          from django.utils.encoding import force_str

          force_str(value)
        `,
      },
    ],
  },
});
