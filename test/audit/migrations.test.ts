// Migrations health on small projects made in a temp folder: each problem alone, and the healthy
// shapes that must stay quiet (a merged conflict, a complete squash, dependencies on apps that are
// not the project's).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { buildInventory } from '../../server/src/audit/inventory';
import { checkMigrations } from '../../server/src/audit/migrations';
import { findSourceFiles } from '../../server/src/project/source-files';
import { getAnalyzer } from '../helpers/analyzer';

function migration(dependencies: string, body = '', header = 'from django.db import migrations, models\n'): string {
  return `${header}\n\nclass Migration(migrations.Migration):\n\n    dependencies = [${dependencies}]\n${body}\n    operations = []\n`;
}

async function check(files: Record<string, string>, target = '5.2') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'djupgrade-migrations-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  const analyzer = await getAnalyzer();
  const inventory = buildInventory(analyzer, { root, files: findSourceFiles([root]).files });
  return checkMigrations(analyzer, root, inventory.apps, target);
}

const app = (label: string, migrations: Record<string, string>) => ({
  [`${label}/__init__.py`]: '',
  [`${label}/models.py`]: 'from django.db import models\n',
  [`${label}/migrations/__init__.py`]: '',
  ...Object.fromEntries(Object.entries(migrations).map(([name, text]) => [`${label}/migrations/${name}.py`, text])),
});

test('a healthy history is quiet; the graph lists each app\'s migrations', async () => {
  const result = await check({
    ...app('shop', {
      '0001_initial': migration("('auth', '0011_update_proxy_permissions'), ('contenttypes', '__first__')"),
      '0002_a': migration("('shop', '0001_initial')"),
      '0002_b': migration("('shop', '0001_initial')"),
      '0003_merge': migration("('shop', '0002_a'), ('shop', '0002_b')"),
    }),
    ...app('blog', {
      '0001_squashed_0002_b': "from django.db import migrations\n\nclass Migration(migrations.Migration):\n    replaces = [('blog', '0001_initial'), ('blog', '0002_b')]\n    dependencies = [('shop', '__first__')]\n    operations = []\n",
      '0003_c': migration("('blog', '0002_b')"),
    }),
  });
  assert.deepEqual(result.graph, { blog: ['0001_squashed_0002_b', '0003_c'], shop: ['0001_initial', '0002_a', '0002_b', '0003_merge'] });
  assert.deepEqual(
    result.issues.map((i) => `${i.kind}: ${i.message}`),
    ['duplicate-number: 2 migrations of shop share number 0002 (0002_a, 0002_b), joined by a merge migration: rename them so the order is clear.'],
    'a merged conflict is no conflict; a squash whose originals are all gone replaces them',
  );
});

test('two leaves are a conflict; a missing migration is a missing dependency', async () => {
  const result = await check(app('shop', {
    '0001_initial': migration(''),
    '0002_a': migration("('shop', '0001_initial')"),
    '0002_b': migration("('shop', '0001_initial')"),
    '0003_c': migration("('shop', '0002_a'), ('shop', '0002_gone')"),
  }));
  const kinds = result.issues.map((i) => i.kind);
  assert.deepEqual(kinds, ['conflict', 'missing-dependency', 'duplicate-number']);
  assert.deepEqual(result.issues[0].files, ['shop/migrations/0002_b.py', 'shop/migrations/0003_c.py']);
  assert.match(result.issues[0].message, /2 leaf nodes \(0002_b, 0003_c\)/);
  assert.equal(result.issues[1].line, 6);
  assert.match(result.issues[1].message, /shop\.0002_gone, which does not exist/);
});

test('a squash with some of its originals present is partial; with all present it is fine', async () => {
  const squash = "from django.db import migrations\n\nclass Migration(migrations.Migration):\n    replaces = [('shop', '0001_initial'), ('shop', '0002_a')]\n    dependencies = []\n    operations = []\n";
  const partial = await check(app('shop', { '0001_initial': migration(''), '0001_squashed_0002_a': squash }));
  assert.deepEqual(partial.issues.map((i) => i.kind), ['partial-replaces']);
  assert.match(partial.issues[0].message, /only 1 are present \(missing: shop\.0002_a\)/);
  const complete = await check(app('shop', { '0001_initial': migration(''), '0002_a': migration("('shop', '0001_initial')"), '0001_squashed_0002_a': squash, '0003_b': migration("('shop', '0002_a')") }));
  assert.deepEqual(complete.issues, []);
});

test('removed names in migrations, for the target that no longer loads them', async () => {
  const files = app('shop', {
    '0001_initial': migration(
      '',
      "    fields = [('owner', models.ForeignKey('auth.User')), ('one', models.OneToOneField('auth.User', models.CASCADE)), ('ok', models.ForeignKey('auth.User', on_delete=models.CASCADE))]\n    when = datetime.datetime(2019, 1, 1, tzinfo=utc)\n",
      'import datetime\nfrom django.db import migrations, models\nfrom django.utils.timezone import utc\nfrom django.contrib.postgres.fields import FloatRangeField\n',
    ),
  });
  const issues = (await check(files, '5.2')).issues;
  assert.deepEqual(issues.map((i) => [i.kind, i.removedIn, i.line]), [
    ['removed-field', '5.0', 3],
    ['removed-field', '3.1', 4],
    ['removed-field', '2.0', 10],
  ]);
  assert.match(issues[2].message, /`models\.ForeignKey` without `on_delete`/);
  assert.deepEqual((await check(files, '3.0')).issues.map((i) => i.removedIn), ['2.0']);
  assert.deepEqual((await check(files, '1.11')).issues, []);
  // A local `utc` is not Django's.
  const local = app('shop', { '0001_initial': migration('', '    when = utc\n', 'from django.db import migrations\nfrom myproject.tz import utc\n') });
  assert.deepEqual((await check(local)).issues, []);
});

test('dependencies on apps outside the project are not checked; a project app without migrations is', async () => {
  const result = await check({
    ...app('shop', { '0001_initial': migration("('taggit', '0099_not_ours'), ('blog', '__first__')") }),
    'blog/__init__.py': '',
    'blog/models.py': '',
    'blog/migrations/__init__.py': '',
  });
  assert.deepEqual(result.issues.map((i) => [i.kind, i.message]), [['missing-dependency', 'shop.0001_initial depends on blog.__first__, but app blog has no migrations.']]);
});
