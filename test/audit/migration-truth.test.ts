// The migration checker's table of removed names is checked against the real Django releases, the
// same way as the rule catalogue (test/django-truth/check_claims.py reads their sources): each name
// exists in the release before its removal and is gone in the release that removed it. The stubs the
// checker deliberately leaves out (they still load in historical migrations) must exist in the newest release.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { removedInMigrations } from '../../server/src/audit/migrations';
import { djangoReleases } from '../../server/src/versions/django-version';

const repoRoot = path.resolve(__dirname, '..', '..');
const previous = (version: string) => djangoReleases[djangoReleases.indexOf(version) - 1];

const stillLoading = [
  'django.db.models.NullBooleanField',
  'django.contrib.postgres.fields.JSONField',
  'django.contrib.postgres.fields.jsonb.JSONField',
  'django.contrib.postgres.fields.CICharField',
  'django.db.models.CommaSeparatedIntegerField',
  'django.db.migrations.operations.AlterIndexTogether',
];

test('removed names of the migrations check agree with the real Django releases', (t) => {
  const claims = [
    ...removedInMigrations.flatMap(({ symbol, removedIn }) => [
      { id: `${symbol} exists in ${previous(removedIn)}`, version: previous(removedIn), symbol, exists: true },
      { id: `${symbol} is gone in ${removedIn}`, version: removedIn, symbol, exists: false },
    ]),
    ...stillLoading.map((symbol) => ({ id: `${symbol} still loads in 6.0`, version: '6.0', symbol, exists: true })),
  ];
  const result = spawnSync('python3', [path.join(repoRoot, 'test', 'django-truth', 'check_claims.py')], {
    input: JSON.stringify({ cacheDir: path.join(repoRoot, '.cache', 'django'), claims }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  assert.equal(result.status, 0, `check_claims.py failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { results: Array<{ id: string; ok: boolean; detail: string }> };
  assert.deepEqual(report.results.filter((r) => !r.ok).map((r) => `${r.id}: ${r.detail}`), []);
  assert.equal(report.results.length, claims.length);
  t.diagnostic(`${claims.length} claims checked`);
});
