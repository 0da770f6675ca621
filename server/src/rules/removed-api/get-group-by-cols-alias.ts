import { appendParameter } from '../../engine/python-edits';
import { dedent, methodOverrideRule } from '../shapes';

export default methodOverrideRule({
  id: 'get-group-by-cols-alias',
  title: '`get_group_by_cols(self)` → `get_group_by_cols(self, alias=None)`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  optIn: true,
  docs: {
    what: 'Opt-in, for projects whose target is Django 4.0 or 4.1: finds `get_group_by_cols()` methods (custom expressions and lookups) that take no `alias`.',
    why: 'Django 3.0 passes `alias` to `Expression.get_group_by_cols()`; 4.0 and 4.1 always pass it, so such expressions raise `TypeError` in grouped queries. Django 4.2 dropped the argument again (`get_group_by_cols(self)` is right from 4.2 on), hence opt-in.',
    fixSafety: 'Safe: adds an `alias=None` parameter that the method ignores, as before (and that 4.2+ never passes).',
  },
  fix: 'safe',
  checklist: ['get-group-by-cols-alias'],
  truth: { replacements: ['django.db.models.expressions.BaseExpression.get_group_by_cols'], note: 'the signature of overrides (user code) changed' },
  bases: null,
  method: 'get_group_by_cols',
  inspect(_context, fn, parameters) {
    if (parameters.length !== 1 || parameters[0].kind !== 'positional') return null;
    const edit = appendParameter(fn, parameters, 'alias=None');
    return { node: fn.childForFieldName('name')!, subject: '`get_group_by_cols()` without `alias`', advice: 'accept `alias=None`', title: 'Add `alias=None`', edits: edit ? [edit] : null };
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models import Func

          class Now(Func):
              def get_group_by_cols(self, alias=None):
                  return []
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models import Func

          class Now(Func):
              def get_group_by_cols(self):
                  return []
        `,
        errors: [
          { line: 4, column: 9, message: '`get_group_by_cols()` without `alias` is deprecated since Django 3.0 and removed in 4.0: accept `alias=None`' },
        ],
        output: dedent`
          from django.db.models import Func

          class Now(Func):
              def get_group_by_cols(self, alias=None):
                  return []
        `,
      },
      {
        code: dedent`
          from django.db.models import Lookup


          class NotEqual(Lookup):
              lookup_name = "ne"

              def get_group_by_cols(self):
                  cols = self.lhs.get_group_by_cols()
                  return cols
        `,
        errors: [
          { line: 7, column: 9, message: '`get_group_by_cols()` without `alias` is deprecated since Django 3.0 and removed in 4.0: accept `alias=None`' },
        ],
        output: dedent`
          from django.db.models import Lookup


          class NotEqual(Lookup):
              lookup_name = "ne"

              def get_group_by_cols(self, alias=None):
                  cols = self.lhs.get_group_by_cols()
                  return cols
        `,
      },
    ],
  },
});
