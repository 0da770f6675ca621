import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { replaceNode } from '../../engine/python-edits';
import type { ImportEntry } from '../../engine/python-scopes';
import type { TextEdit } from '../../engine/types';
import { dedent } from '../shapes';
import { goneSubject, inPython2OnlyCode, python2Rule } from '../shapes/python2';

interface Alias {
  name: string;
  /** The same object under its Python 3 name; null when Django has none. */
  replacement: string | null;
  advice: string;
}

/** Django's Python 2 spellings, bound only on Python 2 (docs/python2-worklist.json `djangoAliases`). */
const aliases: Alias[] = [
  { name: 'django.utils.encoding.force_unicode', replacement: 'django.utils.encoding.force_text', advice: 'use `force_text`' },
  { name: 'django.utils.encoding.smart_unicode', replacement: 'django.utils.encoding.smart_text', advice: 'use `smart_text`' },
  { name: 'django.utils.text.force_unicode', replacement: 'django.utils.encoding.force_text', advice: 'use `django.utils.encoding.force_text`' },
  { name: 'django.utils.safestring.SafeUnicode', replacement: 'django.utils.safestring.SafeText', advice: 'use `SafeText`' },
  { name: 'django.utils.safestring.EscapeUnicode', replacement: null, advice: 'Django 2.0 removed the `Escape*` classes: escape with `escape()` where the value is shown' },
  { name: 'django.utils.encoding.StrAndUnicode', replacement: null, advice: 'derive from `object` and define `__str__` (Django 1.7 removed it)' },
];

const lastPart = (dotted: string) => dotted.slice(dotted.lastIndexOf('.') + 1);
const modulePart = (dotted: string) => dotted.slice(0, dotted.lastIndexOf('.'));

/** The imported name in `from M import name` (the `dotted_name`, also inside `name as alias`). */
function importedNameNode(entry: ImportEntry): Node | null {
  return entry.entry.type === 'aliased_import' ? entry.entry.childForFieldName('name') : entry.entry;
}

/**
 * The renames for one alias: the name in each `from M import name` (when M keeps the new name),
 * the uses of an unaliased import, and `module.name` accesses. Null when one of them cannot move.
 */
function renameEdits(context: PythonRuleContext, alias: Alias, imports: readonly ImportEntry[], uses: readonly Node[]): TextEdit[] | null {
  if (!alias.replacement) return null;
  const newName = lastPart(alias.replacement);
  const sameModule = modulePart(alias.replacement) === modulePart(alias.name);
  const edits: TextEdit[] = [];
  for (const entry of imports) {
    const name = importedNameNode(entry);
    if (!name) return null;
    if (sameModule) edits.push(replaceNode(name, newName));
    else if (context.scopes.imports.filter((e) => e.statement.startIndex === entry.statement.startIndex).length === 1) {
      // `from django.utils.text import force_unicode` → `from django.utils.encoding import force_text`.
      edits.push(replaceNode(entry.statement.childForFieldName('module_name')!, modulePart(alias.replacement)), replaceNode(name, newName));
    } else return null;
  }
  for (const use of uses) {
    if (use.type === 'attribute') {
      if (!sameModule) return null;
      edits.push(replaceNode(use.childForFieldName('attribute')!, newName));
    } else if (!imports.some((e) => e.aliasNode)) edits.push(replaceNode(use, newName));
  }
  if (context.scopes.isNameBound(newName) && !imports.some((e) => e.aliasNode) && !context.scopes.imports.some((e) => e.qualifiedName === alias.replacement)) return null;
  return edits;
}

