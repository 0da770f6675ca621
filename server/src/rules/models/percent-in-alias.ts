import type { Node } from 'web-tree-sitter';
import { stringValue, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'percent-in-alias',
  title: '`%` in annotation and alias names',
  category: 'models',
  deprecatedIn: '6.0',
  removedIn: null,
  docs: {
    what: 'Finds names containing `%` given through `**{…}` to `annotate()`, `alias()`, `aggregate()`, `values()` and `values_list()`, and keys of `extra(select={…})`.',
    why: 'Column aliases with percent signs clash with SQL parameter placeholders; Django 6.0 deprecated them and will raise `ValueError`.',
    fixSafety: 'No automatic fix: rename the alias (and its uses).',
  },
  fix: 'none',
  checklist: ['percent-in-alias'],
  truth: { replacements: ['django.db.models.query.QuerySet.annotate'], note: 'deprecated in 6.0 (RemovedInDjango2028Warning); a value check, not a name' },
  // A call of one of the methods, and a dict key whose string holds `%` (then its closing quote and the colon, on the line).
  requiresOneOf: ['annotate', 'alias', 'aggregate', 'values', 'values_list', 'extra'],
  triggerPattern: /%[^\n\r]*?["'][ \t]*:/,
  check(context) {
    const report = (key: Node) => context.report({ node: key, subject: `The alias ${key.text}`, advice: 'use a name without `%`' });
    for (const { call, name } of methodCalls(context, ['annotate', 'alias', 'aggregate', 'values', 'values_list', 'extra'])) {
      const list = call.childForFieldName('arguments');
      const dicts: Node[] = [];
      for (const child of list?.namedChildren ?? []) {
        if (child?.type === 'dictionary_splat' && child.namedChildren[0]?.type === 'dictionary') dicts.push(child.namedChildren[0]!);
        if (name === 'extra' && child?.type === 'keyword_argument' && child.childForFieldName('name')?.text === 'select' && child.childForFieldName('value')?.type === 'dictionary') {
          dicts.push(child.childForFieldName('value')!);
        }
      }
      for (const dict of dicts) {
        for (const pair of dict.namedChildren) {
          const key = pair?.type === 'pair' ? pair.childForFieldName('key') : null;
          if (key && (stringValue(key) ?? '').includes('%')) report(key);
        }
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          qs = Sale.objects.annotate(**{"margin_pct": F("margin") * 100})
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          qs = Sale.objects.annotate(**{"margin%": F("margin") * 100})
        `,
        errors: [
          { line: 1, column: 31, message: 'The alias "margin%" is deprecated since Django 6.0: use a name without `%`' },
        ],
      },
    ],
  },
});
