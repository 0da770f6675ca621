import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'mail-header-helpers',
  title: '`forbid_multi_line_headers()` and `sanitize_address()` → Python\'s email API',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  docs: {
    what: 'Finds the internal helpers `forbid_multi_line_headers()` (from `django.core.mail` or `django.core.mail.message`) and `sanitize_address()` (`django.core.mail.message`).',
    why: 'Django 6.0 leaves header validation and address encoding to Python\'s modern email API (`email.policy.default`, `email.headerregistry.Address`) and deprecated the helpers (removal scheduled for Django 7.0).',
    fixSafety: 'No fix: the modern API rejects multi-line headers by itself; build addresses with `email.headerregistry.Address`.',
  },
  fix: 'none',
  checklist: ['mail-forbid-multi-line-headers', 'mail-sanitize-address'],
  names: [
    { old: 'django.core.mail.forbid_multi_line_headers', subject: '`forbid_multi_line_headers()`', advice: 'drop it: `email.policy.default` rejects multi-line headers' },
    { old: 'django.core.mail.message.forbid_multi_line_headers', subject: '`forbid_multi_line_headers()`', advice: 'drop it: `email.policy.default` rejects multi-line headers' },
    { old: 'django.core.mail.message.sanitize_address', subject: '`sanitize_address()`', advice: 'use `email.headerregistry.Address`' },
  ],
  truth: {
    removed: ['django.core.mail.forbid_multi_line_headers', 'django.core.mail.message.forbid_multi_line_headers', 'django.core.mail.message.sanitize_address'],
    note: 'deprecated in 6.0 with no removal release the checker can read yet: only their presence in 6.0 is checked',
  },
  examples: {
    valid: [
      {
        code: dedent`
          from email.headerregistry import Address
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.mail.message import sanitize_address

          to = sanitize_address(("Ann", "ann@example.com"), "utf-8")
        `,
        errors: [
          { line: 1, column: 38, message: '`sanitize_address()` is deprecated since Django 6.0: use `email.headerregistry.Address`' },
          { line: 3, column: 6, message: '`sanitize_address()` is deprecated since Django 6.0: use `email.headerregistry.Address`' },
        ],
      },
    ],
  },
});
