// An edit of one identifier (a keystroke inside a name: `naxme` for `name`) leaves the tree as it
// was but for that identifier's text. Rules with `reads: 'sites'` then keep their findings without
// running (engine/incremental-check.ts `wordEdit`, `siteRulesKept`), even where their fix rewrites
// every use in the module. Proved here with real edits: in every Python corpus file and every
// example of those rules (and each valid example put before each invalid one), identifiers are
// typed into (a character added, then removed) and renamed to words those rules look for, to names
// the module binds and to a keyword argument's name, then put back; after each edit the
// incremental check must equal a fresh lint.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { grammarWords, IncrementalCheck } from '../../server/src/engine/incremental-check';
import { gateWords } from '../../server/src/engine/tokens';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions, corpusFiles, describeFinding, lspChange, repoRoot } from '../robustness/fuzz-support';

/** At most this many identifiers per input are edited (evenly spread), to bound the run. */
const identifiersPerInput = 10;

const siteRules = rules.filter((rule) => rule.reads === 'sites');

/** Words worth renaming an identifier to: what the site rules look for, names modules bind, keyword arguments they read. */
const renames = [...new Set([...siteRules.flatMap((rule) => gateWords(rule)), 'models', 'null', 'default', 'BooleanField', 'gettext', 'force_str', 'encoding', 'translation'])];

function identifiers(root: Node): Node[] {
  const found: Node[] = [];
  const cursor = root.walk();
  let descend = true;
  for (;;) {
    if (descend && cursor.nodeType === 'identifier') found.push(cursor.currentNode);
    if (descend && cursor.gotoFirstChild()) continue;
    if (cursor.gotoNextSibling()) {
      descend = true;
      continue;
    }
    if (!cursor.gotoParent()) break;
    descend = false;
  }
  cursor.delete();
  return found;
}

test('the grammar spells no word that grammarWords leaves out', () => {
  const grammar = path.join(repoRoot, 'node_modules', 'tree-sitter-python', 'src', 'grammar.json');
  const words = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as { type?: string; value?: unknown };
      if (node.type === 'STRING' && typeof node.value === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(node.value)) words.add(node.value);
      Object.values(value).forEach(visit);
    }
  };
  visit(JSON.parse(fs.readFileSync(grammar, 'utf8')));
  assert.ok(words.has('lambda') && words.has('print'), 'the grammar was read');
  assert.deepEqual([...words].filter((word) => !grammarWords.has(word)), []);
});

test('identifier edits: rules that read only around their sites keep their findings, and the check equals a fresh lint', async (t) => {
  const analyzer = await getAnalyzer();
  assert.ok(siteRules.length >= 4, `rules with reads: 'sites': ${siteRules.length}`);
  const inputs: Array<{ path: string; text: string }> = corpusFiles()
    .filter((file) => file.language === 'python')
    .map((file) => ({ path: file.path.split('/').slice(-3).join('/'), text: file.text }));
  for (const rule of siteRules) {
    for (const example of [...rule.examples.valid, ...rule.examples.invalid]) inputs.push({ path: example.filename ?? 'example.py', text: example.code });
    for (const valid of rule.examples.valid) {
      for (const invalid of rule.examples.invalid) {
        if ((valid.filename ?? 'example.py') === (invalid.filename ?? 'example.py')) inputs.push({ path: invalid.filename ?? 'example.py', text: `${valid.code.trimEnd()}\n${invalid.code}` });
      }
    }
  }
  const failures: string[] = [];
  let checks = 0;
  let keptAtSites = 0;
  let edited = 0;
  for (const input of inputs) {
    // Only inputs that trigger a site rule.
    if (!siteRules.some((rule) => rule.triggers?.some((word) => new RegExp(`\\b${word}\\b`).test(input.text)))) continue;
    const file = (text: string) => ({ language: 'python' as const, path: input.path, text, fileKinds: fileKindsOf(input.path) });
    const fresh = (text: string) => analyzer.lint(file(text), allRulesOptions).map(describeFinding).join('\n');
    const parsed = analyzer.parse('python', input.text);
    const all = identifiers(parsed.rootNode).map((node) => ({ start: node.startIndex, end: node.endIndex, text: node.text }));
    parsed.delete();
    const step = Math.max(1, Math.ceil(all.length / identifiersPerInput));
    const document = new IncrementalDocument(`file:///words/${input.path}`, 'python', 1, input.text, analyzer.parser('python'));
    const check = new IncrementalCheck(analyzer.rules);
    try {
      analyzer.lintChange(check, file(input.text), document.getTree(), document.takeChange(), allRulesOptions);
      let version = 1;
      for (let i = 0; i < all.length; i += step) {
        const identifier = all[i];
        const middle = identifier.start + Math.ceil(identifier.text.length / 2);
        const rename = renames[(i + edited) % renames.length];
        edited++;
        // Typing into it and back; renaming it and back.
        const edits = [
          { start: middle, end: middle, text: 'x' },
          { start: middle, end: middle + 1, text: '' },
          { start: identifier.start, end: identifier.end, text: rename },
          { start: identifier.start, end: identifier.start + rename.length, text: identifier.text },
        ];
        for (const edit of edits) {
          document.update([lspChange(document.text, edit)], ++version);
          const text = document.text;
          const found = analyzer.lintChange(check, file(text), document.getTree(), document.takeChange(), allRulesOptions).map(describeFinding).join('\n');
          checks++;
          keptAtSites += check.lastSitesKept.length;
          const expected = fresh(text);
          if (found !== expected) {
            const a = found.split('\n');
            const b = expected.split('\n');
            failures.push(`${input.path}, ${JSON.stringify(text.slice(edit.start - 30, edit.start + 30))} (kept at sites: ${check.lastSitesKept.join(', ') || 'none'}): only incremental: ${JSON.stringify(a.filter((x) => !b.includes(x))).slice(0, 400)}; only fresh: ${JSON.stringify(b.filter((x) => !a.includes(x))).slice(0, 400)}`);
            // The check's state is wrong now: start again from the current text.
            check.reset();
            analyzer.lintChange(check, file(text), document.getTree(), null, allRulesOptions);
          }
        }
      }
      assert.equal(document.text, input.text);
    } finally {
      document.dispose();
    }
  }
  t.diagnostic(`${checks} checks after identifier edits; rules kept at their sites ${keptAtSites} times`);
  assert.ok(checks > 500, `checks: ${checks}`);
  assert.ok(keptAtSites > 200, `rules kept at their sites: ${keptAtSites}`);
  assert.deepEqual(failures.slice(0, 10), []);
});

