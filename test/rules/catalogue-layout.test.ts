// The catalogue's layout (docs/engine.md): a rule lives in rules/<category>/<id>.ts and has one
// line in rules/catalogue.ts; it imports only the shapes, the query layer, the edits and the
// engine's types, never another rule; it never walks the whole tree (the query layer finds what
// it needs from the words of the text).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { rules } from '../../server/src/rules';

const rulesDir = path.resolve(__dirname, '..', '..', 'server', 'src', 'rules');
const catalogueFile = path.join(rulesDir, 'catalogue.ts');
const camelCase = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const lineOf = /^export \{ default as (\w+) \} from '\.\/([a-z0-9-]+)\/([a-z0-9-]+)';$/;

function catalogueLines(): Array<{ name: string; category: string; id: string; line: string }> {
  return fs
    .readFileSync(catalogueFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('export {') && line !== 'export {};')
    .map((line) => {
      const match = lineOf.exec(line);
      assert.ok(match, `catalogue.ts: "${line}" is not \`export { default as <name> } from './<category>/<id>';\``);
      return { name: match[1], category: match[2], id: match[3], line };
    });
}

test('catalogue.ts: one line per rule, sorted by path, named after the id, in the folder of its category', () => {
  const lines = catalogueLines();
  const paths = lines.map((l) => `${l.category}/${l.id}`);
  assert.deepEqual(paths, [...paths].sort(), 'sorted by path');
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const { name, category, id } of lines) {
    const rule = byId.get(id);
    assert.ok(rule, `${category}/${id}.ts exports no rule with the id ${id}`);
    assert.equal(rule.category, category, `${id}: a rule of category ${rule.category} lives in rules/${rule.category}/`);
    assert.equal(name, camelCase(id), `${id}: exported as ${camelCase(id)}`);
  }
  assert.equal(lines.length, rules.length, 'every migrated rule has its line');
});

test('a category folder holds only the catalogue\'s rules', () => {
  const listed = new Set(catalogueLines().map((l) => `${l.category}/${l.id}.ts`));
  for (const category of new Set(rules.map((rule) => rule.category))) {
    const dir = path.join(rulesDir, category);
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir)) assert.ok(listed.has(`${category}/${file}`), `rules/${category}/${file} is not in catalogue.ts`);
  }
});

/** What a rule may import: the shapes, the engine (query layer, edits, types), versions, docs links. */
const allowedImports = [/^web-tree-sitter$/, /^\.\.\/shapes(\/[a-z0-9-]+)?$/, /^\.\.\/docs-links$/, /^\.\.\/\.\.\/engine\/[a-z-]+$/, /^\.\.\/\.\.\/versions\/[a-z-]+$/, /^\.\.\/\.\.\/parsing\/languages$/];

test('a rule imports only the shapes, the query layer, the edits and the engine, and never walks the whole tree', () => {
  for (const { category, id } of catalogueLines()) {
    const file = path.join(rulesDir, category, `${id}.ts`);
    const source = fs.readFileSync(file, 'utf8');
    for (const [, from] of source.matchAll(/^import [^;]*? from '([^']+)';$/gms)) {
      assert.ok(allowedImports.some((allowed) => allowed.test(from)), `rules/${category}/${id}.ts imports '${from}'`);
    }
    assert.doesNotMatch(source, /\.descendantsOfType\(|\.walk\(\)|rootNode\.(named)?[cC]hildren/, `rules/${category}/${id}.ts walks the whole tree: ask the query layer`);
  }
});
