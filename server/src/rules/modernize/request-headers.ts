import type { Node } from 'web-tree-sitter';
import { releaseNotes } from '../docs-links';
import { attributeAccesses, literalString, pythonRepr, quoteOf, sameNode } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** `HTTP_ACCEPT_LANGUAGE` → `accept-language`; CONTENT_LENGTH/CONTENT_TYPE too; null for other META keys. */
function headerName(metaName: string): string | null {
  const name = metaName.startsWith('HTTP_') ? metaName.slice(5) : ['CONTENT_LENGTH', 'CONTENT_TYPE'].includes(metaName) ? metaName : null;
  return name === null ? null : name.toLowerCase().split('_').join('-');
}

/** `request.META` or `self.request.META` (django-upgrade matches these spellings). */
function isRequestMeta(node: Node | null): node is Node {
  if (node?.type !== 'attribute' || node.childForFieldName('attribute')!.text !== 'META') return false;
  const object = node.childForFieldName('object')!;
  if (object.type === 'identifier') return object.text === 'request';
  return object.type === 'attribute' && object.childForFieldName('attribute')!.text === 'request' && object.childForFieldName('object')!.text === 'self';
}

export default definePythonRule({
  id: 'request-headers',
  title: '`request.META["HTTP_…"]` → `request.headers["…"]`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  docsUrl: releaseNotes('2.2', 'requests-and-responses'),
  docs: {
    what: 'Finds reads of HTTP headers from `request.META` (`[…]`, `.get(…)`, `in`) on `request` or `self.request`.',
    why: 'Django 2.2 added `request.headers`, a case-insensitive mapping of the headers by their HTTP names.',
    fixSafety: 'Safe for reads: `request.headers` holds the same values. Writes to `request.META` are left alone. Needs Django 2.2+.',
  },
  upstream: { djangoUpgrade: 'request_headers' },
  fix: 'safe',
  fixMinVersion: '2.2',
  truth: { replacements: ['django.http.request.HttpRequest.headers'], note: 'a modernisation: request.META stays' },
  triggers: ['META'],
  check(context) {
    const report = (metaNode: Node, key: Node, name: string, header: string, quote: string) => {
      const attribute = metaNode.childForFieldName('attribute')!;
      context.report({
        node: key,
        subject: `\`request.META["${name}"]\``,
        advice: `use \`request.headers["${header}"]\``,
        fix: {
          title: `Use \`request.headers["${header}"]\``,
          edits: [
            { start: attribute.startIndex, end: attribute.endIndex, text: 'headers' },
            { start: key.startIndex, end: key.endIndex, text: pythonRepr(header, quote) },
          ].sort((a, b) => a.start - b.start),
        },
      });
    };
    const plain = (node: Node | null) => {
      const value = node?.type === 'string' ? literalString(node) : null;
      return value === null ? null : { value, quote: quoteOf(node!) };
    };
    // Every read starts from a `request.META` (or `self.request.META`) expression.
    for (const meta of attributeAccesses(context, 'META').filter(isRequestMeta)) {
      const parent = meta.parent;
      if (parent?.type === 'subscript' && sameNode(parent.childForFieldName('value'), meta)) {
        const subscript = parent;
        const above = subscript.parent;
        const stored = (above?.type === 'assignment' || above?.type === 'augmented_assignment') && above.childForFieldName('left')?.startIndex === subscript.startIndex
          || above?.type === 'delete_statement' || above?.type === 'pattern_list' || above?.type === 'tuple_pattern';
        const keys = subscript.childrenForFieldName('subscript').filter((n): n is Node => n !== null);
        const literal = keys.length === 1 ? plain(keys[0]) : null;
        const header = literal ? headerName(literal.value) : null;
        if (stored || !literal || !header) continue;
        report(meta, keys[0], literal.value, header, literal.quote);
      } else if (parent?.type === 'attribute' && parent.childForFieldName('attribute')!.text === 'get' && parent.parent?.type === 'call' && sameNode(parent.parent.childForFieldName('function'), parent)) {
        const call = parent.parent;
        const first = call.childForFieldName('arguments')?.namedChildren.find((n) => n && n.type !== 'comment') ?? null;
        const literal = plain(first);
        const header = literal ? headerName(literal.value) : null;
        if (!literal || !header) continue;
        report(meta, first!, literal.value, header, literal.quote);
      } else if (parent?.type === 'comparison_operator') {
        const comparison = parent;
        const operands = comparison.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
        const operators = comparison.childrenForFieldName('operators').filter((n): n is Node => n !== null);
        if (operands.length !== 2 || operators.length !== 1 || !['in', 'not in'].includes(operators[0].text.replace(/\s+/g, ' '))) continue;
        const literal = plain(operands[0]);
        const header = literal ? headerName(literal.value) : null;
        if (!literal || !header || !sameNode(operands[1], meta)) continue;
        report(meta, operands[0], literal.value, header, literal.quote);
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          def view(request):
              return request.headers["user-agent"], request.META["REMOTE_ADDR"]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def view(request):
              agent = request.META["HTTP_USER_AGENT"]
              lang = request.META.get('HTTP_ACCEPT_LANGUAGE', "en")
              if "CONTENT_TYPE" not in request.META:
                  pass
              request.META["HTTP_X"] = "1"
        `,
        errors: [
          { line: 2, column: 26, message: '`request.META["HTTP_USER_AGENT"]`: use `request.headers["user-agent"]`' },
          { line: 3, column: 29, message: '`request.META["HTTP_ACCEPT_LANGUAGE"]`: use `request.headers["accept-language"]`' },
          { line: 4, column: 8, message: '`request.META["CONTENT_TYPE"]`: use `request.headers["content-type"]`' },
        ],
        output: dedent`
          def view(request):
              agent = request.headers["user-agent"]
              lang = request.headers.get('accept-language', "en")
              if "content-type" not in request.headers:
                  pass
              request.META["HTTP_X"] = "1"
        `,
      },
      {
        code: dedent`
          from django.http import HttpResponseForbidden


          class ApiKeyRequiredMixin:
              def dispatch(self, request, *args, **kwargs):
                  key = self.request.META.get("HTTP_X_API_KEY")
                  if not key:
                      return HttpResponseForbidden()
                  return super().dispatch(request, *args, **kwargs)
        `,
        errors: [
          { line: 6, column: 37, message: '`request.META["HTTP_X_API_KEY"]`: use `request.headers["x-api-key"]`' },
        ],
        output: dedent`
          from django.http import HttpResponseForbidden


          class ApiKeyRequiredMixin:
              def dispatch(self, request, *args, **kwargs):
                  key = self.request.headers.get("x-api-key")
                  if not key:
                      return HttpResponseForbidden()
                  return super().dispatch(request, *args, **kwargs)
        `,
      },
    ],
  },
});
