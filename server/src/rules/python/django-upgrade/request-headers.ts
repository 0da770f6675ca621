import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { releaseNotes } from '../../docs-links';
import { literalString, pythonRepr, quoteOf } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

/** `HTTP_ACCEPT_LANGUAGE` → `accept-language`; CONTENT_LENGTH/CONTENT_TYPE too; null for other META keys. */
export function headerName(metaName: string): string | null {
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

const rule: PythonRule = {
  id: 'request-headers',
  title: '`request.META["HTTP_…"]` → `request.headers["…"]`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  languages: ['python'],
  docsUrl: releaseNotes('2.2', 'requests-and-responses'),
  docs: {
    what: 'Finds reads of HTTP headers from `request.META` (`[…]`, `.get(…)`, `in`) on `request` or `self.request` (django-upgrade: `request_headers`).',
    why: 'Django 2.2 added `request.headers`, a case-insensitive mapping of the headers by their HTTP names.',
    fixSafety: 'Safe for reads: `request.headers` holds the same values. Writes to `request.META` are left alone. Needs Django 2.2+.',
  },
  fix: 'safe',
  fixMinVersion: '2.2',
  truth: { replacements: ['django.http.request.HttpRequest.headers'], note: 'a modernisation: request.META stays' },
  check(context: PythonRuleContext) {
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
    for (const subscript of context.tree.rootNode.descendantsOfType('subscript')) {
      if (!subscript || !isRequestMeta(subscript.childForFieldName('value'))) continue;
      const parent = subscript.parent;
      const stored = (parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && parent.childForFieldName('left')?.startIndex === subscript.startIndex
        || parent?.type === 'delete_statement' || parent?.type === 'pattern_list' || parent?.type === 'tuple_pattern';
      const keys = subscript.childrenForFieldName('subscript').filter((n): n is Node => n !== null);
      const literal = keys.length === 1 ? plain(keys[0]) : null;
      const header = literal ? headerName(literal.value) : null;
      if (stored || !literal || !header) continue;
      report(subscript.childForFieldName('value')!, keys[0], literal.value, header, literal.quote);
    }
    for (const call of context.tree.rootNode.descendantsOfType('call')) {
      const callee = call?.childForFieldName('function');
      if (!call || callee?.type !== 'attribute' || callee.childForFieldName('attribute')!.text !== 'get' || !isRequestMeta(callee.childForFieldName('object'))) continue;
      const first = call.childForFieldName('arguments')?.namedChildren.find((n) => n && n.type !== 'comment') ?? null;
      const literal = plain(first);
      const header = literal ? headerName(literal.value) : null;
      if (!literal || !header) continue;
      report(callee.childForFieldName('object')!, first!, literal.value, header, literal.quote);
    }
    for (const comparison of context.tree.rootNode.descendantsOfType('comparison_operator')) {
      if (!comparison) continue;
      const operands = comparison.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
      const operators = comparison.childrenForFieldName('operators').filter((n): n is Node => n !== null);
      if (operands.length !== 2 || operators.length !== 1 || !['in', 'not in'].includes(operators[0].text.replace(/\s+/g, ' '))) continue;
      const literal = plain(operands[0]);
      const header = literal ? headerName(literal.value) : null;
      if (!literal || !header || !isRequestMeta(operands[1])) continue;
      report(operands[1], operands[0], literal.value, header, literal.quote);
    }
  },
  examples: {
    valid: [{ code: 'def view(request):\n    return request.headers["user-agent"], request.META["REMOTE_ADDR"]\n' }],
    invalid: [{
      code: 'def view(request):\n    agent = request.META["HTTP_USER_AGENT"]\n    lang = request.META.get(\'HTTP_ACCEPT_LANGUAGE\', "en")\n    if "CONTENT_TYPE" not in request.META:\n        pass\n    request.META["HTTP_X"] = "1"\n',
      findings: 3,
      output: 'def view(request):\n    agent = request.headers["user-agent"]\n    lang = request.headers.get(\'accept-language\', "en")\n    if "content-type" not in request.headers:\n        pass\n    request.META["HTTP_X"] = "1"\n',
    }],
  },
};
export default rule;
