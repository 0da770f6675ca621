// One configuration for the editor, the CLI and CI (issue 12): where it is read from and which
// file wins, what each key means, the messages for a malformed file, and the exclusions that
// every scan shares (.gitignore files above the scanned folder, .git/info/exclude, VS Code's
// `files.exclude` globs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ConfigFinder, configExclusions, ruleSelection } from '../../server/src/config/effective-config';
import { findConfigFile, loadProjectConfig } from '../../server/src/config/project-config';
import { EditorGlobs } from '../../server/src/project/exclusions';
import { Project } from '../../server/src/project/project';
import { findSourceFiles } from '../../server/src/project/source-files';
import { rules } from '../../server/src/rules';
import { libraryCategories } from '../../server/src/versions/libraries';
import { djupgrade } from '../helpers/cli';
import { writeProject } from '../helpers/project-files';

const project = (files: Record<string, string>) => writeProject(files, 'djupgrade-config-');

const urls = 'from django.conf.urls import url\n\nurlpatterns = [url(r"^$", None)]\n';

test('which file wins: the closest folder, then djupgrade.toml, pyproject.toml, setup.cfg', () => {
  const root = project({
    'djupgrade.toml': 'target = "4.2"\n',
    'pyproject.toml': '[tool.djupgrade]\ntarget = "5.0"\n',
    'setup.cfg': '[djupgrade]\ntarget = 5.1\n',
    'only-cfg/setup.cfg': '[metadata]\nname = x\n\n[djupgrade]\ntarget = 3.2\n',
    'only-cfg/pyproject.toml': '[project]\nname = "x"\n', // no [tool.djupgrade]: does not count
    'nested/pyproject.toml': '[tool.djupgrade.per-file-ignores]\n"*.py" = ["conf-urls-url"]\n',
    'plain/app.py': '',
  });
  assert.equal(findConfigFile(root), path.join(root, 'djupgrade.toml'));
  assert.equal(loadProjectConfig(root).config.target, '4.2');
  fs.rmSync(path.join(root, 'djupgrade.toml'));
  assert.equal(loadProjectConfig(root).config.target, '5.0', 'then pyproject.toml');
  fs.rmSync(path.join(root, 'pyproject.toml'));
  assert.equal(loadProjectConfig(root).config.target, '5.1', 'then setup.cfg');
  assert.equal(loadProjectConfig(path.join(root, 'only-cfg')).config.target, '3.2', 'a pyproject.toml without [tool.djupgrade] is passed over');
  assert.equal(findConfigFile(path.join(root, 'nested')), path.join(root, 'nested', 'pyproject.toml'), 'the closest folder wins');
  assert.equal(findConfigFile(path.join(root, 'plain')), path.join(root, 'setup.cfg'), 'a folder without one uses its parent\'s');
  assert.deepEqual(loadProjectConfig(path.join(root, 'nested')).config.perFileIgnores, { '*.py': ['conf-urls-url'] });
  // The walk's cache (each folder looked at once) finds the same files.
  const finder = new ConfigFinder();
  for (const folder of ['nested', 'plain', 'only-cfg', '.']) assert.equal(finder.forFolder(path.join(root, folder)).config.file, findConfigFile(path.join(root, folder)), folder);
  // One object per folder, with a file or without: the editor keeps each file's rule selection (and
  // with it the check's plan of rules) per configuration object, so a new one per keystroke planned
  // the rules again at every check.
  const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'djupgrade-bare-'));
  assert.equal(finder.forFolder(bare).config.file, null);
  assert.equal(finder.forFolder(bare), finder.forFolder(bare), 'a folder without a configuration file');
  assert.equal(finder.forFolder(path.join(root, 'nested')), finder.forFolder(path.join(root, 'nested')), 'a folder with one');
  fs.rmSync(bare, { recursive: true, force: true });
});

