import { releaseNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'template-translator-comment-mark',
  title: '`django.template.base.TRANSLATOR_COMMENT_MARK` → `django.utils.translation.template`',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '4.0',
  docsUrl: releaseNotes('4.0', 'miscellaneous'),
  docs: {
    what: 'Finds `TRANSLATOR_COMMENT_MARK` imported from `django.template.base` (django-upgrade: `compatibility_imports`).',
    why: 'Django 4.0 stopped exporting it from `django.template.base`; it lives in `django.utils.translation.template`.',
    fixSafety: 'Safe: the same constant. Needs Django 1.11+, where `django.utils.translation.template` has it.',
  },
  fix: 'safe',
  fixMinVersion: '1.11',
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [{ old: 'django.template.base.TRANSLATOR_COMMENT_MARK', replacement: 'django.utils.translation.template.TRANSLATOR_COMMENT_MARK' }],
  examples: {
    valid: [{ code: 'from django.utils.translation.template import TRANSLATOR_COMMENT_MARK\n' }],
    invalid: [{
      code: 'from django.template.base import TRANSLATOR_COMMENT_MARK\n',
      findings: 1,
      output: 'from django.utils.translation.template import TRANSLATOR_COMMENT_MARK\n',
    }],
  },
});
