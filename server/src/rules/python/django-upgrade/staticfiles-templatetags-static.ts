import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'staticfiles-templatetags-static',
  title: '`django.contrib.staticfiles.templatetags.staticfiles.static()` → `django.templatetags.static.static()`',
  category: 'removed-api',
  deprecatedIn: '2.1',
  removedIn: '3.0',
  docsUrl: deprecationNotes('2.1'),
  docs: {
    what: 'Finds `static` imported from `django.contrib.staticfiles.templatetags.staticfiles` (django-upgrade: `compatibility_imports`).',
    why: 'Django 2.1 deprecated the staticfiles template tag library; 3.0 removed it. `django.templatetags.static.static()` uses the staticfiles storage when the app is installed.',
    fixSafety: 'Safe: same result. Needs Django 1.10+, where `django.templatetags.static.static()` consults staticfiles.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['staticfiles-templatetags-static'],
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [{ old: 'django.contrib.staticfiles.templatetags.staticfiles.static', replacement: 'django.templatetags.static.static', subject: '`django.contrib.staticfiles.templatetags.staticfiles.static()`' }],
  examples: {
    valid: [{ code: 'from django.templatetags.static import static\n\nurl = static("logo.png")\n' }],
    invalid: [{
      code: 'from django.contrib.staticfiles.templatetags.staticfiles import static\n\nurl = static("logo.png")\n',
      findings: 2,
      output: 'from django.templatetags.static import static\n\nurl = static("logo.png")\n',
    }],
  },
});