test('every key, in TOML and in setup.cfg', () => {
  const toml = project({
    'pyproject.toml': `[project]
name = "shop"

[tool.djupgrade]
current = "2.2"
target = "4.2"
select = ["settings", "conf-urls-url"]
ignore = ["settings-use-l10n"]
exclude = ["legacy", "scripts/*.py"]
extend-exclude = ["**/generated"]

[tool.djupgrade.per-file-ignores]
"*/migrations/*" = ["conf-urls-url"]
`,
  });
  const cfg = project({
    'setup.cfg': `[metadata]
name = shop

[djupgrade]
current = 2.2
target = 4.2
select = settings, conf-urls-url
ignore =
    settings-use-l10n
exclude = legacy, scripts/*.py
extend-exclude = **/generated
per-file-ignores =
    */migrations/*: conf-urls-url
`,
  });
  for (const root of [toml, cfg]) {
    const { config, errors } = loadProjectConfig(root);
    assert.deepEqual(errors, []);
    const { file, base, ...values } = config;
    assert.equal(base, root);
    assert.ok(file?.startsWith(root));
    assert.deepEqual(values, {
      current: '2.2',
      target: '4.2',
      select: ['settings', 'conf-urls-url'],
      ignore: ['settings-use-l10n'],
      exclude: ['legacy', 'scripts/*.py'],
      extendExclude: ['**/generated'],
      perFileIgnores: { '*/migrations/*': ['conf-urls-url'] },
    });
  }
});

test('a malformed configuration says where and what', () => {
  const errors = (files: Record<string, string>) => loadProjectConfig(project(files)).errors;
  assert.deepEqual(errors({ 'djupgrade.toml': 'target = "4.2"\ntarget-version = "5.0"\n' }), [
    'djupgrade.toml:2: target-version: unknown setting (known: current, target, select, ignore, exclude, extend-exclude, per-file-ignores, packages)',
  ]);
  assert.deepEqual(errors({ 'pyproject.toml': '[tool.djupgrade]\ncurrent = "2.3"\ntarget = 4.1\n' }), [
    'pyproject.toml:2: [tool.djupgrade] current: "2.3" is not a Django release (1.0 … 6.1)',
    'pyproject.toml:3: [tool.djupgrade] target: write the version as a string, "4.1" (a number loses "4.10" → 4.1)',
  ]);
  assert.deepEqual(errors({ 'setup.cfg': '[djupgrade]\ncurrent = 4.2\ntarget = 3.2\n' }), ['setup.cfg:3: [djupgrade] target: 3.2 is older than current (4.2)']);
  assert.deepEqual(errors({ 'djupgrade.toml': 'select = "conf-urls-url"\nignore = [1, 2]\n' }), ['djupgrade.toml:2: ignore: must be a list of strings']);
  assert.match(errors({ 'djupgrade.toml': 'target = \n' })[0], /^djupgrade\.toml: not valid TOML: /);
  const selection = ruleSelection(rules, loadProjectConfig(project({ 'djupgrade.toml': 'select = ["nope"]\n[per-file-ignores]\n"x.py" = ["also-nope"]\n' })).config);
  assert.deepEqual(selection.errors, [
    'unknown rule or category in djupgrade.toml select: nope (see `djupgrade rules`)',
    'unknown rule or category in djupgrade.toml per-file-ignores "x.py": also-nope',
  ]);
});

