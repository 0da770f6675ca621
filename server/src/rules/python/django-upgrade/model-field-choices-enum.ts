import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { releaseNotes } from '../../docs-links';
import { callArguments } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const choiceTypes = ['TextChoices', 'IntegerChoices', 'Choices'].flatMap((name) => [`django.db.models.${name}`, `django.db.models.enums.${name}`]);

const rule: PythonRule = {
  id: 'model-field-choices-enum',
  title: '`choices=Enum.choices` → `choices=Enum`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  languages: ['python'],
  onlyIn: ['models'],
  docsUrl: releaseNotes('5.0', 'forms'),
  docs: {
    what: 'Finds `choices=X.choices` in field calls where `X` is a `TextChoices`/`IntegerChoices`/`Choices` class defined above in the module (django-upgrade: `model_field_choices`).',
    why: 'Django 5.0 accepts the enumeration type itself as `choices`.',
    fixSafety: 'Safe: Django reads `.choices` itself. Needs Django 5.0+.',
  },
  fix: 'safe',
  fixMinVersion: '5.0',
  truth: { replacements: ['django.db.models.TextChoices'], note: 'a modernisation: .choices keeps working' },
  check(context: PythonRuleContext) {
    const { scopes } = context;
    const enums = new Map<string, number>();
    for (const child of context.tree.rootNode.namedChildren) {
      const cls = child?.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
      if (cls?.type !== 'class_definition') continue;
      const bases = cls.childForFieldName('superclasses')?.namedChildren ?? [];
      if (bases.some((base) => base && choiceTypes.includes(scopes.qualifiedNameOf(base) ?? ''))) enums.set(cls.childForFieldName('name')!.text, child!.startIndex);
    }
    if (enums.size === 0) return;
    for (const call of context.tree.rootNode.descendantsOfType('call')) {
      const callee = call?.childForFieldName('function');
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
    valid: [{ code: 'from django.db import models\n\nclass Size(models.TextChoices):\n    S = "s"\n\nclass Shirt(models.Model):\n    size = models.CharField(choices=Size)\n', filename: 'shop/models.py' }],
    invalid: [{
      code: 'from django.db import models\n\nclass Size(models.TextChoices):\n    S = "s"\n\nclass Shirt(models.Model):\n    size = models.CharField(max_length=1, choices=Size.choices)\n',
      filename: 'shop/models.py',
      findings: 1,
      output: 'from django.db import models\n\nclass Size(models.TextChoices):\n    S = "s"\n\nclass Shirt(models.Model):\n    size = models.CharField(max_length=1, choices=Size)\n',
    }],
  },
};
export default rule;
