import type { Node } from 'web-tree-sitter';
import { appendArgument } from '../../engine/python-edits';
import { basesOf, callArguments, callsTo, classAssignments, classDefinitions, metaClassOf, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const oneToOne = ['django.db.models.OneToOneField', 'django.db.models.fields.related.OneToOneField'];

/** Whether a class of this file is declared `abstract = True` or `proxy = True` in its Meta. */
function isAbstractOrProxy(classNode: Node): boolean {
  const meta = metaClassOf(classNode);
  return !!meta && ['abstract', 'proxy'].some((option) => classAssignments(meta, option).some((a) => a.right?.type === 'true'));
}

export default definePythonRule({
  id: 'implicit-parent-link',
  title: 'Multi-table inheritance `OneToOneField` needs `parent_link=True`',
  category: 'models',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  notIn: ['migrations'],
  docs: {
    what: 'Finds a `OneToOneField` to a model\'s own parent model (multi-table inheritance) without `parent_link=True`.',
    why: 'Before 2.0 Django quietly used such a field as the link to the parent; Django 2.0 raises `ImproperlyConfigured: Add parent_link=True`.',
    fixSafety: 'Safe: adds `parent_link=True`, which is how Django already used the field. Only a single field to the parent is rewritten.',
  },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  checklist: ['implicit-parent-link'],
  truth: { note: 'parent_link is an existing OneToOneField argument; what changed is that the link must be explicit' },
  triggers: ['OneToOneField'],
  triggersInCode: true,
  check(context) {
    const classes = classDefinitions(context);
    const calls = callsTo(context, oneToOne);
    for (const model of classes) {
      const baseNames = basesOf(model).filter((b) => b.type === 'identifier' && !context.scopes.qualifiedNameOf(b)).map((b) => b.text);
      if (baseNames.length === 0) continue;
      const body = model.childForFieldName('body');
      const byParent = new Map<string, Array<{ list: Node; callee: Node }>>();
      for (const { call, callee } of calls) {
        const statement = call.parent?.parent;
        if (call.parent?.type !== 'assignment' || statement?.parent?.startIndex !== body?.startIndex) continue;
        const { list, positional, keywords } = callArguments(call);
        const target = positional[0] ?? keywords.get('to')?.childForFieldName('value') ?? null;
        const name = target?.type === 'identifier' ? target.text : stringValue(target)?.split('.').pop() ?? null;
        if (!list || !name || !baseNames.includes(name) || keywords.has('parent_link')) continue;
        const parent = classes.find((c) => c.childForFieldName('name')?.text === name && c.startIndex < model.startIndex);
        if (parent && isAbstractOrProxy(parent)) continue;
        byParent.set(name, [...(byParent.get(name) ?? []), { list, callee }]);
      }
      for (const [parent, fields] of byParent) {
        for (const { list, callee } of fields) {
          context.report({
            node: callee,
            subject: `A \`OneToOneField\` to the parent model \`${parent}\` without \`parent_link=True\``,
            advice: 'add `parent_link=True`',
            fix: fields.length === 1 ? { title: 'Add `parent_link=True`', edits: [appendArgument(context.text, list, 'parent_link=True')] } : undefined,
          });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class Place(models.Model):
              pass

          class Restaurant(Place):
              place = models.OneToOneField(Place, models.CASCADE, parent_link=True)
              owner = models.OneToOneField("auth.User", models.CASCADE)
        `,
        filename: 'places/models.py',
      },
      {
        code: dedent`
          from django.db import models

          class Base(models.Model):
              class Meta:
                  proxy = True

          class Child(Base):
              base = models.OneToOneField(Base, models.CASCADE)
        `,
        filename: 'places/models.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class Place(models.Model):
              pass

          class Restaurant(Place):
              place = models.OneToOneField("places.Place", on_delete=models.CASCADE)
        `,
        filename: 'places/models.py',
        errors: [
          { line: 7, column: 13, message: 'A `OneToOneField` to the parent model `Place` without `parent_link=True` is deprecated since Django 1.10 and removed in 2.0: add `parent_link=True`' },
        ],
        output: dedent`
          from django.db import models

          class Place(models.Model):
              pass

          class Restaurant(Place):
              place = models.OneToOneField("places.Place", on_delete=models.CASCADE, parent_link=True)
        `,
      },
      {
        code: dedent`
          from django.db import models


          class Product(models.Model):
              name = models.CharField(max_length=100)


          class Book(Product):
              product_ptr = models.OneToOneField(Product, on_delete=models.CASCADE)
              isbn = models.CharField(max_length=13)
        `,
        filename: 'catalog/models.py',
        errors: [
          { line: 9, column: 19, message: 'A `OneToOneField` to the parent model `Product` without `parent_link=True` is deprecated since Django 1.10 and removed in 2.0: add `parent_link=True`' },
        ],
        output: dedent`
          from django.db import models


          class Product(models.Model):
              name = models.CharField(max_length=100)


          class Book(Product):
              product_ptr = models.OneToOneField(Product, on_delete=models.CASCADE, parent_link=True)
              isbn = models.CharField(max_length=13)
        `,
      },
    ],
  },
});
