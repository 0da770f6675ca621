import { dedent, definePythonRule } from '../shapes';
import { reportRenamedLanguageCodes } from '../shapes/language-codes';

/** The codes Django 1.7 renamed, as settings spell them, and their new codes. */
const renamed = new Map([
  ['zh-cn', 'zh-hans'], ['zh-CN', 'zh-hans'],
  ['zh-tw', 'zh-hant'], ['zh-TW', 'zh-hant'],
]);

export default definePythonRule({
  id: 'language-code-zh-cn-tw',
  title: 'Language codes `zh-cn`/`zh-tw` → `zh-hans`/`zh-hant`',
  category: 'settings',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds the language codes `zh-cn` and `zh-tw` in `LANGUAGE_CODE` and `LANGUAGES`, and given to `translation.activate()`/`override()`.',
    why: 'Django 1.7 renamed its Chinese translations `zh_Hans` and `zh_Hant` and kept the old ones as deprecated copies; Django 1.9 removed `zh_CN` and `zh_TW`, so a site set to the old code loses Django\'s own translations (the admin, form errors, dates).',
    fixSafety: 'Unsafe: the project\'s own translations under `locale/zh_CN` (or `zh_TW`) must be renamed `zh_Hans` (`zh_Hant`) with the code, and stored preferences (a user\'s language in the database, URLs with the code) still hold the old one. Needs Django 1.7+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.7',
  checklist: ['lang-zh-cn', 'lang-zh-tw'],
  truth: {
    removed: ['django.conf.locale.zh_CN', 'django.conf.locale.zh_TW'],
    replacements: ['django.conf.locale.zh_Hans', 'django.conf.locale.zh_Hant'],
  },
  triggers: ['zh'],
  check(context) {
    reportRenamedLanguageCodes(context, renamed);
  },
  examples: {
    valid: [
      {
        code: dedent`
          LANGUAGE_CODE = "zh-hans"
          LANGUAGES = [("zh-hans", "Simplified Chinese"), ("zh-hant", "Traditional Chinese")]
        `,
        filename: 'settings.py',
      },
      {
        code: dedent`
          GOOGLE_TRANSLATE_TARGETS = {"zh-cn": "Chinese (Simplified)"}
        `,
        filename: 'translate.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          LANGUAGE_CODE = "zh-cn"
          LANGUAGES = (
              ("zh-cn", "Simplified Chinese"),
              ("zh-tw", "Traditional Chinese"),
              ("en", "English"),
          )
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 17, message: 'The language code `zh-cn` is deprecated since Django 1.7 and removed in 1.9: use `zh-hans`' },
          { line: 3, column: 6, message: 'The language code `zh-cn` is deprecated since Django 1.7 and removed in 1.9: use `zh-hans`' },
          { line: 4, column: 6, message: 'The language code `zh-tw` is deprecated since Django 1.7 and removed in 1.9: use `zh-hant`' },
        ],
        output: dedent`
          LANGUAGE_CODE = "zh-hans"
          LANGUAGES = (
              ("zh-hans", "Simplified Chinese"),
              ("zh-hant", "Traditional Chinese"),
              ("en", "English"),
          )
        `,
      },
      {
        code: dedent`
          from django.utils import translation

          def chinese_page(request):
              translation.activate('zh-TW')
              return render(request, "page.html")
        `,
        errors: [
          { line: 4, column: 26, message: 'The language code `zh-TW` is deprecated since Django 1.7 and removed in 1.9: use `zh-hant`' },
        ],
        output: dedent`
          from django.utils import translation

          def chinese_page(request):
              translation.activate('zh-hant')
              return render(request, "page.html")
        `,
      },
    ],
  },
});
