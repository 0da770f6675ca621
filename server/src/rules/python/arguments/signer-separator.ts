import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { callArguments, stringValue, callsTo } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

export const signers = ['django.core.signing.Signer', 'django.core.signing.TimestampSigner'];
/** Django's own test (`_SEP_UNSAFE`, 1.9–…): empty, or only `A-z0-9-_=` (the range `A-z` includes `[\]^_` and the backtick). */
const unsafe = /^[A-z0-9\-_=]*$/;

const rule: PythonRule = {
  id: 'signer-separator',
  title: '`Signer(sep=…)` with a separator that can appear in signatures',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '1.10',
  languages: ['python'],
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `Signer`/`TimestampSigner` created with a literal separator that is empty or made only of letters, digits, `-`, `_` or `=`.',
    why: 'Such a separator can occur inside the signature itself, so unsigning is ambiguous. Django 1.9 warned; 1.10 raises `ValueError`.',
    fixSafety: 'No automatic fix: pick another separator (the default is `:`); values signed with the old one no longer verify.',
  },
  fix: 'none',
  checklist: ['signer-invalid-separator'],
  truth: { replacements: ['django.core.signing.Signer'], note: 'a value check, not a name: the rule uses the same pattern as `django.core.signing._SEP_UNSAFE`' },
  check(context: PythonRuleContext) {
    for (const { call } of callsTo(context, signers)) {
      const { positional, keywords } = callArguments(call);
      const sep = keywords.get('sep')?.childForFieldName('value') ?? positional[1];
      const value = stringValue(sep ?? null);
      if (!sep || value === null || !unsafe.test(value)) continue;
      context.report({ node: sep, subject: `The signing separator ${sep.text}`, advice: 'use a separator outside `A-z0-9-_=`, such as the default `:`' });
    }
  },
  examples: {
    valid: [{ code: 'from django.core.signing import Signer\n\nsigner = Signer(sep="/")\n' }],
    invalid: [{ code: 'from django.core import signing\n\nsigner = signing.TimestampSigner(sep="_")\n', findings: 1 }],
  },
};
export default rule;
