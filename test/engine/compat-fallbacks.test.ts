// Compatibility fallbacks (issue 11, false-positive class 1): code that runs only where a newer
// API is missing is not flagged, at any target where the old API it uses exists in every release
// the fallback can run on; the live code around it still is. And what the fallbacks rely on (when
// each new name and attribute appeared) is proven against the real releases.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { compatFallbacks, modernAttributes, modernModules, modernNames } from '../../server/src/engine/compat-fallbacks';
import { PythonScopes } from '../../server/src/engine/python-scopes';
import { compareVersions, djangoReleases } from '../../server/src/versions/django-version';
import { getAnalyzer, inputFor, optionsFor } from '../helpers/analyzer';

/** The template's lines without their common indentation, ending with a newline. */
function dedent(strings: TemplateStringsArray): string {
  const lines = strings.raw.join('').replace(/^\n/, '').replace(/\n[ ]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

async function findingsOf(code: string, filename = 'example.py'): Promise<string[]> {
  const analyzer = await getAnalyzer();
  return analyzer.lint(inputFor(code, filename), { ...optionsFor(null, '1.11', '5.2'), isEnabled: (rule) => !rule.optIn }).map((f) => {
    const line = code.slice(0, f.start).split('\n').length;
    return `${line}:${f.rule.id}`;
  });
}

async function kindsOf(code: string): Promise<string[]> {
  const analyzer = await getAnalyzer();
  const tree = analyzer.parse('python', code);
  try {
    return compatFallbacks(tree, () => new PythonScopes(tree, code), code).map((f) => {
      const line = code.slice(0, f.start).split('\n').length;
      return `${line}:${f.kind}<${f.below.join('.')}`;
    });
  } finally {
    tree.delete();
  }
}

describe('compatibility fallbacks', () => {
  test('the old import in `except ImportError:` after a new Django name is not flagged', async () => {
    const code = dedent`
      try:
          from django.urls import reverse
      except ImportError:
          from django.core.urlresolvers import reverse

      try:
          from django.utils.functional import keep_lazy_text
          title = keep_lazy_text(title)
      except ImportError:
          from django.utils import six
          title = lazy(title, six.text_type)

      from django.core.urlresolvers import resolve
    `;
    assert.deepEqual(await kindsOf(code), ['4:import-fallback<1.10', '10:import-fallback<1.10']);
    assert.deepEqual(await findingsOf(code), ['13:core-urlresolvers']);
  });

  test('after a standard-library import, the fallback runs only on Python 2', async () => {
    const code = dedent`
      try:
          from collections import OrderedDict
      except ImportError:
          from django.utils.datastructures import SortedDict as OrderedDict

      try:
          from urllib.parse import urlencode
      except ImportError:
          from django.utils.six.moves.urllib.parse import urlencode
    `;
    assert.deepEqual(await kindsOf(code), ['4:import-fallback<1.7', '9:import-fallback<2.0']);
    // six went in 3.0, after every Python 2 release of Django: the fallback is dead at the target.
    assert.deepEqual(await findingsOf(code), []);
  });

  test('a fallback stays flagged when the tried import fails at the target too, or proves nothing', async () => {
    const code = dedent`
      try:
          from django.utils.encoding import force_text
      except ImportError:
          from django.utils.encoding import smart_text as force_text

      try:
          from cStringIO import StringIO as BytesIO
      except ImportError:
          from django.utils.six import BytesIO

      try:
          import json
          run()
      except:
          from django.utils import six
    `;
    // force_text is not a modern name (gone in 4.0); cStringIO is Python 2 only; a bare except
    // after more than imports may catch anything.
    assert.deepEqual(await kindsOf(code), []);
    assert.deepEqual(await findingsOf(code), ['2:encoding-force-text', '4:encoding-force-text', '9:utils-six', '15:utils-six']);
  });

  test('an old import whose ImportError a Django-free fallback makes good is not flagged', async () => {
    const code = dedent`
      import six
      try:
          from django.utils.encoding import smart_text
      except ImportError:
          smart_text = six.u

      try:
          from django.utils.encoding import python_2_unicode_compatible
      except ImportError:
          def python_2_unicode_compatible(klass):
              return klass

      try:
          from django.utils.encoding import force_text
      except ImportError:
          from django.utils.encoding import force_str as force_text

      try:
          from django.utils.translation import ugettext_lazy
      except ImportError:
          ugettext_lazy = None
    `;
    // A function defined in the handler may do less than Django's did; a handler importing from
    // Django is the ordinary both-sides case; `= None` is a placeholder that fails when called.
    assert.deepEqual(await kindsOf(code), ['3:handled-import<0.0']);
    assert.deepEqual(await findingsOf(code), ['8:python-2-unicode-compatible', '14:encoding-force-text', '19:translation-ugettext']);
  });

  test('`except AttributeError:` after a new attribute', async () => {
    const code = dedent`
      def copy_fields(field):
          try:
              field.remote_field = copy.copy(field.remote_field)
          except AttributeError:
              field.rel = copy.copy(field.rel)
          return field.rel
    `;
    assert.deepEqual(await kindsOf(code), ['5:attribute-fallback<1.9']);
    assert.deepEqual(await findingsOf(code), ['6:field-rel']);
  });

  test('branches taken when `hasattr(x, "new")` is false, and code after an early return', async () => {
    const code = dedent`
      import django

      def target(f):
          return f.remote_field.model if hasattr(f, 'remote_field') else f.rel.to

      def target2(field):
          if hasattr(field, 'remote_field'):
              return field.remote_field.model
          elif hasattr(field, 'rel'):
              return field.rel.to

      def target3(field):
          if not hasattr(field, 'remote_field'):
              return field.rel.to
          return field.remote_field.model

      def view(request):
          if django.VERSION >= (1, 10):
              return 1
          from django.core.urlresolvers import reverse
          return reverse('x')

      def target4(field):
          if hasattr(field, 'remote_field'):
              return field.remote_field.model
          return field.rel.to

      def live(field):
          if django.VERSION < (1, 10):
              return 1
          return field.rel.to
    `;
    assert.deepEqual(await findingsOf(code), ['31:field-rel']);
  });

  test('`x.old` under `if hasattr(x, "old"):` with another branch runs only where it exists; alone it is flagged', async () => {
    const code = dedent`
      def through(field, request):
          if hasattr(field, 'rel'):
              return field.rel.to
          else:
              return field.remote_field.model
          target = field.rel.to if hasattr(field, 'rel') else field.remote_field.model
          if hasattr(field, 'rel'):
              return field.rel.to
          if hasattr(field.rel.through, '_meta') and field.rel.through._meta.auto_created:
              pass
          return hasattr(request, 'is_ajax') and request.is_ajax()
    `;
    // Without another branch, the code silently stops working where the attribute is gone.
    assert.deepEqual(await findingsOf(code), ['8:field-rel', '9:field-rel', '9:field-rel', '11:request-is-ajax']);
  });

  test('`except NameError:` after a name only a try-import of a new Django name binds', async () => {
    const code = dedent`
      try:
          from django.apps import apps
      except ImportError:  # Django < 1.7
          from django.db.models import get_app

      def models_module(model):
          try:
              app = apps.app_configs[model._meta.app_label]
          except NameError:  # Django < 1.7
              return get_app(model._meta.app_label).__name__
          return app.name
    `;
    assert.deepEqual(await kindsOf(code), ['4:import-fallback<1.7', '10:name-error-fallback<1.7']);
    assert.deepEqual(await findingsOf(code), []);
    // A name bound in some branch that proves nothing may be unbound on any release: still flagged.
    const unknown = code.replace('def models_module', 'if settings.DEBUG:\n    registry = {}\n\ndef models_module').replace('apps.app_configs', 'registry or apps.app_configs');
    assert.deepEqual((await kindsOf(unknown)).filter((k) => k.includes('name-error')), []);
    assert.deepEqual(await findingsOf(unknown), ['13:models-loading']);
  });

  test('a South migration never runs on Django 1.7+', async () => {
    const code = dedent`
      from south.v2 import SchemaMigration
      from django.db import models

      class Migration(SchemaMigration):
          def forwards(self, orm):
              db.add_column('shop_item', 'owner', models.ForeignKey(orm['auth.User'], null=True))
    `;
    assert.deepEqual(await kindsOf(code), ['1:south-migration<1.7']);
    assert.deepEqual(await findingsOf(code, 'shop/migrations/0002_owner.py'), []);
    assert.deepEqual(await findingsOf(code.replace('from south.v2 import SchemaMigration\n', ''), 'shop/models.py'), ['5:foreign-key-on-delete']);
  });
});

describe('what compatibility fallbacks rely on, against the real releases', () => {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const cacheDir = path.join(repoRoot, '.cache', 'django');
  const releases = djangoReleases.filter((v) => compareVersions(v, '1.4') >= 0 && compareVersions(v, '6.1') <= 0);
  const newest = releases[releases.length - 1];
  const before = (version: string) => releases[releases.indexOf(version) - 1];

  test('each modern name exists from its release on (checked there and in the newest) and not in the one before', () => {
    const claims = Object.entries({ ...modernNames, ...modernModules }).flatMap(([symbol, since]) => [
      { id: `${symbol} exists in ${since}`, version: since, symbol, exists: true },
      { id: `${symbol} exists in ${newest}`, version: newest, symbol, exists: true },
      ...(before(since) ? [{ id: `${symbol} is missing in ${before(since)}`, version: before(since), symbol, exists: false }] : []),
    ]);
    const result = spawnSync('python3', [path.join(repoRoot, 'test', 'django-truth', 'check_claims.py')], {
      input: JSON.stringify({ cacheDir, claims }),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000,
    });
    assert.equal(result.status, 0, result.stderr);
    const failed = (JSON.parse(result.stdout).results as Array<{ id: string; ok: boolean; detail: string }>).filter((r) => !r.ok);
    assert.deepEqual(failed.map((r) => `${r.id}: ${r.detail}`), []);
  });

  test('each modern attribute is defined in its release and every later one, and not in the one before', () => {
    // Fetches the releases it reads itself (from the cache when there), so it does not depend on the test above.
    const needed = [...new Set(Object.values(modernAttributes).flatMap(({ since }) => [
      ...(before(since) ? [before(since)!] : []),
      ...releases.filter((v) => compareVersions(v, since) >= 0),
    ]))];
    const fetch = spawnSync('python3', ['-c', [
      'import json, sys',
      'from pathlib import Path',
      `sys.path.insert(0, ${JSON.stringify(path.join(repoRoot, 'test', 'django-truth'))})`,
      'from check_claims import ensure_release',
      'args = json.load(sys.stdin)',
      'for v in args["versions"]: ensure_release(Path(args["cacheDir"]), v)',
    ].join('\n')], { input: JSON.stringify({ cacheDir, versions: needed }), encoding: 'utf8', timeout: 600_000 });
    assert.equal(fetch.status, 0, fetch.stderr);
    const sourceOf = (version: string, file: string): string | null => {
      const folder = fs.readdirSync(cacheDir).filter((d) => d.startsWith(`django-${version}.`) && !d.includes('tar')).sort().pop();
      const full = folder && path.join(cacheDir, folder, file);
      return full && fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : null;
    };
    for (const [name, { since, definedIn, pattern }] of Object.entries(modernAttributes)) {
      const regex = new RegExp(pattern);
      for (const version of releases.filter((v) => compareVersions(v, since) >= 0)) {
        const source = sourceOf(version, definedIn);
        assert.ok(source !== null, `Django ${version} is in ${cacheDir}`);
        assert.match(source!, regex, `${name}: ${definedIn} of Django ${version}`);
      }
      const earlier = sourceOf(before(since), definedIn) ?? '';
      assert.doesNotMatch(earlier, regex, `${name} is missing in ${before(since)}`);
    }
  });
});
