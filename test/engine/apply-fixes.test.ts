// Fix application: edits never overlap, fixed files parse, and fixing twice changes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { applyEdits, indentationErrorCount, OverlappingEditsError } from '../../server/src/engine/apply-fixes';
import { deleteStatements, importEntries, removeImportEntries } from '../../server/src/engine/python-edits';
import { getAnalyzer, inputFor, optionsFor } from '../helpers/analyzer';

test('applyEdits applies from the end and refuses overlaps', () => {
  assert.equal(applyEdits('abcdef', [{ start: 0, end: 1, text: 'X' }, { start: 4, end: 6, text: '' }]), 'Xbcd');
  assert.equal(applyEdits('abc', [{ start: 1, end: 1, text: '1' }, { start: 1, end: 1, text: '1' }]), 'a1bc', 'identical edits count once');
  assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }]), OverlappingEditsError);
  assert.throws(() => applyEdits('abc', [{ start: 1, end: 1, text: 'x' }, { start: 1, end: 1, text: 'y' }]), OverlappingEditsError);
});

const legacy = [
  'from django.conf.urls import include, url',
  'from django.core.urlresolvers import reverse',
  'from django.utils.translation import ugettext as _, ugettext_lazy, ungettext',
  'from django.utils.encoding import force_text',
  'from django.db import models',
  '',
  '',
  'class Post(models.Model):',
  '    author = models.ForeignKey("auth.User")',
  '    title = models.CharField(_("title"), max_length=20)',
  '',
  '    def label(self, n):',
  '        return ungettext("post", "posts", n) + force_text(self.title)',
  '',
  '',
  'urlpatterns = [url(r"^$", index), url(r"^x/", include("x.urls"))]',
  '',
].join('\n');

test('fix-all on a legacy module: several rules on one import block, in passes', async () => {
  const analyzer = await getAnalyzer();
  const input = inputFor(legacy, 'blog/models.py');
  const options = optionsFor(null, '3.2', '5.2');
  const fixed = analyzer.fix(input, options);
  assert.equal(analyzer.errorCount('python', fixed.text), 0);
  assert.ok(fixed.applied >= 5, `applied ${fixed.applied}`);
  assert.equal(
    fixed.text,
    [
      'from django.urls import include, path',
      'from django.urls import reverse',
      // `ugettext_lazy` is imported and never used here: other modules may import it from this one.
      'from django.utils.translation import gettext as _, gettext_lazy as ugettext_lazy, ngettext',
      'from django.utils.encoding import force_str',
      'from django.db import models',
      '',
      '',
      'class Post(models.Model):',
      '    author = models.ForeignKey("auth.User", on_delete=models.CASCADE)',
      '    title = models.CharField(_("title"), max_length=20)',
      '',
      '    def label(self, n):',
      '        return ngettext("post", "posts", n) + force_str(self.title)',
      '',
      '',
      'urlpatterns = [path("", index), path("x/", include("x.urls"))]',
      '',
    ].join('\n'),
  );
  const remaining = analyzer.lint({ ...input, text: fixed.text }, options);
  assert.deepEqual(remaining.filter((f) => f.fix?.automatic), [], 'no automatic fix is left');
  assert.equal(analyzer.fix({ ...input, text: fixed.text }, options).text, fixed.text, 'a second run changes nothing');
});

test('fixes whose replacement the current version lacks stay out of fix-all', async () => {
  const analyzer = await getAnalyzer();
  const input = inputFor('from django.conf.urls import url\nurlpatterns = [url(r"^$", v)]\n', 'urls.py');
  const onOld = analyzer.lint(input, optionsFor(null, '1.11', '4.2'));
  assert.equal(onOld[0].fix?.automatic, false);
  assert.match(onOld[0].fix!.title, /needs Django 2\.0\+/);
  assert.equal(analyzer.fix(input, optionsFor(null, '1.11', '4.2')).text, input.text);
  assert.notEqual(analyzer.fix(input, optionsFor(null, '2.2', '4.2')).text, input.text);
  const unknown = analyzer.lint(input, optionsFor(null, null, '4.2'));
  assert.equal(unknown[0].fix?.automatic, false, 'an unknown current version is not assumed to be new enough');
});

test('severity follows the target version', async () => {
  const analyzer = await getAnalyzer();
  const input = inputFor('from django.conf.urls import url\n', 'urls.py');
  const at = (target: string, showFuture = false) => analyzer.lint(input, { ...optionsFor(null, '1.11', target), showFuture }).map((f) => f.severity);
  assert.deepEqual(at('4.0'), ['error']);
  assert.deepEqual(at('3.2'), ['warning']);
  assert.deepEqual(at('3.0'), []);
  assert.deepEqual(at('3.0', true), ['hint']);
});

test('a file with syntax errors still gets findings on the parts that parse', async () => {
  const analyzer = await getAnalyzer();
  const input = inputFor('from django.conf.urls import url\n\ndef broken(:\n    pass\n\nurlpatterns = [url(r"^$", v)]\n', 'urls.py');
  const findings = analyzer.lint(input, optionsFor(null, '2.2', '4.2'));
  assert.ok(findings.length >= 2, `findings: ${findings.length}`);
  const fixed = analyzer.fix(input, optionsFor(null, '2.2', '4.2'));
  assert.ok(analyzer.errorCount('python', fixed.text) <= analyzer.errorCount('python', input.text));
});

