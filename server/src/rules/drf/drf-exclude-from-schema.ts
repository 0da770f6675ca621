import { dedent, definePythonRule } from '../shapes';
import { addImports, deleteStatement, indentationAt, lineEndOf, lineStartOf, newlineOf, normalizedOrNull, removeElement } from '../../engine/python-edits';
import { basesOf, callArguments, callsTo, classAssignments, subclassesOf } from '../../engine/python-queries';
import { drfReleaseNotes } from '../shapes/libraries';
import type { TextEdit } from '../../engine/types';

const apiView = 'rest_framework.decorators.api_view';
const views = ['rest_framework.views.APIView'];

export default definePythonRule({
  id: 'drf-exclude-from-schema',
  title: '`exclude_from_schema` → `@schema(None)` / `schema = None`',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.7',
  removedIn: '3.9',
  fixMinVersion: '3.7',
  docsUrl: drfReleaseNotes('3.7'),
  triggers: ['exclude_from_schema'],
  docs: {
    what: "Finds `@api_view(..., exclude_from_schema=...)` and a view class's `exclude_from_schema` attribute (classes derived from `APIView`).",
    why: 'DRF 3.7 replaced the flag by the view\'s `schema` (`None` to leave it out) and warned; 3.9 removed the argument (`TypeError`) and stopped reading the attribute (the view shows up in the schema again).',
    fixSafety:
      'Safe: `exclude_from_schema=True` becomes an `@schema(None)` decorator under `@api_view` (imported from `rest_framework.decorators`), the attribute `schema = None`; with `False` the argument goes, and the attribute where the class derives only from imported classes (a base of the module may set `schema = None`). Both keep the view out of generated schemas as before. Needs DRF 3.7+. Other values (a variable) are reported only.',
  },
  fix: 'safe',
  truth: {
    removedParameters: [{ symbol: apiView, name: 'exclude_from_schema' }],
    removed: ["rest_framework.schemas.generators mentions 'exclude_from_schema'"],
    replacements: ['rest_framework.decorators.schema'],
    deprecated: ["rest_framework.decorators.api_view mentions 'PendingDeprecationWarning'", 'rest_framework.decorators.schema'],
  },
  check(context) {
    const { text, scopes } = context;
    const subject = '`exclude_from_schema`';
    for (const { call } of callsTo(context, [apiView])) {
      const { list, keywords } = callArguments(call);
      const argument = keywords.get('exclude_from_schema');
      const value = argument?.childForFieldName('value')?.text;
      if (!list || !argument) continue;
      let edits: TextEdit[] | null = null;
      const decorator = call.parent;
      if (value === 'False') edits = removeElement(text, list, argument);
      else if (value === 'True' && decorator?.type === 'decorator') {
        const newline = newlineOf(text);
        const lineEnd = lineEndOf(text, decorator.endIndex);
        edits = normalizedOrNull([
          ...removeElement(text, list, argument),
          { start: lineEnd, end: lineEnd, text: `${newline}${indentationAt(text, decorator.startIndex)}@schema(None)` },
          ...addImports(scopes, text, [{ module: 'rest_framework.decorators', name: 'schema' }], { before: lineStartOf(text, decorator.startIndex) }),
        ]);
      }
      context.report({ node: argument, subject, advice: 'decorate the view with `@schema(None)`', fix: edits ? { title: 'Use `@schema(None)`', edits } : undefined });
    }
    for (const classNode of subclassesOf(context, views)) {
      const hasSchema = classAssignments(classNode, 'schema').length > 0;
      for (const { statement, right } of classAssignments(classNode, 'exclude_from_schema')) {
        let edits: TextEdit[] | null = null;
        if (right?.text === 'True' && !hasSchema) edits = [{ start: statement.startIndex, end: statement.endIndex, text: 'schema = None' }];
        // A base of the module may leave its views out (`schema = None`): only a direct subclass of imported classes drops the flag.
        else if (right?.text === 'False' && basesOf(classNode).every((base) => scopes.qualifiedNameOf(base) !== null)) edits = [deleteStatement(text, statement)];
        context.report({ node: statement, subject, advice: 'set `schema = None` on the view', fix: edits ? { title: 'Use `schema = None`', edits } : undefined });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework.decorators import api_view, schema


          @api_view(["GET"])
          @schema(None)
          def health(request):
              return None
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.decorators import api_view


          @api_view(["GET"], exclude_from_schema=True)
          def health(request):
              return None
        `,
        errors: [
          { line: 4, column: 20, message: '`exclude_from_schema` is deprecated since Django REST Framework 3.7 and removed in 3.9: decorate the view with `@schema(None)`' },
        ],
        output: dedent`
          from rest_framework.decorators import api_view, schema


          @api_view(["GET"])
          @schema(None)
          def health(request):
              return None
        `,
      },
      {
        code: dedent`
          from rest_framework.views import APIView


          class Health(APIView):
              exclude_from_schema = True


          class Ping(APIView):
              exclude_from_schema = False
              permission_classes = []


          class Pong(Health):
              exclude_from_schema = False
        `,
        errors: [
          { line: 5, column: 5, message: '`exclude_from_schema` is deprecated since Django REST Framework 3.7 and removed in 3.9: set `schema = None` on the view' },
          { line: 9, column: 5, message: '`exclude_from_schema` is deprecated since Django REST Framework 3.7 and removed in 3.9: set `schema = None` on the view' },
          { line: 14, column: 5, message: '`exclude_from_schema` is deprecated since Django REST Framework 3.7 and removed in 3.9: set `schema = None` on the view' },
        ],
        output: dedent`
          from rest_framework.views import APIView


          class Health(APIView):
              schema = None


          class Ping(APIView):
              permission_classes = []


          class Pong(Health):
              exclude_from_schema = False
        `,
      },
    ],
  },
});
