import { deprecationNotes } from '../docs-links';
import { movedNamesRule } from '../shapes';

const renames: Array<[string, string]> = [
  ['ugettext', 'gettext'],
  ['ugettext_lazy', 'gettext_lazy'],
  ['ugettext_noop', 'gettext_noop'],
  ['ungettext', 'ngettext'],
  ['ungettext_lazy', 'ngettext_lazy'],
];

export default movedNamesRule({
  id: 'translation-ugettext',
  title: '`ugettext()` and friends → `gettext()`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docsUrl: deprecationNotes('3.0'),
  docs: {
    what: 'Finds the `u`-prefixed translation functions of `django.utils.translation` (django-upgrade: `utils_translation`).',
    why: 'They were Python 2 aliases of the unprefixed functions; Django 4.0 removed them.',
    fixSafety: 'Safe on Python 3; aliases such as `ugettext as _` keep their alias. Needs Django 2.0+ (Python 3 only).',
  },
  fix: 'safe',
  checklist: ['translation-ugettext', 'translation-ugettext-lazy', 'translation-ugettext-noop'],
  fixMinVersion: '2.0',
  names: renames.map(([old, replacement]) => ({
    old: `django.utils.translation.${old}`,
    replacement: `django.utils.translation.${replacement}`,
    subject: `\`${old}()\``,
    advice: `use \`${replacement}()\``,
  })),
  examples: {
    valid: [{ code: 'from django.utils.translation import gettext_lazy as _\n' }],
    invalid: [
      {
        code: 'from django.utils.translation import ugettext as _, ugettext_lazy\n\nTITLE = ugettext_lazy("Title")\nprint(_("Hello"))\n',
        findings: 3,
        output: 'from django.utils.translation import gettext as _, gettext_lazy\n\nTITLE = gettext_lazy("Title")\nprint(_("Hello"))\n',
      },
      {
        code: 'from django.utils.translation import ungettext\n\ndef f(n):\n    return ungettext("a", "as", n)\n',
        findings: 2,
        output: 'from django.utils.translation import ngettext\n\ndef f(n):\n    return ngettext("a", "as", n)\n',
      },
    ],
  },
});
