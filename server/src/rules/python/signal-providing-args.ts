import type { PythonRuleContext } from '../../engine/lint';
import { callArguments, removeArgument } from '../../engine/python-edits';
import { deprecationNotes } from '../docs-links';
import type { PythonRule } from './rule-factories';
import { callsTo } from './python-queries';

const rule: PythonRule = {
  id: 'signal-providing-args',
  title: 'Drop `Signal(providing_args=…)`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  languages: ['python'],
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds the `providing_args` argument of `django.dispatch.Signal`.',
    why: 'It was documentation only; Django 4.0 removed the argument, so passing it raises `TypeError`.',
    fixSafety: 'Safe: the argument never changed behaviour. Move the list into a comment if it documents the signal.',
  },
  fix: 'safe',
  checklist: ['signal-providing-args'],
  truth: { removedParameters: [{ symbol: 'django.dispatch.dispatcher.Signal.__init__', name: 'providing_args' }] },
  check(context: PythonRuleContext) {
    for (const { call } of callsTo(context, ['django.dispatch.Signal', 'django.dispatch.dispatcher.Signal'])) {
      const { list, keywords } = callArguments(call);
      const argument = keywords.get('providing_args');
      if (!list || !argument) continue;
      context.report({
        node: argument,
        subject: '`Signal(providing_args=…)`',
        advice: 'remove the argument (document the arguments in a comment)',
        fix: { title: 'Remove `providing_args`', edits: removeArgument(context.text, list, argument) },
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.dispatch import Signal\n\norder_placed = Signal()\n' }],
    invalid: [
      {
        code: 'from django.dispatch import Signal\n\norder_placed = Signal(providing_args=["order", "user"])\n',
        findings: 1,
        output: 'from django.dispatch import Signal\n\norder_placed = Signal()\n',
      },
      {
        code: 'import django.dispatch\n\nsaved = django.dispatch.Signal(providing_args=["x"], use_caching=True)\n',
        findings: 1,
        output: 'import django.dispatch\n\nsaved = django.dispatch.Signal(use_caching=True)\n',
      },
    ],
  },
};
export default rule;
