// Prints what a rule finds in each of its invalid examples, in the form the catalogue's examples
// assert it (`errors: [{ line, column, message }]`), to paste into the rule after reading it: the
// test then fails when the rule's findings change. docs/engine.md, "Migrating a rule family".
//
//   npx tsx scripts/example-errors.ts RULE-ID…
import { ruleById } from '../server/src/rules';
import { LineIndex } from '../server/src/engine/text-positions';
import { getAnalyzer, inputFor, optionsFor } from '../test/helpers/analyzer';

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

async function main(): Promise<void> {
  const analyzer = await getAnalyzer();
  for (const id of process.argv.slice(2)) {
    const rule = ruleById(id);
    if (!rule) throw new Error(`no rule ${id}`);
    const fallback = rule.languages[0] === 'python' ? 'example.py' : 'templates/example.html';
    console.log(`// ${id}`);
    rule.examples.invalid.forEach((example, index) => {
      const findings = analyzer.lint(inputFor(example.code, example.filename ?? fallback), optionsFor(rule, example.current ?? rule.fixMinVersion ?? '1.8'));
      const lines = new LineIndex(example.code);
      console.log(`// invalid #${index + 1}`);
      console.log('errors: [');
      for (const finding of findings) {
        const { line, character } = lines.positionAt(finding.start);
        console.log(`  { line: ${line + 1}, column: ${character + 1}, message: ${quote(finding.message)} },`);
      }
      console.log('],');
    });
  }
}

void main();
