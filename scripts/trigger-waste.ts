// Which rules a scan runs for nothing: for the files `djupgrade scan` would check (same walk, same
// project options), how many trigger a rule and are parsed, how many have a finding, and per rule
// the files it ran on without finding anything ("wasted": its gate, docs/engine.md "Choosing
// triggers", let it through). Counts, not timings: the figures do not depend on the machine's load.
//
//   npx tsx scripts/trigger-waste.ts django          Django's own source (the bench's .cache/bench copy, .py files)
//   npx tsx scripts/trigger-waste.ts generated       the bench's generated 20-app corpus
//   npx tsx scripts/trigger-waste.ts precision       the precision corpus (.cache/precision/src)
//   npx tsx scripts/trigger-waste.ts PATH…           files or folders
//   --all-rules        every rule that is not opt-in, future deprecations included (default: the
//                      scan's defaults for each project)
//   --rules N          rows of the wasted-runs table (default 40)
//   --findings FILE    write every finding (path, rule, span, message) to FILE, to compare runs
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Analyzer } from '../server/src/engine/analyzer';
import { LintOptions, rulesToRun, runRules } from '../server/src/engine/lint';
import type { Rule } from '../server/src/engine/types';
import { Projects } from '../server/src/cli/check-command';
import { findSourceFiles, languageOfPath, readSourceFile } from '../server/src/project/source-files';
import { rules } from '../server/src/rules';
import { djangoReleases } from '../server/src/versions/django-version';

const root = path.resolve(__dirname, '..');

async function rootsFor(target: string): Promise<{ roots: string[]; pythonOnly: boolean }> {
  if (target === 'django') return { roots: [path.join(root, '.cache', 'bench', 'django-5.2.19-sdist')], pythonOnly: true };
  if (target === 'precision') return { roots: [path.join(root, '.cache', 'precision', 'src')], pythonOnly: false };
  if (target === 'generated') {
    const bench = await import(path.join(root, 'bench', 'run.mjs'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trigger-waste-'));
    bench.generateCorpus(dir);
    return { roots: [dir], pythonOnly: false };
  }
  return { roots: [path.resolve(target)], pythonOnly: false };
}

/** A rule's gate, as the table shows it. */
function gateOf(rule: Rule<any>): string {
  const parts: string[] = [];
  if (rule.triggers) parts.push(rule.triggers.join(' '));
  if (rule.triggerPattern) parts.push(String(rule.triggerPattern));
  if (rule.requires) parts.push(`requires ${rule.requires.join(' ')}`);
  if (rule.requiresOneOf) parts.push(`requires one of ${rule.requiresOneOf.join(' ')}`);
  return parts.join('; ');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let rows = 40;
  let allRules = false;
  let findingsFile: string | null = null;
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rules') rows = Number(argv[++i]);
    else if (argv[i] === '--all-rules') allRules = true;
    else if (argv[i] === '--findings') findingsFile = argv[++i];
    else targets.push(argv[i]);
  }
  if (targets.length === 0) targets.push('django');
  const analyzer = await Analyzer.create(rules);
  const projects = new Projects({});
  const everyRule: LintOptions = { current: null, target: djangoReleases[djangoReleases.length - 1], showFuture: true, isEnabled: (rule) => !rule.optIn };
  const ran = new Map<string, number>();
  const found = new Map<string, number>();
  /** For each file that triggered rules and found nothing: the rules it ran. */
  const idleFiles: string[][] = [];
  const lines: string[] = [];
  let files = 0, parsed = 0, withFindings = 0, findings = 0, bytes = 0, bytesParsed = 0, gateMs = 0;
  for (const target of targets) {
    const { roots, pythonOnly } = await rootsFor(target);
    for (const file of findSourceFiles(roots).files) {
      if (pythonOnly && !file.endsWith('.py')) continue;
      const read = readSourceFile(file, 10 * 1024 * 1024);
      if ('skipped' in read) continue;
      const { project } = projects.of(file);
      const options = allRules ? everyRule : projects.optionsFor(file);
      const input = { language: languageOfPath(file)!, path: project.relativePath(file), text: read.text, fileKinds: project.fileKinds(file) };
      files++;
      bytes += read.text.length;
      const start = performance.now();
      const planned = rulesToRun(input, analyzer.rules, options);
      gateMs += performance.now() - start;
      if (planned.length === 0) continue;
      parsed++;
      bytesParsed += read.text.length;
      const tree = analyzer.parse(input.language, input.text);
      const result = runRules({ ...input, tree }, planned, { ...options, onSkip: () => {} });
      tree.delete();
      const hit = new Set(result.map((f) => f.rule.id));
      for (const { rule } of planned) {
        ran.set(rule.id, (ran.get(rule.id) ?? 0) + 1);
        if (hit.has(rule.id)) found.set(rule.id, (found.get(rule.id) ?? 0) + 1);
      }
      if (result.length) withFindings++;
      else idleFiles.push(planned.map(({ rule }) => rule.id));
      findings += result.length;
      if (findingsFile) for (const f of result) lines.push(`${file}\t${f.rule.id}\t${f.start}-${f.end}\t${f.message}${f.fix ? `\t[${f.fix.title}]` : ''}`);
    }
  }
  const mb = (n: number) => (n / 1e6).toFixed(2);
  console.log(`${targets.join(' ')} (${allRules ? 'every rule' : 'the scan\'s defaults'}): ${files} files, ${mb(bytes)} MB`);
  console.log(`parsed (a rule triggered): ${parsed} files, ${mb(bytesParsed)} MB; with a finding: ${withFindings} files; findings: ${findings}`);
  console.log(`the gates (rulesToRun) took ${gateMs.toFixed(0)} ms in all (wall clock, this process)`);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const wasted = [...ran].map(([id, n]) => [id, n - (found.get(id) ?? 0)] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`\nrules that ran without a finding: ${wasted.length}; wasted runs in all: ${wasted.reduce((s, [, n]) => s + n, 0)}`);
  console.log('wasted  ran  found  rule  (gate)');
  for (const [id, n] of wasted.slice(0, rows)) {
    console.log(`${String(n).padStart(6)} ${String(ran.get(id)).padStart(4)} ${String(found.get(id) ?? 0).padStart(6)}  ${id}  (${gateOf(byId.get(id)!)})`);
  }
  // Files parsed if the N most wasteful rules never ran without a finding.
  const projection = [10, 20, 50, 100, wasted.length].filter((n, i, all) => n <= wasted.length && all.indexOf(n) === i).map((n) => {
    const gone = new Set(wasted.slice(0, n).map(([id]) => id));
    return `top ${n} → ${withFindings + idleFiles.filter((ids) => ids.some((id) => !gone.has(id))).length}`;
  });
  console.log(`\nfiles parsed if the most wasteful rules never ran without a finding: ${projection.join(', ')}`);
  if (findingsFile) fs.writeFileSync(findingsFile, lines.sort().join('\n') + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
