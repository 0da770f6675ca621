import * as path from 'node:path';
import { rulesToRun, selectedRules } from '../server/src/engine/lint';
import { gateWords, hasRequiredWords, wordsIn } from '../server/src/engine/tokens';
import { Projects } from '../server/src/cli/check-command';
import { findSourceFiles, languageOfPath, readSourceFile } from '../server/src/project/source-files';
import { rules } from '../server/src/rules';

const projects = new Projects({});
const root = path.resolve('.cache/bench/django-5.2.19-sdist');
const inputs: any[] = [];
for (const file of findSourceFiles([root]).files) {
  if (!file.endsWith('.py')) continue;
  const read = readSourceFile(file, 1e7);
  if ('skipped' in read) continue;
  const { project } = projects.of(file);
  inputs.push({ input: { language: languageOfPath(file)!, path: project.relativePath(file), text: read.text, fileKinds: project.fileKinds(file) }, options: projects.optionsFor(file) });
}
const cpu = (f: () => void) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return ((d.user + d.system) / 1000).toFixed(0); };
for (let round = 0; round < 3; round++) {
  let n = 0;
  console.log('rulesToRun', cpu(() => { for (const { input, options } of inputs) n += rulesToRun(input, rules, options).length; }), n);
  const selected = selectedRules(inputs[0].input, rules, inputs[0].options);
  const wanted = new Set<string>(); for (const { rule } of selected) for (const w of gateWords(rule)) wanted.add(w);
  console.log('wordsIn', cpu(() => { for (const { input } of inputs) n += wordsIn(input.text, wanted).size; }), wanted.size);
  const re = /[A-Za-z_][A-Za-z0-9_]*/g;
  console.log('regex words + Set.has', cpu(() => { for (const { input } of inputs) { const f = new Set<string>(); for (const m of input.text.matchAll(re)) if (wanted.has(m[0])) f.add(m[0]); n += f.size; } }));
  const byRule = new Map<string, number>();
  const tot = cpu(() => {
    for (const { input } of inputs) {
      const found = wordsIn(input.text, wanted);
      for (const { rule } of selected) {
        if (!rule.triggerPattern) continue;
        if (rule.triggers?.some((w: string) => found.has(w))) continue;
        if (!hasRequiredWords(rule, (w) => found.has(w))) continue;
        const t = process.hrtime.bigint();
        input.text.search(rule.triggerPattern);
        byRule.set(rule.id, (byRule.get(rule.id) ?? 0) + Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
  });
  console.log('wordsIn + patterns', tot, [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
}