/** Identifier edits that change a site rule's findings without touching its sites: the check must see them. */
const cases: Array<{ name: string; code: string; before: string; after: string }> = [
  {
    name: 'a local binding of the new name, renamed away (the fix then renames the use)',
    code: 'from django.utils.translation import ugettext\n\n\ndef f():\n    gettext = 1\n    return ugettext("x")\n',
    before: '    gettext = 1',
    after: '    gettextx = 1',
  },
  {
    name: 'a local binding of the new name, written (the fix then keeps the old name as an alias)',
    code: 'from django.utils.translation import ugettext\n\n\ndef f():\n    gettex = 1\n    return ugettext("x")\n',
    before: '    gettex = 1',
    after: '    gettext = 1',
  },
  {
    name: 'a keyword argument the fix reads, in the statement of the finding',
    code: 'from django.db import models\n\n\nclass A(models.Model):\n    flag = models.NullBooleanField(\n        default=None,\n        nul=False,\n    )\n    name = models.CharField()\n',
    before: '        nul=False',
    after: '        null=False',
  },
  {
    name: 'the object of a session read, renamed back',
    code: 'def current(request):\n    value = 1\n    return request.sessio.get("_language")\n',
    before: 'request.sessio.get',
    after: 'request.session.get',
  },
];

test('identifier edits that change a site rule\'s findings elsewhere in the statement or through a name', async () => {
  const analyzer = await getAnalyzer();
  const failures: string[] = [];
  for (const { name, code, before, after } of cases) {
    const path = 'shop/models.py';
    const file = (text: string) => ({ language: 'python' as const, path, text, fileKinds: fileKindsOf(path) });
    const at = code.indexOf(before);
    assert.ok(at >= 0, name);
    // One character typed or removed: where the two texts first differ.
    let start = 0;
    while (before[start] === after[start]) start++;
    const edit = after.length > before.length ? { start: at + start, end: at + start, text: after.slice(start, start + after.length - before.length) } : { start: at + start, end: at + start + before.length - after.length, text: '' };
    const document = new IncrementalDocument(`file:///cases/${path}`, 'python', 1, code, analyzer.parser('python'));
    const check = new IncrementalCheck(analyzer.rules);
    try {
      analyzer.lintChange(check, file(code), document.getTree(), document.takeChange(), allRulesOptions);
      document.update([lspChange(document.text, edit)], 2);
      const text = document.text;
      assert.ok(text.includes(after), `${name}: ${JSON.stringify(text)}`);
      const found = analyzer.lintChange(check, file(text), document.getTree(), document.takeChange(), allRulesOptions).map(describeFinding);
      const expected = analyzer.lint(file(text), allRulesOptions).map(describeFinding);
      const before = analyzer.lint(file(code), allRulesOptions).map(describeFinding);
      // Each case changes the findings: else it would prove nothing.
      assert.notDeepEqual(expected, before, `${name}: the edit changes the findings`);
      if (found.join('\n') !== expected.join('\n')) failures.push(`${name}: only incremental ${JSON.stringify(found.filter((x) => !expected.includes(x)))}; only fresh ${JSON.stringify(expected.filter((x) => !found.includes(x)))}`);
    } finally {
      document.dispose();
    }
  }
  assert.deepEqual(failures, []);
});
