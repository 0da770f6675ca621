import { identifiersEndingWith, sameNode } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const literals = new Set(['integer', 'float', 'string', 'none', 'list', 'tuple', 'dictionary', 'concatenated_string']);

export default definePythonRule({
  id: 'isnull-non-boolean',
  title: '`__isnull` with a non-boolean value',
  category: 'models',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docs: {
    what: 'Finds `field__isnull=<literal>` keyword arguments whose value is a literal other than `True`/`False` (`1`, `0`, `"yes"`, `None`, …).',
    why: 'Django 3.1 deprecated non-boolean values for the `isnull` lookup (they were used for their truthiness); 4.0 raises `ValueError`.',
    fixSafety: 'Safe for integers: a non-zero number becomes `True` and `0` becomes `False`, the truthiness Django used. Other values are only reported.',
  },
  fix: 'safe',
  checklist: ['isnull-non-boolean'],
  truth: { replacements: ['django.db.models.lookups.IsNull'], note: 'the accepted values of a lookup changed, not a name' },
  // The keyword is one word (`author__isnull`): no trigger word spells every one of them.
  triggerPattern: /__isnull\b/,
  check(context) {
    for (const name of identifiersEndingWith(context, '__isnull')) {
      const argument = name.parent;
      const value = argument?.type === 'keyword_argument' && sameNode(argument.childForFieldName('name'), name) ? argument.childForFieldName('value') : null;
      if (!value || !literals.has(value.type)) continue;
      let fix;
      if (value.type === 'integer' && /^\d+$/.test(value.text)) {
        const bool = Number(value.text) !== 0 ? 'True' : 'False';
        fix = { title: `Use \`${bool}\``, edits: [{ start: value.startIndex, end: value.endIndex, text: bool }] };
      }
      context.report({ node: value, subject: `A non-boolean \`__isnull\` value (\`${value.text}\`)`, advice: 'pass `True` or `False`', fix });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          Book.objects.filter(author__isnull=True, editor__isnull=flag)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          Book.objects.filter(author__isnull=1).exclude(editor__isnull=0)
          Q(cover__isnull="yes")
        `,
        errors: [
          { line: 1, column: 36, message: 'A non-boolean `__isnull` value (`1`) is deprecated since Django 3.1 and removed in 4.0: pass `True` or `False`' },
          { line: 1, column: 62, message: 'A non-boolean `__isnull` value (`0`) is deprecated since Django 3.1 and removed in 4.0: pass `True` or `False`' },
          { line: 2, column: 17, message: 'A non-boolean `__isnull` value (`"yes"`) is deprecated since Django 3.1 and removed in 4.0: pass `True` or `False`' },
        ],
        output: dedent`
          Book.objects.filter(author__isnull=True).exclude(editor__isnull=False)
          Q(cover__isnull="yes")
        `,
      },
      {
        code: dedent`
          def top_level(categories):
              return categories.filter(parent__isnull=1).order_by("name")
        `,
        errors: [
          { line: 2, column: 45, message: 'A non-boolean `__isnull` value (`1`) is deprecated since Django 3.1 and removed in 4.0: pass `True` or `False`' },
        ],
        output: dedent`
          def top_level(categories):
              return categories.filter(parent__isnull=True).order_by("name")
        `,
      },
    ],
  },
});
