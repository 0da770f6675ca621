// Every rule's documentation page (what the editor ships in dist/rule-docs/ and opens offline):
// the sections in order, the versions, the release notes, the example and its fix.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { rulePageMarkdown, ruleSummary, whatItDoes } from '../../server/src/docs/rule-page';
import { writeRulePages } from '../../server/src/docs/write-rule-pages';
import { rules } from '../../server/src/rules';
import { productOf } from '../../server/src/engine/lint';

test('every rule has a page with What / Why / Example / Use instead / Fix safety, its versions and release notes', () => {
  for (const rule of rules) {
    const page = rulePageMarkdown(rule);
    let inCode = false;
    const headings = page.split('\n').filter((line) => {
      if (line.startsWith('```')) inCode = !inCode;
      return !inCode && line.startsWith('#');
    });
    const sections = ['## What it does', '## Why it matters', '## Example', ...(rule.examples.invalid[0].output !== undefined ? ['## Use instead'] : []), '## Fix safety'];
    assert.deepEqual(headings, [`# ${rule.id}`, ...sections], rule.id);
    assert.ok(page.includes(`[release notes](${rule.docsUrl})`), rule.id);
    if (rule.removedIn) assert.ok(page.includes(`removed in ${rule.removedIn}`), rule.id);
    // A library rule's versions are its library's releases ("Deprecated in Django REST Framework 3.8").
    if (rule.deprecatedIn) assert.ok(page.includes(`Deprecated in ${productOf(rule)} ${rule.deprecatedIn}`), rule.id);
    assert.ok(page.includes(rule.examples.invalid[0].code.trimEnd()), `${rule.id}: the example`);
    assert.ok(page.includes(whatItDoes(rule)) && page.includes(rule.docs.why), rule.id);
  }
});

test('conf-urls-url: the page and the hover summary, exactly', () => {
  const rule = rules.find((r) => r.id === 'conf-urls-url')!;
  assert.equal(ruleSummary(rule), '**`django.conf.urls.url()` → `django.urls.path()`/`re_path()`**\n\nFinds imports and calls of `django.conf.urls.url()` (django-upgrade: `django_urls`).');
  const page = rulePageMarkdown(rule);
  assert.ok(
    page.startsWith(
      '# conf-urls-url\n\n**`django.conf.urls.url()` → `django.urls.path()`/`re_path()`**\n\nDeprecated in Django 3.1 · removed in 4.0 · category `urls` · fix: safe (Django 2.0+) · [release notes](https://docs.djangoproject.com/en/stable/releases/3.1/#features-deprecated-in-3-1)\n\n## What it does\n',
    ),
    page,
  );
  assert.match(page, /## Use instead\n\nWhat the fix writes:\n\n```python\nfrom django\.urls import include, path, re_path\n/);
});

test('the build writes one page per rule, and nothing else', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djpages-'));
  try {
    fs.writeFileSync(path.join(dir, 'stale-rule.md'), 'gone');
    assert.equal(writeRulePages(dir), rules.length);
    assert.deepEqual(fs.readdirSync(dir).sort(), rules.map((r) => `${r.id}.md`).sort());
    for (const rule of rules) assert.equal(fs.readFileSync(path.join(dir, `${rule.id}.md`), 'utf8'), rulePageMarkdown(rule));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
