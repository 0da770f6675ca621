import assert from 'node:assert/strict';
import { test } from 'node:test';
import { suppressionEdit } from '../../server/src/engine/suppressions';
import { applyEdits } from '../../server/src/engine/apply-fixes';
import { detectDjangoVersion, versionFromSpecifier } from '../../server/src/versions/detect-project-version';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { getAnalyzer, inputFor, optionsFor } from '../helpers/analyzer';
import { writeProject } from '../helpers/project-files';

test('suppression comments silence one rule on their line', async () => {
  const analyzer = await getAnalyzer();
  const code = 'from django.conf.urls import url  # djupgrade: ignore[conf-urls-url]\nfrom django.utils.encoding import force_text  # djupgrade: ignore\nfrom django.utils.translation import ugettext  # djupgrade: ignore[other-rule]\nx = "# djupgrade: ignore"; from django.utils.http import urlquote\n';
  const findings = analyzer.lint(inputFor(code), optionsFor(null, '3.2', '5.2'));
  assert.deepEqual(findings.map((f) => f.rule.id), ['translation-ugettext', 'utils-http-urlquote']);
});

test('"ignore on this line" writes a comment that is then honoured', async () => {
  const analyzer = await getAnalyzer();
  const code = 'from django.conf.urls import url\nurlpatterns = [url(r"^$", v)]  # routes\n';
  const tree = analyzer.parse('python', code);
  const findings = analyzer.lint(inputFor(code), optionsFor(null, '3.2', '5.2'));
  const edit = suppressionEdit({ tree, text: code, language: 'python' }, findings[1].start, 'conf-urls-url')!;
  tree.delete();
  const suppressed = applyEdits(code, [edit]);
  assert.equal(suppressed, 'from django.conf.urls import url\nurlpatterns = [url(r"^$", v)]  # routes  # djupgrade: ignore[conf-urls-url]\n'.replace('# routes  # djupgrade', '# routes  # djupgrade'));
  const after = analyzer.lint(inputFor(suppressed), optionsFor(null, '3.2', '5.2'));
  assert.equal(after.length, 1, 'only the import line is still reported');
});

test('no suppression comment inside a multi-line string', async () => {
  const analyzer = await getAnalyzer();
  const code = 'x = url("""\nabc""")\n';
  const tree = analyzer.parse('python', code);
  assert.equal(suppressionEdit({ tree, text: code, language: 'python' }, 4, 'conf-urls-url'), null);
  tree.delete();
});

test('version specifiers', () => {
  assert.equal(versionFromSpecifier('==1.11.29'), '1.11');
  assert.equal(versionFromSpecifier('>=2.2,<3.0'), '2.2');
  assert.equal(versionFromSpecifier('~=3.2.0'), '3.2');
  assert.equal(versionFromSpecifier('^4.2'), '4.2');
  assert.equal(versionFromSpecifier('<4'), null);
});

const project = (files: Record<string, string>) => writeProject(files, 'djv-');

test('detects the Django version from every kind of dependency file', () => {
  assert.deepEqual(detectDjangoVersion(project({ 'requirements.txt': '# pins\nrequests==2.0\nDjango==1.11.29 # lts\n' })), { version: '1.11', source: 'requirements.txt:3' });
  assert.equal(detectDjangoVersion(project({ 'requirements/base.txt': 'django>=2.2,<3\n' }))?.version, '2.2');
  assert.equal(detectDjangoVersion(project({ 'pyproject.toml': '[project]\ndependencies = [\n  "Django>=3.2,<4.0",\n]\n' }))?.version, '3.2');
  assert.equal(detectDjangoVersion(project({ 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.8"\ndjango = "^3.1"\n' }))?.version, '3.1');
  assert.equal(detectDjangoVersion(project({ 'setup.cfg': '[options]\ninstall_requires =\n    Django>=2.0\n' }))?.version, '2.0');
  assert.equal(detectDjangoVersion(project({ 'setup.py': 'setup(install_requires=["django==1.8.19"])\n' }))?.version, '1.8');
  assert.equal(detectDjangoVersion(project({ Pipfile: '[packages]\ndjango = "==2.1.*"\n' }))?.version, '2.1');
  assert.equal(detectDjangoVersion(project({ 'pyproject.toml': 'this is [not toml' })), null, 'a malformed file is no crash');
  assert.equal(detectDjangoVersion(project({})), null);
});

test('file kinds', () => {
  assert.deepEqual([...fileKindsOf('mysite/settings.py')], ['settings']);
  assert.deepEqual([...fileKindsOf('config/settings/production.py')], ['settings']);
  assert.deepEqual([...fileKindsOf('mysite/conf.py', new Set(['mysite.conf']))], ['settings']);
  assert.ok(fileKindsOf('shop/migrations/0001_initial.py').has('migrations'));
  assert.ok(fileKindsOf('shop/tests/test_views.py').has('tests'));
  assert.ok(fileKindsOf('shop/management/commands/sync.py').has('management-command'));
  assert.ok(fileKindsOf('shop/__init__.py').has('init'));
});
