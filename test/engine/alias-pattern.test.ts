// callsTo asks whether a name is aliased (`Paginator as P`) with a regular expression. Its comments
// once matched in exponentially many ways: a scan of Django REST framework 2.4's generics.py never
// ended. The first case runs the CLI in a child process with a limit, since a synchronous regex
// cannot be interrupted in-process; the second keeps an alias written across a comment found.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { rules } from '../../server/src/rules';
import { dedent } from '../../server/src/rules/shapes';
import { getAnalyzer, inputFor, optionsFor } from '../helpers/analyzer';
import { repoRoot } from '../helpers/lsp-client';

const rule = rules.find((r) => r.id === 'paginator-orphans')!;

test('a line of # after a name callsTo looks for does not stall the check (the alias search is linear)', () => {
  // In a child process with a generous limit: a synchronous regex cannot be interrupted in-process
  // (before the fix, the check of this text ran for minutes; after it, well under a second).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alias-pattern-'));
  try {
    fs.writeFileSync(path.join(dir, 'views.py'), `from django.utils.translation import ugettext as _\n    paginator_class = Paginator\n    ${'#'.repeat(80)}\n`);
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), 'scan', 'views.py', '--select', 'paginator-orphans', '--future', '--target', '6.1', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.signal, null, 'the scan was stopped after 60 s');
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).findings, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an alias written across a comment is still found', async () => {
  const analyzer = await getAnalyzer();
  const text = dedent`
    from django.core.paginator import (Paginator  # the class ######
        as P)

    pages = P(items, 10, orphans=10)
  `;
  const findings = analyzer.lint(inputFor(text), optionsFor(rule, null, '6.1'));
  assert.deepEqual(findings.map((f) => [f.rule.id, text.slice(f.start, f.end)]), [['paginator-orphans', '10']]);
});
