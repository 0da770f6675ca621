import { callArguments, classAssignments, methodCalls, namesAny, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const redirectView = ['django.views.generic.base.RedirectView'];

export default definePythonRule({
  id: 'redirectview-permanent-default',
  title: '`RedirectView` without an explicit `permanent` (default flipped to temporary)',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.9',
  optIn: true,
  docs: {
    what: 'Opt-in, for projects that come from Django 1.8 or older: finds `RedirectView` subclasses without a `permanent` attribute and `RedirectView.as_view(…)` without `permanent=`.',
    why: 'Up to Django 1.8 `RedirectView` answered 301 (permanent) by default; from 1.9 it answers 302 (temporary). Code written for 1.9+ relies on the new default, which is why the rule is off unless selected.',
    fixSafety: 'No automatic fix: add `permanent=True` to keep the old 301, or `permanent=False` to say that 302 is meant.',
  },
  fix: 'none',
  checklist: ['redirectview-permanent-default'],
  truth: { replacements: ['django.views.generic.base.RedirectView.permanent'], note: 'a default value changed (True to False), not a name' },
  triggers: ['RedirectView'],
  check(context) {
    const advice = 'set `permanent=True` to keep the 301 of Django 1.8 and older, or `permanent=False` for the 302 of 1.9+';
    const locals = subclassesOf(context, redirectView);
    for (const classNode of locals) {
      if (classAssignments(classNode, 'permanent').length > 0) continue;
      const name = classNode.childForFieldName('name');
      if (name) context.report({ node: name, subject: 'A `RedirectView` without `permanent`', advice });
    }
    for (const { call, receiver } of methodCalls(context, ['as_view'])) {
      // Local subclasses are reported on their class.
      if (!namesAny(context.scopes.qualifiedNameOf(receiver), redirectView)) continue;
      const { keywords, hasSplat } = callArguments(call);
      if (keywords.has('permanent') || hasSplat) continue;
      context.report({ node: call, subject: '`RedirectView.as_view()` without `permanent`', advice });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.views.generic import RedirectView

          home = RedirectView.as_view(url="/", permanent=False)

          class Old(RedirectView):
              permanent = True
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.views.generic import RedirectView

          home = RedirectView.as_view(url="/")

          class Old(RedirectView):
              url = "/new/"
        `,
        errors: [
          { line: 3, column: 8, message: '`RedirectView.as_view()` without `permanent` is deprecated since Django 1.8 and removed in 1.9: set `permanent=True` to keep the 301 of Django 1.8 and older, or `permanent=False` for the 302 of 1.9+' },
          { line: 5, column: 7, message: 'A `RedirectView` without `permanent` is deprecated since Django 1.8 and removed in 1.9: set `permanent=True` to keep the 301 of Django 1.8 and older, or `permanent=False` for the 302 of 1.9+' },
        ],
      },
    ],
  },
});
