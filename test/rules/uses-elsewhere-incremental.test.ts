// Rules whose findings or fixes depend on uses or definitions of a name in other statements: an
// edit elsewhere that adds or removes one must change them where a fresh lint does (incremental ==
// fresh). Found by the test below and now `locality: 'file'`: python2-dunders (no rename where the
// file names the old method outside its class), the fallback shape (get-joining-columns-fallback,
// get-prefetch-queryset-fallback: calls only in modules that do not define the method),
// python2-dict-methods (not where the module defines a method of that name), and the rules whose fix
// deletes a setting only where the module reads its name nowhere else (removedSettingRule,
// debug-toolbar-patch-settings).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { IncrementalCheck } from '../../server/src/engine/incremental-check';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions, describeFinding, lspChange } from '../robustness/fuzz-support';
import { dedent } from '../../server/src/rules/shapes';

const cases: Array<{ name: string; text: string; edit: (text: string) => { start: number; end: number; text: string } }> = [
  {
    // B's `def` lacks its colon: its `__unicode__` is no definition, so A's finding has no fix.
    name: 'a syntax error that hid a definition is mended',
    text: dedent`
      class A(object):
          def __unicode__(self):
              return u"a"


      class B(object):
          def __unicode__(self)
              return u"b"
    `,
    edit: (text) => {
      const at = text.indexOf('(self)\n        return u"b"') + '(self)'.length;
      return { start: at, end: at, text: ':' };
    },
  },
  {
    name: 'a use of the old name elsewhere is deleted',
    text: dedent`
      class A(object):
          def __unicode__(self):
              return u"a"


      def label(a):
          return a.__unicode__()
    `,
    edit: (text) => {
      const start = text.indexOf('a.__unicode__()');
      return { start, end: start + 'a.__unicode__()'.length, text: 'str(a)' };
    },
  },
  {
    name: 'a use of the old name elsewhere is added',
    text: dedent`
      class A(object):
          def __unicode__(self):
              return u"a"


      def label(a):
          return str(a)
    `,
    edit: (text) => {
      const start = text.indexOf('str(a)');
      return { start, end: start + 'str(a)'.length, text: 'a.__unicode__()' };
    },
  },
];

for (const c of cases) {
  test(`python2-dunders after an edit elsewhere equals a fresh lint: ${c.name}`, async () => {
    const analyzer = await getAnalyzer();
    const file = (text: string) => ({ language: 'python' as const, path: 'models.py', text, fileKinds: fileKindsOf('models.py') });
    const document = new IncrementalDocument('file:///dunders/models.py', 'python', 1, c.text, analyzer.parser('python'));
    const check = new IncrementalCheck(analyzer.rules);
    try {
      analyzer.lintChange(check, file(c.text), document.getTree(), document.takeChange(), allRulesOptions);
      document.update([lspChange(document.text, c.edit(document.text))], 2);
      const text = document.text;
      const found = analyzer.lintChange(check, file(text), document.getTree(), document.takeChange(), allRulesOptions).map(describeFinding);
      const fresh = analyzer.lint(file(text), allRulesOptions).map(describeFinding);
      assert.ok(fresh.some((f) => f.startsWith('python2-dunders')), fresh.join('\n'));
      assert.deepEqual(found, fresh);
    } finally {
      document.dispose();
    }
  });
}

// The same for every Python rule, with four kinds of "elsewhere" after each invalid example: a
// function returning a list that calls each of the rule's trigger words as a method (`x.word()`),
// a module-level list reading each as a name, an `if` block assigning each, and a class defining
// each as a method. An edit empties the list (or the class body, leaving
// `pass`), another puts it back. A rule whose findings or fixes depend on such uses or definitions
// must re-run on the whole file (`locality: 'file'`).
test('every Python rule: removing and adding uses and definitions of its trigger words in another statement gives what a fresh lint gives', async () => {
  const { rules } = await import('../../server/src/rules');
  const analyzer = await getAnalyzer();
  const failures: string[] = [];
  let checked = 0;
  for (const rule of rules) {
    if (!rule.languages.includes('python') || !rule.triggers?.length) continue;
    const elsewhere = [
      { header: '\n\n\ndef _uses(x):\n    return [', body: rule.triggers.map((word) => `x.${word}()`).join(', '), empty: '', end: ']\n' },
      { header: '\n\n\n_reads = [', body: rule.triggers.join(', '), empty: '', end: ']\n' },
      { header: '\n\n\nif _flag:\n', body: rule.triggers.map((word) => `    ${word} = None\n`).join(''), empty: '    pass\n', end: '' },
      { header: '\n\n\nclass _Defines:\n', body: rule.triggers.map((word) => `    def ${word}(self):\n        return None\n`).join(''), empty: '    pass\n', end: '' },
    ];
    for (const example of rule.examples.invalid) {
      const path = example.filename ?? 'example.py';
      const file = (text: string) => ({ language: 'python' as const, path, text, fileKinds: fileKindsOf(path) });
      for (const { header, body, empty, end } of elsewhere) {
        const before = `${example.code.trimEnd()}${header}`;
        const full = `${before}${body}${end}`;
        const at = before.length;
        const document = new IncrementalDocument(`file:///uses/${path}`, 'python', 1, full, analyzer.parser('python'));
        const check = new IncrementalCheck(analyzer.rules);
        try {
          analyzer.lintChange(check, file(full), document.getTree(), document.takeChange(), allRulesOptions);
          for (const [n, edit] of [{ start: at, end: at + body.length, text: empty }, { start: at, end: at + empty.length, text: body }].entries()) {
            document.update([lspChange(document.text, edit)], n + 2);
            const text = document.text;
            const found = analyzer.lintChange(check, file(text), document.getTree(), document.takeChange(), allRulesOptions).map(describeFinding);
            const fresh = analyzer.lint(file(text), allRulesOptions).map(describeFinding);
            checked++;
            if (JSON.stringify(found) !== JSON.stringify(fresh)) {
              failures.push(`${rule.id} (${n === 0 ? 'removing' : 'adding'} ${header.trim().split('\n')[0]}): only incremental ${JSON.stringify(found.filter((f) => !fresh.includes(f))).slice(0, 300)}; only fresh ${JSON.stringify(fresh.filter((f) => !found.includes(f))).slice(0, 300)}`);
              break;
            }
          }
        } finally {
          document.dispose();
        }
      }
    }
  }
  assert.ok(checked > 1000, `${checked} edits checked`);
  assert.deepEqual(failures, []);
});
