import type { Node } from 'web-tree-sitter';
import { indentationAt, isImported, lineStartOf, newlineOf, normalizedOrNull } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { callArguments, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const fields = ['ForeignKey', 'OneToOneField'];
const qualifiedNames = fields.flatMap((field) => [`django.db.models.${field}`, `django.db.models.fields.related.${field}`]);

/** What a call's arguments hold on one line: characters, strings, one level of parentheses. */
const argumentToken = String.raw`[^()'"\\\n\r]|"(?:[^"\\\n\r]|\\[^\n\r])*"|'(?:[^'\\\n\r]|\\[^\n\r])*'|\([^()'"\\\n\r]*\)`;

/**
 * `on_delete=…` where django-upgrade's `on_delete` fixer writes it: right after the positional
 * argument (`ForeignKey("B", on_delete=…, null=True)`), or first when there is none.
 */
function insertOnDelete(text: string, list: Node, positionalCount: number, argument: string): TextEdit {
  const items = list.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  if (positionalCount === 0) {
    const open = list.startIndex + 1;
    return { start: open, end: open, text: items.length > 0 ? `${argument}, ` : argument };
  }
  const first = items[0];
  const after = text.slice(first.endIndex, list.endIndex - 1);
  const comma = /^\s*,/.exec(after);
  if (!comma) return { start: first.endIndex, end: first.endIndex, text: `, ${argument}` };
  const commaEnd = first.endIndex + comma[0].length;
  return { start: commaEnd, end: commaEnd, text: items.length === 1 ? ` ${argument}` : ` ${argument},` };
}

export default definePythonRule({
  id: 'foreign-key-on-delete',
  title: '`ForeignKey`/`OneToOneField` need `on_delete`',
  category: 'models',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `ForeignKey` and `OneToOneField` fields (in models and migrations) created without `on_delete`.',
    why: 'Django 2.0 made `on_delete` a required argument; a field without it raises `TypeError` at import.',
    fixSafety: 'Safe: adds `on_delete=models.CASCADE`, the behaviour such fields had before 2.0, after the positional argument as django-upgrade writes it (`on_delete=CASCADE` with a `from django.db.models import CASCADE` line when the field is imported by name).',
  },
  upstream: { djangoUpgrade: 'on_delete' },
  fix: 'safe',
  checklist: ['fk-on-delete-required'],
  truth: { replacements: ['django.db.models.CASCADE'], note: 'that on_delete became required in 2.0 is not a name that appears or disappears' },
  // Nearly every call passes `on_delete`, by keyword or second: a field's name counts unless a call on the same line passes
  // it (an alias is spelled by its import, where no such call follows).
  requiresOneOf: fields,
  triggerPattern: new RegExp(String.raw`\b(?:ForeignKey|OneToOneField)\b(?![ \t]*\((?:(?:${argumentToken})*?\bon_delete[ \t]*=(?!=)|(?:${argumentToken.replace('[^', '[^=,')})+,(?:${argumentToken.replace('[^', '[^=,')})+[,)]))`),
  triggersInCode: true,
  check(context) {
    const { text } = context;
    // Only calls without `on_delete` are resolved (nearly every call has it).
    const lacking = (call: Node) => {
      const { list, positional, keywords, hasSplat } = callArguments(call);
      return !!list && !hasSplat && !keywords.has('on_delete') && positional.length < 2;
    };
    for (const { call, callee } of callsTo(context, qualifiedNames, lacking)) {
      const { scopes } = context;
      const { list, positional } = callArguments(call);
      if (!list) continue;
      const object = callee.type === 'attribute' ? callee.childForFieldName('object') : null;
      const entry = callee.type === 'identifier' ? scopes.imports.find((e) => e.localName === callee.text && e.scope === scopes.moduleScope && qualifiedNames.includes(e.qualifiedName)) : undefined;
      let fix;
      if (object) {
        fix = { title: 'Add `on_delete=models.CASCADE`', edits: [insertOnDelete(text, list, positional.length, `on_delete=${object.text}.CASCADE`)] };
      } else if (entry && scopes.renameSafety('CASCADE', 'django.db.models.CASCADE', [call], 0) === 'safe') {
        const edits: TextEdit[] = [insertOnDelete(text, list, positional.length, 'on_delete=CASCADE')];
        if (!isImported(scopes, 'django.db.models', 'CASCADE')) {
          // Like django-upgrade: a new `from django.db.models import CASCADE` line before the import of the field.
          const start = lineStartOf(text, entry.statement.startIndex);
          edits.push({ start, end: start, text: `${indentationAt(text, entry.statement.startIndex)}from django.db.models import CASCADE${newlineOf(text)}` });
        }
        const normalized = normalizedOrNull(edits);
        fix = normalized ? { title: 'Add `on_delete=CASCADE`', edits: normalized } : undefined;
      }
      context.report({
        node: callee,
        subject: `\`${callee.text.replace(/^.*\./, '')}\` without \`on_delete\``,
        advice: 'pass `on_delete` (`models.CASCADE` keeps the old behaviour)',
        fix,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class A(models.Model):
              b = models.ForeignKey("B", on_delete=models.PROTECT)
              c = models.ForeignKey("C", models.CASCADE)
        `,
      },
      {
        code: dedent`
          from myorm import ForeignKey

          b = ForeignKey("B")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class A(models.Model):
              b = models.ForeignKey("B")
              c = models.OneToOneField(
                  "C",
                  related_name="+",
              )
        `,
        errors: [
          { line: 4, column: 9, message: '`ForeignKey` without `on_delete` is deprecated since Django 1.9 and removed in 2.0: pass `on_delete` (`models.CASCADE` keeps the old behaviour)' },
          { line: 5, column: 9, message: '`OneToOneField` without `on_delete` is deprecated since Django 1.9 and removed in 2.0: pass `on_delete` (`models.CASCADE` keeps the old behaviour)' },
        ],
        output: dedent`
          from django.db import models

          class A(models.Model):
              b = models.ForeignKey("B", on_delete=models.CASCADE)
              c = models.OneToOneField(
                  "C", on_delete=models.CASCADE,
                  related_name="+",
              )
        `,
      },
      {
        code: dedent`
          from django.db.models import ForeignKey, Model

          class A(Model):
              b = ForeignKey("B", null=True)
              c = ForeignKey(to="C")
        `,
        errors: [
          { line: 4, column: 9, message: '`ForeignKey` without `on_delete` is deprecated since Django 1.9 and removed in 2.0: pass `on_delete` (`models.CASCADE` keeps the old behaviour)' },
          { line: 5, column: 9, message: '`ForeignKey` without `on_delete` is deprecated since Django 1.9 and removed in 2.0: pass `on_delete` (`models.CASCADE` keeps the old behaviour)' },
        ],
        output: dedent`
          from django.db.models import CASCADE
          from django.db.models import ForeignKey, Model

          class A(Model):
              b = ForeignKey("B", on_delete=CASCADE, null=True)
              c = ForeignKey(on_delete=CASCADE, to="C")
        `,
      },
    ],
  },
});
