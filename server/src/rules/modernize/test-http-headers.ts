import type { Node } from 'web-tree-sitter';
import { lineStartOf } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { normalizeEdits } from '../../engine/apply-fixes';
import { releaseNotes } from '../docs-links';
import { attributeAccesses, callArguments, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const clientClasses = ['Client', 'AsyncClient', 'RequestFactory', 'AsyncRequestFactory'];
const requestMethods = new Set(['request', 'get', 'post', 'head', 'options', 'put', 'patch', 'delete', 'trace']);

/** `self.client.get(…)` / `self.async_client.post(…)`. */
function isTestClientCall(call: Node): boolean {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute' || !requestMethods.has(callee.childForFieldName('attribute')!.text)) return false;
  const object = callee.childForFieldName('object')!;
  return object.type === 'attribute' && ['client', 'async_client'].includes(object.childForFieldName('attribute')!.text) && object.childForFieldName('object')!.text === 'self';
}

/**
 * The edits django-upgrade's `test_http_headers` makes, on text offsets instead of tokens: the
 * `HTTP_*` keywords go (with the comma, spaces and, after the first, their line), and their values
 * move into `headers={…}` (a new one where the first was, or the start of the existing dict).
 */
function combineHeaders(text: string, keywords: Node[], headers: Node | null): TextEdit[] {
  const edits: TextEdit[] = [];
  const fragments: string[] = [];
  let deleted = 0;
  let firstStart = -1;
  let after = false;
  for (const keyword of keywords) {
    const name = keyword.childForFieldName('name')!.text;
    if (!name.startsWith('HTTP_')) {
      if (deleted > 0) after = true;
      continue;
    }
    if (deleted > 0) fragments.push(', ');
    const equals = text.indexOf('=', keyword.childForFieldName('name')!.endIndex);
    fragments.push(`"${name.slice(5).replace(/_/g, '-').toLowerCase()}": ${text.slice(equals + 1, keyword.endIndex)}`);
    let start = keyword.startIndex;
    const lineStart = lineStartOf(text, start);
    if ((headers || deleted > 0) && lineStart > 0 && lineStart < start && /^[ \t]+$/.test(text.slice(lineStart, start))) start = lineStart;
    let end = keyword.endIndex;
    if (text[end] === ',') end++;
    const spaces = /^[ \t]+/.exec(text.slice(end))?.[0] ?? '';
    if (spaces && text[end + spaces.length] !== '#') end += spaces.length;
    if (headers || deleted > 0) while (/^\r?\n/.test(text.slice(end))) end += text[end] === '\r' ? 2 : 1;
    if (firstStart === -1) firstStart = start;
    edits.push({ start, end, text: '' });
    deleted++;
  }
  if (headers) {
    const open = headers.startIndex + 1;
    const empty = headers.namedChildren.filter((n) => n && n.type !== 'comment').length === 0;
    const suffix = empty ? '' : /^\r?\n/.test(text.slice(open)) ? ',' : ', ';
    edits.push({ start: open, end: open, text: fragments.join('') + suffix });
  } else {
    edits.push({ start: firstStart, end: firstStart, text: `headers={${fragments.join('')}}${after ? ', ' : ''}` });
  }
  return edits;
}

export default definePythonRule({
  id: 'test-http-headers',
  title: 'Test client `HTTP_*` keyword arguments → `headers={…}`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  onlyIn: ['tests'],
  docsUrl: releaseNotes('4.2', 'tests'),
  docs: {
    what: 'Finds `HTTP_*` keyword arguments of the test `Client`, `AsyncClient`, `RequestFactory`, `AsyncRequestFactory` and of `self.client`/`self.async_client` requests.',
    why: 'Django 4.2 added the `headers` argument, which takes the headers by their HTTP names.',
    fixSafety: 'Safe: the same request headers (an existing `headers` dict keeps precedence, as in Django). Writes what django-upgrade writes, including its `, )` when other keyword arguments follow. Needs Django 4.2+.',
  },
  upstream: { djangoUpgrade: 'test_http_headers' },
  fix: 'safe',
  fixMinVersion: '4.2',
  truth: { replacements: ['django.test.client.Client'], note: 'a modernisation: HTTP_* keyword arguments keep working' },
  triggers: ['Client', 'AsyncClient', 'RequestFactory', 'AsyncRequestFactory', 'client', 'async_client'],
  check(context) {
    const calls = new Map<number, Node>();
    for (const { call } of callsTo(context, clientClasses.flatMap((name) => [`django.test.${name}`, `django.test.client.${name}`]))) calls.set(call.startIndex, call);
    for (const client of [...attributeAccesses(context, 'client'), ...attributeAccesses(context, 'async_client')].sort((a, b) => a.startIndex - b.startIndex)) {
      // `self.client.get(…)`: the client's attribute, then the call of its method.
      const call = client.parent?.type === 'attribute' ? client.parent.parent : null;
      if (call?.type === 'call' && isTestClientCall(call) && !calls.has(call.startIndex)) calls.set(call.startIndex, call);
    }
    for (const call of calls.values()) {
      const { list } = callArguments(call);
      if (!list) continue;
      const keywords: Node[] = [];
      let headers: Node | null = null;
      let ok = true;
      for (const item of list.namedChildren) {
        if (!item) continue;
        if (item.type === 'dictionary_splat') ok = false;
        if (item.type !== 'keyword_argument') continue;
        keywords.push(item);
        if (item.childForFieldName('name')!.text === 'headers') {
          headers = item.childForFieldName('value');
          if (headers?.type !== 'dictionary') ok = false;
        }
      }
      const http = keywords.filter((k) => k.childForFieldName('name')!.text.startsWith('HTTP_'));
      if (!ok || http.length === 0) continue;
      let fix;
      try {
        fix = { title: 'Pass the headers in `headers={…}`', edits: normalizeEdits(combineHeaders(context.text, keywords, headers)) };
      } catch {
        fix = undefined;
      }
      context.report({ node: http[0], subject: '`HTTP_*` keyword arguments', advice: 'pass the headers as `headers={…}`', fix });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          class T(TestCase):
              def test(self):
                  self.client.get("/", headers={"accept": "application/json"})
        `,
        filename: 'shop/tests.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.test import RequestFactory

          class T(TestCase):
              def test(self):
                  self.client.get("/", HTTP_ACCEPT="application/json")
                  self.client.post(
                      "/",
                      data={},
                      HTTP_ACCEPT="json",
                      HTTP_X_API_KEY="k",
                  )
                  request = RequestFactory().get("/", HTTP_HOST="example.com", headers={"accept": "json"})
        `,
        filename: 'shop/tests.py',
        errors: [
          { line: 5, column: 30, message: '`HTTP_*` keyword arguments: pass the headers as `headers={…}`' },
          { line: 9, column: 13, message: '`HTTP_*` keyword arguments: pass the headers as `headers={…}`' },
        ],
        output: dedent`
          from django.test import RequestFactory

          class T(TestCase):
              def test(self):
                  self.client.get("/", headers={"accept": "application/json"})
                  self.client.post(
                      "/",
                      data={},
                      headers={"accept": "json", "x-api-key": "k"}
                  )
                  request = RequestFactory().get("/", HTTP_HOST="example.com", headers={"accept": "json"})
        `,
      },
      {
        code: dedent`
          from django.test import TestCase


          class ApiTests(TestCase):
              def test_requires_token(self):
                  response = self.client.get("/api/orders/", HTTP_AUTHORIZATION="Token abc")
                  self.assertEqual(response.status_code, 200)
        `,
        filename: 'shop/tests.py',
        errors: [
          { line: 6, column: 52, message: '`HTTP_*` keyword arguments: pass the headers as `headers={…}`' },
        ],
        output: dedent`
          from django.test import TestCase


          class ApiTests(TestCase):
              def test_requires_token(self):
                  response = self.client.get("/api/orders/", headers={"authorization": "Token abc"})
                  self.assertEqual(response.status_code, 200)
        `,
      },
    ],
  },
});
