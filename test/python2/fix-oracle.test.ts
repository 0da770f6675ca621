// The fix oracle of the Python 2 work list (docs/python2-worklist.json): every example pair is
// checked against real interpreters and tools, so the python2 rules can take their expected
// outputs as given. Test-only: examples run in a child Python 3, never at product run time.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseCases } from './parse-cases';
import { checkClaims, invalidExamples, loadWorklist, oracle, ToolName, tools } from './worklist';

const worklist = loadWorklist();
const examples = invalidExamples(worklist);
const fixed = examples.filter(({ example }) => example.output !== undefined);

interface Checked {
  compiles: boolean;
  error: string | null;
  stdout: string | null;
}

test('the work list: every construct has a valid example and two invalid ones, and the parse study covers it', () => {
  const ids = worklist.constructs.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length, 'construct ids are unique');
  for (const construct of worklist.constructs) {
    assert.ok(construct.valid.length >= 1, `${construct.id}: a valid example`);
    assert.ok(construct.invalid.length >= 2, `${construct.id}: two invalid examples`);
    assert.ok(construct.invalid.filter((e) => e.output !== undefined).length >= 2, `${construct.id}: two fixed examples`);
    for (const example of construct.invalid) assert.ok(example.findings >= 1, `${construct.id}: findings counted`);
    if (construct.names) {
      for (const name of Object.keys(construct.names)) {
        const covered = construct.invalid.filter((e) => e.name === name).length;
        // Every name of a construct that covers several has its examples (the rarer __idiv__ aside).
        if (name !== '__idiv__') assert.ok(covered >= 1, `${construct.id}: an example of ${name}`);
      }
    }
  }
  // Each construct the parse study pins is in the work list, and each work-list construct is pinned.
  const studied = new Set(parseCases.map((c) => c.construct));
  for (const id of studied) if (id !== 'mixed' && id !== 'async-name') assert.ok(ids.includes(id), `parse case ${id} is a work-list construct`);
  for (const id of ids) assert.ok(studied.has(id), `${id} has a parse case`);
});

test('every invalid example is Python 2; syntax ones are rejected by Python 3, the others compile', () => {
  const items = examples.map(({ id, example }) => ({ id, code: example.code }));
  const python2 = oracle<string | null>('python2', items);
  const checked = oracle<Checked>('check', items);
  for (const { id, construct, example } of examples) {
    assert.equal(python2[id], null, `${id} parses as Python 2: ${python2[id]}`);
    const shouldCompile = construct.kind !== 'syntax' || example.python3Compiles === true;
    assert.equal(checked[id].compiles, shouldCompile, `${id}: Python 3 ${shouldCompile ? 'compiles' : 'rejects'} it (${checked[id].error})`);
  }
});

test('valid examples compile under Python 3', () => {
  const items = worklist.constructs.flatMap((c) => c.valid.map((example, index) => ({ id: `${c.id}/valid#${index}`, code: example.code })));
  const checked = oracle<Checked>('check', items);
  for (const { id } of items) assert.equal(checked[id].compiles, true, `${id}: ${checked[id].error}`);
});

test('every fixed output compiles under Python 3, and the runnable ones print what is expected', (t) => {
  const items = fixed.map(({ id, example }) => ({ id, code: example.output!, run: example.run ?? null }));
  const checked = oracle<Checked>('check', items);
  let ran = 0;
  for (const { id, example } of fixed) {
    const result = checked[id];
    assert.equal(result.compiles, true, `${id}: ${result.error}`);
    if (example.run) {
      assert.equal(result.error, null, `${id} runs without error`);
      assert.equal(result.stdout, example.run.stdout, `${id} prints the expected output`);
      ran++;
    }
  }
  t.diagnostic(`${fixed.length} fixed outputs compiled, ${ran} run under ${spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout.trim()}`);
});

test("each fixed output equals lib2to3's, or the work list says why not (and it does differ)", () => {
  const items = fixed.map(({ id, construct, example }) => ({ id, code: example.code, fixers: construct.lib2to3 }));
  const written = oracle<string | { error: string }>('lib2to3', items);
  for (const { id, example } of fixed) {
    if (example.lib2to3Differs) assert.notEqual(written[id], example.output, `${id}: documented as differing from lib2to3, but lib2to3 writes the same`);
    else assert.equal(written[id], example.output, `${id}: lib2to3 writes something else`);
  }
});

for (const tool of tools) {
  test(`${tool} still writes what the work list recorded`, { timeout: 900_000 }, () => {
    const items = examples.map(({ id, construct, example }) => ({ id, code: example.code, fixers: construct.lib2to3 }));
    const written = oracle<string | null | { error: string }>(tool, items);
    for (const { id, example } of examples) {
      assert.ok(example.tools, `${id}: tools recorded (npx tsx test/python2/record-tools.ts)`);
      assert.deepEqual(written[id], example.tools[tool as ToolName], `${id}: ${tool}`);
    }
  });
}

test("Django's Python 2 aliases: bound only on Python 2 in the release before their removal, gone in it; replacements exist in 1.11 and 2.0", () => {
  const claims = worklist.djangoAliases.flatMap((alias) => [
    { id: `${alias.name} exists in ${alias.existsIn}`, version: alias.existsIn, symbol: alias.name, exists: true },
    { id: `${alias.name} is gone in ${alias.goneIn}`, version: alias.goneIn, symbol: alias.name, exists: false },
    ...(alias.replacement ? ['1.11', '2.0'].map((version) => ({ id: `${alias.replacement} exists in ${version}`, version, symbol: alias.replacement!, exists: true })) : []),
  ]);
  const { cacheDir, report } = checkClaims(claims);
  assert.deepEqual(report.results.filter((r) => !r.ok).map((r) => `${r.id}: ${r.detail}`), []);

  // The 1.11 aliases are bound only where Python 2 runs (so they fail on Django 1.11 under Python 3 too).
  const release = path.join(cacheDir, `django-${report.versions['1.11']}`);
  const py2Aliases = worklist.djangoAliases.filter((alias) => alias.existsIn === '1.11');
  const items = py2Aliases.map((alias) => {
    const parts = alias.name.split('.');
    return { id: alias.name, root: release, file: `${parts.slice(0, -1).join('/')}.py`, name: parts[parts.length - 1] };
  });
  const bindings = oracle<Array<{ line: number; branch: string }>>('python2-only', items);
  for (const alias of py2Aliases) {
    assert.ok(bindings[alias.name].length > 0, `${alias.name} is bound in ${report.versions['1.11']}`);
    assert.deepEqual(new Set(bindings[alias.name].map((b) => b.branch)), new Set(['python2']), `${alias.name} is bound on Python 2 only`);
  }
});
