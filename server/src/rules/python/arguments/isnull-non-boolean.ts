import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import type { PythonRule } from '../../shapes';

const literals = new Set(['integer', 'float', 'string', 'none', 'list', 'tuple', 'dictionary', 'concatenated_string']);

const rule: PythonRule = {
  id: 'isnull-non-boolean',
  title: '`__isnull` with a non-boolean value',
  category: 'models',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  languages: ['python'],
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds `field__isnull=<literal>` keyword arguments whose value is a literal other than `True`/`False` (`1`, `0`, `"yes"`, `None`, …).',
    why: 'Django 3.1 deprecated non-boolean values for the `isnull` lookup (they were used for their truthiness); 4.0 raises `ValueError`.',
    fixSafety: 'Safe for integers: a non-zero number becomes `True` and `0` becomes `False`, the truthiness Django used. Other values are only reported.',
  },
  fix: 'safe',
  checklist: ['isnull-non-boolean'],
  truth: { replacements: ['django.db.models.lookups.IsNull'], note: 'the accepted values of a lookup changed, not a name' },
  check(context: PythonRuleContext) {
    for (const argument of context.tree.rootNode.descendantsOfType('keyword_argument')) {
      const name = argument?.childForFieldName('name');
      const value = argument?.childForFieldName('value');
      if (!argument || !name || !value || !/^\w+__isnull$/.test(name.text) || !literals.has(value.type)) continue;
      let fix;
      if (value.type === 'integer' && /^\d+$/.test(value.text)) {
        const bool = Number(value.text) !== 0 ? 'True' : 'False';
        fix = { title: `Use \`${bool}\``, edits: [{ start: value.startIndex, end: value.endIndex, text: bool }] };
      }
      context.report({ node: value, subject: `A non-boolean \`__isnull\` value (\`${value.text}\`)`, advice: 'pass `True` or `False`', fix });
    }
  },
  examples: {
    valid: [{ code: 'Book.objects.filter(author__isnull=True, editor__isnull=flag)\n' }],
    invalid: [{
      code: 'Book.objects.filter(author__isnull=1).exclude(editor__isnull=0)\nQ(cover__isnull="yes")\n',
      findings: 3,
      output: 'Book.objects.filter(author__isnull=True).exclude(editor__isnull=False)\nQ(cover__isnull="yes")\n',
    }],
  },
};
export default rule;
