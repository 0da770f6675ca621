import { dedent } from '../shapes';
import { removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-ignorable-404-ends',
  title: '`IGNORABLE_404_ENDS` → `IGNORABLE_404_URLS`',
  category: 'settings',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  setting: 'IGNORABLE_404_ENDS',
  docs: {
    what: 'Finds the `IGNORABLE_404_ENDS` setting in settings modules.',
    why: 'Django 1.4 replaced the suffixes of broken links not to report by regular expressions (`IGNORABLE_404_URLS`); Django 1.6 stopped reading the suffixes, so the managers get e-mails for the links the setting used to silence.',
    fixSafety: 'No fix: each suffix becomes a compiled pattern `re.compile(re.escape(suffix) + r"$")` in `IGNORABLE_404_URLS`.',
  },
  advice: 'list the suffixes as compiled patterns (`re.compile(r"[.]php$")`) in `IGNORABLE_404_URLS`',
  truth: { removedSettingReads: ['IGNORABLE_404_ENDS'], replacements: ['django.conf.global_settings.IGNORABLE_404_URLS'] },
  checklist: ['ignorable-404-ends'],
  examples: {
    valid: [
      {
        code: dedent`
          import re

          IGNORABLE_404_URLS = [re.compile(r"[.]php$")]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          SEND_BROKEN_LINK_EMAILS = True
          IGNORABLE_404_ENDS = ("mail.pl", "mailform.pl", ".php")
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `IGNORABLE_404_ENDS` setting is deprecated since Django 1.4 and removed in 1.6: list the suffixes as compiled patterns (`re.compile(r"[.]php$")`) in `IGNORABLE_404_URLS`' },
        ],
      },
    ],
  },
});
