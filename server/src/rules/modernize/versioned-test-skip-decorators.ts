import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { indentationAt } from '../../engine/python-edits';
import { callArguments } from '../../engine/python-queries';
import { dedent } from '../shapes';
import { isSoleStatement, lineStart, nextLineStart, versionComparisons, versionOutcome, versionDecidedRule } from '../shapes/django-upgrade';

/** The decorated definitions with a decorator call whose argument compares `django.VERSION`, in the order of the text. */
function decoratedByVersion(context: PythonRuleContext): Node[] {
  const found = new Map<number, Node>();
  for (const comparison of versionComparisons(context)) {
    const decorator = comparison.parent?.type === 'argument_list' ? comparison.parent.parent?.parent : null;
    const definition = decorator?.type === 'decorator' ? decorator.parent : null;
    if (definition?.type === 'decorated_definition') found.set(definition.startIndex, definition);
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex);
}

export default versionDecidedRule({
  id: 'versioned-test-skip-decorators',
  title: 'Drop test skip decorators on `django.VERSION` that no longer decide anything',
  docs: {
    what: 'Finds `@unittest.skipIf`/`@skipUnless` and `@pytest.mark.skipif` whose condition compares `django.VERSION` and has the same outcome on the Django version the project runs and every later one.',
    why: 'A decorator that never skips is noise; a test that is always skipped is dead code.',
    fixSafety: 'A decorator that never skips goes; a test (or test class) that is always skipped goes with its decorators (`pass` keeps the block when it was alone). Decided by the current Django version: with none known, nothing is reported.',
  },
  upstream: { djangoUpgrade: 'versioned_test_skip_decorators' },
  check(context) {
    const { scopes, text } = context;
    for (const definition of decoratedByVersion(context)) {
      const decorators = definition.namedChildren.filter((n): n is Node => n?.type === 'decorator');
      for (const decorator of decorators) {
        const call = decorator.namedChildren.find((n) => n && n.type !== 'comment');
        if (call?.type !== 'call') continue;
        const name = scopes.qualifiedNameOf(call.childForFieldName('function'));
        const { positional, keywords, hasSplat } = callArguments(call);
        let kind: 'skipIf' | 'skipUnless' | 'skipif' | null = null;
        if ((name === 'unittest.skipIf' || name === 'unittest.skipUnless') && positional.length === 2 && keywords.size === 0 && !hasSplat) {
          kind = name === 'unittest.skipIf' ? 'skipIf' : 'skipUnless';
        } else if (name === 'pytest.mark.skipif' && positional.length === 1 && keywords.size === 1 && keywords.has('reason') && !hasSplat) {
          kind = 'skipif';
        }
        const outcome = kind ? versionOutcome(context, positional[0]) : null;
        if (!kind || !outcome) continue;
        const alwaysSkipped = (kind === 'skipUnless') === (outcome === 'fail');
        let edits;
        if (alwaysSkipped) {
          // The whole definition goes; like django-upgrade's erase_def, with the blank lines before
          // it unless a block ends there (its DEDENT token stops the erasure).
          const defStart = lineStart(text, definition.startIndex);
          let start = defStart;
          while (start > 0 && /^[ \t]*\r?\n$/.test(text.slice(lineStart(text, start - 1), start))) start = lineStart(text, start - 1);
          const previous = start > 0 ? text.slice(lineStart(text, start - 1), start) : '';
          const indent = indentationAt(text, definition.startIndex).length;
          if (/^[ \t]*/.exec(previous)![0].length > indent) start = defStart;
          const end = nextLineStart(text, definition.endIndex);
          edits = [{ start, end, text: isSoleStatement(definition) ? `${indentationAt(text, definition.startIndex)}pass\n` : '' }];
        } else {
          edits = [{ start: lineStart(text, decorator.startIndex), end: nextLineStart(text, decorator.endIndex), text: '' }];
        }
        context.report({
          node: decorator,
          subject: `\`@${call.childForFieldName('function')!.text}(${positional[0].text}, …)\``,
          advice: alwaysSkipped ? `it always skips from Django ${context.current}: remove the test` : `it never skips from Django ${context.current}: remove the decorator`,
          fix: { title: alwaysSkipped ? 'Remove the always-skipped test' : 'Remove the decorator', edits },
        });
        if (alwaysSkipped) break;
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import unittest
          import django

          class T(unittest.TestCase):
              @unittest.skipIf(django.VERSION < (5, 1), "5.1+")
              def test(self):
                  pass
        `,
        current: '4.2',
      },
    ],
    invalid: [
      {
        code: dedent`
          import unittest
          import django
          import pytest
          from unittest import skipUnless

          class T(unittest.TestCase):
              @unittest.skipIf(django.VERSION < (3, 2), "3.2+")
              def test_new(self):
                  pass

              @skipUnless(django.VERSION < (3, 0), "old only")
              def test_old(self):
                  pass

              @pytest.mark.skipif(django.VERSION >= (2, 0), reason="1.x")
              def test_older(self):
                  pass
        `,
        current: '4.2',
        errors: [
          { line: 7, column: 5, message: '`@unittest.skipIf(django.VERSION < (3, 2), …)`: it never skips from Django 4.2: remove the decorator' },
          { line: 11, column: 5, message: '`@skipUnless(django.VERSION < (3, 0), …)`: it always skips from Django 4.2: remove the test' },
          { line: 15, column: 5, message: '`@pytest.mark.skipif(django.VERSION >= (2, 0), …)`: it always skips from Django 4.2: remove the test' },
        ],
        output: dedent`
          import unittest
          import django
          import pytest
          from unittest import skipUnless

          class T(unittest.TestCase):
              def test_new(self):
                  pass


        `,
      },
      {
        code: dedent`
          from unittest import skipIf

          import django
          from django.test import TestCase


          class JSONFieldTests(TestCase):
              @skipIf(django.VERSION < (3, 1), "JSONField is new in Django 3.1")
              def test_lookup(self):
                  self.assertEqual(1 + 1, 2)
        `,
        current: '4.2',
        errors: [
          { line: 8, column: 5, message: '`@skipIf(django.VERSION < (3, 1), …)`: it never skips from Django 4.2: remove the decorator' },
        ],
        output: dedent`
          from unittest import skipIf

          import django
          from django.test import TestCase


          class JSONFieldTests(TestCase):
              def test_lookup(self):
                  self.assertEqual(1 + 1, 2)
        `,
      },
    ],
  },
});
