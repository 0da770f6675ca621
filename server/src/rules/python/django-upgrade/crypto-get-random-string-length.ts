import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { callsWithArguments } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'crypto-get-random-string-length',
  title: '`get_random_string()` needs `length`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  languages: ['python'],
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds calls of `django.utils.crypto.get_random_string()` without a `length` (django-upgrade: `crypto_get_random_string`).',
    why: 'Django 3.1 deprecated the default length of 12; from 4.0 `length` is required.',
    fixSafety: 'Safe: passes `length=12`, the old default.',
  },
  fix: 'safe',
  checklist: ['get-random-string-no-length'],
  truth: { replacements: ['django.utils.crypto.get_random_string'], note: 'the default value of `length` went away, not a name' },
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'from django.utils.crypto import get_random_string\n\ntoken = get_random_string(32)\nother = get_random_string(length=8)\n' }],
    invalid: [
      {
        code: 'from django.utils.crypto import get_random_string\n\ntoken = get_random_string()\ncode = get_random_string(allowed_chars="0123456789")\n',
        findings: 2,
        output: 'from django.utils.crypto import get_random_string\n\ntoken = get_random_string(length=12)\ncode = get_random_string(length=12, allowed_chars="0123456789")\n',
      },
      {
        code: 'from django.utils import crypto\n\ntoken = crypto.get_random_string()\n',
        findings: 1,
        output: 'from django.utils import crypto\n\ntoken = crypto.get_random_string(length=12)\n',
      },
    ],
  },
};
export default rule;
