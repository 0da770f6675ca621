// Import-aware resolution: a name is a Django object only when an import binds it to one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PythonScopes } from '../../server/src/engine/python-scopes';
import { getAnalyzer } from '../helpers/analyzer';

async function qualifiedNames(code: string): Promise<string[]> {
  const analyzer = await getAnalyzer();
  const tree = analyzer.parse('python', code);
  const scopes = new PythonScopes(tree);
  const names = scopes.references.map((r) => `${r.node.text}=${r.qualifiedName}`);
  tree.delete();
  return names;
}

test('follows from-imports, aliases and attribute chains', async () => {
  const names = await qualifiedNames('from django.conf.urls import url as u\nimport django.utils.encoding as enc\nimport django.db\nu()\nenc.force_text(x)\ndjango.db.models.F\n');
  assert.deepEqual(names, [
    'u=django.conf.urls.url',
    'enc=django.utils.encoding',
    'enc.force_text=django.utils.encoding.force_text',
    'django=django',
    'django.db=django.db',
    'django.db.models=django.db.models',
    'django.db.models.F=django.db.models.F',
  ]);
});

test('a local definition shadows an import of the same name', async () => {
  assert.deepEqual(await qualifiedNames('from django.conf.urls import url\ndef url(p):\n    return p\nurl("x")\n'), []);
  assert.deepEqual(await qualifiedNames('from django.conf.urls import url\ndef f(url):\n    return url("x")\n'), []);
  assert.deepEqual(await qualifiedNames('from django.conf.urls import url\ndef f():\n    url = 1\n    return url\n'), []);
  assert.deepEqual(await qualifiedNames('def url(p):\n    return p\nurl("x")\n'), []);
});

test('uses inside functions see module imports; class bodies do not enclose methods', async () => {
  const names = await qualifiedNames('from django.conf.urls import url\nclass A:\n    url = 1\n    def f(self):\n        return url()\n');
  assert.deepEqual(names, ['url=django.conf.urls.url']);
});

test('comprehension variables and except aliases are local', async () => {
  assert.deepEqual(await qualifiedNames('from django.conf.urls import url\n[url for url in y]\n'), []);
  assert.deepEqual(await qualifiedNames('from django import six\ntry:\n    pass\nexcept E as six:\n    six\n'), []);
});

test('strings and comments hold no references', async () => {
  assert.deepEqual(await qualifiedNames('from django.conf.urls import url\nx = "url()"  # url()\n'), []);
  assert.deepEqual(await qualifiedNames('from django.conf.urls import url\nx = f"{url}"\n'), ['url=django.conf.urls.url']);
});
