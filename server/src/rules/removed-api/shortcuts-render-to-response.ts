import type { Node } from 'web-tree-sitter';
import { normalizedOrNull, removeImportEntries } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { callArguments, mayName } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const qualifiedName = 'django.shortcuts.render_to_response';

/** The name of the first parameter of the innermost function around `node`. */
function firstParameterOfEnclosingFunction(node: Node): string | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'lambda') return null;
    if (current.type !== 'function_definition') continue;
    const first = current.childForFieldName('parameters')?.namedChildren.find((p) => p && p.type !== 'comment');
    if (!first) return null;
    if (first.type === 'identifier') return first.text;
    if (first.type === 'typed_parameter') return first.namedChildren.find((c) => c?.type === 'identifier')?.text ?? null;
    if (first.type === 'default_parameter' || first.type === 'typed_default_parameter') return first.childForFieldName('name')?.text ?? null;
    return null;
  }
  return null;
}

export default definePythonRule({
  id: 'shortcuts-render-to-response',
  title: '`render_to_response()` → `render(request, …)`',
  category: 'removed-api',
  deprecatedIn: '2.0',
  removedIn: '3.0',
  docs: {
    what: 'Finds `django.shortcuts.render_to_response`.',
    why: 'Django 2.0 deprecated it in favour of `render()`, which also passes the request to the template (CSRF tokens, context processors); 3.0 removed it.',
    fixSafety: 'Like django-upgrade: when every use is a call with arguments inside a function whose first parameter is `request`, and the name `render` is free, the calls become `render(request, …)`. The templates then also get the context processors\' variables.',
  },
  upstream: { djangoUpgrade: 'render_to_response' },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  checklist: ['render-to-response'],
  truth: { removed: [qualifiedName], replacements: ['django.shortcuts.render'] },
  triggers: ['render_to_response'],
  check(context) {
    if (!mayName(context, qualifiedName)) return;
    const { scopes, text } = context;
    const entries = scopes.imports.filter((e) => e.qualifiedName === qualifiedName);
    const references = scopes.referencesTo(qualifiedName).filter((r) => r.node.type === 'attribute' || r.node.text === 'render_to_response');
    if (entries.length === 0 && references.length === 0) return;
    const edits: TextEdit[] = [];
    let fixable = entries.every((e) => e.module === 'django.shortcuts' && !e.aliasNode) && !scopes.isNameBound('render');
    for (const reference of references) {
      const call = reference.node.parent;
      const isCall = call?.type === 'call' && call.childForFieldName('function')?.startIndex === reference.node.startIndex;
      const args = isCall ? callArguments(call!) : null;
      if (!isCall || !args?.list || args.hasSplat || (args.positional.length === 0 && args.keywords.size === 0) || firstParameterOfEnclosingFunction(reference.node) !== 'request') {
        fixable = false;
        continue;
      }
      const callee = reference.node;
      const nameNode = callee.type === 'attribute' ? callee.childForFieldName('attribute')! : callee;
      edits.push({ start: nameNode.startIndex, end: nameNode.endIndex, text: 'render' });
      edits.push({ start: args.list.startIndex + 1, end: args.list.startIndex + 1, text: 'request, ' });
    }
    for (const entry of entries) {
      const nameNode = entry.entry;
      const renderImported = scopes.imports.some((e) => e.statement === entry.statement && e.importedName === 'render' && !e.aliasNode);
      if (renderImported) edits.push(...removeImportEntries(text, entry.statement, [entry.entry]));
      else edits.push({ start: nameNode.startIndex, end: nameNode.endIndex, text: 'render' });
    }
    const normalized = fixable ? normalizedOrNull(edits) : null;
    const fix = normalized ? { title: 'Use `render(request, …)`', edits: normalized } : undefined;
    for (const node of [...entries.map((e) => e.entry), ...references.map((r) => r.node)]) {
      context.report({ node, subject: '`render_to_response()`', advice: 'use `render(request, template_name, context)`', fix });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.shortcuts import render

          def v(request):
              return render(request, "a.html")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.shortcuts import get_object_or_404, render_to_response

          def v(request, pk):
              return render_to_response("a.html", {"pk": pk})
        `,
        errors: [
          { line: 1, column: 49, message: '`render_to_response()` is deprecated since Django 2.0 and removed in 3.0: use `render(request, template_name, context)`' },
          { line: 4, column: 12, message: '`render_to_response()` is deprecated since Django 2.0 and removed in 3.0: use `render(request, template_name, context)`' },
        ],
        output: dedent`
          from django.shortcuts import get_object_or_404, render

          def v(request, pk):
              return render(request, "a.html", {"pk": pk})
        `,
      },
      {
        code: dedent`
          from django.shortcuts import render_to_response

          class V(View):
              def get(self, request):
                  return render_to_response("a.html")
        `,
        errors: [
          { line: 1, column: 30, message: '`render_to_response()` is deprecated since Django 2.0 and removed in 3.0: use `render(request, template_name, context)`' },
          { line: 5, column: 16, message: '`render_to_response()` is deprecated since Django 2.0 and removed in 3.0: use `render(request, template_name, context)`' },
        ],
      },
      {
        code: dedent`
          from django.shortcuts import render_to_response

          def archive(request, year):
              context = {"year": year}
              return render_to_response("archive.html", context, content_type="text/html")
        `,
        errors: [
          { line: 1, column: 30, message: '`render_to_response()` is deprecated since Django 2.0 and removed in 3.0: use `render(request, template_name, context)`' },
          { line: 5, column: 12, message: '`render_to_response()` is deprecated since Django 2.0 and removed in 3.0: use `render(request, template_name, context)`' },
        ],
        output: dedent`
          from django.shortcuts import render

          def archive(request, year):
              context = {"year": year}
              return render(request, "archive.html", context, content_type="text/html")
        `,
      },
    ],
  },
});
