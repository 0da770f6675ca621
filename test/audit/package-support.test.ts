// The curated package table: the packages the audit promises, a source for every fact, releases
// that never go backwards as Django moves forward; and the verdicts and requirement parsing built on it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { minimumFor, pinOf, verdictFor } from '../../server/src/audit/dependencies';
import { compareReleases } from '../../server/src/versions/pep440';
import { readRequirementsFile } from '../../server/src/versions/requirements';
import { findPackage, normalizeName, packageSupport } from '../../server/src/audit/package-support';
import { compareVersions, djangoReleases } from '../../server/src/versions/django-version';

const promised = [
  'djangorestframework', 'celery', 'django-filter', 'django-debug-toolbar', 'django-extensions', 'django-storages', 'django-allauth',
  'channels', 'django-cors-headers', 'django-crispy-forms', 'django-environ', 'whitenoise', 'django-redis', 'django-celery-beat',
  'django-import-export', 'django-taggit', 'django-mptt', 'django-guardian', 'django-reversion', 'django-model-utils',
  'django-polymorphic', 'django-tables2', 'django-compressor', 'djangorestframework-simplejwt', 'drf-spectacular', 'drf-yasg',
  'django-oauth-toolkit', 'graphene-django', 'wagtail', 'django-cms',
];

test('the table covers at least 30 of the most used Django packages, each fact with its source', () => {
  assert.ok(packageSupport.length >= 30, `${packageSupport.length} packages`);
  for (const name of promised) assert.ok(findPackage(name), name);
  const names = packageSupport.map((p) => normalizeName(p.name));
  assert.equal(new Set(names).size, names.length, 'no package twice');
  let facts = 0;
  for (const pkg of packageSupport) {
    assert.ok(pkg.checked.length > 0, `${pkg.name}: which releases were read`);
    assert.ok(pkg.django.length > 0 || pkg.note, `${pkg.name}: facts, or a note saying why there are none`);
    let previous: { django: string; first: string | null } | null = null;
    for (const entry of pkg.django) {
      facts++;
      assert.ok(djangoReleases.includes(entry.django), `${pkg.name}: ${entry.django} is a Django release`);
      assert.ok(entry.source.length > 10, `${pkg.name} ${entry.django}: source`);
      if (previous) {
        assert.ok(compareVersions(previous.django, entry.django) < 0, `${pkg.name}: Django versions in order`);
        if (previous.first && entry.first) {
          assert.ok(compareReleases(previous.first, entry.first) <= 0, `${pkg.name}: first release for ${entry.django} (${entry.first}) is not older than for ${previous.django} (${previous.first})`);
        }
      }
      previous = entry;
    }
  }
  assert.ok(facts >= 250, `${facts} facts`);
});

test('names are matched the way pip matches them', () => {
  assert.equal(findPackage('Django-REST-framework'), null, 'different name');
  assert.equal(findPackage('DjangoRestFramework')?.name, 'djangorestframework');
  assert.equal(findPackage('djangorestframework_simplejwt')?.name, 'djangorestframework-simplejwt');
  assert.equal(findPackage('django_filter')?.name, 'django-filter');
  assert.equal(findPackage('Django.Debug.Toolbar')?.name, 'django-debug-toolbar');
  assert.equal(findPackage('requests'), null);
});

