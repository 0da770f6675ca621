import { dedent } from '../shapes';
import { removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-ignorable-404-starts',
  title: '`IGNORABLE_404_STARTS` → `IGNORABLE_404_URLS`',
  category: 'settings',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  setting: 'IGNORABLE_404_STARTS',
  docs: {
    what: 'Finds the `IGNORABLE_404_STARTS` setting in settings modules.',
    why: 'Django 1.4 replaced the prefixes of broken links not to report by regular expressions (`IGNORABLE_404_URLS`); Django 1.6 stopped reading the prefixes, so the managers get e-mails for the links the setting used to silence.',
    fixSafety: 'No fix: each prefix becomes a compiled pattern `re.compile(r"^" + re.escape(prefix))` in `IGNORABLE_404_URLS`.',
  },
  advice: 'list the prefixes as compiled patterns (`re.compile(r"^/cgi-bin/")`) in `IGNORABLE_404_URLS`',
  truth: { removedSettingReads: ['IGNORABLE_404_STARTS'], replacements: ['django.conf.global_settings.IGNORABLE_404_URLS'] },
  checklist: ['ignorable-404-starts'],
  examples: {
    valid: [
      {
        code: dedent`
          import re

          IGNORABLE_404_URLS = [re.compile(r"^/cgi-bin/")]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          SEND_BROKEN_LINK_EMAILS = True
          IGNORABLE_404_STARTS = ("/cgi-bin/", "/_vti_bin", "/_vti_inf")
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `IGNORABLE_404_STARTS` setting is deprecated since Django 1.4 and removed in 1.6: list the prefixes as compiled patterns (`re.compile(r"^/cgi-bin/")`) in `IGNORABLE_404_URLS`' },
        ],
      },
    ],
  },
});
