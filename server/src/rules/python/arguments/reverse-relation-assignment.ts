import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import type { PythonRule } from '../../shapes';

/** Values that are collections of objects: list/tuple/set literals and comprehensions, and querysets (`….all()`, `….filter(…)`). */
function isCollection(value: Node): boolean {
  if (['list', 'tuple', 'set', 'list_comprehension', 'set_comprehension', 'generator_expression'].includes(value.type)) return true;
  if (value.type !== 'call') return false;
  const callee = value.childForFieldName('function');
  return callee?.type === 'attribute' && ['all', 'filter', 'exclude', 'order_by', 'none'].includes(callee.childForFieldName('attribute')?.text ?? '');
}

const rule: PythonRule = {
  id: 'reverse-relation-assignment',
  title: '`obj.related_set = […]` → `obj.related_set.set([…])`',
  category: 'models',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds assignments of a list, tuple, set or queryset to an attribute named `*_set` (the default name of reverse relations) of an object other than `self`/`cls`.',
    why: 'Django 1.10 deprecated direct assignment to reverse foreign-key and many-to-many relations; 2.0 raises `TypeError`. Forward many-to-many fields (`book.tags = […]`) have the same problem but cannot be told from plain attributes without the models.',
    fixSafety: 'Unsafe (offered, not applied by fix-all): `obj.x_set.set(value)` is what the assignment did in 1.9–1.10, but the rule only knows the attribute by its name.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.9',
  checklist: ['reverse-relation-direct-assignment'],
  truth: { replacements: ['django.db.models.fields.related_descriptors.create_reverse_many_to_one_manager'], note: 'related managers and their `set()` are created at run time' },
  check(context: PythonRuleContext) {
    for (const assignment of context.tree.rootNode.descendantsOfType('assignment')) {
      const left = assignment?.childForFieldName('left');
      const right = assignment?.childForFieldName('right');
      if (!assignment || left?.type !== 'attribute' || !right) continue;
      const attribute = left.childForFieldName('attribute');
      const object = left.childForFieldName('object');
      if (!attribute || !object || !/^\w+_set$/.test(attribute.text) || (object.type === 'identifier' && (object.text === 'self' || object.text === 'cls'))) continue;
      if (!isCollection(right) || assignment.parent?.type !== 'expression_statement') continue;
      context.report({
        node: left,
        subject: 'Assigning to a reverse relation',
        advice: `call \`${left.text}.set(…)\``,
        fix: { title: 'Use `.set(…)`', edits: [{ start: assignment.startIndex, end: assignment.endIndex, text: `${left.text}.set(${right.text})` }] },
      });
    }
  },
  examples: {
    valid: [{ code: 'author.book_set.set([a, b])\nself.seen_set = set()\n' }],
    invalid: [{
      code: 'author.book_set = [a, b]\nshelf.item_set = Item.objects.filter(active=True)\n',
      findings: 2,
      output: 'author.book_set.set([a, b])\nshelf.item_set.set(Item.objects.filter(active=True))\n',
    }],
  },
};
export default rule;
