import type { PythonRuleContext } from '../../engine/lint';
import type { Node } from 'web-tree-sitter';
import { identifiersSpelled, moduleAssignments, sameNode } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const handlers = ['handler400', 'handler403', 'handler404'];

/** The module-level `def name(...)` (plain or decorated) that a name refers to, or null. */
function moduleFunction(context: PythonRuleContext, name: string): Node | null {
  let found: Node | null = null;
  // The last definition of the module wins, as when the module runs.
  for (const identifier of identifiersSpelled(context, name)) {
    const definition = identifier.parent;
    if (definition?.type !== 'function_definition' || !sameNode(definition.childForFieldName('name'), identifier)) continue;
    const statement = definition.parent?.type === 'decorated_definition' ? definition.parent : definition;
    if (statement.parent?.type === 'module') found = definition;
  }
  return found;
}

export default definePythonRule({
  id: 'error-handler-exception-parameter',
  title: '`handler400`/`403`/`404` views need an `exception` parameter',
  category: 'urls',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds the error views named by `handler400`, `handler403` and `handler404` in a URLconf when they are defined in the same module and take no `exception` argument.',
    why: 'Django calls these views with `exception=` since 1.9; Django 2.0 dropped the fallback for views that do not accept it, so the error page itself fails with a `TypeError`.',
    fixSafety: 'Safe: adds an `exception=None` parameter, so direct calls with the request only keep working. Views imported from other modules cannot be checked from the URLconf.',
  },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  checklist: ['error-view-one-arg'],
  truth: { note: 'the handlers are called with an `exception` keyword since 1.9 (django.core.handlers); no name appears or disappears' },
  triggers: ['handler400', 'handler403', 'handler404'],
  check(context) {
    for (const handler of handlers) {
      for (const { right } of moduleAssignments(context, handler)) {
        if (right?.type !== 'identifier' || context.scopes.qualifiedNameOf(right)) continue;
        const definition = moduleFunction(context, right.text);
        const parameters = definition?.childForFieldName('parameters');
        if (!definition || !parameters) continue;
        const items = parameters.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
        const names = items.map((p) => (p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? p.firstNamedChild?.text ?? ''));
        if (items.length === 0 || names.includes('exception') || items.some((p) => p.type === 'dictionary_splat_pattern')) continue;
        const last = items[items.length - 1];
        context.report({
          node: definition.childForFieldName('name') ?? definition,
          subject: `The \`${handler}\` view \`${right.text}()\` without an \`exception\` parameter`,
          advice: `accept it: \`def ${right.text}(request, exception)\``,
          fix: { title: 'Add an `exception=None` parameter', edits: [{ start: last.endIndex, end: last.endIndex, text: ', exception=None' }] },
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          def not_found(request, exception):
              pass

          handler404 = not_found
        `,
        filename: 'mysite/urls.py',
      },
      {
        code: dedent`
          from shop.views import not_found

          handler404 = not_found
          handler500 = "shop.views.error"
        `,
        filename: 'mysite/urls.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.shortcuts import render


          def not_found(request):
              return render(request, "404.html", status=404)


          def forbidden(request, template_name="403.html"):
              return render(request, template_name, status=403)


          handler404 = not_found
          handler403 = forbidden
        `,
        filename: 'mysite/urls.py',
        errors: [
          { line: 4, column: 5, message: 'The `handler404` view `not_found()` without an `exception` parameter is deprecated since Django 1.9 and removed in 2.0: accept it: `def not_found(request, exception)`' },
          { line: 8, column: 5, message: 'The `handler403` view `forbidden()` without an `exception` parameter is deprecated since Django 1.9 and removed in 2.0: accept it: `def forbidden(request, exception)`' },
        ],
        output: dedent`
          from django.shortcuts import render


          def not_found(request, exception=None):
              return render(request, "404.html", status=404)


          def forbidden(request, template_name="403.html", exception=None):
              return render(request, template_name, status=403)


          handler404 = not_found
          handler403 = forbidden
        `,
      },
      {
        code: dedent`
          from django.http import HttpResponseBadRequest

          urlpatterns = []


          def bad_request(request):
              return HttpResponseBadRequest("Bad request")


          handler400 = bad_request
        `,
        filename: 'shop/urls.py',
        errors: [
          { line: 6, column: 5, message: 'The `handler400` view `bad_request()` without an `exception` parameter is deprecated since Django 1.9 and removed in 2.0: accept it: `def bad_request(request, exception)`' },
        ],
        output: dedent`
          from django.http import HttpResponseBadRequest

          urlpatterns = []


          def bad_request(request, exception=None):
              return HttpResponseBadRequest("Bad request")


          handler400 = bad_request
        `,
      },
    ],
  },
});
