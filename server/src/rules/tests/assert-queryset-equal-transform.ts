import { versionAtLeast } from '../../versions/django-version';
import { appendArgument } from '../../engine/python-edits';
import { testCases } from '../shapes/arguments';
import { callArguments, isSelf, isSelfOfSubclass, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'assert-queryset-equal-transform',
  title: '`assertQuerysetEqual(qs, ["<repr>", …])` needs `transform=repr`',
  category: 'tests',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  docs: {
    what: 'Finds `self.assertQuerysetEqual()` (a method only Django\'s test cases have) comparing with a list or tuple of string literals and no `transform`, in projects that run a Django older than 4.1 (from 4.1 such a comparison is meant literally).',
    why: 'Before Django 3.2 the default `transform` was `repr`; 3.2 compares objects directly and only falls back to `repr()` with a warning; 4.1 removed the fallback, so such assertions fail.',
    fixSafety: 'Safe: adds `transform=repr`, the old default, which keeps the comparison exactly as it was. (Comparing with objects instead is better but needs the objects.)',
  },
  fix: 'safe',
  checklist: ['assertquerysetequal-auto-repr'],
  truth: { note: 'the default of `transform` changed, not a name (and the method itself was renamed `assertQuerySetEqual` in 4.2)' },
  triggers: ['assertQuerysetEqual'],
  check(context) {
    // From 4.1 values are compared as they are, so code written for 4.1+ (and anything spelled with
    // the 4.2 name `assertQuerySetEqual`) compares strings on purpose, e.g. with `values_list()`.
    if (context.current && versionAtLeast(context.current, '4.1')) return;
    for (const { call, receiver } of methodCalls(context, ['assertQuerysetEqual'])) {
      if (!isSelfOfSubclass(context, receiver, testCases) && !isSelf(context, receiver)) continue;
      const { list, positional, keywords, hasSplat } = callArguments(call);
      const values = positional[1] ?? keywords.get('values')?.childForFieldName('value');
      if (!list || hasSplat || keywords.has('transform') || positional.length > 2 || !values || (values.type !== 'list' && values.type !== 'tuple')) continue;
      const items = values.namedChildren.filter((n) => n !== null && n.type !== 'comment');
      if (items.length === 0 || !items.every((n) => n?.type === 'string')) continue;
      context.report({
        node: values,
        subject: '`assertQuerysetEqual()` with strings and no `transform`',
        advice: 'pass `transform=repr`, or compare with the objects themselves',
        fix: { title: 'Add `transform=repr`', edits: [appendArgument(context.text, list, 'transform=repr')] },
      });
    }
  },
  examples: {
    valid: [
      {
        filename: 'tests.py',
        code: dedent`
          from django.test import TestCase

          class T(TestCase):
              def test(self):
                  self.assertQuerysetEqual(Book.objects.all(), [self.book])
        `,
      },
      {
        filename: 'tests.py',
        code: dedent`
          from django.test import TestCase

          class T(TestCase):
              def test(self):
                  self.assertQuerySetEqual(qs.values_list("colour", flat=True), ["Red"])
        `,
      },
      {
        filename: 'tests.py',
        current: '4.1',
        code: dedent`
          from django.test import TestCase

          class T(TestCase):
              def test(self):
                  self.assertQuerysetEqual(qs.values_list("colour", flat=True), ["Red"])
        `,
      },
    ],
    invalid: [
      {
        filename: 'tests.py',
        code: dedent`
          from django.test import TestCase

          class T(TestCase):
              def test(self):
                  self.assertQuerysetEqual(Book.objects.all(), ["<Book: Dune>"])
        `,
        errors: [
          { line: 5, column: 54, message: '`assertQuerysetEqual()` with strings and no `transform` is deprecated since Django 3.2 and removed in 4.1: pass `transform=repr`, or compare with the objects themselves' },
        ],
        output: dedent`
          from django.test import TestCase

          class T(TestCase):
              def test(self):
                  self.assertQuerysetEqual(Book.objects.all(), ["<Book: Dune>"], transform=repr)
        `,
      },
      {
        code: dedent`
          from django.test import TestCase

          from shop.models import Order


          class OrderQueryTests(TestCase):
              def test_paid(self):
                  self.assertQuerysetEqual(
                      Order.objects.filter(paid=True).order_by("pk"),
                      ("<Order: #1>", "<Order: #2>"),
                  )
        `,
        errors: [
          { line: 10, column: 13, message: '`assertQuerysetEqual()` with strings and no `transform` is deprecated since Django 3.2 and removed in 4.1: pass `transform=repr`, or compare with the objects themselves' },
        ],
        output: dedent`
          from django.test import TestCase

          from shop.models import Order


          class OrderQueryTests(TestCase):
              def test_paid(self):
                  self.assertQuerysetEqual(
                      Order.objects.filter(paid=True).order_by("pk"),
                      ("<Order: #1>", "<Order: #2>"),
                      transform=repr,
                  )
        `,
      },
    ],
  },
});
