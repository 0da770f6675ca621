import { usesName } from '../../engine/python-queries';
import { dedent, methodOverrideRule } from '../shapes';

export default methodOverrideRule({
  id: 'from-db-value-context',
  title: 'Drop the `context` parameter of `from_db_value()`/`convert_value()`',
  category: 'removed-api',
  deprecatedIn: '2.0',
  removedIn: '3.0',
  docs: {
    what: 'Finds `from_db_value(self, value, expression, connection, context)` and `convert_value(…, context)` methods (custom fields and expressions).',
    why: 'The `context` argument was always empty; Django 2.0 stopped requiring it and 3.0 no longer passes it, so such methods raise `TypeError` when values are loaded.',
    fixSafety: 'Safe: removes the parameter when the method does not use it. Needs Django 2.0+ (older versions pass `context`).',
  },
  fix: 'safe',
  fixMinVersion: '2.0',
  checklist: ['from-db-value-context'],
  truth: { note: '`from_db_value()` is a hook of user fields, called through `get_db_converters()`; Django\'s own fields do not define it' },
  bases: null,
  method: ['from_db_value', 'convert_value'],
  inspect(_context, fn, parameters, _classNode, name) {
    const positional = parameters.filter((p) => p.kind === 'positional');
    if (positional.length !== 5 || positional[4].name !== 'context' || parameters.some((p) => p.kind !== 'positional')) return null;
    const context = positional[4];
    const before = positional[3];
    return {
      node: context.node,
      subject: `The \`context\` parameter of \`${name}()\``,
      advice: `remove it: \`${name}(self, value, expression, connection)\``,
      title: 'Remove `context`',
      edits: usesName(fn, 'context') ? null : [{ start: before.node.endIndex, end: context.node.endIndex, text: '' }],
    };
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class MoneyField(models.DecimalField):
              def from_db_value(self, value, expression, connection):
                  return value
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class MoneyField(models.DecimalField):
              def from_db_value(self, value, expression, connection, context):
                  return value
        `,
        errors: [
          { line: 4, column: 60, message: 'The `context` parameter of `from_db_value()` is deprecated since Django 2.0 and removed in 3.0: remove it: `from_db_value(self, value, expression, connection)`' },
        ],
        output: dedent`
          from django.db import models

          class MoneyField(models.DecimalField):
              def from_db_value(self, value, expression, connection):
                  return value
        `,
      },
      {
        code: dedent`
          from django.db.models import Func


          class Lower(Func):
              function = "LOWER"

              def convert_value(self, value, expression, connection, context):
                  return value.lower() if value else value
        `,
        errors: [
          { line: 7, column: 60, message: 'The `context` parameter of `convert_value()` is deprecated since Django 2.0 and removed in 3.0: remove it: `convert_value(self, value, expression, connection)`' },
        ],
        output: dedent`
          from django.db.models import Func


          class Lower(Func):
              function = "LOWER"

              def convert_value(self, value, expression, connection):
                  return value.lower() if value else value
        `,
      },
    ],
  },
});
