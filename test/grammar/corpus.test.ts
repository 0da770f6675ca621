// Checks the committed Django template grammar wasm without the tree-sitter CLI:
//   - every case of grammars/django-template/test/corpus/*.txt (same rules as `tree-sitter test`);
//   - the wasm is not stale (grammar.sha256 matches grammar.js and src/scanner.c);
//   - the wasm loads and parses.
// Run: node --import tsx --test test/grammar/corpus.test.ts
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import {
  GRAMMAR_DIR,
  WASM_PATH,
  corpusFiles,
  createParser,
  loadLanguage,
  parseCorpusFile,
  stripFields,
  syntaxErrors,
} from './helpers';

describe('django_template wasm', () => {
  test('is up to date with grammar.js and scanner.c (grammar.sha256)', () => {
    const stampFile = path.join(GRAMMAR_DIR, 'grammar.sha256');
    assert.ok(fs.existsSync(stampFile), 'grammars/django-template/grammar.sha256 is missing: run npm run build:grammar');
    const stamp = new Map<string, string>();
    for (const line of fs.readFileSync(stampFile, 'utf8').split('\n')) {
      const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
      if (m) stamp.set(m[2], m[1]);
    }
    const inputs = ['grammar.js', 'src/scanner.c'].filter((f) => fs.existsSync(path.join(GRAMMAR_DIR, f)));
    assert.deepEqual([...stamp.keys()].sort(), [...inputs].sort(), 'grammar.sha256 lists other files than the grammar sources');
    for (const input of inputs) {
      const actual = createHash('sha256').update(fs.readFileSync(path.join(GRAMMAR_DIR, input))).digest('hex');
      assert.equal(
        stamp.get(input),
        actual,
        `${input} changed since the wasm was built: run npm run build:grammar and commit the regenerated files`,
      );
    }
    assert.ok(fs.existsSync(WASM_PATH), 'the wasm is missing: run npm run build:grammar');
  });

  test('loads and parses a template', async () => {
    const language = await loadLanguage();
    assert.equal(language.name, 'django_template');
    const parser = await createParser();
    const source = '{% extends "base.html" %}\n{% block title %}{{ page.title|default:_("Home") }}{% endblock %}\n';
    const tree = parser.parse(source);
    assert.ok(tree);
    assert.deepEqual(syntaxErrors(tree.rootNode), []);
    const root = tree.rootNode;
    assert.equal(root.type, 'template');
    assert.equal(root.text, source);
    const block = root.namedChildren.find((n) => n?.type === 'block');
    assert.ok(block);
    assert.equal(block.childForFieldName('open')?.childForFieldName('name')?.text, 'block');
    assert.equal(block.childForFieldName('close')?.childForFieldName('name')?.text, 'endblock');
    const variable = block.namedChildren.find((n) => n?.type === 'variable');
    const expression = variable?.namedChildren[0];
    assert.equal(expression?.type, 'filter_expression');
    assert.equal(expression?.childForFieldName('value')?.text, 'page.title');
    const filter = expression?.namedChildren.find((n) => n?.type === 'filter');
    assert.equal(filter?.childForFieldName('name')?.text, 'default');
    assert.equal(filter?.childForFieldName('argument')?.type, 'translated_string');
    tree.delete();
    parser.delete();
  });

  test('reports UTF-16 indices for non-ASCII text', async () => {
    const parser = await createParser();
    const source = 'Grüße 🎉 {{ naïve }}';
    const tree = parser.parse(source);
    assert.ok(tree);
    const variable = tree.rootNode.namedChildren.find((n) => n?.type === 'variable');
    assert.equal(variable?.startIndex, source.indexOf('{{'));
    assert.equal(variable?.text, '{{ naïve }}');
    tree.delete();
    parser.delete();
  });
});

describe('django_template corpus', () => {
  const files = corpusFiles();
  test('has corpus files', () => {
    assert.ok(files.length > 0, 'no corpus files found');
  });
  for (const file of files) {
    const cases = parseCorpusFile(file);
    describe(path.basename(file), () => {
      test('has cases', () => assert.ok(cases.length > 0));
      for (const c of cases) {
        test(c.name, { skip: c.skip }, async () => {
          const parser = await createParser();
          const tree = parser.parse(c.input);
          assert.ok(tree, 'parse returned null');
          try {
            if (c.error) {
              assert.ok(tree.rootNode.hasError, 'expected a syntax error');
              return;
            }
            let actual = tree.rootNode.toString();
            if (!c.hasFields) actual = stripFields(actual);
            assert.equal(actual, c.expected);
          } finally {
            tree.delete();
            parser.delete();
          }
        });
      }
    });
  }
});
