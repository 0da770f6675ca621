// Each library's current and target version (issue 13, part 1): read from the project's pins like
// Django's, overridden by `[tool.djupgrade.packages]` and by values given on top, with the newest
// release of the shipped snapshot as the default target.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadProjectConfig } from '../../server/src/config/project-config';
import { Project } from '../../server/src/project/project';
import { findLibrary, libraries, newestRelease, releaseAt, releaseSnapshot, releasesOf } from '../../server/src/versions/libraries';
import { libraryDetector, releaseFromSpecifier } from '../../server/src/versions/library-versions';
import { compareReleases } from '../../server/src/versions/pep440';
import { writeProject } from '../helpers/project-files';

const project = (files: Record<string, string>) => writeProject(files, 'djupgrade-libraries-');

const versionsOf = (root: string, overrides = {}) => Object.fromEntries(new Project(root).libraryVersions(overrides).map((choice) => [choice.library.package, choice]));

test('the snapshot lists every library of the table, oldest first, final releases only, dated', () => {
  assert.match(releaseSnapshot.generated, /^\d{4}-\d{2}-\d{2}$/);
  for (const library of libraries) {
    const list = releasesOf(library.package);
    assert.ok(list.length > 0, `${library.package} has releases in the snapshot`);
    for (let i = 1; i < list.length; i++) assert.ok(compareReleases(list[i - 1], list[i]) < 0, `${library.package}: ${list[i - 1]} before ${list[i]}`);
    assert.ok(list.every((v) => !/(a|b|rc|dev)\d*$/.test(v)), `${library.package}: no pre-releases`);
  }
  // Facts of the real lists (they only grow): DRF 3.16.0 exists and comes after 3.15.2.
  assert.equal(releaseAt('djangorestframework', '3.16').release, '3.16.0');
  assert.equal(releaseAt('djangorestframework', '3.16').previous, '3.15.2');
  assert.equal(releaseAt('django-filter', '2.0').previous, '1.1.0');
  assert.equal(releaseAt('djangorestframework', '99').release, null);
  assert.deepEqual(Object.keys(releaseSnapshot.releases).sort(), libraries.map((l) => l.package).sort(), 'one list per library, no more');
  assert.equal(findLibrary('Django_Filter')?.category, 'django-filter');
  assert.equal(findLibrary('requests'), null);
});

test('a specifier gives the oldest release it allows', () => {
  const drf = releasesOf('djangorestframework');
  assert.equal(releaseFromSpecifier('==3.9.4', drf), '3.9.4');
  assert.equal(releaseFromSpecifier('>=3.9,<4', drf), '3.9.0');
  assert.equal(releaseFromSpecifier('>3.9', drf), '3.9.1');
  assert.equal(releaseFromSpecifier('~=3.11.0', drf), '3.11.0');
  assert.equal(releaseFromSpecifier('==3.12.*', drf), '3.12.0');
  assert.equal(releaseFromSpecifier('>=3.99', drf), '3.99', 'a floor past the snapshot is kept as written');
  assert.equal(releaseFromSpecifier('<4', drf), null, 'an upper bound alone says nothing');
  assert.equal(releaseFromSpecifier('', drf), null);
});

test('current versions come from requirements, lock files, packaging files and virtualenvs, in that order', () => {
  const root = project({
    'requirements.txt': 'Django==2.2.28\ndjangorestframework==3.9.4  # api\n-r requirements/extra.txt\n',
    'requirements/extra.txt': 'django-filter>=1.1,<2\ncelery[redis]~=4.4.0\n',
    'poetry.lock': '[[package]]\nname = "djangorestframework"\nversion = "3.10.0"\n\n[[package]]\nname = "django-cors-headers"\nversion = "3.2.1"\n',
    'pyproject.toml': '[project]\nname = "shop"\ndependencies = ["django-allauth>=0.40", "django-cors-headers>=2"]\n',
    '.venv/lib/python3.8/site-packages/django_debug_toolbar-1.11.dist-info/METADATA': 'Name: django-debug-toolbar\n',
    '.venv/lib/python3.8/site-packages/djangorestframework_simplejwt-4.4.0.dist-info/METADATA': '',
    '.venv/lib/python3.8/site-packages/django_extensions-2.2.5-py3.8.egg-info/PKG-INFO': '',
  });
  const found = versionsOf(root);
  const current = (name: string) => [found[name].current, found[name].currentSource];
  assert.deepEqual(current('djangorestframework'), ['3.9.4', 'requirements.txt:2'], 'an explicit pin before the lock file');
  assert.deepEqual(current('django-filter'), ['1.1.0', 'requirements/extra.txt:1'], 'an included file; the oldest release the range allows');
  assert.deepEqual(current('celery'), ['4.4.0', 'requirements/extra.txt:2'], 'extras do not hide the name');
  assert.deepEqual(current('django-cors-headers'), ['3.2.1', 'poetry.lock:7'], 'the lock file before a range in pyproject.toml');
  assert.deepEqual(current('django-allauth'), ['0.40.0', 'pyproject.toml:3']);
  assert.deepEqual(current('django-debug-toolbar'), ['1.11', '.venv/lib/python3.8/site-packages/django_debug_toolbar-1.11.dist-info']);
  assert.deepEqual(current('djangorestframework-simplejwt'), ['4.4.0', '.venv/lib/python3.8/site-packages/djangorestframework_simplejwt-4.4.0.dist-info']);
  assert.deepEqual(current('django-extensions'), ['2.2.5', '.venv/lib/python3.8/site-packages/django_extensions-2.2.5-py3.8.egg-info']);
  assert.deepEqual(current('django-storages'), [null, 'unknown (no django-storages pin found)']);
  // Without a configuration the target is the newest release of the snapshot.
  for (const library of libraries) {
    assert.equal(found[library.package].target, newestRelease(library.package), library.package);
    assert.equal(found[library.package].targetSource, 'newest release in the snapshot');
  }
});

