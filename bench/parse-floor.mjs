// What web-tree-sitter's parse alone costs, for the goals it bounds (bench/run.mjs, "Parse floors"):
// no rule, no query, no output. Two modes:
//
//   node bench/parse-floor.mjs files LIST.json JOBS
//       parses every file of LIST (a JSON array of paths) in JOBS worker threads, as `djupgrade
//       scan` would before its rules run; the caller times the whole process (start-up, loading
//       the runtime and the Python grammar in each thread, reading and parsing). Prints
//       {"files", "bytes"}.
//   node bench/parse-floor.mjs file PATH WARMUP [REPEATS]
//       in this process, parses WARMUP (as the server's first file warms it up), then PATH once
//       (as the server's open of it), then REPEATS more times. Prints {"firstMs", "laterMs": [...]}.
//
// It loads the same runtime and grammar files the bundles ship (node_modules/web-tree-sitter,
// dist/tree-sitter-python.wasm).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function pythonParser() {
  const { Parser, Language } = await import(path.join(root, 'node_modules', 'web-tree-sitter', 'tree-sitter.js'));
  await Parser.init();
  const language = await Language.load(path.join(root, 'dist', 'tree-sitter-python.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

function parseOnce(parser, text) {
  const tree = parser.parse(text);
  if (!tree) throw new Error('parse failed');
  tree.delete();
}

if (!isMainThread) {
  // A worker: takes the next file index from the shared counter until none is left.
  const { list, next } = workerData;
  const parser = await pythonParser();
  let bytes = 0;
  for (let index; (index = Atomics.add(next, 0, 1)) < list.length; ) {
    const text = fs.readFileSync(list[index], 'utf8');
    bytes += Buffer.byteLength(text);
    parseOnce(parser, text);
  }
  parentPort.postMessage(bytes);
} else {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'files') {
    const list = JSON.parse(fs.readFileSync(args[0], 'utf8'));
    const jobs = Math.max(1, Number(args[1] ?? 1));
    const next = new Int32Array(new SharedArrayBuffer(4));
    const totals = await Promise.all(
      Array.from({ length: jobs }, () => new Promise((resolve, reject) => {
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { list, next } });
        worker.once('message', resolve);
        worker.once('error', reject);
      })),
    );
    process.stdout.write(`${JSON.stringify({ files: list.length, bytes: totals.reduce((a, b) => a + b, 0) })}\n`);
    process.exit(0);
  } else if (mode === 'file') {
    const [file, warmup, repeats = '5'] = args;
    const parser = await pythonParser();
    parseOnce(parser, fs.readFileSync(warmup, 'utf8'));
    const text = fs.readFileSync(file, 'utf8');
    const timed = () => {
      const start = performance.now();
      parseOnce(parser, text);
      return performance.now() - start;
    };
    const firstMs = timed();
    const laterMs = Array.from({ length: Number(repeats) }, timed);
    process.stdout.write(`${JSON.stringify({ firstMs, laterMs })}\n`);
  } else {
    process.stderr.write('usage: parse-floor.mjs files LIST.json JOBS | file PATH WARMUP [REPEATS]\n');
    process.exit(2);
  }
}
