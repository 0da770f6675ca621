// Records the findings baseline (test/engine/baseline/): what today's engine finds on the frozen
// inputs. Run it after a deliberate change of findings; the diff of findings.jsonl lists them.
//
//   npx tsx scripts/record-findings.ts            re-record findings.jsonl on the frozen inputs
//   npx tsx scripts/record-findings.ts --inputs   freeze the inputs anew (corpora, grammar corpus, every rule's examples) first
import * as fs from 'node:fs';
import { rules } from '../server/src/rules';
import { baselineDir, BaselineInput, findingsFile, inputsFile, lintInput, readInputs, serialize } from '../test/engine/baseline';
import { getAnalyzer } from '../test/helpers/analyzer';
import { corpusFiles, templateGrammarInputs } from '../test/robustness/fuzz-support';

function freezeInputs(): BaselineInput[] {
  const inputs: BaselineInput[] = [];
  for (const file of corpusFiles()) inputs.push({ id: `corpus:${file.path}`, path: file.path, text: file.text, current: '1.11' });
  templateGrammarInputs().forEach((text, index) => inputs.push({ id: `grammar:${index + 1}`, path: 'templates/grammar.html', text, current: '1.11' }));
  for (const rule of rules) {
    const fallback = rule.languages[0] === 'python' ? 'example.py' : 'templates/example.html';
    rule.examples.valid.forEach((example, index) =>
      inputs.push({ id: `example:${rule.id}:valid:${index + 1}`, path: example.filename ?? fallback, text: example.code, current: example.current ?? null }),
    );
    rule.examples.invalid.forEach((example, index) =>
      inputs.push({ id: `example:${rule.id}:invalid:${index + 1}`, path: example.filename ?? fallback, text: example.code, current: example.current ?? rule.fixMinVersion ?? '1.8' }),
    );
  }
  return inputs;
}

async function main(): Promise<void> {
  fs.mkdirSync(baselineDir, { recursive: true });
  if (process.argv.includes('--inputs')) fs.writeFileSync(inputsFile, `${JSON.stringify(freezeInputs(), null, 1)}\n`);
  const analyzer = await getAnalyzer();
  const lines: string[] = [];
  for (const input of readInputs()) for (const finding of lintInput(analyzer, input)) lines.push(serialize(finding));
  fs.writeFileSync(findingsFile, `${lines.join('\n')}\n`);
  console.log(`${lines.length} findings on ${readInputs().length} inputs written to ${findingsFile}`);
}

void main();
