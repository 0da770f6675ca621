// The pre-commit hooks of .pre-commit-hooks.yaml, run by the real `pre-commit` (from PyPI, in
// .cache/venvs/pre-commit) in a throwaway git repository whose .pre-commit-config.yaml points at a
// commit of this repository: pre-commit clones it, installs it as an npm package (`npm pack`),
// and runs `djupgrade scan` (fails on findings) and `djupgrade fix` (rewrites, then fails because
// it changed files; the next run passes).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { languageOfPath } from '../../server/src/project/source-files';
import { ensureTool } from '../parity/harness';
import { repoRoot, run, runOk, stageWorkingTree, tempDir } from './helpers';

const git = (cwd: string, ...args: string[]) => runOk('git', ['-c', 'user.name=Test', '-c', 'user.email=test@localhost', '-c', 'init.defaultBranch=main', ...args], { cwd });

const legacyView = [
  'from django.utils.translation import ugettext as _',
  'from django.utils.encoding import force_text',
  '',
  '',
  'def greet(name):',
  '    return force_text(_("Hello %s") % name)',
  '',
].join('\n');
const legacyTemplate = '{% load staticfiles %}\n<img src="{% static "logo.png" %}">\n';

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  files: string;
}

/** The hooks file's entries (a flat YAML list of mappings; read without a YAML library). */
function hookDefinitions(): HookDefinition[] {
  const text = fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
  return text
    .split(/^- /m)
    .slice(1)
    .map((block) => {
      const fields: Record<string, string> = {};
      for (const line of `  ${block}`.split('\n')) {
        const match = /^ {2}(\w+): (.*)$/.exec(line);
        if (match) fields[match[1]] = match[2].replace(/^'(.*)'$/, '$1');
      }
      return fields as unknown as HookDefinition;
    });
}

test('the hooks: djupgrade-scan and djupgrade-fix, on exactly the files the scan checks', () => {
  const hooks = hookDefinitions();
  assert.deepEqual(hooks.map((h) => [h.id, h.entry, h.language]), [
    ['djupgrade-scan', 'djupgrade scan', 'node'],
    ['djupgrade-fix', 'djupgrade fix', 'node'],
  ]);
  const paths = ['app/views.py', 'app/templates/app/page.html', 'templates/mail.txt', 'page.djhtml', 'a/page.dj.html', 'static/page.html', 'notes.txt', 'README.md', 'setup.cfg', 'app/templatesx/a.html'];
  for (const hook of hooks) {
    const files = new RegExp(hook.files);
    for (const file of paths) assert.equal(files.test(file), languageOfPath(file) !== null, `${hook.id}: ${file}`);
  }
});

describe('the hooks under the real pre-commit', { timeout: 600_000 }, () => {
  let preCommit: string;
  let project: string;
  let env: NodeJS.ProcessEnv;

  before(() => {
    preCommit = ensureTool('pre-commit', 'pre-commit', '4.7.0', 'pre-commit');
    // The hook repository: this working tree, committed in a throwaway clone.
    const hooks = stageWorkingTree();
    git(hooks, 'init', '-q');
    git(hooks, 'add', '-A');
    git(hooks, 'commit', '-q', '-m', 'hooks under test');
    const rev = git(hooks, 'rev-parse', 'HEAD').stdout.trim();
    // The user's project.
    project = tempDir('pre-commit-project');
    fs.mkdirSync(path.join(project, 'app', 'templates', 'app'), { recursive: true });
    fs.writeFileSync(path.join(project, 'requirements.txt'), 'Django==2.2\n');
    fs.writeFileSync(path.join(project, 'app', 'views.py'), legacyView);
    fs.writeFileSync(path.join(project, 'app', 'templates', 'app', 'page.html'), legacyTemplate);
    fs.writeFileSync(
      path.join(project, '.pre-commit-config.yaml'),
      ['repos:', `  - repo: ${hooks}`, `    rev: ${rev}`, '    hooks:', '      - id: djupgrade-scan', '      - id: djupgrade-fix', ''].join('\n'),
    );
    git(project, 'init', '-q');
    git(project, 'add', '-A');
    // pre-commit's own store (the hook's clone and its npm environment) is thrown away with the test.
    env = { ...process.env, PRE_COMMIT_HOME: tempDir('pre-commit-home'), PRE_COMMIT_COLOR: 'never', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  });

  test('djupgrade-scan fails on the legacy code and names the findings', () => {
    const ran = run(preCommit, ['run', 'djupgrade-scan', '--all-files'], { cwd: project, env });
    assert.equal(ran.code, 1, ran.stdout + ran.stderr);
    assert.match(ran.stdout, /djupgrade scan\.+Failed/);
    assert.match(ran.stdout, /app\/views\.py:1:\d+: error \[translation-ugettext\]/);
    assert.match(ran.stdout, /app\/templates\/app\/page\.html:1:\d+: \w+ \[template-load-staticfiles\]/);
  });

  test('djupgrade-fix rewrites the files and fails because it changed them; then both hooks pass', () => {
    const fixed = run(preCommit, ['run', 'djupgrade-fix', '--all-files'], { cwd: project, env });
    assert.equal(fixed.code, 1, fixed.stdout + fixed.stderr);
    assert.match(fixed.stdout, /djupgrade fix\.+Failed/);
    assert.match(fixed.stdout, /files were modified by this hook/);
    assert.equal(
      fs.readFileSync(path.join(project, 'app', 'views.py'), 'utf8'),
      legacyView.replace('ugettext as _', 'gettext as _').replace(/force_text/g, 'force_str'),
    );
    assert.match(fs.readFileSync(path.join(project, 'app', 'templates', 'app', 'page.html'), 'utf8'), /^\{% load static %\}\n/);
    git(project, 'add', '-A');
    const again = run(preCommit, ['run', '--all-files'], { cwd: project, env });
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.match(again.stdout, /djupgrade scan\.+Passed/);
    assert.match(again.stdout, /djupgrade fix\.+Passed/);
  });
});
