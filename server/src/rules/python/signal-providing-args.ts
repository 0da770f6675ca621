import type { PythonRuleContext } from '../../engine/lint';
import { deprecationNotes } from '../docs-links';
import { removeElement } from '../../engine/python-edits';
import { callArguments, callsTo } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

const rule: PythonRule = {
  id: 'signal-providing-args',
  title: 'Drop `Signal(providing_args=…)`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  languages: ['python'],
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds the `providing_args` argument of `django.dispatch.Signal`, by keyword or as the first positional argument (django-upgrade: `signal_providing_args`).',
    why: 'It was documentation only; Django 4.0 removed the argument, so passing it raises `TypeError`.',
    fixSafety: 'Safe: the argument never changed behaviour. Move the list into a comment if it documents the signal.',
  },
  fix: 'safe',
  checklist: ['signal-providing-args'],
  truth: { removedParameters: [{ symbol: 'django.dispatch.dispatcher.Signal.__init__', name: 'providing_args' }] },
  check(context: PythonRuleContext) {
    for (const { call } of callsTo(context, ['django.dispatch.Signal', 'django.dispatch.dispatcher.Signal'])) {
      const { list, keywords, positional } = callArguments(call);
      if (!list) continue;
      const first = list.namedChildren.find((n) => n && n.type !== 'comment');
      // `Signal(["a"])`: providing_args was the first parameter. A second positional argument is
      // `use_caching`, the only parameter left in Django 4.0: it becomes a keyword argument
      // (django-upgrade writes `Signal(None, True)`, a `TypeError` on 4.0).
      const positionalArgument = first && positional[0] && first.startIndex === positional[0].startIndex ? first : null;
      const argument = positionalArgument ?? keywords.get('providing_args');
      if (!argument) continue;
      const edits = positionalArgument && positional.length > 1
        ? [{ start: argument.startIndex, end: positional[1].startIndex, text: 'use_caching=' }]
        : removeElement(context.text, list, argument);
      context.report({
        node: argument,
        subject: '`Signal(providing_args=…)`',
        advice: 'remove the argument (document the arguments in a comment)',
        fix: { title: 'Remove `providing_args`', edits },
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
        code: 'from django.dispatch import Signal\n\na = Signal(["x"])\nb = Signal(["x"], True)\n',
        findings: 2,
        output: 'from django.dispatch import Signal\n\na = Signal()\nb = Signal(use_caching=True)\n',
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
