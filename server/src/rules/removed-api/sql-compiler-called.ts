import type { Node } from 'web-tree-sitter';
import { identifiersSpelled, methodsOf, sameNode, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/**
 * The methods Django's compiler calls with itself as second argument: `as_sql()` and
 * `as_<connection.vendor>()`, for Django's backends and the third-party ones of its era.
 */
const compiledMethods = ['as_sql', 'as_sqlite', 'as_postgresql', 'as_mysql', 'as_oracle', 'as_microsoft', 'as_firebird', 'as_cockroachdb', 'as_snowflake'];

/** The name of a method's first parameter after `self`. */
function secondParameter(method: Node): Node | null {
  const parameters = method.childForFieldName('parameters')?.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment') ?? [];
  const second = parameters[1];
  if (!second) return null;
  if (second.type === 'identifier') return second;
  if (second.type === 'typed_parameter') return second.namedChildren.find((n) => n?.type === 'identifier') ?? null;
  if (second.type === 'default_parameter' || second.type === 'typed_default_parameter') return second.childForFieldName('name');
  return null;
}

export default definePythonRule({
  id: 'sql-compiler-called',
  title: 'Calling the compiler (`qn(name)`) in `as_sql()` → `compiler.quote_name_unless_alias(name)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what:
      'Finds, in `as_sql()` and `as_<vendor>()` methods (Django\'s four backends; `microsoft`, `firebird`, `cockroachdb`, `snowflake`) of subclasses of Django classes (lookups, transforms, expressions, where nodes), calls of the ' +
      'compiler parameter as a function, the old `qn(name)` idiom.',
    why:
      'Before 1.8 the second argument of `as_sql()` was a quoting function (`qn`); since 1.8 it is the SQL compiler, which Django 1.8 still let you call ' +
      '(with a deprecation warning). Django 1.10 removed `SQLCompiler.__call__()`.',
    fixSafety: 'Safe: `compiler.quote_name_unless_alias(name)` is exactly what calling the compiler did.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['sqlcompiler-as-qn'],
  truth: {
    removed: ['django.db.models.sql.compiler.SQLCompiler.__call__'],
    replacements: ['django.db.models.sql.compiler.SQLCompiler.quote_name_unless_alias'],
  },
  triggers: compiledMethods,
  check(context) {
    const { scopes } = context;
    for (const cls of subclassesOf(context, [/^django\./]).values()) {
      for (const { definition, name } of methodsOf(cls)) {
        if (!compiledMethods.includes(name)) continue;
        const parameter = secondParameter(definition);
        if (!parameter) continue;
        // Calls of the parameter inside the method: `qn(…)`.
        for (const callee of identifiersSpelled(context, parameter.text)) {
          if (callee.startIndex < definition.startIndex || callee.endIndex > definition.endIndex) continue;
          const call = callee.parent;
          if (call?.type !== 'call' || !sameNode(call.childForFieldName('function'), callee)) continue;
          const binding = scopes.lookup(callee.text, scopes.scopeAt(callee.startIndex), callee.startIndex);
          if (binding?.start !== parameter.startIndex) continue;
          context.report({
            node: call,
            subject: `Calling the compiler (\`${callee.text}(...)\`)`,
            advice: `call \`${callee.text}.quote_name_unless_alias(...)\``,
            fix: { title: 'Call `quote_name_unless_alias()`', edits: [{ start: callee.endIndex, end: callee.endIndex, text: '.quote_name_unless_alias' }] },
          });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models import Lookup

          class NotEqual(Lookup):
              def as_sql(self, compiler, connection):
                  return compiler.quote_name_unless_alias("x"), []
        `,
      },
      {
        code: dedent`
          class Plain:
              def as_sql(self, qn, connection):
                  return qn("x"), []
        `,
      },
      {
        code: dedent`
          from django.db import models

          class Invoice(models.Model):
              def as_json(self, dumps):
                  return dumps({"id": self.pk})
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models import Lookup

          class NotEqual(Lookup):
              lookup_name = "ne"

              def as_sql(self, qn, connection):
                  lhs, params = self.process_lhs(qn, connection)
                  return "%s <> %s" % (qn("t"), lhs), params
        `,
        errors: [
          { line: 8, column: 30, message: 'Calling the compiler (`qn(...)`) is deprecated since Django 1.8 and removed in 1.10: call `qn.quote_name_unless_alias(...)`' },
        ],
        output: dedent`
          from django.db.models import Lookup

          class NotEqual(Lookup):
              lookup_name = "ne"

              def as_sql(self, qn, connection):
                  lhs, params = self.process_lhs(qn, connection)
                  return "%s <> %s" % (qn.quote_name_unless_alias("t"), lhs), params
        `,
      },
      {
        code: dedent`
          from django.db.models import Func


          class QualifiedColumn(Func):
              def __init__(self, table, column):
                  super().__init__()
                  self.table, self.column = table, column

              def as_postgresql(self, qn, connection):
                  return "%s.%s" % (qn(self.table), qn(self.column)), []
        `,
        errors: [
          { line: 10, column: 27, message: 'Calling the compiler (`qn(...)`) is deprecated since Django 1.8 and removed in 1.10: call `qn.quote_name_unless_alias(...)`' },
          { line: 10, column: 43, message: 'Calling the compiler (`qn(...)`) is deprecated since Django 1.8 and removed in 1.10: call `qn.quote_name_unless_alias(...)`' },
        ],
        output: dedent`
          from django.db.models import Func


          class QualifiedColumn(Func):
              def __init__(self, table, column):
                  super().__init__()
                  self.table, self.column = table, column

              def as_postgresql(self, qn, connection):
                  return "%s.%s" % (qn.quote_name_unless_alias(self.table), qn.quote_name_unless_alias(self.column)), []
        `,
      },
    ],
  },
});
