// A keystroke in process: opens one of the bench's generated editor files through
// IncrementalDocument and IncrementalCheck (as the server does) and types the bench's edits (an
// `x` inserted into an identifier mid-file, then deleted), timing the reparse, the check, the
// diagnostics and their encoding per keystroke. For design work only: CPU-bound and in one
// process, steadier than the server over stdio on a shared machine; `npm run bench` gives the
// figures of record.
//
//   npx tsx scripts/keystroke-probe.ts [--lines 5000] [--edits 400] [--template]
import { performance } from 'node:perf_hooks';
import * as path from 'node:path';
import { Analyzer } from '../server/src/engine/analyzer';
import { fileKindsOf } from '../server/src/engine/file-kinds';
import { IncrementalCheck } from '../server/src/engine/incremental-check';
import type { LintOptions } from '../server/src/engine/lint';
import { selectRules } from '../server/src/engine/rule-selection';
import { DiagnosticFormat } from '../server/src/language-server/diagnostics';
import { encodeMessage } from '../server/src/language-server/message-writer';
import { IncrementalDocument } from '../server/src/parsing/incremental-document';
import { rules } from '../server/src/rules';
import { newestLts } from '../server/src/versions/django-version';

const root = process.env.DJUPGRADE_ROOT ?? path.resolve(__dirname, '..');

function parseArguments(argv: string[]) {
  const options = { lines: 5000, edits: 400, template: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lines') options.lines = Number(argv[++i]);
    else if (arg === '--edits') options.edits = Number(argv[++i]);
    else if (arg === '--template') options.template = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const bench = await import(path.join(root, 'bench', 'run.mjs'));
  const relative = options.template ? 'shop/templates/shop/catalogue.html' : options.lines === 20000 ? 'legacy/models.py' : options.lines === 1000 ? 'shop/models.py' : 'catalog/views.py';
  const seed = options.template ? 2002 : options.lines === 20000 ? 1003 : options.lines === 1000 ? 1000 : 1001;
  const text: string = options.template ? bench.templateFile(3000, seed) : bench.pythonModule(options.lines, seed, relative);
  const language = options.template ? ('django-template' as const) : ('python' as const);
  const analyzer = await Analyzer.create(rules);
  const lintOptions: LintOptions = { current: '1.11', target: newestLts, showFuture: false, isEnabled: selectRules(rules, [], []).isEnabled };
  const uri = `file:///probe/${relative}`;
  const document = new IncrementalDocument(uri, options.template ? 'django-html' : 'python', 1, text, analyzer.parser(language));
  const check = new IncrementalCheck(analyzer.rules);
  const format = new DiagnosticFormat();
  const input = (t: string) => ({ path: relative, language, text: t, fileKinds: fileKindsOf(relative) });
  const publish = (findings: ReturnType<typeof analyzer.lintChange>) => {
    const diagnostics = findings.map((finding) => format.diagnosticOf(finding, document.textDocument));
    return encodeMessage({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: document.version, diagnostics } } as never).length;
  };
  let findings = analyzer.lintChange(check, input(text), document.getTree(), document.takeChange(), lintOptions);
  publish(findings);
  const at = bench.editPoint(text, options.template ? 'django-html' : 'python');
  const times = { parse: [] as number[], check: [] as number[], publish: [] as number[], total: [] as number[], 'check CPU': [] as number[], 'total CPU': [] as number[] };
  const kinds = new Map<string, number>();
  for (let i = 0, version = 1; i < options.edits; i++) {
    version++;
    const insert = i % 2 === 0;
    const range = { start: at, end: insert ? at : { line: at.line, character: at.character + 1 } };
    document.update([{ range, rangeLength: insert ? 0 : 1, text: insert ? 'x' : '' }], version);
    const t0 = performance.now();
    const tree = document.getTree();
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    findings = analyzer.lintChange(check, input(document.text), tree, document.takeChange(), lintOptions);
    const t2 = performance.now();
    const c2 = process.cpuUsage(c1);
    publish(findings);
    const t3 = performance.now();
    const c3 = process.cpuUsage(c1);
    kinds.set(`${check.lastKind}${check.lastRerun.length ? ` rerun ${check.lastRerun.join(',')}` : ''}`, (kinds.get(`${check.lastKind}${check.lastRerun.length ? ` rerun ${check.lastRerun.join(',')}` : ''}`) ?? 0) + 1);
    if (i >= 20) {
      times.parse.push(t1 - t0);
      times.check.push(t2 - t1);
      times.publish.push(t3 - t2);
      times.total.push(t3 - t1);
      times['check CPU'].push((c2.user + c2.system) / 1000);
      times['total CPU'].push((c3.user + c3.system) / 1000);
    }
  }
  console.log(`${relative}: ${text.split('\n').length} lines, ${findings.length} findings; ${options.edits} edits`);
  for (const [name, values] of Object.entries(times)) console.log(`  ${name.padEnd(9)} p50 ${percentile(values, 50).toFixed(3)} ms, p95 ${percentile(values, 95).toFixed(3)} ms, mean ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(3)} ms`);
  for (const [kind, count] of kinds) console.log(`  ${count} × ${kind}`);
  document.dispose();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
