// What the debounce does to typing and to requests that arrive during a check: drives the real
// server (dist/server.js over stdio, as bench/run.mjs does) through bursts of keystrokes at fixed
// intervals in the bench's 5,000-line file, and sends the bench's code action and hover on another
// file while its 20,000-line file is checked. For design work only (docs/engine.md, "The debounce");
// the figures of record come from `npm run bench` on an idle machine.
//
//   node bench/typing-probe.mjs [--bundle A,B] [--debounce 30,10] [--intervals 15,25,40,80] [--keys N] [--runs N]
//
// --bundle with several bundles alternates them run by run (A/B on one machine); --debounce gives
// each bundle's debounce (default: the one in documents.ts for every bundle).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchBusyRequests, editorFiles, editPoint, generateEditorWorkspace, percentile, serverDebounceMs, serverNodeOptions, startEditorServer } from './run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { bundles: [path.join(root, 'dist', 'server.js')], debounces: null, intervals: [15, 25, 40, 80], keys: 20, runs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--bundle') options.bundles = argv[++i].split(',').map((b) => path.resolve(b));
    else if (arg === '--debounce') options.debounces = argv[++i].split(',').map(Number);
    else if (arg === '--intervals') options.intervals = argv[++i].split(',').map(Number);
    else if (arg === '--keys') options.keys = Number(argv[++i]);
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(bundle, debounce, dir, options) {
  const { client, initialized, stop } = await startEditorServer(bundle, dir, {
    args: serverNodeOptions(),
    capabilities: { codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } } } },
    warmUp: false,
  });
  const files = [];
  for (const [relative, languageId, lines] of editorFiles) {
    if (languageId !== 'python' || lines < 1000) continue;
    const text = fs.readFileSync(path.join(dir, relative), 'utf8');
    const uri = pathToFileURL(path.join(dir, relative)).toString();
    const opened = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, 60_000);
    const openedAt = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const first = await opened;
    files.push({ relative, languageId, lines, text, uri, openMs: first.at - openedAt, firstDiagnostic: first.params.diagnostics[0] ?? null, version: 1 });
  }
  // The first keystrokes after an open warm the JIT on the incremental path.
  const typed = files.find((f) => f.lines === 5000);
  const at = editPoint(typed.text, 'python');
  const key = (insert) => {
    typed.version++;
    client.notify('textDocument/didChange', { textDocument: { uri: typed.uri, version: typed.version }, contentChanges: [{ range: { start: at, end: insert ? at : { line: at.line, character: at.character + 1 } }, text: insert ? 'x' : '' }] });
    return typed.version;
  };
  for (let i = 0; i < 20; i++) {
    const version = key(i % 2 === 0);
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === typed.uri && p.version === version, 10_000);
  }
  const bursts = [];
  for (const interval of options.intervals) {
    const published = [];
    const listener = (p) => p.uri === typed.uri && published.push(p.version);
    const waiter = { method: 'textDocument/publishDiagnostics', test: (p) => (listener(p), false), resolve: () => {}, timer: null };
    client.waiters.add(waiter);
    let last = 0;
    let lastAt = 0;
    for (let i = 0; i < options.keys; i++) {
      lastAt = performance.now();
      last = key(i % 2 === 0);
      if (i + 1 < options.keys) await sleep(interval);
    }
    const final = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === typed.uri && p.version === last, 10_000);
    client.waiters.delete(waiter);
    bursts.push({ interval, checks: new Set(published).size, lastMs: final ? final.at - lastAt : null });
    await sleep(300);
  }
  const busy = await benchBusyRequests(client, files, debounce, 20, Boolean(initialized.result.capabilities.hoverProvider));
  await stop();
  return { files, bursts, busy };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djupgrade-typing-'));
  try {
    generateEditorWorkspace(dir);
    for (let runIndex = 0; runIndex < options.runs; runIndex++) {
      for (const [i, bundle] of options.bundles.entries()) {
        const debounce = options.debounces?.[i] ?? serverDebounceMs();
        const { bursts, busy } = await run(bundle, debounce, dir, options);
        console.log(`\n## ${path.relative(root, bundle)}, debounce ${debounce} ms (run ${runIndex + 1})`);
        for (const b of bursts) console.log(`${options.keys} keystrokes ${String(b.interval).padStart(3)} ms apart in the 5,000-line file: ${String(b.checks).padStart(2)} checks published; last keystroke → its diagnostics ${b.lastMs?.toFixed(1)} ms`);
        if (busy) {
          const p = (key, q) => percentile(busy.busy.map((x) => x[key]), q).toFixed(1);
          console.log(`code action / hover on ${busy.other} ${debounce + 10} ms after an edit of ${busy.large}: p50 ${p('codeActionMs', 50)} / ${p('hoverMs', 50)} ms, p95 ${p('codeActionMs', 95)} / ${p('hoverMs', 95)} ms; ${busy.afterCheck} of ${busy.busy.length} answered after its diagnostics`);
        }
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
