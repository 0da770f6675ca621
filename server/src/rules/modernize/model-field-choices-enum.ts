import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { releaseNotes } from '../docs-links';
import { attributeAccesses, callArguments, classDefinitions } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const choiceTypes = ['TextChoices', 'IntegerChoices', 'Choices'].flatMap((name) => [`django.db.models.${name}`, `django.db.models.enums.${name}`]);

/** The calls passing `choices=X.choices`, once each, in the order of the text. */
function choicesCalls(context: PythonRuleContext): Node[] {
  const calls = new Map<number, Node>();
  for (const value of attributeAccesses(context, 'choices')) {
    const keyword = value.parent;
    const call = keyword?.type === 'keyword_argument' && keyword.childForFieldName('name')?.text === 'choices' && keyword.parent?.type === 'argument_list' ? keyword.parent.parent : null;
    if (call?.type === 'call') calls.set(call.startIndex, call);
  }
  return [...calls.values()].sort((a, b) => a.startIndex - b.startIndex);
}

export default definePythonRule({
  id: 'model-field-choices-enum',
  title: '`choices=Enum.choices` → `choices=Enum`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  onlyIn: ['models'],
  docsUrl: releaseNotes('5.0', 'forms'),
  docs: {
    what: 'Finds `choices=X.choices` in field calls where `X` is a `TextChoices`/`IntegerChoices`/`Choices` class defined above in the module.',
    why: 'Django 5.0 accepts the enumeration type itself as `choices`.',
    fixSafety: 'Safe: Django reads `.choices` itself. Needs Django 5.0+.',
  },
  upstream: { djangoUpgrade: 'model_field_choices' },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  fixMinVersion: '5.0',
  truth: { replacements: ['django.db.models.TextChoices'], note: 'a modernisation: .choices keeps working' },
  triggers: ['choices'],
  check(context) {
    const { scopes } = context;
    const enums = new Map<string, number>();
    for (const cls of classDefinitions(context)) {
      // Classes of the module itself (decorated or not), as a walk of the module's statements found them.
      const child = cls.parent?.type === 'decorated_definition' ? cls.parent : cls;
      if (child.parent?.type !== 'module') continue;
      const bases = cls.childForFieldName('superclasses')?.namedChildren ?? [];
      if (bases.some((base) => base && choiceTypes.includes(scopes.qualifiedNameOf(base) ?? ''))) enums.set(cls.childForFieldName('name')!.text, child.startIndex);
    }
    if (enums.size === 0) return;
    for (const call of choicesCalls(context)) {
      const callee = call.childForFieldName('function');
      const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')!.text : callee?.type === 'identifier' ? callee.text : '';
      if (!call || !name.endsWith('Field') || (callee!.type === 'attribute' && callee!.childForFieldName('object')!.type !== 'identifier')) continue;
      const value: Node | null | undefined = callArguments(call).keywords.get('choices')?.childForFieldName('value');
      const object = value?.type === 'attribute' && value.childForFieldName('attribute')!.text === 'choices' ? value.childForFieldName('object') : null;
      if (!value || object?.type !== 'identifier' || !enums.has(object.text) || enums.get(object.text)! > call.startIndex) continue;
      context.report({
        node: value,
        subject: `\`choices=${object.text}.choices\``,
        advice: `pass the enumeration: \`choices=${object.text}\``,
        fix: { title: `Use \`choices=${object.text}\``, edits: [{ start: object.endIndex, end: value.endIndex, text: '' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class Size(models.TextChoices):
              S = "s"

          class Shirt(models.Model):
              size = models.CharField(choices=Size)
        `,
        filename: 'shop/models.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class Size(models.TextChoices):
              S = "s"

          class Shirt(models.Model):
              size = models.CharField(max_length=1, choices=Size.choices)
        `,
        filename: 'shop/models.py',
        errors: [
          { line: 7, column: 51, message: '`choices=Size.choices`: pass the enumeration: `choices=Size`' },
        ],
        output: dedent`
          from django.db import models

          class Size(models.TextChoices):
              S = "s"

          class Shirt(models.Model):
              size = models.CharField(max_length=1, choices=Size)
        `,
      },
      {
        code: dedent`
          from django.db import models


          class Status(models.IntegerChoices):
              DRAFT = 0, "Draft"
              PUBLISHED = 1, "Published"


          class Article(models.Model):
              status = models.IntegerField(choices=Status.choices, default=Status.DRAFT)
        `,
        filename: 'blog/models.py',
        errors: [
          { line: 10, column: 42, message: '`choices=Status.choices`: pass the enumeration: `choices=Status`' },
        ],
        output: dedent`
          from django.db import models


          class Status(models.IntegerChoices):
              DRAFT = 0, "Draft"
              PUBLISHED = 1, "Published"


          class Article(models.Model):
              status = models.IntegerField(choices=Status, default=Status.DRAFT)
        `,
      },
    ],
  },
});
