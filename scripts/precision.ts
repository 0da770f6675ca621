// `npm run precision`: downloads the precision corpus (test/precision/corpus.json) into .cache/precision
// when missing, scans every package with `djupgrade scan --output-format json` at default settings,
// checks the hand labels (test/precision/labels.jsonl), writes test/precision/summary.json and
// regenerates docs/coverage.md (whose last section is the precision table).
//   --mark-fixed       mark the false positives the rules no longer report as fixed in labels.jsonl
//   --unlabelled FILE  write the findings that have no label yet to FILE (JSON lines, ready to label)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkMisses, compareWithLabels, ensureCorpus, keyOf, precisionDir, readLabels, readMisses, repoRoot, scanCorpus, summaryFile, summaryOf } from '../test/precision/corpus';

const args = process.argv.slice(2);
const markFixed = args.includes('--mark-fixed');
const unlabelledAt = args.indexOf('--unlabelled');
const unlabelledFile = unlabelledAt >= 0 ? args[unlabelledAt + 1] : null;
if (unlabelledAt >= 0 && !unlabelledFile) {
  console.error('precision: --unlabelled needs a file name');
  process.exit(2);
}

const folders = ensureCorpus();
const scans = scanCorpus(folders);
const labelsFile = path.join(precisionDir, 'labels.jsonl');
let labels = readLabels(labelsFile);
const comparison = compareWithLabels(scans, labels);
if (markFixed && comparison.nowFixed.length) {
  const fixed = new Set(comparison.nowFixed.map(keyOf));
  labels = labels.map((l) => (fixed.has(keyOf(l)) ? { ...l, fixed: true } : l));
  fs.writeFileSync(labelsFile, labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
  console.error(`marked ${fixed.size} false positive(s) fixed in ${path.relative(repoRoot, labelsFile)}`);
}
const remaining = [...(markFixed ? compareWithLabels(scans, labels).problems : comparison.problems), ...checkMisses(scans, folders, readMisses())];
for (const problem of remaining) console.error(`precision: ${problem}`);
if (unlabelledFile) {
  fs.writeFileSync(unlabelledFile, comparison.unlabelled.map((f) => JSON.stringify(f)).join('\n') + (comparison.unlabelled.length ? '\n' : ''));
}
console.error(`${comparison.unlabelled.length} finding(s) have no label yet${unlabelledFile ? ` (written to ${unlabelledFile})` : ' (--unlabelled FILE lists them)'}`);
fs.writeFileSync(summaryFile, `${JSON.stringify(summaryOf(scans), null, 2)}\n`);
console.error(`wrote ${path.relative(repoRoot, summaryFile)}`);
const coverage = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'coverage.ts')], { cwd: repoRoot, stdio: 'inherit' });
process.exit(coverage.status === 0 && remaining.length === 0 ? 0 : 1);
