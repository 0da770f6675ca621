import { callsWithArguments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'crypto-get-random-string-length',
  title: '`get_random_string()` needs `length`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docs: {
    what: 'Finds calls of `django.utils.crypto.get_random_string()` without a `length`.',
    why: 'Django 3.1 deprecated the default length of 12; from 4.0 `length` is required.',
    fixSafety: 'Safe: passes `length=12`, the old default.',
  },
  upstream: { djangoUpgrade: 'crypto_get_random_string' },
  fix: 'safe',
  checklist: ['get-random-string-no-length'],
  truth: { replacements: ['django.utils.crypto.get_random_string'], note: 'the default value of `length` went away, not a name' },
  triggers: ['get_random_string'],
  check(context) {
    for (const { callee, list, positional, keywords, hasSplat } of callsWithArguments(context, ['django.utils.crypto.get_random_string'])) {
      if (!list || positional.length > 0 || hasSplat || keywords.has('length')) continue;
      const open = list.startIndex + 1;
      context.report({
        node: callee,
        subject: '`get_random_string()` without `length`',
        advice: 'pass `length` (12 was the default)',
        fix: { title: 'Add `length=12`', edits: [{ start: open, end: open, text: keywords.size > 0 ? 'length=12, ' : 'length=12' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.crypto import get_random_string

          token = get_random_string(32)
          other = get_random_string(length=8)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.crypto import get_random_string

          token = get_random_string()
          code = get_random_string(allowed_chars="0123456789")
        `,
        errors: [
          { line: 3, column: 9, message: '`get_random_string()` without `length` is deprecated since Django 3.1 and removed in 4.0: pass `length` (12 was the default)' },
          { line: 4, column: 8, message: '`get_random_string()` without `length` is deprecated since Django 3.1 and removed in 4.0: pass `length` (12 was the default)' },
        ],
        output: dedent`
          from django.utils.crypto import get_random_string

          token = get_random_string(length=12)
          code = get_random_string(length=12, allowed_chars="0123456789")
        `,
      },
      {
        code: dedent`
          from django.utils import crypto

          token = crypto.get_random_string()
        `,
        errors: [
          { line: 3, column: 9, message: '`get_random_string()` without `length` is deprecated since Django 3.1 and removed in 4.0: pass `length` (12 was the default)' },
        ],
        output: dedent`
          from django.utils import crypto

          token = crypto.get_random_string(length=12)
        `,
      },
    ],
  },
});