test('a pin newer than the snapshot is its own target: the default never points backwards', () => {
  const found = versionsOf(project({ 'requirements.txt': 'django-filter==99.1\n' }));
  assert.equal(found['django-filter'].current, '99.1');
  assert.equal(found['django-filter'].target, '99.1');
  assert.equal(found['django-filter'].targetSource, 'the current version (newer than the snapshot)');
});

test('[tool.djupgrade.packages] and setup.cfg [djupgrade.packages.NAME] set current and target; values given on top win', () => {
  const toml = project({
    'requirements.txt': 'djangorestframework==3.8.2\ncelery==3.1.26\n',
    'pyproject.toml': `[tool.djupgrade]
target = "4.2"

[tool.djupgrade.packages]
djangorestframework = { current = "3.9", target = "3.16" }

[tool.djupgrade.packages.Django_Filter]
target = "2.4.0"
`,
  });
  const cfg = project({
    'requirements.txt': 'djangorestframework==3.8.2\ncelery==3.1.26\n',
    'setup.cfg': `[djupgrade]
target = 4.2

[djupgrade.packages.djangorestframework]
current = 3.9
target = 3.16

[djupgrade.packages.django-filter]
target = 2.4.0
`,
  });
  for (const root of [toml, cfg]) {
    const { config, errors } = loadProjectConfig(root);
    assert.deepEqual(errors, []);
    assert.deepEqual(config.packages, { djangorestframework: { current: '3.9', target: '3.16' }, 'django-filter': { target: '2.4.0' } });
    const label = path.basename(config.file!) === 'setup.cfg' ? 'setup.cfg [djupgrade]' : 'pyproject.toml [tool.djupgrade]';
    const found = versionsOf(root);
    assert.deepEqual([found.djangorestframework.current, found.djangorestframework.currentSource, found.djangorestframework.target], ['3.9', label, '3.16']);
    assert.deepEqual([found['django-filter'].target, found['django-filter'].targetSource], ['2.4.0', label]);
    assert.deepEqual([found.celery.current, found.celery.currentSource], ['3.1.26', 'requirements.txt:2'], 'a library the configuration leaves out is detected');
    const given = versionsOf(root, { packages: { DjangoRestFramework: { target: '3.15' } }, source: 'the command line' });
    assert.deepEqual([found.djangorestframework.current, given.djangorestframework.target, given.djangorestframework.targetSource], ['3.9', '3.15', 'the command line']);
  }
});

test('a malformed packages table says where and what, and keeps what is valid', () => {
  const root = project({
    'pyproject.toml': `[project]
name = "x"

[tool.djupgrade.packages]
djangorestframework = { current = "3.9", target = 3.16 }
requests = { target = "3.0" }
django-filter = { current = "2.x" }
celery = { current = "5.3", target = "4.4", pin = "5" }
django-allauth = { current = "0.40" }
django-storages = "1.14"
`,
  });
  const { config, errors } = loadProjectConfig(root);
  assert.deepEqual(errors, [
    'pyproject.toml:5: [tool.djupgrade] packages.djangorestframework: target: write the version as a string, "3.16" (a number loses "3.10" → 3.1)',
    `pyproject.toml:6: [tool.djupgrade] packages.requests: not a library the catalogue covers (known: ${libraries.map((l) => l.package).join(', ')})`,
    'pyproject.toml:7: [tool.djupgrade] packages.django-filter: current: "2.x" is not a release number such as "3.9" or "3.9.4"',
    'pyproject.toml:8: [tool.djupgrade] packages.celery: unknown key pin (known: current, target)',
    'pyproject.toml:8: [tool.djupgrade] packages.celery: target 4.4 is older than current (5.3)',
    'pyproject.toml:10: [tool.djupgrade] packages.django-storages: must be a table such as { current = "3.9", target = "3.16" }',
  ]);
  assert.deepEqual(config.packages, { 'django-allauth': { current: '0.40' } });
  const setupCfg = loadProjectConfig(project({ 'setup.cfg': '[djupgrade]\ntarget = 4.2\n\n[djupgrade.packages.celery]\ncurrent = 5.3\ntarget = 4.4\n' }));
  assert.deepEqual(setupCfg.errors, ['setup.cfg:4: [djupgrade] packages.celery: target 4.4 is older than current (5.3)']);
  assert.deepEqual(setupCfg.config.packages, { celery: { current: '5.3' } }, 'as for Django, the target is dropped and the current version kept');
});

test('the detector reads the project once; refresh() reads it again', () => {
  const root = project({ 'requirements.txt': 'django-cors-headers==3.13.0\n' });
  const detect = libraryDetector(root);
  assert.equal(detect('django-cors-headers')?.version, '3.13.0');
  fs.writeFileSync(path.join(root, 'requirements.txt'), 'django-cors-headers==4.0.0\n');
  assert.equal(detect('django-cors-headers')?.version, '3.13.0', 'read once');
  const projectObject = new Project(root);
  assert.equal(projectObject.libraryVersions().find((c) => c.library.package === 'django-cors-headers')?.current, '4.0.0');
  fs.writeFileSync(path.join(root, 'requirements.txt'), 'django-cors-headers==4.3.1\n');
  projectObject.refresh();
  assert.equal(projectObject.libraryVersions().find((c) => c.library.package === 'django-cors-headers')?.current, '4.3.1');
});
