import { dedent, definePythonRule } from '../shapes';
import { reportRenamedLanguageCodes } from '../shapes/language-codes';

/** The codes Django 1.7 renamed, as settings spell them, and their new codes. */
const renamed = new Map([['fy-nl', 'fy'], ['fy-NL', 'fy']]);

export default definePythonRule({
  id: 'language-code-fy-nl',
  title: 'Language code `fy-nl` → `fy`',
  category: 'settings',
  deprecatedIn: '1.7',
  removedIn: '1.7',
  docs: {
    what: 'Finds the language code `fy-nl` in `LANGUAGE_CODE` and `LANGUAGES`, and given to `translation.activate()`/`override()`.',
    why: 'Django 1.7 renamed its (Western) Frisian translation `fy`, and unlike the Chinese ones kept no copy under the old name (1.7\'s notes call the code deprecated until 1.9, but `fy_NL` is gone from 1.7), so a site set to `fy-nl` loses Django\'s own translations.',
    fixSafety: 'Unsafe: the project\'s own translations under `locale/fy_NL` must be renamed `fy` with the code, and stored preferences still hold the old one. Needs Django 1.7+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.7',
  checklist: ['lang-fy-nl'],
  truth: {
    removed: ['django.conf.locale.fy_NL'],
    replacements: ['django.conf.locale.fy'],
  },
  triggers: ['fy'],
  check(context) {
    reportRenamedLanguageCodes(context, renamed);
  },
  examples: {
    valid: [
      {
        code: dedent`
          LANGUAGE_CODE = "fy"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          LANGUAGE_CODE = "nl"
          LANGUAGES = [("nl", "Nederlands"), ("fy-nl", "Frysk")]
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 37, message: 'The language code `fy-nl` was removed in Django 1.7 without a deprecation period: use `fy`' },
        ],
        output: dedent`
          LANGUAGE_CODE = "nl"
          LANGUAGES = [("nl", "Nederlands"), ("fy", "Frysk")]
        `,
      },
      {
        code: dedent`
          from django.utils.translation import override

          def frisian_summary(report):
              with override("fy-NL"):
                  return render_to_string("summary.txt", {"report": report})
        `,
        errors: [
          { line: 4, column: 19, message: 'The language code `fy-NL` was removed in Django 1.7 without a deprecation period: use `fy`' },
        ],
        output: dedent`
          from django.utils.translation import override

          def frisian_summary(report):
              with override("fy"):
                  return render_to_string("summary.txt", {"report": report})
        `,
      },
    ],
  },
});
