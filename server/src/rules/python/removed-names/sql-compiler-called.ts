import type { Node } from 'web-tree-sitter';
import { deprecationNotes } from '../../docs-links';
import { subclassesOf, methodsOf } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

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

const rule: PythonRule = {
  id: 'sql-compiler-called',
  title: 'Calling the compiler (`qn(name)`) in `as_sql()` → `compiler.quote_name_unless_alias(name)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['python'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what:
      'Finds, in `as_sql()` and `as_<vendor>()` methods of subclasses of Django classes (lookups, transforms, expressions, where nodes), calls of the ' +
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
  check(context) {
    const { scopes } = context;
    for (const cls of subclassesOf(context, [/^django\./]).values()) {
      for (const { definition, name } of methodsOf(cls)) {
        if (!/^as_\w+$/.test(name)) continue;
        const parameter = secondParameter(definition);
        if (!parameter) continue;
        for (const call of definition.descendantsOfType('call')) {
          const callee = call?.childForFieldName('function');
          if (!call || callee?.type !== 'identifier' || callee.text !== parameter.text) continue;
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
      { code: 'from django.db.models import Lookup\n\nclass NotEqual(Lookup):\n    def as_sql(self, compiler, connection):\n        return compiler.quote_name_unless_alias("x"), []\n' },
      { code: 'class Plain:\n    def as_sql(self, qn, connection):\n        return qn("x"), []\n' },
    ],
    invalid: [
      {
        code:
          'from django.db.models import Lookup\n\nclass NotEqual(Lookup):\n    lookup_name = "ne"\n\n    def as_sql(self, qn, connection):\n' +
          '        lhs, params = self.process_lhs(qn, connection)\n        return "%s <> %s" % (qn("t"), lhs), params\n',
        findings: 1,
        output:
          'from django.db.models import Lookup\n\nclass NotEqual(Lookup):\n    lookup_name = "ne"\n\n    def as_sql(self, qn, connection):\n' +
          '        lhs, params = self.process_lhs(qn, connection)\n        return "%s <> %s" % (qn.quote_name_unless_alias("t"), lhs), params\n',
      },
    ],
  },
};
export default rule;
