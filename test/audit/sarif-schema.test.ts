// SARIF output is valid SARIF 2.1.0, checked against the published JSON schema (the one Microsoft's
// SARIF SDK ships in @microsoft/jest-sarif: sarif-2.1.0-rtm.5.json, a draft-04 schema), for both
// `djupgrade audit --format sarif` and `djupgrade scan --format sarif`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { repoRoot } from '../helpers/lsp-client';

const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function validator() {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's `language` pattern is not valid with the u flag;
  addFormats(ajv);
  return ajv.compile(schema);
}

function djupgrade(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const validate = validator();
const errorsOf = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

test('the schema itself rejects what is not SARIF 2.1.0', () => {
  assert.equal(validate({ version: '2.1.0', runs: [] }), true);
  assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false, 'a driver needs a name');
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
});

for (const [name, args] of [
  ['audit of test/fixtures/legacy-cms', ['audit', 'test/fixtures/legacy-cms', '--format', 'sarif']],
  ['audit of examples/legacy-site', ['audit', 'examples/legacy-site', '--format', 'sarif', '--target', '4.2']],
  ['scan of examples/legacy-site', ['scan', 'examples/legacy-site', '--format', 'sarif']],
  ['scan of test/fixtures/legacy-cms', ['scan', 'test/fixtures/legacy-cms', '--format', 'sarif', '--select', 'all']],
] as const) {
  test(`${name}: valid SARIF 2.1.0`, () => {
    const { code, stdout } = djupgrade([...args]);
    assert.equal(code, 1);
    const sarif = JSON.parse(stdout);
    assert.equal(validate(sarif), true, errorsOf().join('\n'));
    const run = sarif.runs[0];
    assert.ok(run.results.length > 0);
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex]?.id, result.ruleId, `${result.ruleId} has a rule descriptor`);
    }
    if (args[0] === 'audit' && name.includes('legacy-cms')) {
      const ids = new Set(run.results.map((r: { ruleId: string }) => r.ruleId));
      for (const id of ['dependency-unsupported', 'known-vulnerabilities', 'migration-conflict', 'migration-missing-dependency', 'migration-partial-replaces', 'migration-removed-field']) assert.ok(ids.has(id), id);
    }
  });
}
