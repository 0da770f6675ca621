import * as path from 'node:path';
import { Analyzer } from '../server/src/engine/analyzer';
import { rulesToRun } from '../server/src/engine/lint';
import { topLevelUnits } from '../server/src/engine/sparse-parse';
import { WordIndex } from '../server/src/engine/tokens';
import { Projects } from '../server/src/cli/check-command';
import { findSourceFiles, languageOfPath, readSourceFile } from '../server/src/project/source-files';
import { rules } from '../server/src/rules';

async function main() {
  const analyzer = await Analyzer.create(rules);
  const projects = new Projects({});
  const root = path.resolve(process.argv[2] ?? '.cache/bench/django-5.2.19-sdist');
  let memberKept = 0; let total = 0, hitChars = 0, importChars = 0, fileRuleChars = 0;
  const byRule = new Map<string, number>();
  const fr = new Map<string, number>();
  for (const file of findSourceFiles([root]).files) {
    if (!file.endsWith('.py')) continue;
    const read = readSourceFile(file, 1e7);
    if ('skipped' in read) continue;
    const { project } = projects.of(file);
    const options = projects.optionsFor(file);
    const input = { language: languageOfPath(file)!, path: project.relativePath(file), text: read.text, fileKinds: project.fileKinds(file) };
    const planned = rulesToRun(input, analyzer.rules, options);
    if (!planned.length) continue;
    const text = read.text;
    total += text.length;
    const fileRules = planned.filter(({ rule }) => rule.locality === 'file');
    if (fileRules.length) { fileRuleChars += text.length; const key = fileRules.map(({ rule }) => rule.id).join(','); fr.set(key, (fr.get(key) ?? 0) + text.length); continue; }
    const units = topLevelUnits(text);
    if (!units) continue;
    const words = WordIndex.of(text);
    const starts = units.map((u) => u.start);
    const unitAt = (o: number) => { let lo = 0, hi = starts.length; while (lo < hi) { const m = (lo + hi) >> 1; if (starts[m] <= o) lo = m + 1; else hi = m; } return lo - 1; };
    const hit = new Uint8Array(units.length);
    for (const { rule } of planned) {
      const mine = new Uint8Array(units.length);
      for (const w of rule.triggers ?? []) for (const o of words.offsets(w)) mine[unitAt(o)] = 1;
      if (rule.triggerPattern) { const p = new RegExp(rule.triggerPattern.source, rule.triggerPattern.flags + 'g'); for (const m of text.matchAll(p)) mine[unitAt(m.index!)] = 1; }
      let c = 0; units.forEach((u, i) => { if (mine[i]) { c += u.end - u.start; hit[i] = 1; } });
      byRule.set(rule.id, (byRule.get(rule.id) ?? 0) + c);
    }
    units.forEach((u, i) => { if (hit[i]) hitChars += u.end - u.start; else if (u.imports) importChars += u.end - u.start; });
    // Estimate: members of hit classes (lines indented 4 spaces start a member).
    const hitOffsets: number[] = [];
    for (const { rule } of planned) {
      for (const w of rule.triggers ?? []) hitOffsets.push(...words.offsets(w));
      if (rule.triggerPattern) { const p = new RegExp(rule.triggerPattern.source, rule.triggerPattern.flags + 'g'); for (const m of text.matchAll(p)) hitOffsets.push(m.index!); }
    }
    units.forEach((u, i) => {
      if (!hit[i]) return;
      const piece = text.slice(u.start, u.end);
      if (!/^(@.*\n)*class /.test(piece)) { memberKept += u.end - u.start; return; }
      const starts = [0];
      const re = /\n    (?=[^ \n#])/g;
      for (const m of piece.matchAll(re)) starts.push(m.index! + 1);
      starts.push(piece.length);
      for (let k = 0; k + 1 < starts.length; k++) {
        const a = u.start + starts[k], b = u.start + starts[k + 1];
        if (k === 0 || hitOffsets.some((o) => o >= a && o < b)) memberKept += b - a;
      }
    });
  }
  const mb = (n: number) => (n / 1e6).toFixed(2);
  console.log(`member-level kept of hit units: ${mb(memberKept)}`); console.log(`parsed ${mb(total)} MB; file rules ${mb(fileRuleChars)}; hit units ${mb(hitChars)}; import units (no hit) ${mb(importChars)}`);
  for (const [id, c] of [...fr].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log('FILE', mb(c), id);
  for (const [id, c] of [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(mb(c), id, String(rules.find((r) => r.id === id)!.triggers ?? ''), String(rules.find((r) => r.id === id)!.triggerPattern ?? ''));
}
main();