test('release ordering and requirement lines', () => {
  assert.ok(compareReleases('3.10.0', '3.9.4') > 0);
  assert.ok(compareReleases('65.0', '0.61.0') > 0);
  assert.ok(compareReleases('2.0', '2.0.0') === 0);
  assert.ok(compareReleases('2.0b1', '2.0') < 0);
  assert.ok(compareReleases('21.1', '2.4.0') > 0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djreq-'));
  fs.writeFileSync(path.join(dir, 'requirements.txt'), '# c\nDjango==2.2.28\ndjango-storages[boto3]==1.7.1  # s3\n  whitenoise>=4.1,<5\n-e git+https://x/y.git#egg=z\ncelery ~= 4.3.0 ; python_version < "3.8"\nredis\nhttps://example.com/pkg.whl\n');
  const pins = readRequirementsFile(dir, 'requirements.txt').map(pinOf);
  assert.deepEqual(pins.map((p) => [p.name, p.pinned, p.exact, p.line, p.column]), [
    ['Django', '2.2.28', true, 2, 1],
    ['django-storages', '1.7.1', true, 3, 1],
    ['whitenoise', '4.1', false, 4, 3],
    ['celery', '4.3.0', false, 6, 1],
    ['redis', null, false, 7, 1],
  ]);
  assert.equal(pins[1].endColumn, 'django-storages[boto3]==1.7.1'.length + 1);
});

test('verdicts: supported, upgrade, unknown; never a guess', () => {
  const drf = findPackage('djangorestframework')!;
  const forTwoTwo = minimumFor(drf, '2.2');
  assert.ok(forTwoTwo.minimum && forTwoTwo.exact);
  assert.equal(verdictFor({ name: 'djangorestframework', pinned: forTwoTwo.minimum }, '2.2').status, 'supported');
  assert.equal(verdictFor({ name: 'djangorestframework', pinned: '3.6.4' }, '2.2').status, 'upgrade');
  assert.equal(verdictFor({ name: 'djangorestframework', pinned: null }, '2.2').status, 'unknown');
  assert.deepEqual(verdictFor({ name: 'leftpad', pinned: '1.0' }, '4.2'), { name: 'leftpad', pinned: '1.0', status: 'unknown', minimum: null, source: 'not in the package table' });
  // A Django version without its own entry borrows the next newer one, and says so.
  const borrowed = minimumFor({ name: 'x', checked: '', django: [{ django: '3.2', first: '1.0', source: 's32' }, { django: '4.2', first: '2.0', source: 's42' }] }, '4.0');
  assert.deepEqual(borrowed, { minimum: '2.0', source: 'no entry for Django 4.0; first release supporting Django 4.2: s42', exact: false, noRelease: false });
  const beyond = minimumFor({ name: 'x', checked: '', django: [{ django: '3.2', first: '1.0', source: 's32' }] }, '5.2');
  assert.equal(beyond.minimum, null);
  assert.equal(verdictFor({ name: 'celery', pinned: '4.3.0' }, '5.2').status, 'unknown', 'Celery declares no Django versions');
  // simplejwt publishes Django classifiers from 4.7.0 on: an older pin is unknown, not "upgrade".
  const jwt = verdictFor({ name: 'djangorestframework-simplejwt', pinned: '4.4.0' }, '2.2');
  assert.deepEqual([jwt.status, jwt.minimum], ['unknown', '4.7.0']);
  assert.match(jwt.source, /publish no per-Django classifiers/);
  assert.equal(verdictFor({ name: 'djangorestframework-simplejwt', pinned: '4.4.0' }, '4.2').status, 'upgrade', 'later releases do say which Django they support');
});

test('every classifier fact agrees with the recorded metadata of the releases (test/fixtures/package-support/classifiers.tsv)', () => {
  const rows = fs
    .readFileSync(path.join(__dirname, '..', 'fixtures', 'package-support', 'classifiers.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'))
    .map(([name, version, classifiers]) => ({ name, version, readable: classifiers !== 'unreadable', django: classifiers === 'unreadable' ? [] : classifiers.split(' ').filter(Boolean) }));
  let checked = 0;
  for (const pkg of packageSupport) {
    const releases = rows.filter((r) => r.name === pkg.name).sort((a, b) => compareReleases(a.version, b.version));
    assert.ok(releases.length > 0, `${pkg.name}: releases recorded`);
    assert.match(pkg.checked, new RegExp(`\\(${releases.filter((r) => r.readable).length} releases\\)`), `${pkg.name}: checked count`);
    for (const entry of pkg.django) {
      if (!entry.source.startsWith('PyPI classifiers') || entry.first === null) continue;
      const first = releases.find((r) => r.version === entry.first);
      assert.ok(first?.django.includes(entry.django), `${pkg.name} ${entry.first} lists Django ${entry.django}`);
      const earlier = releases.filter((r) => r.readable && compareReleases(r.version, entry.first!) < 0);
      assert.ok(!earlier.some((r) => r.django.includes(entry.django)), `${pkg.name}: no release read before ${entry.first} lists Django ${entry.django}`);
      assert.equal(Boolean(entry.unknownBefore), earlier.length > 0 && earlier[earlier.length - 1].django.length === 0, `${pkg.name} ${entry.django}: unknownBefore`);
      checked++;
    }
  }
  assert.ok(checked >= 250, `${checked} facts re-derived`);
});
