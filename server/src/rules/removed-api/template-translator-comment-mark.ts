import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'template-translator-comment-mark',
  title: '`django.template.base.TRANSLATOR_COMMENT_MARK` → `django.utils.translation.template`',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '4.0',
  docsUrl: releaseNotes('4.0', 'miscellaneous'),
  docs: {
    what: 'Finds `TRANSLATOR_COMMENT_MARK` imported from `django.template.base`.',
    why: 'Django 4.0 stopped exporting it from `django.template.base`; it lives in `django.utils.translation.template`.',
    fixSafety: 'Safe: the same constant. Needs Django 1.11+, where `django.utils.translation.template` has it.',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '1.11',
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [{ old: 'django.template.base.TRANSLATOR_COMMENT_MARK', replacement: 'django.utils.translation.template.TRANSLATOR_COMMENT_MARK' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.translation.template import TRANSLATOR_COMMENT_MARK
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template.base import TRANSLATOR_COMMENT_MARK
        `,
        errors: [
          { line: 1, column: 34, message: '`django.template.base.TRANSLATOR_COMMENT_MARK` was removed in Django 4.0 without a deprecation period: use `django.utils.translation.template.TRANSLATOR_COMMENT_MARK`' },
        ],
        output: dedent`
          from django.utils.translation.template import TRANSLATOR_COMMENT_MARK
        `,
      },
      {
        code: dedent`
          from django.template.base import TRANSLATOR_COMMENT_MARK


          def is_translator_comment(text):
              return text.lstrip().startswith(TRANSLATOR_COMMENT_MARK)
        `,
        errors: [
          { line: 1, column: 34, message: '`django.template.base.TRANSLATOR_COMMENT_MARK` was removed in Django 4.0 without a deprecation period: use `django.utils.translation.template.TRANSLATOR_COMMENT_MARK`' },
          { line: 5, column: 37, message: '`django.template.base.TRANSLATOR_COMMENT_MARK` was removed in Django 4.0 without a deprecation period: use `django.utils.translation.template.TRANSLATOR_COMMENT_MARK`' },
        ],
        output: dedent`
          from django.utils.translation.template import TRANSLATOR_COMMENT_MARK


          def is_translator_comment(text):
              return text.lstrip().startswith(TRANSLATOR_COMMENT_MARK)
        `,
      },
    ],
  },
});
