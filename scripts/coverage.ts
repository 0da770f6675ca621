// Writes docs/coverage.md from the catalogue, the shared deprecation checklist and the precision
// labels (run by `npm run docs` and `npm run precision`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { coverageMarkdown } from '../server/src/docs/checklist-coverage';
import { notDetectable } from '../server/src/rules/not-detectable';
import { rules } from '../server/src/rules';
import { precisionSection } from '../test/precision/corpus';

const root = path.resolve(__dirname, '..');
const checklist = path.resolve(root, '..', 'shared', 'reference', 'django-deprecations.json');
if (!fs.existsSync(checklist)) {
  console.error(`coverage: ${checklist} not found (the shared reference folder sits beside the checkout); docs/coverage.md left as it is.`);
  process.exit(0);
}
fs.writeFileSync(path.join(root, 'docs', 'coverage.md'), coverageMarkdown(JSON.parse(fs.readFileSync(checklist, 'utf8')), rules, notDetectable, precisionSection(rules)));
console.error('wrote docs/coverage.md');