test('indentationErrorCount sees what Python\'s tokenizer rejects and tree-sitter accepts', async () => {
  const analyzer = await getAnalyzer();
  const count = (code: string) => {
    const tree = analyzer.parse('python', code);
    try {
      return indentationErrorCount(tree, code);
    } finally {
      tree.delete();
    }
  };
  assert.equal(count('import os\nx = 1\n'), 0);
  assert.equal(count(' import os\nx = 1\n'), 1, 'a module-level statement not at column 0');
  assert.equal(count('def f():\n    a = 1\n  b = 2\n'), 1, 'a block statement at another indentation');
  assert.equal(count('def f():\n    a = 1; b = 2\n    if a: c = 3\n'), 0, 'statements that do not begin a line');
  assert.equal(count('x = (1 +\n  2)\ny = 1 + \\\n  2\n'), 0, 'continuation lines');
  assert.equal(analyzer.errorCount('python', 'from a import b\n import os\n'), 1, 'errorCount includes it');
});

test('deleteStatements: `a; b` lines never keep a leading blank, and an emptied block keeps `pass`', async () => {
  const analyzer = await getAnalyzer();
  const remove = (code: string, ...texts: string[]) => {
    const tree = analyzer.parse('python', code);
    try {
      // The statement node that spans exactly `text`.
      const statements = texts.map((text) => {
        const start = code.indexOf(text);
        let node: Node | null = tree.rootNode.descendantForIndex(start, start + text.length);
        while (node && !(node.startIndex === start && node.endIndex === start + text.length && /statement|definition/.test(node.type))) node = node.parent;
        assert.ok(node, `no statement is ${text}`);
        return node;
      });
      return applyEdits(code, deleteStatements(code, statements));
    } finally {
      tree.delete();
    }
  };
  assert.equal(remove('from a import b; import os\nx = 1\n', 'from a import b'), 'import os\nx = 1\n');
  assert.equal(remove('import os; from a import b\nx = 1\n', 'from a import b'), 'import os\nx = 1\n');
  assert.equal(remove('x.a = True; x.b = "B"\ny = 1\n', 'x.a = True', 'x.b = "B"'), 'y = 1\n');
  assert.equal(remove('if x:\n    a = 1\n    b = 2\nc = 3\n', 'a = 1', 'b = 2'), 'if x:\n    pass\nc = 3\n');
  assert.equal(remove('if x:\n    a = 1; b = 2\n', 'a = 1', 'b = 2'), 'if x:\n    pass\n');
  assert.equal(remove('a = 1\r\nb = 2\r\n', 'a = 1'), 'b = 2\r\n');
  // The comment of a line that goes, goes with it (it would stay behind, indented).
  assert.equal(remove('USE_L10N = True  # opt in\nDEBUG = False\n', 'USE_L10N = True'), 'DEBUG = False\n');
  assert.equal(remove('class C:\n    A = 1  # a\n    B = 2\n', 'A = 1'), 'class C:\n    B = 2\n');
  assert.equal(remove('a = 1; b = 2  # both\nc = 3\n', 'a = 1', 'b = 2'), 'c = 3\n');
  assert.equal(remove('X = [\n    1,\n]  # list\nY = 2\n', 'X = [\n    1,\n]'), 'Y = 2\n');
  // A comment of a line whose other statement stays, stays; an emptied block's `pass` keeps it.
  assert.equal(remove('a = 1; b = 2  # b\n', 'b = 2'), 'a = 1  # b\n');
  assert.equal(remove('if x:\n    a = 1  # a\n', 'a = 1'), 'if x:\n    pass  # a\n');
});

test('removing the last names of a parenthesised import keeps the comments of the lines before', async () => {
  const analyzer = await getAnalyzer();
  const code = 'from m import (\n    a,  # noqa\n    b,  # the one that goes\n    # section\n    c,\n)\n';
  const tree = analyzer.parse('python', code);
  try {
    const statement = tree.rootNode.firstNamedChild!;
    const entries = importEntries(statement);
    assert.equal(applyEdits(code, removeImportEntries(code, statement, [entries[2]])), 'from m import (\n    a,  # noqa\n    b,  # the one that goes\n    # section\n)\n');
    assert.equal(applyEdits(code, removeImportEntries(code, statement, [entries[1]])), 'from m import (\n    a,  # noqa\n    # section\n    c,\n)\n');
  } finally {
    tree.delete();
  }
});

test('per-fix safety: fix-all applies unsafe fixes only when asked, and then prefers them', async () => {
  const analyzer = await getAnalyzer();
  const code = 'from django.conf.urls import url\n\nurlpatterns = [url(r"^a/(?P<pk>[0-9]+)/$", view), url(r"^b/$", other)]\n';
  const input = inputFor(code, 'urls.py');
  const options = optionsFor(null, '3.2', '5.2');
  const findings = analyzer.lint(input, options).filter((f) => f.rule.id === 'conf-urls-url');
  assert.deepEqual(findings.map((f) => f.fix?.safety), ['safe', 'unsafe', 'safe']);
  assert.match(findings[1].fix!.title, /review: may change behaviour/);
  assert.equal(analyzer.fix(input, options).text, 'from django.urls import path, re_path\n\nurlpatterns = [re_path(r"^a/(?P<pk>[0-9]+)/$", view), path("b/", other)]\n');
  assert.equal(analyzer.fix(input, options, true).text, 'from django.urls import path\n\nurlpatterns = [path("a/<int:pk>/", view), path("b/", other)]\n');
});
