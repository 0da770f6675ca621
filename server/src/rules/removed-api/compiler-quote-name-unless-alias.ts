import { attributeUseRule, dedent } from '../shapes';

/** `compiler`, `self.compiler`, `query.get_compiler(using)`: the SQLCompiler passed to `as_sql()`. */
const isCompiler = (object: { type: string; text: string }) => /(^|[.\s(])compiler$/.test(object.text.replace(/\s+/g, '')) || /\.get_compiler\(.*\)$/s.test(object.text);

export default attributeUseRule({
  id: 'compiler-quote-name-unless-alias',
  title: '`compiler.quote_name_unless_alias()` → `compiler.quote_name()`',
  category: 'removed-api',
  deprecatedIn: '6.1',
  removedIn: null,
  docs: {
    what: 'Finds `quote_name_unless_alias` on an SQL compiler (`compiler`, `self.compiler`, `query.get_compiler(…)`), called or taken as a function (`qn = compiler.quote_name_unless_alias`).',
    why: 'Django 6.1 added `SQLCompiler.quote_name()` and deprecated `quote_name_unless_alias()`, which now only warns and calls it; expressions\' and lookups\' `as_sql()` receive the compiler as an argument and often used it.',
    fixSafety: 'Safe: the deprecated method returns `quote_name(name)`. Needs Django 6.1+.',
  },
  fix: 'safe',
  fixMinVersion: '6.1',
  truth: { removed: ['django.db.models.sql.compiler.SQLCompiler.quote_name_unless_alias'], note: '`quote_name()` is new in 6.1 (the replacement check stops at 6.0)' },
  attributes: [{ name: 'quote_name_unless_alias', object: isCompiler, rename: 'quote_name', subject: '`SQLCompiler.quote_name_unless_alias()`', advice: 'use `compiler.quote_name()`' }],
  examples: {
    valid: [
      {
        code: dedent`
          def as_sql(self, compiler, connection):
              return compiler.quote_name(self.alias), []
        `,
      },
      {
        code: dedent`
          name = helpers.quote_name_unless_alias("col")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models import Lookup


          class NotEqual(Lookup):
              lookup_name = "ne"

              def as_sql(self, compiler, connection):
                  lhs, params = compiler.compile(self.lhs)
                  return "%s <> %%s" % compiler.quote_name_unless_alias(lhs), params
        `,
        errors: [
          { line: 9, column: 30, message: '`SQLCompiler.quote_name_unless_alias()` is deprecated since Django 6.1: use `compiler.quote_name()`' },
        ],
        output: dedent`
          from django.db.models import Lookup


          class NotEqual(Lookup):
              lookup_name = "ne"

              def as_sql(self, compiler, connection):
                  lhs, params = compiler.compile(self.lhs)
                  return "%s <> %%s" % compiler.quote_name(lhs), params
        `,
      },
      {
        code: dedent`
          def column_sql(compiler, alias, column):
              qn = compiler.quote_name_unless_alias
              return "%s.%s" % (qn(alias), qn(column))
        `,
        errors: [
          { line: 2, column: 10, message: '`SQLCompiler.quote_name_unless_alias()` is deprecated since Django 6.1: use `compiler.quote_name()`' },
        ],
        output: dedent`
          def column_sql(compiler, alias, column):
              qn = compiler.quote_name
              return "%s.%s" % (qn(alias), qn(column))
        `,
      },
    ],
  },
});
