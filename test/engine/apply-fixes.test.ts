// Fix application: edits never overlap, fixed files parse, and fixing twice changes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, OverlappingEditsError } from '../../server/src/engine/apply-fixes';
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
      'from django.utils.translation import gettext as _, gettext_lazy, ngettext',
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
