// Where the audit reads the versions a project runs: Django from lock files and a virtualenv's
// installed django/__init__.py (besides the pins the editor already reads), Python from
// .python-version, runtime.txt, requires-python, classifiers and CI files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPythonVersion, lowerBoundOf } from '../../server/src/audit/python-version';
import { detectDjangoVersion, fromPackageLock, fromPipfileLock, versionFromDjangoInit } from '../../server/src/versions/detect-project-version';
import { writeProject } from '../helpers/project-files';

const project = (files: Record<string, string>) => writeProject(files, 'djupgrade-versions-');

const poetryLock = `[[package]]
name = "asgiref"
version = "3.7.2"
description = "ASGI specs"

[[package]]
name = "Django"
version = "3.2.25"
description = "A high-level Python web framework"

[package.dependencies]
asgiref = ">=3.3.2,<4"
`;

const uvLock = `version = 1
requires-python = ">=3.10"

[[package]]
name = "django"
version = "4.2.11"
source = { registry = "https://pypi.org/simple" }
dependencies = [
    { name = "asgiref" },
]
`;

const pipfileLock = JSON.stringify({ _meta: { hash: {} }, default: { django: { hashes: [], index: 'pypi', version: '==2.2.28' }, pytz: { version: '==2021.1' } }, develop: {} }, null, 4);

test('Django from poetry.lock, uv.lock and Pipfile.lock', () => {
  assert.deepEqual(fromPackageLock(poetryLock), { version: '3.2', line: 8 });
  assert.deepEqual(fromPackageLock(uvLock), { version: '4.2', line: 6 });
  assert.equal(fromPackageLock('[[package]]\nname = "django-filter"\nversion = "2.4.0"\n'), null, 'only Django itself');
  assert.deepEqual(fromPipfileLock(pipfileLock), { version: '2.2', line: 9 });
  assert.equal(fromPipfileLock('{not json'), null);
  assert.deepEqual(detectDjangoVersion(project({ 'poetry.lock': poetryLock })), { version: '3.2', source: 'poetry.lock:8' });
  assert.deepEqual(detectDjangoVersion(project({ 'uv.lock': uvLock })), { version: '4.2', source: 'uv.lock:6' });
  assert.deepEqual(detectDjangoVersion(project({ 'Pipfile.lock': pipfileLock })), { version: '2.2', source: 'Pipfile.lock:9' });
  // A lock says what is installed: it wins over a lower bound in pyproject.toml, not over an exact requirements pin.
  assert.deepEqual(detectDjangoVersion(project({ 'pyproject.toml': '[tool.poetry.dependencies]\ndjango = ">=2.2"\n', 'poetry.lock': poetryLock }))?.source, 'poetry.lock:8');
  assert.deepEqual(detectDjangoVersion(project({ 'requirements.txt': 'Django==3.1.4\n', 'poetry.lock': poetryLock }))?.source, 'requirements.txt:1');
});

test('Django from a virtualenv\'s installed django/__init__.py, read and never imported', () => {
  const init = 'from django.utils.version import get_version\n\nVERSION = (2, 2, 28, "final", 0)\n\n__version__ = get_version(VERSION)\n';
  assert.deepEqual(versionFromDjangoInit(init), { version: '2.2', line: 3 });
  assert.equal(versionFromDjangoInit('import os\n'), null);
  assert.deepEqual(detectDjangoVersion(project({ '.venv/lib/python3.8/site-packages/django/__init__.py': init, '.venv/pyvenv.cfg': 'home = /usr/bin\n' })), {
    version: '2.2',
    source: '.venv/lib/python3.8/site-packages/django/__init__.py:3',
  });
  assert.deepEqual(detectDjangoVersion(project({ 'venv/Lib/site-packages/django/__init__.py': 'VERSION = (1, 11, 29, "final", 0)\n' }))?.version, '1.11', 'Windows layout');
  // Declared pins come first: the virtualenv may be stale.
  assert.equal(detectDjangoVersion(project({ 'requirements.txt': 'django==3.2\n', '.venv/lib/python3.8/site-packages/django/__init__.py': init }))?.version, '3.2');
});

test('Python version: .python-version, runtime.txt, requires-python, classifiers, CI files', () => {
  assert.deepEqual(detectPythonVersion(project({ '.python-version': '# pyenv\n3.8.12\n' })), { version: '3.8', source: '.python-version:2' });
  assert.deepEqual(detectPythonVersion(project({ 'runtime.txt': 'python-3.6.15\n' })), { version: '3.6', source: 'runtime.txt:1' });
  assert.deepEqual(detectPythonVersion(project({ 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.9,<4"\n' })), { version: '3.9', source: 'pyproject.toml:3' });
  assert.deepEqual(detectPythonVersion(project({ 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.7"\ndjango = "^2.2"\n' })), { version: '3.7', source: 'pyproject.toml:2' });
  assert.deepEqual(detectPythonVersion(project({ 'setup.py': 'setup(\n    python_requires=">=3.5",\n)\n' })), { version: '3.5', source: 'setup.py:2' });
  assert.deepEqual(
    detectPythonVersion(project({ 'setup.cfg': '[metadata]\nclassifiers =\n    Programming Language :: Python :: 3.7\n    Programming Language :: Python :: 3.6\n' })),
    { version: '3.6', source: 'setup.cfg:4' },
    'the oldest classifier',
  );
  assert.deepEqual(
    detectPythonVersion(project({ '.github/workflows/test.yml': 'jobs:\n  t:\n    strategy:\n      matrix:\n        python-version: ["3.8", "3.7"]\n' })),
    { version: '3.7', source: '.github/workflows/test.yml:5' },
  );
  assert.deepEqual(
    detectPythonVersion(project({ '.github/workflows/ci.yaml': 'jobs:\n  t:\n    strategy:\n      matrix:\n        python:\n          - "3.9"\n          - "3.6"\n' })),
    { version: '3.6', source: '.github/workflows/ci.yaml:7' },
  );
  assert.deepEqual(detectPythonVersion(project({ '.gitlab-ci.yml': 'test:\n  image: python:3.5-slim\n  script: pytest\n' })), { version: '3.5', source: '.gitlab-ci.yml:2' });
  assert.deepEqual(detectPythonVersion(project({ 'tox.ini': '[tox]\nenvlist = py37-django22, py36-django22\n' })), { version: '3.6', source: 'tox.ini:2' });
  assert.deepEqual(detectPythonVersion(project({ Dockerfile: 'FROM python:3.7-alpine\nRUN pip install -r requirements.txt\n' })), { version: '3.7', source: 'Dockerfile:1' });
  assert.equal(detectPythonVersion(project({ '.python-version': 'system\n' })), null);
  assert.equal(detectPythonVersion(project({})), null);
  // An explicit interpreter pin wins over what CI tests.
  assert.equal(detectPythonVersion(project({ 'runtime.txt': 'python-3.8.5\n', 'tox.ini': '[tox]\nenvlist = py36\n' }))?.version, '3.8');
  assert.equal(lowerBoundOf('>=3.6, !=3.7.*, <4'), '3.6');
  assert.equal(lowerBoundOf('<3.10'), null);
  assert.equal(lowerBoundOf('3.8.*'), '3.8');
});
