// Python 2 evidence means Python 2 (issue 14): every place a Python 2 project says so, Python 2
// winning over files that say 3.x, and Python-2-only code (python2 findings) as the last word when
// no file says it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPythonVersion } from '../../server/src/audit/python-version';
import { writeProject } from '../helpers/project-files';

const detect = (files: Record<string, string>, code: Parameters<typeof detectPythonVersion>[1] = []) =>
  detectPythonVersion(writeProject(files, 'djupgrade-python2-'), code);

test('setup.py python_requires: >=2.7, ==2.7.*, and the usual 2-and-3 range', () => {
  assert.deepEqual(detect({ 'setup.py': "setup(\n    name='shop',\n    python_requires='>=2.7',\n)\n" }), { version: '2.7', source: 'setup.py:3' });
  assert.deepEqual(detect({ 'setup.py': "setup(python_requires='==2.7.*')\n" }), { version: '2.7', source: 'setup.py:1' });
  assert.deepEqual(detect({ 'setup.py': "setup(python_requires='>=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*')\n" }), { version: '2.7', source: 'setup.py:1' });
  assert.deepEqual(detect({ 'setup.cfg': '[options]\npython_requires = >=2.7, <3\n' }), { version: '2.7', source: 'setup.cfg:2' });
});

test('classifiers: "Python :: 2", "Python :: 2 :: Only" and "Python :: 2.7" in setup.py, setup.cfg and pyproject.toml', () => {
  assert.deepEqual(
    detect({ 'setup.py': "setup(\n    classifiers=[\n        'Framework :: Django',\n        'Programming Language :: Python :: 2',\n    ],\n)\n" }),
    { version: '2.7', source: 'setup.py:4' },
  );
  assert.deepEqual(
    detect({ 'setup.cfg': '[metadata]\nclassifiers =\n    Programming Language :: Python :: 3\n    Programming Language :: Python :: 2 :: Only\n' }),
    { version: '2.7', source: 'setup.cfg:4' },
  );
  assert.deepEqual(
    detect({ 'pyproject.toml': '[project]\nname = "x"\nclassifiers = [\n  "Programming Language :: Python :: 3.6",\n  "Programming Language :: Python :: 2.7",\n]\n' }),
    { version: '2.7', source: 'pyproject.toml:5' },
  );
  // "Python :: 3" alone names no release: nothing.
  assert.equal(detect({ 'setup.cfg': '[metadata]\nclassifiers =\n    Programming Language :: Python :: 3\n' }), null);
});

test('interpreter pins: .python-version, runtime.txt, a Dockerfile, a virtualenv in the project, a python2 shebang in manage.py', () => {
  assert.deepEqual(detect({ '.python-version': '2.7.18\n' }), { version: '2.7', source: '.python-version:1' });
  assert.deepEqual(detect({ '.python-version': 'pypy2.7-7.3.9\n' }), { version: '2.7', source: '.python-version:1' });
  assert.deepEqual(detect({ 'runtime.txt': 'python-2.7.18\n' }), { version: '2.7', source: 'runtime.txt:1' });
  assert.deepEqual(detect({ Dockerfile: 'FROM python:2-slim\nRUN pip install -r requirements.txt\n' }), { version: '2.7', source: 'Dockerfile:1' });
  assert.deepEqual(detect({ Dockerfile: 'FROM python:2.7-alpine\n' }), { version: '2.7', source: 'Dockerfile:1' });
  assert.deepEqual(detect({ '.venv/lib/python2.7/site-packages/six.py': '' }), { version: '2.7', source: '.venv/lib/python2.7' });
  assert.deepEqual(detect({ 'manage.py': '#!/usr/bin/env python2\nimport os\n' }), { version: '2.7', source: 'manage.py:1' });
  assert.deepEqual(detect({ 'manage.py': '#!/usr/bin/python2.7\n' }), { version: '2.7', source: 'manage.py:1' });
  assert.equal(detect({ 'manage.py': '#!/usr/bin/env python\nimport os\n' }), null, 'a plain python shebang says nothing');
});

