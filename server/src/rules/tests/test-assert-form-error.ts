import type { Node } from 'web-tree-sitter';
import type { TextEdit } from '../../engine/types';
import { callArguments, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const methods = ['assertFormError', 'assertFormsetError', 'assertFormSetError'];
const clientMethods = new Set(['request', 'get', 'post', 'head', 'options', 'put', 'patch', 'delete', 'trace']);

/** django-upgrade's `arguments_match`: the old signatures, by positional count and keyword names. */
function argumentsMatch(name: string, positional: number, keywords: string[]): boolean {
  const total = positional + keywords.length;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (name === 'assertFormError') {
    return (total === 4 && (positional === 4 || (positional === 3 && same(keywords, ['errors'])))) ||
      (total === 5 && (positional === 5 || (positional === 4 && keywords[0] === 'msg_prefix') || (positional === 3 && same(keywords, ['errors', 'msg_prefix']))));
  }
  return (total === 5 && (positional === 5 || (positional === 4 && same(keywords, ['errors'])))) ||
    (total === 6 && (positional === 6 || (positional === 5 && same(keywords, ['msg_prefix'])) || (positional === 4 && same(keywords, ['errors', 'msg_prefix']))));
}

/** `self.client.get(…)` / `await self.async_client.get(…)`. */
function isClientCall(node: Node | null): boolean {
  if (node?.type === 'await') node = node.namedChildren[0] ?? null;
  if (node?.type !== 'call') return false;
  const callee = node.childForFieldName('function');
  const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  return callee?.type === 'attribute' && clientMethods.has(callee.childForFieldName('attribute')!.text) &&
    object?.type === 'attribute' && ['client', 'async_client'].includes(object.childForFieldName('attribute')!.text) &&
    object.childForFieldName('object')?.text === 'self';
}

/** Whether `name` was assigned a test client response earlier in the function (django-upgrade's lookback). */
function assignedFromClient(statement: Node, name: string): boolean {
  const body = statement.parent;
  const fn = body?.parent;
  if (body?.type !== 'block' || fn?.type !== 'function_definition') return false;
  let found = false;
  const visit = (node: Node): boolean => {
    if (node.startIndex >= statement.startIndex) return true;
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') return false;
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      if (left?.type === 'identifier' && left.text === name && isClientCall(node.childForFieldName('right'))) {
        found = true;
        return true;
      }
    }
    for (const child of node.namedChildren) if (child && visit(child)) return true;
    return false;
  };
  for (const child of body.namedChildren) if (child && visit(child)) break;
  return found;
}