export default python2Rule({
  id: 'python2-django-aliases',
  title: '`force_unicode`, `smart_unicode`, `SafeUnicode` → `force_text`, `smart_text`, `SafeText`',
  docs: {
    what:
      "Finds Django's Python 2 spellings: `django.utils.encoding.force_unicode` and `smart_unicode`, `django.utils.text.force_unicode`, " +
      '`django.utils.safestring.SafeUnicode` and `EscapeUnicode`, and `django.utils.encoding.StrAndUnicode` (gone in 1.7): the imported name and each use.',
    why:
      'Django 1.11 binds these names only on Python 2 (`force_unicode = force_text` in the `else:` of `if six.PY3:`), so they fail on Python 3 ' +
      'already, before Django 2.0 removed them.',
    fixSafety:
      'Safe: on Python 2 each alias was bound to its replacement, the same function or class (`force_text` then becomes `force_str` with ' +
      'encoding-force-text at Django 3.0). No fix for `EscapeUnicode` and `StrAndUnicode`, which have none.',
  },
  fix: 'safe',
  truth: {
    removed: ['django.utils.encoding.force_unicode', 'django.utils.encoding.smart_unicode', 'django.utils.text.force_unicode', 'django.utils.safestring.SafeUnicode', 'django.utils.safestring.EscapeUnicode'],
    note: 'StrAndUnicode went in 1.7, not 2.0; the replacements in 1.11 and 2.0 and the Python-2-only binding are proven by test/python2/fix-oracle.test.ts',
  },
  triggers: [...new Set(aliases.map((a) => lastPart(a.name)))],
  check(context) {
    for (const alias of aliases) {
      const word = lastPart(alias.name);
      if (!context.tokens.has(word)) continue;
      const imports = context.scopes.imports.filter((e) => e.qualifiedName === alias.name && e.module !== null);
      // Uses through a from-import (`force_unicode(x)`) and through the module (`encoding.force_unicode(x)`).
      // A use of `name as other` does not spell the name: the import is the finding.
      const uses = context.scopes.referencesTo(alias.name).map((r) => r.node).filter((n) => n.type === 'attribute' || !imports.some((e) => e.aliasNode));
      const edits = renameEdits(context, alias, imports, uses);
      const places = [...imports.map(importedNameNode).filter((n): n is Node => !!n), ...uses.map((u) => (u.type === 'attribute' ? u.childForFieldName('attribute')! : u))];
      for (const node of places.sort((a, b) => a.startIndex - b.startIndex)) {
        if (inPython2OnlyCode(node, ['ImportError', 'NameError'], true)) continue;
        context.report({
          node,
          subject: goneSubject(`\`${alias.name}\``),
          advice: alias.advice,
          fix: edits ? { title: `Replace with \`${lastPart(alias.replacement!)}\``, edits } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.encoding import force_text, smart_text
          from django.utils.safestring import SafeText
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.encoding import force_unicode


          def label(obj):
              return force_unicode(obj)
        `,
        errors: [
          { line: 1, column: 35, message: '`django.utils.encoding.force_unicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `force_text`' },
          { line: 5, column: 12, message: '`django.utils.encoding.force_unicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `force_text`' },
        ],
        output: dedent`
          from django.utils.encoding import force_text


          def label(obj):
              return force_text(obj)
        `,
      },
      {
        code: dedent`
          from django.utils.encoding import smart_unicode as su

          name = su(b"x")
        `,
        errors: [
          { line: 1, column: 35, message: '`django.utils.encoding.smart_unicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `smart_text`' },
        ],
        output: dedent`
          from django.utils.encoding import smart_text as su

          name = su(b"x")
        `,
      },
      {
        code: dedent`
          from django.utils import encoding

          value = encoding.force_unicode(1)
        `,
        errors: [
          { line: 3, column: 18, message: '`django.utils.encoding.force_unicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `force_text`' },
        ],
        output: dedent`
          from django.utils import encoding

          value = encoding.force_text(1)
        `,
      },
      {
        code: dedent`
          from django.utils.safestring import SafeUnicode

          html = SafeUnicode(u"<b>x</b>")
        `,
        errors: [
          { line: 1, column: 37, message: '`django.utils.safestring.SafeUnicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `SafeText`' },
          { line: 3, column: 8, message: '`django.utils.safestring.SafeUnicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `SafeText`' },
        ],
        output: dedent`
          from django.utils.safestring import SafeText

          html = SafeText(u"<b>x</b>")
        `,
      },
      {
        code: dedent`
          from django.utils.encoding import StrAndUnicode


          class Shelf(StrAndUnicode):
              def __unicode__(self):
                  return u"shelf"
        `,
        errors: [
          { line: 1, column: 35, message: '`django.utils.encoding.StrAndUnicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): derive from `object` and define `__str__` (Django 1.7 removed it)' },
          { line: 4, column: 13, message: '`django.utils.encoding.StrAndUnicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): derive from `object` and define `__str__` (Django 1.7 removed it)' },
        ],
      },
      {
        code: dedent`
          from django.utils.safestring import EscapeUnicode
        `,
        errors: [
          { line: 1, column: 37, message: '`django.utils.safestring.EscapeUnicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): Django 2.0 removed the `Escape*` classes: escape with `escape()` where the value is shown' },
        ],
      },
    ],
  },
});
