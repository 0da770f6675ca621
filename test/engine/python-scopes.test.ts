// Import-aware resolution: a name is a Django object only when an import binds it to one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFollowedByAttribute, PythonScopes } from '../../server/src/engine/python-scopes';
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

async function withScopes<T>(code: string, use: (scopes: PythonScopes) => T): Promise<T> {
  const analyzer = await getAnalyzer();
  const tree = analyzer.parse('python', code);
  try {
    return use(new PythonScopes(tree, code));
  } finally {
    tree.delete();
  }
}

/** renameSafety for renaming every `old(` call of the code to `new`, the new import going at the first line. */
async function renameVerdict(code: string, old: string, target: { module: string; name: string }) {
  return withScopes(code, (scopes) => {
    const sites = [...code.matchAll(new RegExp(`\\b${old}\\(`, 'g'))].map((m) => ({ startIndex: m.index! }));
    return scopes.renameSafety(target.name, `${target.module}.${target.name}`, sites, 0);
  });
}

test('renameSafety: the new name must mean the new import at every renamed use', async () => {
  const gettext = { module: 'django.utils.translation', name: 'gettext' };
  const tests: Array<[string, 'safe' | 'unsafe' | null]> = [
    ['from django.utils.translation import ugettext\nugettext("a")\n', 'safe'],
    ['from django.utils.translation import gettext, ugettext\nugettext("a")\n', 'safe'],
    // A parameter, a comprehension variable or a class attribute between the use and the module.
    ['from django.utils.translation import ugettext\ndef f(v, gettext=str):\n    return ugettext(v)\n', null],
    ['from django.utils.translation import gettext, ugettext\ndef f(v, gettext=str):\n    return ugettext(v)\n', null],
    ['from django.utils.translation import ugettext\n[ugettext(gettext) for gettext in x]\n', null],
    ['from django.utils.translation import ugettext\nclass A:\n    gettext = 1\n    t = ugettext("a")\n', null],
    // A local elsewhere does not matter; methods do not see the class body.
    ['from django.utils.translation import ugettext\ndef g(gettext):\n    return gettext\nugettext("a")\n', 'safe'],
    ['from django.utils.translation import ugettext\nclass A:\n    gettext = 1\n    def f(self):\n        return ugettext("a")\n', 'safe'],
    // Another module-level binding, a `global`, a builtin or star-imported use that would change meaning.
    ['from django.utils.translation import ugettext\ngettext = None\nugettext("a")\n', null],
    ['from django.utils.translation import ugettext\ndef f():\n    global gettext\nugettext("a")\n', null],
    ['from django.utils.translation import ugettext\nugettext("a")\ngettext("b")\n', null],
    // A wildcard import after the new import may bind the name again.
    ['from django.utils.translation import ugettext\nfrom .views import *\nugettext("a")\n', 'unsafe'],
  ];
  for (const [code, expected] of tests) assert.equal(await renameVerdict(code, 'ugettext', gettext), expected, code);
});

test('keepsLocalName: exported names, re-exports and compatibility fallbacks keep their name', async () => {
  const keeps = (code: string) => withScopes(code, (scopes) => scopes.keepsLocalName(scopes.imports.find((e) => e.importedName === 'force_text')!));
  assert.equal(await keeps('from django.utils.encoding import force_text\nforce_text(x)\n'), false);
  assert.equal(await keeps('from django.utils.encoding import force_text\n__all__ = ["force_text"]\nforce_text(x)\n'), true);
  assert.equal(await keeps('from django.utils.encoding import force_text\n'), true, 'imported and never used: a re-export');
  assert.equal(await keeps('try:\n    from django.utils.encoding import force_text\nexcept ImportError:\n    force_text = str\nforce_text(x)\n'), true);
  assert.equal(await keeps('def f():\n    from django.utils.encoding import force_text\n'), false, 'an unused import inside a function exports nothing');
});

