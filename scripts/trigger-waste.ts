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
//   --code             for every rule as if it looked for its triggers in code only
//                      (`Rule.triggersInCode`, engine/code-text.ts): the files it ran on for nothing
//                      that the code would leave out, and those with a finding it would leave out
//                      (a rule with any of those cannot opt in); and what would be parsed
//   --unless ID,ID…    also count the files and MB parsed if these rules (the first, then the first
//                      two, …) never ran without a finding: what gating them perfectly would leave
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Analyzer } from '../server/src/engine/analyzer';
import { codeText } from '../server/src/engine/code-text';
import { codeTokensChanged } from '../server/src/engine/code-text-check';
import { isTriggeredInCode, LintOptions, rulesToRun, runRules } from '../server/src/engine/lint';
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
  if (rule.triggerPattern) {
    const pattern = String(rule.triggerPattern);
    parts.push(pattern.length > 80 ? `${pattern.slice(0, 77)}…` : pattern);
  }
  if (rule.requires) parts.push(`requires ${rule.requires.join(' ')}`);
  if (rule.requiresOneOf) parts.push(`requires one of ${rule.requiresOneOf.join(' ')}`);
  return parts.join('; ');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let rows = 40;
  let allRules = false;
  let findingsFile: string | null = null;
  let unless: string[] = [];
  let code = false;
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rules') rows = Number(argv[++i]);
    else if (argv[i] === '--all-rules') allRules = true;
    else if (argv[i] === '--findings') findingsFile = argv[++i];
    else if (argv[i] === '--code') code = true;
    else if (argv[i] === '--unless') unless = argv[++i].split(',').filter(Boolean);
    else targets.push(argv[i]);
  }
  if (targets.length === 0) targets.push('django');
  const analyzer = await Analyzer.create(rules);
  const projects = new Projects({});
  const everyRule: LintOptions = { current: null, target: djangoReleases[djangoReleases.length - 1], showFuture: true, isEnabled: (rule) => !rule.optIn };
  const ran = new Map<string, number>();
  const found = new Map<string, number>();
  /** For each file that triggered rules and found nothing: the rules it ran, and its length. */
  const idleFiles: Array<{ ids: string[]; length: number; inCode?: Set<string> }> = [];
  /** --code: per rule, the files its code gate would leave out: without a finding, and with one. */
  const codeCut = new Map<string, number>();
  const codeLost = new Map<string, string[]>();
  let unreadable = 0;
  const disagreements: string[] = [];
  const lines: string[] = [];
  let files = 0, parsed = 0, withFindings = 0, findings = 0, bytes = 0, bytesParsed = 0, bytesWithFindings = 0, gateMs = 0;
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
      const hit = new Set(result.map((f) => f.rule.id));
      let inCode: Set<string> | undefined;
      if (code && input.language === 'python') {
        const text = codeText(input.text);
        if (text === null) unreadable++;
        // Every token tree-sitter reads as code is in the code text (else the gate is not sound here).
        const changed = text === null ? [] : codeTokensChanged(tree, input.text, text);
        if (changed.length) disagreements.push(`${file}: ${changed.map((c) => `${c.type} ${JSON.stringify(c.text)} at ${c.start}`).join(', ')}`);
        inCode = new Set(planned.filter(({ rule }) => text === null || isTriggeredInCode(rule, () => true, text)).map(({ rule }) => rule.id));
        for (const { rule } of planned) {
          if (inCode.has(rule.id)) continue;
          if (hit.has(rule.id)) codeLost.set(rule.id, [...(codeLost.get(rule.id) ?? []), file]);
          else codeCut.set(rule.id, (codeCut.get(rule.id) ?? 0) + 1);
        }
      }
      for (const { rule } of planned) {
        ran.set(rule.id, (ran.get(rule.id) ?? 0) + 1);
        if (hit.has(rule.id)) found.set(rule.id, (found.get(rule.id) ?? 0) + 1);
      }
      tree.delete();
      if (result.length) withFindings++, (bytesWithFindings += read.text.length);
      else idleFiles.push({ ids: planned.map(({ rule }) => rule.id), length: read.text.length, inCode });
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
  const without = (gone: ReadonlySet<string>, codeGated?: ReadonlySet<string>) => {
    const left = idleFiles.filter(({ ids, inCode }) => ids.some((id) => !gone.has(id) && (!codeGated?.has(id) || !inCode || inCode.has(id))));
    return `${withFindings + left.length} files, ${mb(bytesWithFindings + left.reduce((sum, { length }) => sum + length, 0))} MB`;
  };
  const projection = [10, 20, 50, 100, wasted.length].filter((n, i, all) => n <= wasted.length && all.indexOf(n) === i).map((n) => `top ${n} → ${without(new Set(wasted.slice(0, n).map(([id]) => id)))}`);
  console.log(`\nparsed if the most wasteful rules never ran without a finding: ${projection.join('; ')}`);
  // --unless: each rule of the list added to those before it.
  for (let n = 1; n <= unless.length; n++) console.log(`parsed if ${n === 1 ? '' : '… and '}${unless[n - 1]} never ran without a finding: ${without(new Set(unless.slice(0, n)))}`);
  if (code) {
    console.log(`\n--code: ${unreadable} parsed files whose code is unreadable (the text decides); ${disagreements.length} whose code text blanks a token tree-sitter reads as code${disagreements.length ? `:\n  ${disagreements.slice(0, 20).join('\n  ')}` : ''}`);
    console.log('cut  wasted  lost  rule (as if it looked for its triggers in code only)');
    const rows2 = [...ran.keys()].map((id) => ({ id, cut: codeCut.get(id) ?? 0, lost: codeLost.get(id) ?? [] })).filter((r) => r.cut || r.lost.length).sort((a, b) => b.cut - a.cut || a.id.localeCompare(b.id));
    for (const r of rows2.slice(0, rows)) console.log(`${String(r.cut).padStart(4)} ${String(ran.get(r.id)! - (found.get(r.id) ?? 0)).padStart(6)} ${String(r.lost.length).padStart(5)}  ${r.id}${r.lost.length ? `  LOST in ${r.lost.slice(0, 3).join(' ')}` : ''}`);
    const safe = new Set(rows2.filter((r) => r.lost.length === 0).map((r) => r.id));
    console.log(`parsed if every rule that lost nothing looked in code (${safe.size} rules): ${without(new Set(), safe)}`);
    const opted = new Set(rules.filter((rule) => rule.triggersInCode).map((rule) => rule.id));
    console.log(`parsed if the rules that opt in (${opted.size}) looked in code (as the gate does now): ${without(new Set(), opted)}`);
  }
  if (findingsFile) fs.writeFileSync(findingsFile, lines.sort().join('\n') + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
