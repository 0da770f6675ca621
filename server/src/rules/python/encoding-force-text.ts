import { deprecationNotes } from '../docs-links';
import { movedNamesRule } from '../shapes';

export default movedNamesRule({
  id: 'encoding-force-text',
  title: '`force_text()`/`smart_text()` → `force_str()`/`smart_str()`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docsUrl: deprecationNotes('3.0'),
  docs: {
    what: 'Finds `django.utils.encoding.force_text` and `smart_text` (django-upgrade: `utils_encoding`).',
    why: 'They were Python 2 aliases; on Python 3 they equal `force_str` and `smart_str`. Django 4.0 removed them.',
    fixSafety: 'Safe on Python 3 (Django 2.0+ runs only there); on Python 2 `force_str` returned bytes, so the fix needs Django 2.0+.',
  },
  fix: 'safe',
  checklist: ['encoding-force-text'],
  fixMinVersion: '2.0',
  names: [
    { old: 'django.utils.encoding.force_text', replacement: 'django.utils.encoding.force_str', subject: '`force_text()`' },
    { old: 'django.utils.encoding.smart_text', replacement: 'django.utils.encoding.smart_str', subject: '`smart_text()`' },
  ],
  examples: {
    valid: [{ code: 'from django.utils.encoding import force_str\nforce_str(b"x")\n' }],
    invalid: [
      {
        code: 'from django.utils.encoding import force_text, smart_text\n\nforce_text(value)\nsmart_text(other)\n',
        findings: 4,
        output: 'from django.utils.encoding import force_str, smart_str\n\nforce_str(value)\nsmart_str(other)\n',
      },
      {
        code: 'from django.utils import encoding\n\nencoding.force_text(value)\n',
        findings: 1,
        output: 'from django.utils import encoding\n\nencoding.force_str(value)\n',
      },
      {
        code: 'from django.utils.encoding import force_str, force_text\n\nforce_text(value)\n',
        findings: 2,
        output: 'from django.utils.encoding import force_str\n\nforce_str(value)\n',
      },
    ],
  },
});
