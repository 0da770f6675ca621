import type { Node } from 'web-tree-sitter';
import { replaceNode } from '../../engine/python-edits';
import { classAssignments, methodsOf } from '../../engine/python-queries';
import { dedent } from '../shapes';
import { goneSubject, identifiersAt, inPython2OnlyCode, python2Rule } from '../shapes/python2';

/** Python 2's special methods and what Python 3 calls instead. */
const renamed: Record<string, string> = {
  __unicode__: '__str__',
  __nonzero__: '__bool__',
  __div__: '__truediv__',
  __idiv__: '__itruediv__',
  __rdiv__: '__rtruediv__',
};

/** The class whose body defines `name` (a `def`, decorated or not, or `name = …`), or null. */
function definingClass(name: Node): Node | null {
  const parent = name.parent;
  let statement: Node | null = null;
  if (parent?.type === 'function_definition' && parent.childForFieldName('name')?.startIndex === name.startIndex) {
    statement = parent.parent?.type === 'decorated_definition' ? parent.parent : parent;
  } else if (parent?.type === 'assignment' && parent.childForFieldName('left')?.startIndex === name.startIndex && parent.parent?.type === 'expression_statement') {
    statement = parent.parent;
  }
  const block = statement?.parent;
  return block?.type === 'block' && block.parent?.type === 'class_definition' ? block.parent : null;
}

const defines = (cls: Node, name: string) => methodsOf(cls, name).length > 0 || classAssignments(cls, name).length > 0;

export default python2Rule({
  id: 'python2-dunders',
  title: '`__unicode__`, `__nonzero__`, `__div__` → `__str__`, `__bool__`, `__truediv__`',
  docs: {
    what:
      'Finds special methods Python 3 never calls, defined in a class body (a `def` or an assignment): `__unicode__`, `__nonzero__`, `__div__`, ' +
      "`__idiv__`, `__rdiv__`, where the class does not define the Python 3 name too (a class with both is Python 2 and 3 code: its " +
      '`__unicode__` is dead on Python 3, its `__str__` is what runs).',
    why:
      'Python 3 calls `__str__` for `str()`, `__bool__` for truth, `__truediv__` for `/`: the old methods are silently ignored, so models show ' +
      "`Tag object`, an empty object is true, `/` raises `TypeError`. Django 2.0 runs only on Python 3.",
    fixSafety:
      'Safe: renames the method to the name Python 3 calls, which Python 2 called by the old one. No fix where the file also names the old ' +
      'method elsewhere (`self.__unicode__()`), which the rename would break.',
  },
  fix: 'safe',
  // A finding's fix depends on uses of the old name in other statements (`used` below).
  locality: 'file',
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  triggers: Object.keys(renamed),
  check(context) {
    for (const [old, replacement] of Object.entries(renamed)) {
      const names = identifiersAt(context, old);
      // `self.__unicode__()`, `__str__ = __unicode__`: uses the rename would break.
      const used = names.some((name) => !definingClass(name));
      for (const name of names) {
        const cls = definingClass(name);
        if (!cls || defines(cls, replacement) || inPython2OnlyCode(name, [])) continue;
        context.report({
          node: name,
          subject: goneSubject(`\`${old}\``),
          advice: `name it \`${replacement}\``,
          fix: !used ? { title: `Rename to \`${replacement}\``, edits: [replaceNode(name, replacement)] } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          class A(object):
              def __str__(self):
                  return "a"
              def __bool__(self):
                  return True
        `,
      },
      {
        code: dedent`
          class B(object):
              def __str__(self):
                  return unicode(self).encode("utf-8")
              def __unicode__(self):
                  return u"b"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          class A(object):
              def __unicode__(self):
                  return u"a"
          print(str(A()))
        `,
        errors: [
          { line: 2, column: 9, message: '`__unicode__` is Python 2 only, gone in Python 3 (needed from Django 2.0): name it `__str__`' },
        ],
        output: dedent`
          class A(object):
              def __str__(self):
                  return u"a"
          print(str(A()))
        `,
      },
      {
        code: dedent`
          from django.db import models


          class Tag(models.Model):
              name = models.CharField(max_length=50)

              def __unicode__(self):
                  return self.name
        `,
        errors: [
          { line: 7, column: 9, message: '`__unicode__` is Python 2 only, gone in Python 3 (needed from Django 2.0): name it `__str__`' },
        ],
        output: dedent`
          from django.db import models


          class Tag(models.Model):
              name = models.CharField(max_length=50)

              def __str__(self):
                  return self.name
        `,
      },
      {
        code: dedent`
          class Box(object):
              def __nonzero__(self):
                  return False
          print(bool(Box()))
        `,
        errors: [
          { line: 2, column: 9, message: '`__nonzero__` is Python 2 only, gone in Python 3 (needed from Django 2.0): name it `__bool__`' },
        ],
        output: dedent`
          class Box(object):
              def __bool__(self):
                  return False
          print(bool(Box()))
        `,
      },
      {
        code: dedent`
          class Q(object):
              def __len__(self):
                  return 0
              def __nonzero__(self):
                  return True
          print("yes" if Q() else "no")
        `,
        errors: [
          { line: 4, column: 9, message: '`__nonzero__` is Python 2 only, gone in Python 3 (needed from Django 2.0): name it `__bool__`' },
        ],
        output: dedent`
          class Q(object):
              def __len__(self):
                  return 0
              def __bool__(self):
                  return True
          print("yes" if Q() else "no")
        `,
      },
      {
        code: dedent`
          class V(object):
              def __div__(self, k):
                  return "divided by %d" % k
          print(V() / 2)
        `,
        errors: [
          { line: 2, column: 9, message: '`__div__` is Python 2 only, gone in Python 3 (needed from Django 2.0): name it `__truediv__`' },
        ],
        output: dedent`
          class V(object):
              def __truediv__(self, k):
                  return "divided by %d" % k
          print(V() / 2)
        `,
      },
      {
        code: dedent`
          class W(object):
              def __rdiv__(self, k):
                  return "%d over W" % k
          print(2 / W())
        `,
        errors: [
          { line: 2, column: 9, message: '`__rdiv__` is Python 2 only, gone in Python 3 (needed from Django 2.0): name it `__rtruediv__`' },
        ],
        output: dedent`
          class W(object):
              def __rtruediv__(self, k):
                  return "%d over W" % k
          print(2 / W())
        `,
      },
    ],
  },
});
