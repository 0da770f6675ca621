import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { indentationAt } from '../../../engine/python-edits';
import { releaseNotes } from '../../docs-links';
import { isSoleStatement, lineStart, nextLineStart, versionOutcome } from './versioned';
import { callArguments } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'versioned-test-skip-decorators',
  title: 'Drop test skip decorators on `django.VERSION` that no longer decide anything',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  languages: ['python'],
  docsUrl: releaseNotes('1.7', 'minor-features'),
  docs: {
    what: 'Finds `@unittest.skipIf`/`@skipUnless` and `@pytest.mark.skipif` whose condition compares `django.VERSION` and has the same outcome on the Django version the project runs and every later one (django-upgrade: `versioned_test_skip_decorators`).',
    why: 'A decorator that never skips is noise; a test that is always skipped is dead code.',
    fixSafety: 'A decorator that never skips goes; a test (or test class) that is always skipped goes with its decorators (`pass` keeps the block when it was alone). Decided by the current Django version: with none known, nothing is reported.',
  },
  fix: 'safe',
  truth: { note: 'decided by the project\'s Django version, not by names in Django' },
  check(context: PythonRuleContext) {
    const { scopes, text } = context;
    for (const definition of context.tree.rootNode.descendantsOfType('decorated_definition')) {
      if (!definition) continue;
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
    valid: [{ code: 'import unittest\nimport django\n\nclass T(unittest.TestCase):\n    @unittest.skipIf(django.VERSION < (5, 1), "5.1+")\n    def test(self):\n        pass\n', current: '4.2' }],
    invalid: [{
      code: 'import unittest\nimport django\nimport pytest\nfrom unittest import skipUnless\n\nclass T(unittest.TestCase):\n    @unittest.skipIf(django.VERSION < (3, 2), "3.2+")\n    def test_new(self):\n        pass\n\n    @skipUnless(django.VERSION < (3, 0), "old only")\n    def test_old(self):\n        pass\n\n    @pytest.mark.skipif(django.VERSION >= (2, 0), reason="1.x")\n    def test_older(self):\n        pass\n',
      current: '4.2',
      findings: 3,
      output: 'import unittest\nimport django\nimport pytest\nfrom unittest import skipUnless\n\nclass T(unittest.TestCase):\n    def test_new(self):\n        pass\n\n\n',
    }],
  },
};
export default rule;
