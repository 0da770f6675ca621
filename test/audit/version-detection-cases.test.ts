// Version detection that cannot be fooled (issue 12): each case that once gave a wrong version,
// or none, with the file a maintainer would write. TOML is read with a TOML parser, specifiers and
// versions with PEP 440, CI files as YAML, requirements files as pip reads them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPinnedPackages, verdictFor } from '../../server/src/audit/dependencies';
import { detectPythonVersion } from '../../server/src/audit/python-version';
import { detectDjangoVersion, fromPackageLock, versionFromSpecifier } from '../../server/src/versions/detect-project-version';
import { compareReleases, poetryToPep440, specifierFloor } from '../../server/src/versions/pep440';
import { writeProject } from '../helpers/project-files';

const project = (files: Record<string, string>) => writeProject(files, 'djupgrade-detect-');

const pins = (root: string) => findPinnedPackages(root).map((p) => `${p.name} ${p.pinned ?? '-'} ${p.file}:${p.line}:${p.column}-${p.endColumn}`);

test('a comment holding a requirement in pyproject.toml is not the pin', () => {
  const root = project({
    'pyproject.toml': '[project]\nname = "shop"\n# We used to require "django>=1.11" here.\ndependencies = [\n    # "django>=1.11",\n    "django>=4.2,<5",\n]\n',
  });
  assert.deepEqual(detectDjangoVersion(root), { version: '4.2', source: 'pyproject.toml:6' });
  assert.deepEqual(pins(root), ['django 4.2 pyproject.toml:6:6-20']);
});

test('extras in a PEP 621 requirement do not cut the dependency list short', () => {
  const root = project({
    'pyproject.toml': '[project]\nname = "shop"\ndependencies = [\n    "django[argon2]>=3.2",\n    "djangorestframework==3.12.4",\n    "django-filter[extra] >= 2.4 ; python_version >= \'3.8\'",\n]\n\n[project.optional-dependencies]\nredis = ["django-redis==5.0.0"]\n\n[dependency-groups]\ndev = ["django-debug-toolbar>=3.2", {include-group = "lint"}]\nlint = ["ruff"]\n',
  });
  assert.deepEqual(detectDjangoVersion(root), { version: '3.2', source: 'pyproject.toml:4' });
  assert.deepEqual(pins(root), [
    'django 3.2 pyproject.toml:4:6-25',
    'djangorestframework 3.12.4 pyproject.toml:5:6-33',
    'django-filter 2.4 pyproject.toml:6:6-59',
    'django-redis 5.0.0 pyproject.toml:10:11-30',
    'django-debug-toolbar 3.2 pyproject.toml:13:9-34',
    'ruff - pyproject.toml:14:10-14',
  ]);
});

test('requirements files: -r and -c are followed, each file once', () => {
  const root = project({
    'requirements.txt': '-r requirements/base.txt\ndjango-storages==1.11\n',
    'requirements/base.txt': '# shared\n--requirement ./common.txt\nDjango>=3.2,<4.0  # LTS\npsycopg2==2.8.6 \\\n    --hash=sha256:abc\n-r ../requirements.txt\n',
    'requirements/common.txt': 'celery==5.0.5\n',
  });
  assert.deepEqual(detectDjangoVersion(root), { version: '3.2', source: 'requirements/base.txt:3' });
  assert.deepEqual(pins(root), [
    'celery 5.0.5 requirements/common.txt:1:1-14',
    'Django 3.2 requirements/base.txt:3:1-17',
    'psycopg2 2.8.6 requirements/base.txt:4:1-16',
    'django-storages 1.11 requirements.txt:2:1-22',
  ]);
  // A constraints file pins Django without making anything a dependency.
  const constrained = project({ 'requirements.txt': '-c constraints.txt\ndjango\nwhitenoise\n', 'constraints.txt': 'Django==2.2.28\nrequests==2.25.1\n' });
  assert.deepEqual(detectDjangoVersion(constrained), { version: '2.2', source: 'constraints.txt:1' });
  assert.deepEqual(pins(constrained).map((p) => p.split(' ')[0]), ['django', 'whitenoise']);
});

