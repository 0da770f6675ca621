// The parse study's cases: how tree-sitter-python parses each Python 2 construct of issue 14
// (checked by parse-shapes.test.ts; docs/python2.md explains each shape), and the helpers that read them.
import type { Node, Parser } from 'web-tree-sitter';
import { createParser, loadLanguages } from '../../server/src/parsing/languages';

export interface ParseCase {
  /** The construct's id in docs/python2-worklist.json. */
  construct: string;
  note: string;
  code: string;
  /** "TYPE LINE:COLUMN TEXT" (1-based): a node (named or not) that starts there with exactly that text. */
  nodes: string[];
  /** Every ERROR or MISSING node: "ERROR LINE:COLUMN-LINE:COLUMN TEXT". */
  errors: string[];
  /** The whole tree as tree-sitter prints it (named nodes and fields). */
  tree: string;
}

export const parseCases: ParseCase[] = [
  {
    construct: "print-statement",
    note: "one argument",
    code: "print \"hello\"\nafter = 1\n",
    nodes: ["print_statement 1:1 print \"hello\""],
    errors: [],
    tree: "(module (print_statement argument: (string (string_start) (string_content) (string_end))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "print-statement",
    note: "several arguments and a trailing comma (the comma is an anonymous \",\" child)",
    code: "print \"a\", b,\nafter = 1\n",
    nodes: ["print_statement 1:1 print \"a\", b,"],
    errors: [],
    tree: "(module (print_statement argument: (string (string_start) (string_content) (string_end)) argument: (identifier)) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "print-statement",
    note: "chevron to a file",
    code: "print >>sys.stderr, \"x\" % y\nafter = 1\n",
    nodes: ["print_statement 1:1 print >>sys.stderr, \"x\" % y", "chevron 1:7 >>sys.stderr"],
    errors: [],
    tree: "(module (print_statement (chevron (attribute object: (identifier) attribute: (identifier))) argument: (binary_operator left: (string (string_start) (string_content) (string_end)) right: (identifier))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "print-statement",
    note: "bare print: a valid Python 3 expression statement",
    code: "print\nafter = 1\n",
    nodes: ["expression_statement 1:1 print"],
    errors: [],
    tree: "(module (expression_statement (identifier)) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "print-statement",
    note: "print -1: a binary operator on the name print",
    code: "print -1\nafter = 1\n",
    nodes: ["binary_operator 1:1 print -1"],
    errors: [],
    tree: "(module (expression_statement (binary_operator left: (identifier) right: (integer))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "print-statement",
    note: "print [1, 2]: a subscript of the name print",
    code: "print [1, 2]\nafter = 1\n",
    nodes: ["subscript 1:1 print [1, 2]"],
    errors: [],
    tree: "(module (expression_statement (subscript value: (identifier) subscript: (integer) subscript: (integer))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "print-statement",
    note: "print (a, b): a call (Python 2 prints a tuple)",
    code: "print (a, b)\nafter = 1\n",
    nodes: ["call 1:1 print (a, b)"],
    errors: [],
    tree: "(module (expression_statement (call function: (identifier) arguments: (argument_list (identifier) (identifier)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "print-statement",
    note: "print(x), y: a call in an expression list",
    code: "print(x), y\nafter = 1\n",
    nodes: ["expression_statement 1:1 print(x), y"],
    errors: [],
    tree: "(module (expression_statement (call function: (identifier) arguments: (argument_list (identifier))) (identifier)) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "print-statement",
    note: "print in a one-line if and after a semicolon",
    code: "if x: print \"y\"\nprint \"a\"; b = 1\nafter = 1\n",
    nodes: ["print_statement 1:7 print \"y\"", "print_statement 2:1 print \"a\"", "expression_statement 2:12 b = 1"],
    errors: [],
    tree: "(module (if_statement condition: (identifier) consequence: (block (print_statement argument: (string (string_start) (string_content) (string_end))))) (print_statement argument: (string (string_start) (string_content) (string_end))) (expression_statement (assignment left: (identifier) right: (integer))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "print-statement",
    note: "Python 3 print call",
    code: "print(\"a\", file=f)\nafter = 1\n",
    nodes: ["call 1:1 print(\"a\", file=f)"],
    errors: [],
    tree: "(module (expression_statement (call function: (identifier) arguments: (argument_list (string (string_start) (string_content) (string_end)) (keyword_argument name: (identifier) value: (identifier))))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "exec-statement",
    note: "code only",
    code: "exec code\nafter = 1\n",
    nodes: ["exec_statement 1:1 exec code"],
    errors: [],
    tree: "(module (exec_statement code: (identifier)) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "exec-statement",
    note: "in globals and locals",
    code: "exec \"x = 1\" in g, l\nafter = 1\n",
    nodes: ["exec_statement 1:1 exec \"x = 1\" in g, l"],
    errors: [],
    tree: "(module (exec_statement code: (string (string_start) (string_content) (string_end)) (identifier) (identifier)) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "exec-statement",
    note: "Python 3 exec call",
    code: "exec(code, ns)\nafter = 1\n",
    nodes: ["call 1:1 exec(code, ns)"],
    errors: [],
    tree: "(module (expression_statement (call function: (identifier) arguments: (argument_list (identifier) (identifier)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "except-comma",
    note: "one class",
    code: "try:\n    pass\nexcept ValueError, e:\n    pass\nafter = 1\n",
    nodes: ["except_clause 3:1 except ValueError, e:\n    pass"],
    errors: [],
    tree: "(module (try_statement body: (block (pass_statement)) (except_clause value: (identifier) value: (identifier) (block (pass_statement)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "except-comma",
    note: "a tuple of classes",
    code: "try:\n    pass\nexcept (A, B), e:\n    pass\nafter = 1\n",
    nodes: ["except_clause 3:1 except (A, B), e:\n    pass", "tuple 3:8 (A, B)"],
    errors: [],
    tree: "(module (try_statement body: (block (pass_statement)) (except_clause value: (tuple (identifier) (identifier)) value: (identifier) (block (pass_statement)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "except-comma",
    note: "unpacking the exception (Python 2 only)",
    code: "try:\n    pass\nexcept A, (code, msg):\n    pass\nafter = 1\n",
    nodes: ["tuple 3:11 (code, msg)"],
    errors: [],
    tree: "(module (try_statement body: (block (pass_statement)) (except_clause value: (identifier) value: (tuple (identifier) (identifier)) (block (pass_statement)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "except-comma",
    note: "Python 3 as",
    code: "try:\n    pass\nexcept (A, B) as e:\n    pass\nafter = 1\n",
    nodes: ["as_pattern 3:8 (A, B) as e"],
    errors: [],
    tree: "(module (try_statement body: (block (pass_statement)) (except_clause value: (as_pattern (tuple (identifier) (identifier)) alias: (as_pattern_target (identifier))) (block (pass_statement)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "backticks",
    note: "an expression",
    code: "s = `x + 1`\nafter = 1\n",
    nodes: ["string 1:5 `x + 1`", "string_start 1:5 `", "string_content 1:6 x + 1"],
    errors: [],
    tree: "(module (expression_statement (assignment left: (identifier) right: (string (string_start) (string_content) (string_end)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "backticks",
    note: "inside a print statement",
    code: "print \"%s\" % `x`\nafter = 1\n",
    nodes: ["string 1:14 `x`"],
    errors: [],
    tree: "(module (print_statement argument: (binary_operator left: (string (string_start) (string_content) (string_end)) right: (string (string_start) (string_content) (string_end)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "backticks",
    note: "nested backticks: the only ERROR, inside the line",
    code: "u = `f(`y`)`\nafter = 1\n",
    nodes: ["concatenated_string 1:5 `f(`y`)`", "ERROR 1:9 y"],
    errors: ["ERROR 1:9-1:10 \"y\""],
    tree: "(module (expression_statement (assignment left: (identifier) right: (concatenated_string (string (string_start) (string_content) (string_end)) (ERROR (identifier)) (string (string_start) (string_content) (string_end))))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "ne-operator",
    note: "in a comparison chain",
    code: "if a <> b <> c:\n    pass\nafter = 1\n",
    nodes: ["comparison_operator 1:4 a <> b <> c", "<> 1:6 <>", "<> 1:11 <>"],
    errors: [],
    tree: "(module (if_statement condition: (comparison_operator (identifier) (identifier) (identifier)) consequence: (block (pass_statement))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "octal-literal",
    note: "old octal, with L, and valid forms",
    code: "os.chmod(p, 0755)\nm = 0777L\nz = 00\no = 0o777\nafter = 1\n",
    nodes: ["integer 1:13 0755", "integer 2:5 0777L", "integer 3:5 00", "integer 4:5 0o777"],
    errors: [],
    tree: "(module (expression_statement (call function: (attribute object: (identifier) attribute: (identifier)) arguments: (argument_list (identifier) (integer)))) (expression_statement (assignment left: (identifier) right: (integer))) (expression_statement (assignment left: (identifier) right: (integer))) (expression_statement (assignment left: (identifier) right: (integer))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "long-literal",
    note: "suffixes L and l, hex",
    code: "n = 10L\nm = 0xFFl\nafter = 1\n",
    nodes: ["integer 1:5 10L", "integer 2:5 0xFFl"],
    errors: [],
    tree: "(module (expression_statement (assignment left: (identifier) right: (integer))) (expression_statement (assignment left: (identifier) right: (integer))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "ur-string",
    note: "ur, UR and triple-quoted",
    code: "a = ur'\\d+'\nb = UR\"x\"\nc = ur'''y\n'''\nafter = 1\n",
    nodes: ["string_start 1:5 ur'", "string_start 2:5 UR\"", "string_start 3:5 ur'''"],
    errors: [],
    tree: "(module (expression_statement (assignment left: (identifier) right: (string (string_start) (string_content) (string_end)))) (expression_statement (assignment left: (identifier) right: (string (string_start) (string_content) (string_end)))) (expression_statement (assignment left: (identifier) right: (string (string_start) (string_content) (string_end)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "tuple-parameters",
    note: "def, nested, with a default",
    code: "def f(a, (b, (c, d))=(1, (2, 3)), *args):\n    return a\nafter = 1\n",
    nodes: ["tuple_pattern 1:10 (b, (c, d))", "tuple_pattern 1:14 (c, d)"],
    errors: [],
    tree: "(module (function_definition name: (identifier) parameters: (parameters (identifier) (default_parameter name: (tuple_pattern (identifier) (tuple_pattern (identifier) (identifier))) value: (tuple (integer) (tuple (integer) (integer)))) (list_splat_pattern (identifier))) body: (block (return_statement (identifier)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "tuple-parameters",
    note: "lambda",
    code: "f = lambda (k, v): k\nafter = 1\n",
    nodes: ["tuple_pattern 1:12 (k, v)"],
    errors: [],
    tree: "(module (expression_statement (assignment left: (identifier) right: (lambda parameters: (lambda_parameters (tuple_pattern (identifier) (identifier))) body: (identifier)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "raise-comma",
    note: "outside the issue: Python 3 rejects it too",
    code: "raise E, \"msg\"\nraise E, V, tb\nafter = 1\n",
    nodes: ["raise_statement 1:1 raise E, \"msg\"", "expression_list 2:7 E, V, tb"],
    errors: [],
    tree: "(module (raise_statement (expression_list (identifier) (string (string_start) (string_content) (string_end)))) (raise_statement (expression_list (identifier) (identifier) (identifier))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "async-name",
    note: "outside the issue: async as a parameter name (Python 3.7 keyword): ERROR in the parameters",
    code: "def f(self, async):\n    return async\nafter = 1\n",
    nodes: ["ERROR 1:13 async", "return_statement 2:5 return async"],
    errors: ["ERROR 1:13-1:18 \"async\""],
    tree: "(module (function_definition name: (identifier) parameters: (parameters (identifier) (ERROR)) body: (block (return_statement (identifier)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "async-name",
    note: "async as a keyword-parameter default: the ERROR swallows the def",
    code: "def f(async=False):\n    pass\nafter = 1\n",
    nodes: ["ERROR 1:1 def f(async=False):\n    pass"],
    errors: ["ERROR 1:1-2:9 \"def f(async=False):\\n    pass\""],
    tree: "(module (ERROR (identifier) (expression_statement (assignment left: (identifier) right: (false))) (pass_statement)) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "async-name",
    note: "imported as a name: ERROR over the import",
    code: "from celery.result import async\nafter = 1\n",
    nodes: ["ERROR 1:1 from celery.result import", "expression_statement 1:27 async"],
    errors: ["ERROR 1:1-1:26 \"from celery.result import\""],
    tree: "(module (ERROR (dotted_name (identifier) (identifier))) (expression_statement (identifier)) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "removed-builtins",
    note: "unicode, basestring, long, xrange, raw_input: ordinary names",
    code: "isinstance(x, basestring)\nn = long(unicode(y))\nfor i in xrange(3):\n    raw_input()\nafter = 1\n",
    nodes: ["identifier 1:15 basestring", "identifier 2:5 long", "identifier 2:10 unicode", "identifier 3:10 xrange", "identifier 4:5 raw_input"],
    errors: [],
    tree: "(module (expression_statement (call function: (identifier) arguments: (argument_list (identifier) (identifier)))) (expression_statement (assignment left: (identifier) right: (call function: (identifier) arguments: (argument_list (call function: (identifier) arguments: (argument_list (identifier))))))) (for_statement left: (identifier) right: (call function: (identifier) arguments: (argument_list (integer))) body: (block (expression_statement (call function: (identifier) arguments: (argument_list))))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "dict-methods",
    note: "iteritems, itervalues, iterkeys, has_key: ordinary calls",
    code: "for k, v in d.iteritems():\n    pass\nd.has_key(k)\nafter = 1\n",
    nodes: ["attribute 1:13 d.iteritems", "attribute 3:1 d.has_key"],
    errors: [],
    tree: "(module (for_statement left: (pattern_list (identifier) (identifier)) right: (call function: (attribute object: (identifier) attribute: (identifier)) arguments: (argument_list)) body: (block (pass_statement))) (expression_statement (call function: (attribute object: (identifier) attribute: (identifier)) arguments: (argument_list (identifier)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "python2-dunders",
    note: "__unicode__, __nonzero__, __div__: ordinary methods",
    code: "class A(object):\n    def __unicode__(self):\n        return u\"a\"\n    def __nonzero__(self):\n        return True\n    def __div__(self, other):\n        return 1\nafter = 1\n",
    nodes: ["identifier 2:9 __unicode__", "identifier 4:9 __nonzero__", "identifier 6:9 __div__"],
    errors: [],
    tree: "(module (class_definition name: (identifier) superclasses: (argument_list (identifier)) body: (block (function_definition name: (identifier) parameters: (parameters (identifier)) body: (block (return_statement (string (string_start) (string_content) (string_end))))) (function_definition name: (identifier) parameters: (parameters (identifier)) body: (block (return_statement (true)))) (function_definition name: (identifier) parameters: (parameters (identifier) (identifier)) body: (block (return_statement (integer)))))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "renamed-modules",
    note: "import, import as, from-import",
    code: "import urllib2, urlparse\nimport cPickle as pickle\nfrom StringIO import StringIO\nfrom urllib import urlencode\nafter = 1\n",
    nodes: ["dotted_name 1:8 urllib2", "dotted_name 1:17 urlparse", "aliased_import 2:8 cPickle as pickle", "dotted_name 3:6 StringIO", "dotted_name 4:6 urllib"],
    errors: [],
    tree: "(module (import_statement name: (dotted_name (identifier)) name: (dotted_name (identifier))) (import_statement name: (aliased_import name: (dotted_name (identifier)) alias: (identifier))) (import_from_statement module_name: (dotted_name (identifier)) name: (dotted_name (identifier))) (import_from_statement module_name: (dotted_name (identifier)) name: (dotted_name (identifier))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "django-aliases",
    note: "from-import and attribute",
    code: "from django.utils.encoding import force_unicode, smart_unicode\nfrom django.utils import encoding\nencoding.force_unicode(x)\nafter = 1\n",
    nodes: ["dotted_name 1:50 smart_unicode", "attribute 3:1 encoding.force_unicode"],
    errors: [],
    tree: "(module (import_from_statement module_name: (dotted_name (identifier) (identifier) (identifier)) name: (dotted_name (identifier)) name: (dotted_name (identifier))) (import_from_statement module_name: (dotted_name (identifier) (identifier)) name: (dotted_name (identifier))) (expression_statement (call function: (attribute object: (identifier) attribute: (identifier)) arguments: (argument_list (identifier)))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
  {
    construct: "mixed",
    note: "all syntax forms in one method: no ERROR, every statement at its place",
    code: "class A(object):\n    def f(self, (a, b)):\n        print \"x\", `a` <> b\n        try:\n            exec \"y\" in {}\n        except Exception, e:\n            print >>sys.stderr, e\n        return 0777 + 10L\n    def g(self):\n        return ur\"z\"\nafter = 1\n",
    nodes: ["tuple_pattern 2:17 (a, b)", "print_statement 3:9 print \"x\", `a` <> b", "exec_statement 5:13 exec \"y\" in {}", "except_clause 6:9 except Exception, e:\n            print >>sys.stderr, e", "integer 8:16 0777", "integer 8:23 10L", "string_start 10:16 ur\""],
    errors: [],
    tree: "(module (class_definition name: (identifier) superclasses: (argument_list (identifier)) body: (block (function_definition name: (identifier) parameters: (parameters (identifier) (tuple_pattern (identifier) (identifier))) body: (block (print_statement argument: (string (string_start) (string_content) (string_end)) argument: (comparison_operator (string (string_start) (string_content) (string_end)) (identifier))) (try_statement body: (block (exec_statement code: (string (string_start) (string_content) (string_end)) (dictionary))) (except_clause value: (identifier) value: (identifier) (block (print_statement (chevron (attribute object: (identifier) attribute: (identifier))) argument: (identifier))))) (return_statement (binary_operator left: (integer) right: (integer))))) (function_definition name: (identifier) parameters: (parameters (identifier)) body: (block (return_statement (string (string_start) (string_content) (string_end))))))) (expression_statement (assignment left: (identifier) right: (integer))))",
  },
];

let parser: Promise<Parser> | null = null;
export function pythonParser(): Promise<Parser> {
  parser ??= loadLanguages().then(({ python }) => createParser(python));
  return parser;
}

export const where = (node: Node) => `${node.startPosition.row + 1}:${node.startPosition.column + 1}`;

export function allNodes(root: Node): Node[] {
  const found: Node[] = [];
  const visit = (node: Node) => {
    found.push(node);
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return found;
}

export function errorNodes(root: Node): string[] {
  return allNodes(root)
    .filter((n) => n.type === 'ERROR' || n.isMissing)
    .map((n) => `${n.isMissing ? 'MISSING' : 'ERROR'} ${where(n)}-${n.endPosition.row + 1}:${n.endPosition.column + 1} ${JSON.stringify(n.text)}`);
}
