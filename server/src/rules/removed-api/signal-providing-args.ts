import { removeElement } from '../../engine/python-edits';
import { callArguments, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'signal-providing-args',
  title: 'Drop `Signal(providing_args=…)`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docs: {
    what: 'Finds the `providing_args` argument of `django.dispatch.Signal`, by keyword or as the first positional argument.',
    why: 'It was documentation only; Django 4.0 removed the argument, so passing it raises `TypeError`.',
    fixSafety: 'Safe: the argument never changed behaviour. Move the list into a comment if it documents the signal.',
  },
  upstream: { djangoUpgrade: 'signal_providing_args' },
  fix: 'safe',
  checklist: ['signal-providing-args'],
  truth: { removedParameters: [{ symbol: 'django.dispatch.dispatcher.Signal.__init__', name: 'providing_args' }] },
  // `Signal(["a"])` passes it without its name.
  triggers: ['Signal'],
  check(context) {
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
    valid: [
      {
        code: dedent`
          from django.dispatch import Signal

          order_placed = Signal()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.dispatch import Signal

          order_placed = Signal(providing_args=["order", "user"])
        `,
        errors: [
          { line: 3, column: 23, message: '`Signal(providing_args=…)` is deprecated since Django 3.1 and removed in 4.0: remove the argument (document the arguments in a comment)' },
        ],
        output: dedent`
          from django.dispatch import Signal

          order_placed = Signal()
        `,
      },
      {
        code: dedent`
          from django.dispatch import Signal

          a = Signal(["x"])
          b = Signal(["x"], True)
        `,
        errors: [
          { line: 3, column: 12, message: '`Signal(providing_args=…)` is deprecated since Django 3.1 and removed in 4.0: remove the argument (document the arguments in a comment)' },
          { line: 4, column: 12, message: '`Signal(providing_args=…)` is deprecated since Django 3.1 and removed in 4.0: remove the argument (document the arguments in a comment)' },
        ],
        output: dedent`
          from django.dispatch import Signal

          a = Signal()
          b = Signal(use_caching=True)
        `,
      },
      {
        code: dedent`
          import django.dispatch

          saved = django.dispatch.Signal(providing_args=["x"], use_caching=True)
        `,
        errors: [
          { line: 3, column: 32, message: '`Signal(providing_args=…)` is deprecated since Django 3.1 and removed in 4.0: remove the argument (document the arguments in a comment)' },
        ],
        output: dedent`
          import django.dispatch

          saved = django.dispatch.Signal(use_caching=True)
        `,
      },
    ],
  },
});
