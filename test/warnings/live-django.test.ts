// The legacy fixture's tests run for real, under Django 3.2.25 and 4.2.30 from PyPI (virtualenvs
// made once in .cache/venvs/warnings-django-X.Y, with pytest), with warnings on, in a copy of the
// fixture in a temporary folder; their output is fed back to the warnings reader, which must find
// what the captured logs show. This is the tests' doing: the product never runs project code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { getAnalyzer } from '../helpers/analyzer';
import { copyTree, ensureVenv, repoRoot } from '../parity/harness';
import { analyzeLog, fixtureRoot, scenarios, summarize } from './expected';

const releases: Record<string, string> = { '3.2': '3.2.25', '4.2': '4.2.30' };
const pytestVersion = '9.2.0';

/** The commands of each scenario, as the captured logs were made (pytest's junit report is read, not its console). */
const commands: Record<string, { args: string[]; junit?: boolean; status: number }> = {
  'manage.py test -Wd under Django 3.2': { args: ['-Wd', 'manage.py', 'test'], status: 0 },
  'pytest -W default under Django 3.2 (warnings summary)': { args: ['-m', 'pytest', '-W', 'default', '-p', 'no:cacheprovider', 'shop/tests.py'], status: 0 },
  'pytest -W error::DeprecationWarning --junitxml under Django 3.2': {
    // Python 3.11 deprecates modules Django 3.2 imports; those two are let through, as a user would.
    args: ['-m', 'pytest', '-W', 'error::DeprecationWarning', '-W', "ignore:'cgi' is deprecated:DeprecationWarning", '-W', "ignore:'locale.getdefaultlocale' is deprecated:DeprecationWarning", '-p', 'no:cacheprovider', 'shop/tests.py'],
    junit: true,
    status: 1,
  },
  'manage.py test -Wd under Django 4.2': { args: ['-Wd', 'manage.py', 'test'], status: 0 },
  'manage.py test -W error::DeprecationWarning under Django 4.2 (a traceback)': { args: ['-W', 'error::DeprecationWarning', 'manage.py', 'test'], status: 1 },
};

const pythonOf = (django: string) =>
  path.join(ensureVenv(`warnings-django-${django}`, [`Django==${releases[django]}`, `pytest==${pytestVersion}`], 'pytest', ['--find-links', path.join(repoRoot, '.cache', 'django', 'downloads')]), 'python');

for (const [name, scenario] of Object.entries(scenarios)) {
  test(`live run, ${name}`, async (t) => {
    const command = commands[name];
    assert.ok(command, `a command for ${name}`);
    const python = pythonOf(scenario.django);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'legacy-warnings-'));
    copyTree(fixtureRoot, dir);
    const junit = path.join(dir, 'junit.xml');
    const result = spawnSync(python, [...command.args, ...(command.junit ? [`--junitxml=${junit}`] : [])], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONWARNINGS: '' },
      timeout: 300_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    assert.equal(result.status, command.status, output);
    const log = command.junit ? fs.readFileSync(junit, 'utf8') : output;
    const report = analyzeLog(await getAnalyzer(), path.join(dir, 'test.log'), log);
    assert.deepEqual(summarize(report), [...scenario.expected].sort());
    t.diagnostic(`${report.summary.read} warnings read, ${report.summary.distinct} distinct (${report.summary.static} static, ${report.summary.runtimeOnly} runtime-only, ${report.summary.external} external)`);
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