test('the CLI reads the configuration; flags replace its values', () => {
  const root = project({
    'manage.py': '',
    'requirements.txt': 'Django==1.11.29\n',
    'pyproject.toml': '[tool.djupgrade]\ncurrent = "2.2"\ntarget = "4.2"\nignore = ["settings"]\nextend-exclude = ["vendor"]\n\n[tool.djupgrade.per-file-ignores]\n"legacy/*.py" = ["conf-urls-url"]\n',
    'app/urls.py': urls,
    'legacy/urls.py': urls,
    'vendor/urls.py': urls,
    'config/settings.py': 'MIDDLEWARE_CLASSES = []\n',
  });
  const scan = (...args: string[]) => {
    const run = djupgrade(['scan', '--output-format', 'json', ...args], root);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const report = JSON.parse(run.stdout);
    return { current: report.current, target: report.target, files: report.files, found: report.findings.map((f: { path: string; rule: string }) => `${f.path} ${f.rule}`) };
  };
  assert.deepEqual(scan(), { current: '2.2', target: '4.2', files: 4, found: ['app/urls.py conf-urls-url', 'app/urls.py conf-urls-url'] });
  const flagged = scan('--current', '1.11', '--target', '5.2', '--ignore', 'conf-urls-url');
  assert.deepEqual([flagged.current, flagged.target], ['1.11', '5.2']);
  assert.deepEqual(flagged.found, ['config/settings.py settings-middleware-classes'], '--ignore replaces the file\'s ignore');
  const explicit = djupgrade(['scan', 'vendor/urls.py'], root);
  assert.equal(explicit.code, 0, 'a named file the configuration excludes is not checked');
  assert.match(explicit.stderr, /^excluded vendor\/urls\.py: excluded by "vendor" \(pyproject\.toml extend-exclude\)$/m);
  // A broken configuration stops the run before any output.
  fs.writeFileSync(path.join(root, 'pyproject.toml'), '[tool.djupgrade]\ntarget = "9.9"\n');
  const broken = djupgrade(['scan'], root);
  assert.equal(broken.code, 2);
  assert.equal(broken.stdout, '');
  assert.match(broken.stderr, /^djupgrade: pyproject\.toml:2: \[tool\.djupgrade\] target: "9\.9" is not a Django release/m);
  // The audit reads the same file.
  fs.writeFileSync(path.join(root, 'pyproject.toml'), '[tool.djupgrade]\ncurrent = "2.2"\ntarget = "3.2"\nextend-exclude = ["vendor", "legacy"]\n');
  const audit = JSON.parse(djupgrade(['audit', '--output-format', 'json'], root).stdout);
  assert.deepEqual([audit.django.current, audit.django.target, audit.django.source, audit.django.targetSource], ['2.2', '3.2', 'pyproject.toml [tool.djupgrade]', 'pyproject.toml [tool.djupgrade]']);
  assert.deepEqual([...new Set(audit.findings.map((f: { path: string }) => f.path).filter((p: string) => p.endsWith('.py')))], ['app/urls.py', 'config/settings.py'], 'vendor/ and legacy/ excluded');
});

test('exclude replaces the built-in folders, extend-exclude adds to them', () => {
  const files = { 'app/urls.py': urls, 'build/urls.py': urls, 'node_modules/pkg/urls.py': urls, 'app/scripts/run.py': urls };
  const walk = (config: string) => {
    const root = project({ ...files, 'djupgrade.toml': config });
    const project_ = new Project(root);
    return findSourceFiles([root], { exclude: configExclusions(project_.config().config) }).files.map((f) => path.relative(root, f));
  };
  assert.deepEqual(walk(''), ['app/scripts/run.py', 'app/urls.py', 'build/urls.py']);
  assert.deepEqual(walk('extend-exclude = ["build", "app/scripts/*.py"]\n'), ['app/urls.py']);
  assert.deepEqual(walk('exclude = ["build"]\n'), ['app/scripts/run.py', 'app/urls.py', 'node_modules/pkg/urls.py'], 'exclude replaces the built-in list, as in Ruff');
  assert.deepEqual(walk('exclude = ["scripts"]\n'), ['app/urls.py', 'build/urls.py', 'node_modules/pkg/urls.py'], 'a name without "/" matches at any depth');
});

