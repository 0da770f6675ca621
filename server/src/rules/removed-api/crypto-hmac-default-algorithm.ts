import { callsWithArguments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** The functions, and how many positional arguments reach `algorithm` (none: keyword-only). */
const functions: Array<[string, number | null]> = [
  ['django.utils.crypto.salted_hmac', null],
  ['django.core.signing.base64_hmac', 4],
];

export default definePythonRule({
  id: 'crypto-hmac-default-algorithm',
  title: '`salted_hmac()`/`base64_hmac()` without `algorithm` → pass it',
  category: 'removed-api',
  deprecatedIn: '6.1',
  removedIn: null,
  docs: {
    what: 'Finds `django.utils.crypto.salted_hmac()` and `django.core.signing.base64_hmac()` called without `algorithm`.',
    why: 'Django 6.1 deprecated their default algorithm: it changes from `"sha1"` to `"sha256"` when the deprecation ends, which changes every HMAC computed without it (stored signatures and tokens no longer verify). Passing it keeps the result the same.',
  },
  fix: 'none',
  truth: { note: 'a default that will change (6.1.3 warns when `algorithm` is None), not a removed name' },
  triggers: ['salted_hmac', 'base64_hmac'],
  check(context) {
    for (const [name, positionalSlots] of functions) {
      for (const { callee, positional, keywords, hasSplat } of callsWithArguments(context, [name])) {
        if (hasSplat || keywords.has('algorithm') || (positionalSlots !== null && positional.length >= positionalSlots)) continue;
        context.report({ node: callee, subject: `\`${name.slice(name.lastIndexOf('.') + 1)}()\` without \`algorithm\``, advice: 'pass `algorithm="sha1"` to keep today\'s values (or `"sha256"` for new ones)' });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.crypto import salted_hmac

          token = salted_hmac("invite", user.pk, algorithm="sha256").hexdigest()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.crypto import salted_hmac


          def invite_token(user):
              return salted_hmac("invite", str(user.pk)).hexdigest()
        `,
        errors: [
          { line: 5, column: 12, message: '`salted_hmac()` without `algorithm` is deprecated since Django 6.1: pass `algorithm="sha1"` to keep today\'s values (or `"sha256"` for new ones)' },
        ],
      },
    ],
  },
});
