import type { Node } from 'web-tree-sitter';
import { identifiersEndingWith, sameNode } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** Values that are collections of objects: list/tuple/set literals and comprehensions, and querysets (`….all()`, `….filter(…)`). */
function isCollection(value: Node): boolean {
  if (['list', 'tuple', 'set', 'list_comprehension', 'set_comprehension', 'generator_expression'].includes(value.type)) return true;
  if (value.type !== 'call') return false;
  const callee = value.childForFieldName('function');
  return callee?.type === 'attribute' && ['all', 'filter', 'exclude', 'order_by', 'none'].includes(callee.childForFieldName('attribute')?.text ?? '');
}

export default definePythonRule({
  id: 'reverse-relation-assignment',
  title: '`obj.related_set = […]` → `obj.related_set.set([…])`',
  category: 'models',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds assignments of a list, tuple, set or queryset to an attribute named `*_set` (the default name of reverse relations) of an object other than `self`/`cls`.',
    why: 'Django 1.10 deprecated direct assignment to reverse foreign-key and many-to-many relations; 2.0 raises `TypeError`. Forward many-to-many fields (`book.tags = […]`) have the same problem but cannot be told from plain attributes without the models.',
    fixSafety: 'Unsafe (offered, not applied by fix-all): `obj.x_set.set(value)` is what the assignment did in 1.9–1.10, but the rule only knows the attribute by its name.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.9',
  checklist: ['reverse-relation-direct-assignment'],
  truth: { replacements: ['django.db.models.fields.related_descriptors.create_reverse_many_to_one_manager'], note: 'related managers and their `set()` are created at run time' },
  // The attribute is one word (`book_set`): no trigger word spells every one of them. It is assigned: `=` follows it on its
  // line (or a backslash does).
  triggerPattern: /_set(?<=\w_set)[ \t]*(?:=(?!=)|\\)/,
  check(context) {
    for (const attribute of identifiersEndingWith(context, '_set')) {
      const left = attribute.parent;
      if (left?.type !== 'attribute' || !sameNode(left.childForFieldName('attribute'), attribute)) continue;
      const assignment = left.parent;
      const right = assignment?.type === 'assignment' && sameNode(assignment.childForFieldName('left'), left) ? assignment.childForFieldName('right') : null;
      const object = left.childForFieldName('object');
      if (!assignment || !right || !object || (object.type === 'identifier' && (object.text === 'self' || object.text === 'cls'))) continue;
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
    valid: [
      {
        code: dedent`
          author.book_set.set([a, b])
          self.seen_set = set()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          author.book_set = [a, b]
          shelf.item_set = Item.objects.filter(active=True)
        `,
        errors: [
          { line: 1, column: 1, message: 'Assigning to a reverse relation is deprecated since Django 1.10 and removed in 2.0: call `author.book_set.set(…)`' },
          { line: 2, column: 1, message: 'Assigning to a reverse relation is deprecated since Django 1.10 and removed in 2.0: call `shelf.item_set.set(…)`' },
        ],
        output: dedent`
          author.book_set.set([a, b])
          shelf.item_set.set(Item.objects.filter(active=True))
        `,
      },
      {
        code: dedent`
          def publish(article, tags):
              article.tag_set = [tag for tag in tags if tag.public]
              article.save()
        `,
        errors: [
          { line: 2, column: 5, message: 'Assigning to a reverse relation is deprecated since Django 1.10 and removed in 2.0: call `article.tag_set.set(…)`' },
        ],
        output: dedent`
          def publish(article, tags):
              article.tag_set.set([tag for tag in tags if tag.public])
              article.save()
        `,
      },
    ],
  },
});