test('readsBeforeBinding counts module-level reads of names bound later', async () => {
  const count = (code: string) => withScopes(code, (scopes) => scopes.readsBeforeBinding());
  assert.equal(await count('X = quote("a")\nfrom urllib.parse import quote\n'), 1);
  assert.equal(await count('from urllib.parse import quote\nX = quote("a")\n'), 0);
  assert.equal(await count('def f():\n    return quote("a")\nfrom urllib.parse import quote\n'), 0, 'a function body runs later');
  assert.equal(await count('class A:\n    x = quote("a")\nfrom urllib.parse import quote\n'), 1, 'a class body runs at import');
  assert.equal(await count('x = str(1)\nstr = None\n'), 0, 'a builtin read before the module rebinds it');
});

test('exportedNames: the strings of module-level __all__ assignments, found from the text', async () => {
  const analyzer = await getAnalyzer();
  const exported = (code: string) => {
    const tree = analyzer.parse('python', code);
    const names = [...new PythonScopes(tree, code).exportedNames].sort();
    tree.delete();
    return names;
  };
  assert.deepEqual(exported('import os\n__all__ = ["a", \'b\']\n__all__ += ("c",)\nx = 1\n'), ['a', 'b', 'c']);
  assert.deepEqual(exported('"""__all__ in a docstring"""\n# __all__ = ["no"]\ndef f():\n    __all__ = ["local"]\n'), []);
  assert.deepEqual(exported('__all__ = __all__ + ["d"]\nif True:\n    __all__ = ["e"]\n'), ['d']);
  // Characters outside the BMP before it: offsets in UTF-16 code units.
  assert.deepEqual(exported('x = "😀😀"\n__all__ = ["g"]\n'), ['g']);
});

test('isFollowedByAttribute: a filter that never says no to a real attribute access', async () => {
  const analyzer = await getAnalyzer();
  const code = 'from django.db import models\nmodels.NullBooleanField\nmodels . NullBooleanField\n(models\n  # why\n  .NullBooleanField)\nmodels.NullBooleanFieldX\nmodels\nx = models.CharField\nmodels.\\\n  NullBooleanField\n';
  const tree = analyzer.parse('python', code);
  const scopes = new PythonScopes(tree, code);
  const found = scopes.referencesTo('django.db.models.NullBooleanField').map((r) => r.node.startPosition.row);
  tree.delete();
  assert.deepEqual(found, [1, 2, 3, 9]);
  assert.equal(isFollowedByAttribute('models.CharField', 6, 'NullBooleanField'), false);
  assert.equal(isFollowedByAttribute('models # c\n.NullBooleanField', 6, 'NullBooleanField'), true);
});

test('referencesTo with `spelled`: not the uses of an import of the name under another name, nor its local name looked at', async () => {
  const analyzer = await getAnalyzer();
  const code = [
    'from django.utils.translation import ugettext as _',
    'from django.utils.translation import ugettext',
    'from django.utils import translation',
    'import django',
    '_("a")',
    'ugettext("b")',
    'translation.ugettext("c")',
    'django.utils.translation.ugettext("d")',
    'def f():',
    '    return _("e")',
    '',
  ].join('\n');
  const tree = analyzer.parse('python', code);
  try {
    // Both paths: the answer computed from the uses of the names alone, and from every reference once resolved.
    for (const resolvedFirst of [false, true]) {
      const scopes = new PythonScopes(tree, code);
      if (resolvedFirst) void scopes.references;
      const anchored: string[] = [];
      scopes.anchor = (name) => anchored.push(name);
      const all = scopes.referencesTo('django.utils.translation.ugettext').map((r) => r.node.text);
      assert.deepEqual(all, ['_', 'ugettext', 'translation.ugettext', 'django.utils.translation.ugettext', '_']);
      anchored.length = 0;
      const spelled = scopes.referencesTo('django.utils.translation.ugettext', true).map((r) => r.node.text);
      assert.deepEqual(spelled, ['ugettext', 'translation.ugettext', 'django.utils.translation.ugettext'], `resolved first: ${resolvedFirst}`);
      if (!resolvedFirst) assert.ok(!anchored.includes('_'), `looked at: ${anchored.join(', ')}`);
    }
  } finally {
    tree.delete();
  }
});
