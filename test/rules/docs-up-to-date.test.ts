// docs/rules.md is generated from the catalogue; this fails when somebody forgot `npm run docs`.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { rulesMarkdown } from '../../server/src/docs/rules-markdown';
import { rules } from '../../server/src/rules';

test('docs/rules.md matches the catalogue (run `npm run docs` to update it)', () => {
  const file = path.resolve(__dirname, '..', '..', 'docs', 'rules.md');
  assert.ok(fs.existsSync(file), 'docs/rules.md exists');
  assert.equal(fs.readFileSync(file, 'utf8'), rulesMarkdown(rules));
  for (const rule of rules) assert.ok(fs.readFileSync(file, 'utf8').includes(`## ${rule.id}`), rule.id);
});
