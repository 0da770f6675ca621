// Writes the python2 rules' examples from docs/python2-worklist.json (valid, invalid, outputs) with
// the `errors` each rule finds, for the rule writer to read before pasting: prints one block per
// rule. `npx tsx scripts/python2-examples.ts [RULE-ID…]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../server/src/engine/text-positions';
import { ruleById } from '../server/src/rules';
import { getAnalyzer, inputFor, optionsFor } from '../test/helpers/analyzer';

const worklist = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'docs', 'python2-worklist.json'), 'utf8'));
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const ruleIdOf = (construct: string) => (construct.startsWith('python2-') ? construct : `python2-${construct}`);

function block(code: string, indent: string): string {
  const escaped = code.replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  const lines = escaped.endsWith('\n') ? escaped.slice(0, -1).split('\n') : escaped.split('\n');
  const body = lines.map((l) => (l ? `${indent}  ${l}` : '')).join('\n');
  return `dedent\`\n${body}\n${indent}${escaped.endsWith('\n') ? '' : ''}\``;
}

async function main(): Promise<void> {
  const analyzer = await getAnalyzer();
  const wanted = process.argv.slice(2);
  for (const construct of worklist.constructs) {
    const id = ruleIdOf(construct.id);
    if (wanted.length && !wanted.includes(id)) continue;
    const rule = ruleById(id);
    if (!rule) continue;
    const out: string[] = ['  examples: {', '    valid: ['];
    for (const example of construct.valid) out.push('      {', `        code: ${block(example.code, '        ')},`, '      },');
    out.push('    ],', '    invalid: [');
    for (const example of construct.invalid) {
      const findings = analyzer.lint(inputFor(example.code), optionsFor(rule, '1.11'));
      const lines = new LineIndex(example.code);
      out.push('      {', `        code: ${block(example.code, '        ')},`, '        errors: [');
      for (const f of findings) {
        const { line, character } = lines.positionAt(f.start);
        out.push(`          { line: ${line + 1}, column: ${character + 1}, message: ${quote(f.message)} },`);
      }
      out.push('        ],');
      if (example.output !== undefined) out.push(`        output: ${block(example.output, '        ')},`);
      out.push('      },');
      if (findings.length !== example.findings) console.error(`${id}: ${findings.length} findings, the work list says ${example.findings}:\n${example.code}`);
    }
    out.push('    ],', '  },');
    fs.writeFileSync(`/tmp/p2/${id}.txt`, out.join('\n'));
    console.log(`${id}: /tmp/p2/${id}.txt`);
  }
}

void main();