test('.gitignore files above the scanned folder and .git/info/exclude are honoured', () => {
  const root = project({
    '.gitignore': 'generated/\n*.tmp.py\n',
    'src/.gitignore': 'local_settings.py\n',
    'src/app/urls.py': urls,
    'src/app/generated/urls.py': urls,
    'src/app/x.tmp.py': urls,
    'src/app/local_settings.py': urls,
    'src/app/private/urls.py': urls,
    'generated/urls.py': urls,
  });
  execFileSync('git', ['init', '-q'], { cwd: root });
  fs.appendFileSync(path.join(root, '.git', 'info', 'exclude'), 'private/\n');
  const walk = (folder: string) => findSourceFiles([path.join(root, folder)]).files.map((f) => path.relative(root, f));
  assert.deepEqual(walk('src/app'), ['src/app/urls.py'], 'scanning a subfolder still honours the repository\'s rules');
  assert.deepEqual(walk('.'), ['src/app/urls.py']);
  assert.deepEqual(walk('generated'), ['generated/urls.py'], 'a folder named on purpose is scanned even if ignored');
  // A linked worktree: .git is a file pointing into the main repository's git directory.
  const linked = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'djupgrade-worktree-')));
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'x'], { cwd: root });
  execFileSync('git', ['worktree', 'add', '-q', path.join(linked, 'wt')], { cwd: root });
  fs.mkdirSync(path.join(linked, 'wt', 'src', 'private'), { recursive: true });
  fs.writeFileSync(path.join(linked, 'wt', 'src', 'private', 'urls.py'), urls);
  fs.writeFileSync(path.join(linked, 'wt', 'src', 'urls.py'), urls);
  assert.deepEqual(findSourceFiles([path.join(linked, 'wt', 'src')]).files.map((f) => path.relative(linked, f)), ['wt/src/urls.py']);
  // Outside a repository git reads no .gitignore above the folder, and neither do we.
  const plain = project({ '.gitignore': 'app/\n', 'sub/app/urls.py': urls });
  assert.deepEqual(findSourceFiles([path.join(plain, 'sub')]).files.map((f) => path.relative(plain, f)), ['sub/app/urls.py']);
});

test('files.exclude is matched with VS Code glob rules, not as .gitignore lines', () => {
  const base = '/ws';
  const globs = new EditorGlobs(base, {
    '**/{build,dist}': true,
    docs: true,
    '*.gen.py': true,
    '**/off': false,
    '**/*.js': { when: '$(basename).ts' },
  });
  const excluded = (relative: string) => globs.match(path.join(base, relative)) !== null;
  assert.ok(excluded('build') && excluded('a/b/dist') && excluded('a/build/x.py'), '**/{build,dist} at any depth, and what is inside');
  assert.ok(excluded('docs') && !excluded('app/docs'), 'a bare name is relative to the folder: only the top-level one');
  assert.ok(excluded('x.gen.py') && !excluded('app/x.gen.py'), '"*" stays within one folder');
  assert.ok(!excluded('off/x.py'), 'false turns a glob off');
  assert.ok(!excluded('../outside/build'), 'only inside the folder');
  const root = project({ 'a.ts': '', 'a.js': '', 'b.js': '' });
  const when = new EditorGlobs(root, { '**/*.js': { when: '$(basename).ts' } });
  assert.equal(when.match(path.join(root, 'a.js')), '**/*.js', 'a.js has a sibling a.ts');
  assert.equal(when.match(path.join(root, 'b.js')), null);
});

test('the README\'s configuration example is valid', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const example = /### Configuration[\s\S]*?```toml\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'README has a ```toml example under ### Configuration');
  const root = project({ 'pyproject.toml': example });
  const { config, errors } = loadProjectConfig(root);
  assert.deepEqual(errors, []);
  assert.deepEqual(ruleSelection(rules, config).errors, []);
  assert.equal(config.target, '4.2');
});

test("the README's library section: its configuration example is valid and its table has every library category", () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = /### The libraries around Django\n([\s\S]*?)\n### /.exec(readme)?.[1] ?? '';
  const example = /```toml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(example, 'a ```toml example in the section');
  const { config, errors } = loadProjectConfig(project({ 'pyproject.toml': example }));
  assert.deepEqual(errors, []);
  assert.deepEqual(ruleSelection(rules, config).errors, []);
  assert.deepEqual(config.ignore, ['celery']);
  assert.deepEqual(config.packages?.djangorestframework, { current: '3.9.4', target: '3.11' });
  const tableCategories = [...section.matchAll(/^\| [^|]+ \| `([a-z-]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual(tableCategories, [...libraryCategories]);
});
