// Records in docs/python2-worklist.json what lib2to3, python-modernize and pyupgrade write for
// each invalid example (`tools`). Run by hand after changing the examples:
//   npx tsx test/python2/record-tools.ts
// test/python2/fix-oracle.test.ts checks that the tools still write exactly that.
import * as fs from 'node:fs';
import { invalidExamples, loadWorklist, oracle, tools, worklistPath } from './worklist';

const worklist = loadWorklist();
const examples = invalidExamples(worklist);
const items = examples.map(({ id, construct, example }) => ({ id, code: example.code, fixers: construct.lib2to3 }));
const outputs = Object.fromEntries(tools.map((tool) => [tool, oracle<string | null | { error: string }>(tool, items)]));
for (const { id, example } of examples) {
  example.tools = Object.fromEntries(tools.map((tool) => [tool, outputs[tool][id]])) as typeof example.tools;
}
fs.writeFileSync(worklistPath, `${JSON.stringify(worklist, null, 1)}\n`);
console.log(`recorded ${tools.join(', ')} for ${examples.length} examples`);