test('setup.cfg: install_requires on one line, on many, and with extras', () => {
  assert.deepEqual(detectDjangoVersion(project({ 'setup.cfg': '[metadata]\nname = shop\n\n[options]\ninstall_requires = Django>=3.2\n' })), { version: '3.2', source: 'setup.cfg:5' });
  const root = project({ 'setup.cfg': '[options]\ninstall_requires =\n    Django>=2.2,<3\n    django-model-utils==4.0.0\n# a comment\n\n[options.extras_require]\napi = djangorestframework>=3.10\n' });
  assert.deepEqual(detectDjangoVersion(root), { version: '2.2', source: 'setup.cfg:3' });
  assert.deepEqual(pins(root), ['Django 2.2 setup.cfg:3:5-19', 'django-model-utils 4.0.0 setup.cfg:4:5-30', 'djangorestframework 3.10 setup.cfg:8:7-32']);
});

test('wildcards and other PEP 440 specifiers give the oldest series they allow', () => {
  assert.equal(versionFromSpecifier('==4.*'), '4.0');
  assert.deepEqual(detectDjangoVersion(project({ 'requirements.txt': 'Django==4.*\n' })), { version: '4.0', source: 'requirements.txt:1' });
  assert.equal(versionFromSpecifier('==1.11.*'), '1.11');
  assert.equal(versionFromSpecifier('>2.2'), '2.2');
  assert.equal(versionFromSpecifier('>=3.2,!=3.2.*'), '4.0', 'a series the specifier excludes is skipped');
  assert.equal(versionFromSpecifier('==2.0rc1'), '2.0');
  assert.equal(versionFromSpecifier('~=3.2.5'), '3.2');
  assert.equal(versionFromSpecifier('<4'), null, 'an upper bound alone says little');
  assert.equal(versionFromSpecifier('>=banana'), null);
  assert.equal(poetryToPep440('^0.2.3'), '>=0.2.3,<0.3');
  assert.equal(poetryToPep440('~3.2'), '>=3.2,<3.3');
  assert.equal(poetryToPep440('3.2.1'), '==3.2.1');
  assert.deepEqual(specifierFloor('==4.*'), { version: '4', exact: false });
  assert.deepEqual(specifierFloor('==3.2.25'), { version: '3.2.25', exact: true });
});

test('pre-releases and post-releases are ordered by PEP 440', () => {
  assert.ok(compareReleases('2.0rc1', '2.0b1') > 0);
  assert.ok(compareReleases('2.0b1', '2.0a3') > 0);
  assert.ok(compareReleases('2.0.post1', '2.0') > 0);
  assert.ok(compareReleases('2.0.dev1', '2.0a1') < 0);
  assert.equal(compareReleases('2.0', '2.0.0'), 0);
  assert.ok(compareReleases('3.10', '3.9.4') > 0);
  assert.ok(compareReleases('3.9.x', '3.10') < 0, 'not PEP 440: ordered by its numbers, never a throw');
  // A release candidate is older than the release a package table names.
  assert.equal(verdictFor({ name: 'djangorestframework', pinned: '3.12.0rc1' }, '3.0').status, 'upgrade');
  assert.equal(verdictFor({ name: 'djangorestframework', pinned: '3.12.0.post1' }, '3.0').status, 'supported');
});

