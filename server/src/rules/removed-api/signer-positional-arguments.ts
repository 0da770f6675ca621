import { signers } from '../shapes/arguments';
import { dedent, positionalToKeywordRule } from '../shapes';

export default positionalToKeywordRule({
  id: 'signer-positional-arguments',
  title: '`Signer(key, sep, salt)` → keyword arguments',
  category: 'removed-api',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  docs: {
    what: 'Finds positional arguments to `django.core.signing.Signer` and `TimestampSigner`.',
    why: 'Django 4.2 made their arguments keyword-only; 5.1 raises `TypeError` for positional ones.',
    fixSafety: 'Safe: names each argument after the parameter it filled (`key`, `sep`, `salt`, `algorithm`, `fallback_keys`); these keywords exist in every version that has the parameter.',
  },
  fix: 'safe',
  checklist: ['signer-positional-args'],
  truth: { replacements: ['django.core.signing.Signer'], note: 'the parameters became keyword-only; their names did not change' },
  sites: { callees: signers },
  names: ['key', 'sep', 'salt', 'algorithm', 'fallback_keys'],
  subject: 'Positional arguments to `Signer`',
  advice: 'pass them by keyword (`key=`, `sep=`, `salt=`, …)',
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.signing import Signer

          signer = Signer(key="k", salt="s")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core import signing

          signer = signing.TimestampSigner("k", ":", "orders")
        `,
        errors: [
          { line: 3, column: 34, message: 'Positional arguments to `Signer` is deprecated since Django 4.2 and removed in 5.1: pass them by keyword (`key=`, `sep=`, `salt=`, …)' },
        ],
        output: dedent`
          from django.core import signing

          signer = signing.TimestampSigner(key="k", sep=":", salt="orders")
        `,
      },
      {
        code: dedent`
          from django.core.signing import Signer


          def unsubscribe_token(email, secret):
              return Signer(secret, salt="newsletter").sign(email)
        `,
        errors: [
          { line: 5, column: 19, message: 'Positional arguments to `Signer` is deprecated since Django 4.2 and removed in 5.1: pass them by keyword (`key=`, `sep=`, `salt=`, …)' },
        ],
        output: dedent`
          from django.core.signing import Signer


          def unsubscribe_token(email, secret):
              return Signer(key=secret, salt="newsletter").sign(email)
        `,
      },
    ],
  },
});
