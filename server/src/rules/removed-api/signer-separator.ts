import { signers } from '../shapes/arguments';
import { callArguments, stringValue, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** Django's own test (`_SEP_UNSAFE`, 1.9–…): empty, or only `A-z0-9-_=` (the range `A-z` includes `[\]^_` and the backtick). */
const unsafe = /^[A-z0-9\-_=]*$/;

export default definePythonRule({
  id: 'signer-separator',
  title: '`Signer(sep=…)` with a separator that can appear in signatures',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '1.10',
  docs: {
    what: 'Finds `Signer`/`TimestampSigner` created with a literal separator that is empty or made only of letters, digits, `-`, `_` or `=`.',
    why: 'Such a separator can occur inside the signature itself, so unsigning is ambiguous. Django 1.9 warned; 1.10 raises `ValueError`.',
    fixSafety: 'No automatic fix: pick another separator (the default is `:`); values signed with the old one no longer verify.',
  },
  fix: 'none',
  checklist: ['signer-invalid-separator'],
  truth: { replacements: ['django.core.signing.Signer'], note: 'a value check, not a name: the rule uses the same pattern as `django.core.signing._SEP_UNSAFE`' },
  triggers: ['Signer', 'TimestampSigner'],
  check(context) {
    for (const { call } of callsTo(context, signers)) {
      const { positional, keywords } = callArguments(call);
      const sep = keywords.get('sep')?.childForFieldName('value') ?? positional[1];
      const value = stringValue(sep ?? null);
      if (!sep || value === null || !unsafe.test(value)) continue;
      context.report({ node: sep, subject: `The signing separator ${sep.text}`, advice: 'use a separator outside `A-z0-9-_=`, such as the default `:`' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.signing import Signer

          signer = Signer(sep="/")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core import signing

          signer = signing.TimestampSigner(sep="_")
        `,
        errors: [
          { line: 3, column: 38, message: 'The signing separator "_" is deprecated since Django 1.9 and removed in 1.10: use a separator outside `A-z0-9-_=`, such as the default `:`' },
        ],
      },
    ],
  },
});