test('Poetry and Pipfile tables, read as TOML', () => {
  const poetry = project({
    'pyproject.toml': '[tool.poetry]\nname = "shop"\n\n[tool.poetry.dependencies]\npython = "^3.8"\n# django = "^1.11"\nDjango = { version = "^3.1", extras = ["argon2"] }\ncelery = "5.0.5"\n\n[tool.poetry.group.dev.dependencies]\npytest-django = "*"\n',
  });
  assert.deepEqual(detectDjangoVersion(poetry), { version: '3.1', source: 'pyproject.toml:7' });
  assert.deepEqual(pins(poetry).map((p) => p.split(' ').slice(0, 2).join(' ')), ['Django 3.1', 'celery 5.0.5', 'pytest-django -']);
  const pipfile = project({ Pipfile: '[[source]]\nurl = "https://pypi.org/simple"\n\n[packages]\ndjango = {version = "==2.2.*", extras = ["bcrypt"]}\n"django-cors-headers" = "*"\n\n[requires]\npython_version = "3.7"\n' });
  assert.deepEqual(detectDjangoVersion(pipfile), { version: '2.2', source: 'Pipfile:5' });
  assert.deepEqual(detectPythonVersion(pipfile), { version: '3.7', source: 'Pipfile:9' });
  assert.equal(detectDjangoVersion(project({ 'pyproject.toml': '[project\ndependencies = ["django>=3.2"]\n' })), null, 'malformed TOML gives nothing, not a guess');
});

test('lock files are read as TOML', () => {
  const lock = '[[package]]\nname = "asgiref"\nversion = "3.7.2"\n\n[[package]]\nname = "django"\nversion = "4.2.11"\ndependencies = [\n    { name = "asgiref" },\n]\n';
  assert.deepEqual(fromPackageLock(lock), { version: '4.2', line: 7 });
  assert.equal(fromPackageLock('# name = "django"\n# version = "1.8"\n'), null);
});

test('Python version: TOML, INI and YAML files read with their parsers', () => {
  assert.deepEqual(
    detectPythonVersion(project({ 'pyproject.toml': '[project]\nname = "x"\n# requires-python = ">=2.7"\nrequires-python = ">=3.8"\n' })),
    { version: '3.8', source: 'pyproject.toml:4' },
  );
  assert.deepEqual(detectPythonVersion(project({ 'setup.cfg': '[options]\npython_requires = >=3.6, <4\n' })), { version: '3.6', source: 'setup.cfg:2' });
  assert.deepEqual(detectPythonVersion(project({ 'setup.py': '# python_requires=">=2.7"\nsetup(python_requires=">=3.5")\n' })), { version: '3.5', source: 'setup.py:2' });
  // YAML reads an unquoted 3.10 as the number 3.1; the version is what the file says.
  assert.deepEqual(
    detectPythonVersion(project({ '.github/workflows/ci.yml': 'jobs:\n  test:\n    strategy:\n      matrix:\n        python-version: [3.10, 3.11]\n        # python-version: 2.7\n        include:\n          - python-version: "3.9"\n' })),
    { version: '3.9', source: '.github/workflows/ci.yml:8' },
  );
  assert.deepEqual(
    detectPythonVersion(project({ '.github/workflows/ci.yml': 'jobs:\n  test:\n    strategy:\n      matrix:\n        python-version: [3.10, 3.12]\n' })),
    { version: '3.10', source: '.github/workflows/ci.yml:5' },
  );
  assert.deepEqual(
    detectPythonVersion(project({ '.github/workflows/ci.yml': 'jobs:\n  test:\n    container:\n      image: python:3.7-slim\n    steps:\n      - uses: actions/setup-python@v5\n        with:\n          python-version: ${{ matrix.python }}\n' })),
    { version: '3.7', source: '.github/workflows/ci.yml:4' },
  );
  assert.deepEqual(detectPythonVersion(project({ '.gitlab-ci.yml': 'test:\n  image:\n    name: registry.example.com/library/python:3.6\n' })), { version: '3.6', source: '.gitlab-ci.yml:3' });
  assert.equal(detectPythonVersion(project({ '.travis.yml': 'python: [3.6\n' })), null, 'malformed YAML gives nothing');
  assert.deepEqual(detectPythonVersion(project({ 'tox.ini': '[tox]\nenvlist =\n    py{38,37}-django{22,32}\n' })), { version: '3.7', source: 'tox.ini:3' });
});