export default definePythonRule({
  id: 'test-assert-form-error',
  title: '`assertFormError(response, "form", …)` → `assertFormError(response.context["form"], …)`',
  category: 'tests',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  onlyIn: ['tests'],
  docs: {
    what: 'Finds `self.assertFormError()`/`assertFormsetError()` called with a response and a form name, and `errors=None`.',
    why: 'Django 4.1 changed them to take the form (or formset) itself; 5.0 removed the response signature, and `errors=None` must become `[]`.',
    fixSafety: 'Safe: `response.context["form"]` is the form the old signature looked up. Like django-upgrade, the first argument must look like a response (`response`, `resp`, `res`, `r`, or assigned from `self.client.…()` earlier in the test). Needs Django 4.1+.',
  },
  upstream: { djangoUpgrade: 'assert_form_error' },
  fix: 'safe',
  fixMinVersion: '4.1',
  checklist: ['assertformerror-response', 'assertformerror-errors-none'],
  truth: { replacements: ['django.test.testcases.SimpleTestCase.assertFormError'], note: 'the signature changed, not the name' },
  triggers: ['assertFormError', 'assertFormsetError', 'assertFormSetError'],
  check(context) {
    const { text } = context;
    for (const { call, callee, receiver, name } of methodCalls(context, methods)) {
      if (receiver.text !== 'self') continue;
      const { list, positional, keywords, hasSplat } = callArguments(call);
      const kind = name === 'assertFormError' ? 'assertFormError' : 'assertFormsetError';
      if (!list || hasSplat || !argumentsMatch(kind, positional.length, [...keywords.keys()])) continue;
      const [responseArg, formArg] = positional;
      if (!(formArg.type === 'string' || formArg.type === 'identifier') || responseArg.type !== 'identifier') continue;
      const statement = call.parent?.type === 'expression_statement' ? call.parent : null;
      const looksLikeResponse = responseArg.text.includes('response') || ['resp', 'res', 'r'].includes(responseArg.text) ||
        (statement !== null && assignedFromClient(statement, responseArg.text));
      if (!looksLikeResponse) continue;
      const edits: TextEdit[] = [{ start: responseArg.endIndex, end: responseArg.endIndex, text: `.context[${formArg.text}]` }];
      const afterForm = /^(\s*,[ \t]*)/.exec(text.slice(formArg.endIndex));
      const end = formArg.endIndex + (afterForm ? afterForm[1].length : 0);
      if (afterForm && /^(\r?\n)/.test(text.slice(end))) {
        const lineStart = text.lastIndexOf('\n', formArg.startIndex - 1);
        const start = text[lineStart - 1] === '\r' ? lineStart - 1 : lineStart;
        edits.push({ start, end, text: '' });
      } else {
        edits.push({ start: formArg.startIndex, end, text: '' });
      }
      const errors = positional[kind === 'assertFormError' ? 3 : 4] ?? keywords.get('errors')?.childForFieldName('value');
      if (errors?.type === 'none') edits.push({ start: errors.startIndex, end: errors.endIndex, text: '[]' });
      context.report({
        node: callee,
        subject: `\`${name}()\` with a response and a form name`,
        advice: `pass the form: \`${name}(${responseArg.text}.context[${formArg.text}], …)\``,
        fix: { title: `Pass \`${responseArg.text}.context[${formArg.text}]\``, edits },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          class T(TestCase):
              def test(self):
                  self.assertFormError(form, "name", ["Required."])
        `,
        filename: 'shop/tests.py',
      },
      {
        code: dedent`
          class T(TestCase):
              def test(self):
                  self.assertFormError(form, "name", "field", "Bad")
        `,
        filename: 'shop/tests.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          class T(TestCase):
              def test(self):
                  response = self.client.post("/", {})
                  self.assertFormError(response, "form", "name", "Required.")
                  self.assertFormError(response, "form", "email", None)
        `,
        filename: 'shop/tests.py',
        errors: [
          { line: 4, column: 9, message: '`assertFormError()` with a response and a form name is deprecated since Django 4.1 and removed in 5.0: pass the form: `assertFormError(response.context["form"], …)`' },
          { line: 5, column: 9, message: '`assertFormError()` with a response and a form name is deprecated since Django 4.1 and removed in 5.0: pass the form: `assertFormError(response.context["form"], …)`' },
        ],
        output: dedent`
          class T(TestCase):
              def test(self):
                  response = self.client.post("/", {})
                  self.assertFormError(response.context["form"], "name", "Required.")
                  self.assertFormError(response.context["form"], "email", [])
        `,
      },
      {
        code: dedent`
          class T(TestCase):
              def test(self):
                  page = self.client.get("/")
                  self.assertFormsetError(
                      page,
                      "formset",
                      0,
                      "name",
                      errors=["Required."],
                  )
        `,
        filename: 'shop/tests/test_forms.py',
        errors: [
          { line: 4, column: 9, message: '`assertFormsetError()` with a response and a form name is deprecated since Django 4.1 and removed in 5.0: pass the form: `assertFormsetError(page.context["formset"], …)`' },
        ],
        output: dedent`
          class T(TestCase):
              def test(self):
                  page = self.client.get("/")
                  self.assertFormsetError(
                      page.context["formset"],
                      0,
                      "name",
                      errors=["Required."],
                  )
        `,
      },
    ],
  },
});
