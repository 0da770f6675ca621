import type { PythonRuleContext } from '../../engine/lint';
import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import { indentationAt, lineEndOf, lineStartOf, newlineOf } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { linesBeforeImport } from '../../engine/python-edits';
import { identifiersSpelled, isAttributeName } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const qualifiedName = 'django.db.models.permalink';
const items = (node: Node) => node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');

/** `return ("name", [args], {kwargs})` → `return reverse("name", args=[args], kwargs={kwargs})`, as django-upgrade writes it. */
function reverseCall(value: Node): string | null {
  const tuple = value.type === 'parenthesized_expression' ? null : value;
  if (!tuple || (tuple.type !== 'tuple' && tuple.type !== 'expression_list')) return null;
  const elements = items(tuple);
  if (elements.length < 2 || elements.length > 3) return null;
  const hasArgs = !(elements[1].type === 'list' && items(elements[1]).length === 0);
  const hasKwargs = elements.length === 3 && !(elements[2].type === 'dictionary' && items(elements[2]).length === 0);
  const parts = [elements[0].text];
  if (hasArgs) parts.push(`args=${elements[1].text}`);
  if (hasKwargs) parts.push(`kwargs=${elements[2].text}`);
  return `reverse(${parts.join(', ')})`;
}

/** Decorators spelled `@permalink` or `@<x>.permalink`, in the order of the text. */
function permalinkDecorators(context: PythonRuleContext): Node[] {
  return identifiersSpelled(context, 'permalink')
    .map((name) => (isAttributeName(name) ? name.parent! : name))
    .map((expression) => expression.parent)
    .filter((decorator): decorator is Node => decorator?.type === 'decorator');
}

export default definePythonRule({
  id: 'models-permalink',
  title: '`@models.permalink` → `reverse()`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docs: {
    what: 'Finds the `django.db.models.permalink` decorator.',
    why: 'Django 1.11 deprecated it in favour of calling `django.urls.reverse()` in `get_absolute_url()`; 2.1 removed it.',
    fixSafety: 'Safe for a method whose body is `return (name, args[, kwargs])`: the decorator goes and the method returns `reverse(name, args=…, kwargs=…)`, with `from django.urls import reverse`. Needs Django 1.10+, where `django.urls` exists.',
  },
  upstream: { djangoUpgrade: 'permalink' },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['models-permalink'],
  truth: { removed: [qualifiedName], replacements: ['django.urls.reverse'] },
  triggers: ['permalink'],
  check(context) {
    const { scopes, text } = context;
    const reverseImported = scopes.imports.some((e) => e.qualifiedName === 'django.urls.reverse' && e.localName === 'reverse');
    // `reverse` must mean Django's where the fix writes it (not a parameter of the method).
    const reverseFree = (site: Node) => scopes.renameSafety('reverse', 'django.urls.reverse', [site], 0) === 'safe';
    let directEntries = scopes.imports.filter((e) => e.qualifiedName === qualifiedName);
    const fixes: Array<{ node: Node; edits: TextEdit[] | null }> = [];
    for (const decorator of permalinkDecorators(context)) {
      const expression = decorator.namedChildren.find((n) => n && n.type !== 'comment');
      if (!expression || scopes.qualifiedNameOf(expression) !== qualifiedName) continue;
      const definition = decorator.parent;
      const fn = definition?.childForFieldName('definition');
      const decorators = definition ? definition.namedChildren.filter((n) => n?.type === 'decorator') : [];
      const body = fn?.type === 'function_definition' ? items(fn.childForFieldName('body')!) : [];
      const returned = body.length === 1 && body[0].type === 'return_statement' ? body[0].namedChildren.find((n) => n && n.type !== 'comment') : null;
      const call = returned ? reverseCall(returned) : null;
      if (!call || decorators.length !== 1 || !reverseFree(returned!) || fn!.text.startsWith('async')) {
        fixes.push({ node: expression, edits: null });
        continue;
      }
      const decoratorStart = lineStartOf(text, decorator.startIndex);
      let decoratorEnd = lineEndOf(text, decorator.endIndex);
      decoratorEnd += text.startsWith('\r\n', decoratorEnd) ? 2 : text[decoratorEnd] === '\n' ? 1 : 0;
      fixes.push({ node: expression, edits: [{ start: decoratorStart, end: decoratorEnd, text: '' }, { start: returned!.startIndex, end: returned!.endIndex, text: call }] });
    }
    if (fixes.length === 0 && directEntries.length === 0) return;
    // Imports: `reverse` after `from django.db import models`, or in place of a direct `permalink` import.
    const extra: TextEdit[] = [];
    directEntries = directEntries.filter((e) => e.module === 'django.db.models');
    if (directEntries.length > 0) {
      for (const [i, entry] of directEntries.entries()) extra.push(...linesBeforeImport(text, entry.statement, [entry.entry], i === 0 && !reverseImported ? ['from django.urls import reverse'] : []));
    } else if (!reverseImported) {
      const models = scopes.imports.find((e) => e.boundQualifiedName === 'django.db.models' && e.scope === scopes.moduleScope && e.module === 'django.db');
      if (models) {
        const end = lineEndOf(text, models.statement.endIndex);
        extra.push({ start: end, end, text: `${newlineOf(text)}${indentationAt(text, models.statement.startIndex)}from django.urls import reverse` });
      } else {
        extra.push({ start: 0, end: 0, text: `from django.urls import reverse${newlineOf(text)}` });
      }
    }
    const fixable = fixes.every((f) => f.edits !== null);
    let fix;
    if (fixable && fixes.length > 0) {
      try {
        fix = { title: 'Return `reverse(…)`', edits: normalizeEdits([...fixes.flatMap((f) => f.edits!), ...extra]) };
      } catch {
        fix = undefined;
      }
    }
    for (const { node } of fixes) context.report({ node, subject: '`@models.permalink`', advice: 'return `django.urls.reverse(name, args=…, kwargs=…)`', fix });
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models
          from django.urls import reverse

          class A(models.Model):
              def get_absolute_url(self):
                  return reverse("a-detail", args=[self.pk])
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class A(models.Model):
              @models.permalink
              def get_absolute_url(self):
                  return ("a-detail", [self.pk])

              @models.permalink
              def get_edit_url(self):
                  return ("a-edit", [], {"slug": self.slug})
        `,
        errors: [
          { line: 4, column: 6, message: '`@models.permalink` is deprecated since Django 1.11 and removed in 2.1: return `django.urls.reverse(name, args=…, kwargs=…)`' },
          { line: 8, column: 6, message: '`@models.permalink` is deprecated since Django 1.11 and removed in 2.1: return `django.urls.reverse(name, args=…, kwargs=…)`' },
        ],
        output: dedent`
          from django.db import models
          from django.urls import reverse

          class A(models.Model):
              def get_absolute_url(self):
                  return reverse("a-detail", args=[self.pk])

              def get_edit_url(self):
                  return reverse("a-edit", kwargs={"slug": self.slug})
        `,
      },
      {
        code: dedent`
          from django.db.models import Model, permalink

          class A(Model):
              @permalink
              def get_absolute_url(self):
                  return "a-detail", (self.pk,)
        `,
        errors: [
          { line: 4, column: 6, message: '`@models.permalink` is deprecated since Django 1.11 and removed in 2.1: return `django.urls.reverse(name, args=…, kwargs=…)`' },
        ],
        output: dedent`
          from django.urls import reverse
          from django.db.models import Model

          class A(Model):
              def get_absolute_url(self):
                  return reverse("a-detail", args=(self.pk,))
        `,
      },
    ],
  },
});
