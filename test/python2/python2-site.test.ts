// The Python 2 sample project (test/fixtures/python2-site) and where the python2 rules must report
// in it (python2-site-expected.json): each expected place holds the construct in the parse, the
// project holds every construct of issue 14, it parses without ERROR nodes, and it is Python 2
// that Python 3 rejects where it should.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { allNodes, errorNodes, pythonParser, where } from './parse-cases';
import { loadWorklist, oracle, repoRoot } from './worklist';

const siteRoot = path.join(repoRoot, 'test', 'fixtures', 'python2-site');

interface Place {
  construct: string;
  file: string;
  line: number;
  column: number;
  text: string;
  why?: string;
}

const expected = JSON.parse(fs.readFileSync(path.join(__dirname, 'python2-site-expected.json'), 'utf8')) as { findings: Place[]; notFindings: Place[] };

function pythonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pythonFiles(full);
    return entry.name.endsWith('.py') ? [path.relative(siteRoot, full).split(path.sep).join('/')] : [];
  });
}

/** The node types a finding of each construct starts at (docs/python2.md: where the finding lands). */
const landsOn: Record<string, string[]> = {
  'print-statement': ['print_statement', 'expression_statement'],
  'exec-statement': ['exec_statement'],
  'except-comma': ['identifier', 'attribute', 'tuple', 'parenthesized_expression'],
  backticks: ['string', 'concatenated_string'],
  'ne-operator': ['<>'],
  'octal-literal': ['integer'],
  'long-literal': ['integer'],
  'ur-string': ['string'],
  'tuple-parameters': ['tuple_pattern'],
  'removed-builtins': ['identifier'],
  'dict-methods': ['identifier'],
  'python2-dunders': ['identifier'],
  'renamed-modules': ['dotted_name'],
  'django-aliases': ['identifier'],
};

test('python2-site: every expected place holds its construct, and the project parses without ERROR nodes', async () => {
  const parser = await pythonParser();
  const files = pythonFiles(siteRoot);
  const byFile = new Map<string, Node[]>();
  const trees = [];
  try {
    for (const file of files) {
      const tree = parser.parse(fs.readFileSync(path.join(siteRoot, file), 'utf8'))!;
      trees.push(tree);
      assert.deepEqual(errorNodes(tree.rootNode), [], `${file} parses without ERROR nodes`);
      byFile.set(file, allNodes(tree.rootNode));
    }
    for (const place of [...expected.findings, ...expected.notFindings]) {
      const nodes = byFile.get(place.file);
      assert.ok(nodes, `${place.file} exists`);
      const at = `${place.line}:${place.column}`;
      const hit = nodes.find((n) => landsOn[place.construct].includes(n.type) && where(n) === at && n.text.startsWith(place.text));
      assert.ok(hit, `${place.construct} at ${place.file}:${at} (${place.text})`);
    }
  } finally {
    for (const tree of trees) tree.delete();
  }
});

test('python2-site holds every construct of the issue, and every name of each', () => {
  const worklist = loadWorklist();
  const found = new Set(expected.findings.map((f) => f.construct));
  for (const construct of worklist.constructs) {
    if (construct.issue === null) continue; // outside the issue's list (raise-comma)
    assert.ok(found.has(construct.id), `python2-site has a ${construct.id} finding`);
  }
  const texts = new Set(expected.findings.map((f) => f.text));
  const required = [
    'unicode', 'basestring', 'long', 'xrange', 'raw_input',
    'iteritems', 'itervalues', 'iterkeys', 'has_key',
    '__unicode__', '__nonzero__', '__div__',
    'urllib2', 'urlparse', 'StringIO', 'cPickle', 'ConfigParser', 'Queue', 'HTMLParser', 'httplib', 'Cookie', 'urllib',
    'force_unicode', 'smart_unicode', 'SafeUnicode', 'StrAndUnicode',
  ];
  for (const name of required) assert.ok(texts.has(name), `python2-site reports ${name}`);
  assert.ok(expected.notFindings.every((place) => place.why), 'each place that must not be reported says why');
});

test('python2-site is Python 2: every module parses with the Python 2 grammar, and Python 3 rejects exactly the ones with Python 2 syntax', () => {
  const files = pythonFiles(siteRoot);
  const items = files.map((file) => ({ id: file, code: fs.readFileSync(path.join(siteRoot, file), 'utf8') }));
  const python2 = oracle<string | null>('python2', items);
  const python3 = oracle<{ compiles: boolean; error: string | null }>('check', items);
  const syntax = new Set(['print-statement', 'exec-statement', 'except-comma', 'backticks', 'ne-operator', 'octal-literal', 'long-literal', 'ur-string', 'tuple-parameters']);
  const withSyntax = new Set(expected.findings.filter((f) => syntax.has(f.construct)).map((f) => f.file));
  for (const file of files) {
    assert.equal(python2[file], null, `${file} is Python 2: ${python2[file]}`);
    assert.equal(python3[file].compiles, !withSyntax.has(file), `${file}: Python 3 ${withSyntax.has(file) ? 'rejects' : 'compiles'} it (${python3[file].error})`);
  }
});