test('what CI tests: tox envs py27, py2, pypy and basepython; GitHub and Travis matrices, 2.x and pypy', () => {
  assert.deepEqual(detect({ 'tox.ini': '[tox]\nenvlist = py27-django111, py36-django111\n' }), { version: '2.7', source: 'tox.ini:2' });
  assert.deepEqual(detect({ 'tox.ini': '[tox]\nenvlist = py{27,36}-django{18,111}\n' }), { version: '2.7', source: 'tox.ini:2' });
  assert.deepEqual(detect({ 'tox.ini': '[tox]\nenvlist = py2, py3\n' }), { version: '2.7', source: 'tox.ini:2' });
  assert.deepEqual(detect({ 'tox.ini': '[tox]\nenvlist = pypy-django111\n' }), { version: '2.7', source: 'tox.ini:2' });
  assert.equal(detect({ 'tox.ini': '[tox]\nenvlist = pypy3-django22\n' }), null, 'PyPy 3 names no release');
  assert.deepEqual(detect({ 'tox.ini': '[tox]\nenvlist = legacy\n\n[testenv:legacy]\nbasepython = python2\n' }), { version: '2.7', source: 'tox.ini:5' });
  assert.deepEqual(
    detect({ '.github/workflows/ci.yml': 'jobs:\n  test:\n    strategy:\n      matrix:\n        python-version: [2.7, 3.6]\n' }),
    { version: '2.7', source: '.github/workflows/ci.yml:5' },
  );
  assert.deepEqual(
    detect({ '.github/workflows/ci.yml': 'jobs:\n  test:\n    steps:\n      - uses: actions/setup-python@v1\n        with:\n          python-version: "2.x"\n' }),
    { version: '2.7', source: '.github/workflows/ci.yml:6' },
  );
  assert.deepEqual(detect({ '.travis.yml': 'language: python\npython:\n  - "2.7"\n  - "3.6"\n' }), { version: '2.7', source: '.travis.yml:3' });
  assert.deepEqual(detect({ '.travis.yml': 'language: python\npython:\n  - pypy\n' }), { version: '2.7', source: '.travis.yml:3' });
  assert.equal(detect({ '.travis.yml': 'language: python\npython:\n  - pypy3\n' }), null);
});

test('Python 2 evidence wins over a file that says 3.x, and the source says what else was found', () => {
  assert.deepEqual(detect({ 'runtime.txt': 'python-3.6.15\n', 'tox.ini': '[tox]\nenvlist = py27,py36\n' }), {
    version: '2.7',
    source: 'tox.ini:2 (Python 2; runtime.txt:1 says 3.6)',
  });
  // Without Python 2 evidence, the order of trust decides as before.
  assert.deepEqual(detect({ 'runtime.txt': 'python-3.8.5\n', 'tox.ini': '[tox]\nenvlist = py36\n' }), { version: '3.8', source: 'runtime.txt:1' });
});

test('Python-2-only code says Python 2 where no file does, and over files that say 3.x', () => {
  const code = [
    { file: 'shop/views.py', line: 3, what: 'Python 2 `print` statement' },
    { file: 'shop/views.py', line: 9, what: '`except X, e`' },
  ];
  assert.deepEqual(detect({}, code), { version: '2.7', source: 'shop/views.py:3 (Python 2 code: Python 2 `print` statement and 1 more)' });
  assert.deepEqual(detect({ '.python-version': '3.8.12\n' }, code.slice(0, 1)), {
    version: '2.7',
    source: 'shop/views.py:3 (Python 2 code: Python 2 `print` statement; .python-version:1 says 3.8)',
  });
  // A file that says Python 2 is named before the code.
  assert.deepEqual(detect({ 'tox.ini': '[tox]\nenvlist = py27\n' }, code), { version: '2.7', source: 'tox.ini:2' });
  assert.deepEqual(detect({ '.python-version': '3.8.12\n' }, []), { version: '3.8', source: '.python-version:1' });
});
