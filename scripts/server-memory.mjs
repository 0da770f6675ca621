// Where the language server's memory goes with the bench's files open (docs/engine.md, "Memory").
// Drives `dist/server.js --stdio` as bench/run.mjs does (the client's Node options, the warm-up
// file, each editor file opened and edited before the next, VmRSS 250 ms after the last open),
// then splits the resident memory by mapping (/proc/<pid>/smaps): the Node binary, web-tree-sitter's
// wasm memory (the one anonymous mapping of several GB reserved), the rest. Memory is not a timing:
// the figures hold on a shared machine.
//
//   node scripts/server-memory.mjs [--edits N] [--bundle dist/server.js] [--snapshot DIR] [--runs N]
//                                  [--node-option OPT]… [--bare-environment]
//
// The server gets the client's environment (`serverEnvironment`, common/protocol.ts) unless
// --bare-environment; the figures also give the server's CPU time (user and system) per step.
// --snapshot DIR also writes a heap snapshot of the server (`--heapsnapshot-signal`) once the files
// are open and prints its self sizes by constructor.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { editorFiles, editPoint, generateEditorWorkspace, readProcStatus, serverEnvironment, serverNodeOptions, startEditorServer } from '../bench/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { edits: 60, bundles: [path.join(root, 'dist', 'server.js')], snapshot: null, runs: 1, nodeOptions: [], bareEnvironment: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--edits') options.edits = Number(argv[++i]);
    else if (arg === '--bundle') options.bundles = argv[++i].split(',').map((b) => path.resolve(b));
    else if (arg === '--snapshot') options.snapshot = path.resolve(argv[++i]);
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--node-option') options.nodeOptions.push(argv[++i]);
    else if (arg === '--bare-environment') options.bareEnvironment = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

/** CPU time of a process so far (user and system, in ms: clock ticks of 10 ms). */
function cpuOf(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { userMs: Number(stat[11]) * 10, systemMs: Number(stat[12]) * 10 };
}

/** Resident kB by holder, from /proc/<pid>/smaps. */
export function residentByMapping(pid) {
  const text = fs.readFileSync(`/proc/${pid}/smaps`, 'utf8');
  const holders = { nodeBinary: 0, wasmMemory: 0, mallocMain: 0, mallocThreads: 0, otherFiles: 0, anonymous: 0 };
  const maps = [];
  for (const line of text.split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (header) {
      maps.push({ start: parseInt(header[1], 16), size: parseInt(header[2], 16) - parseInt(header[1], 16), perms: header[3], name: header[4], rssKb: 0 });
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss && maps.length) maps.at(-1).rssKb = Number(rss[1]);
  }
  // web-tree-sitter's wasm memory: the largest anonymous mapping (one block, as large as the memory).
  const anonymous = maps.filter((m) => !m.name && m.perms.startsWith('rw'));
  const wasm = anonymous.reduce((best, m) => (m.size > (best?.size ?? 0) ? m : best), null);
  for (const m of maps) {
    if (m === wasm && m.size >= 8 * 1048576) holders.wasmMemory += m.rssKb;
    else if (m.name === '[heap]') holders.mallocMain += m.rssKb;
    // glibc's arenas of other threads: 64 MB-aligned blocks (V8's compiler and GC threads allocate there).
    else if (!m.name && m.start % (64 * 1048576) === 0) holders.mallocThreads += m.rssKb;
    else if (/\/node$/.test(m.name)) holders.nodeBinary += m.rssKb;
    else if (m.name.startsWith('/')) holders.otherFiles += m.rssKb;
    else holders.anonymous += m.rssKb;
  }
  return holders;
}

function summariseSnapshot(file) {
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8'));
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const bySize = new Map();
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]];
    const name = type === 'object' || type === 'closure' ? snapshot.strings[snapshot.nodes[i + nameAt]] : `(${type})`;
    const size = snapshot.nodes[i + sizeAt];
    total += size;
    const entry = bySize.get(name) ?? { size: 0, count: 0 };
    entry.size += size;
    entry.count++;
    bySize.set(name, entry);
  }
  console.log(`heap snapshot: ${(total / 1048576).toFixed(1)} MB of self sizes`);
  for (const [name, { size, count }] of [...bySize].sort((a, b) => b[1].size - a[1].size).slice(0, 40)) {
    console.log(`  ${(size / 1048576).toFixed(2).padStart(7)} MB ${String(count).padStart(8)}  ${name.slice(0, 80)}`);
  }
}

async function run(bundle, dir, options) {
  const args = [...serverNodeOptions(), ...options.nodeOptions];
  if (options.snapshot) args.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${options.snapshot}`);
  const { child, client, diagnosticsFor, stop } = await startEditorServer(bundle, dir, { args, env: options.bareEnvironment ? process.env : serverEnvironment() });
  const steps = [['started, warm-up file open', readProcStatus(child.pid).rssKb, residentByMapping(child.pid), cpuOf(child.pid)]];
  let memoryOpen = null;
  let mappingsOpen = null;
  for (const [index, [relative, languageId]] of editorFiles.entries()) {
    const text = fs.readFileSync(path.join(dir, relative), 'utf8');
    const uri = pathToFileURL(path.join(dir, relative)).toString();
    const opened = diagnosticsFor(uri, undefined, 60_000);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await opened;
    steps.push([`${relative} open`, readProcStatus(child.pid).rssKb, residentByMapping(child.pid), cpuOf(child.pid)]);
    if (index === editorFiles.length - 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      memoryOpen = readProcStatus(child.pid);
      mappingsOpen = residentByMapping(child.pid);
      if (process.env.SMAPS_TOP) {
        const text = fs.readFileSync(`/proc/${child.pid}/smaps`, 'utf8');
        const maps = [];
        for (const line of text.split('\n')) {
          if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) maps.push({ line, rss: 0 });
          const rss = /^Rss:\s+(\d+) kB/.exec(line);
          if (rss) maps.at(-1).rss = Number(rss[1]);
        }
        for (const m of maps.sort((a, b) => b.rss - a.rss).slice(0, 15)) console.log(m.rss, m.line);
      }
      if (options.snapshot) {
        const before = new Set(fs.readdirSync(options.snapshot));
        child.kill('SIGUSR2');
        let file = null;
        for (let i = 0; i < 600 && !file; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          const added = fs.readdirSync(options.snapshot).find((f) => !before.has(f) && f.endsWith('.heapsnapshot'));
          // The file is written in pieces: wait until it parses.
          if (added) {
            for (let tries = 0; tries < 120 && !file; tries++) {
              await new Promise((resolve) => setTimeout(resolve, 500));
              try {
                JSON.parse(fs.readFileSync(path.join(options.snapshot, added), 'utf8'));
                file = path.join(options.snapshot, added);
              } catch {
                // not complete yet
              }
            }
          }
        }
        if (file) summariseSnapshot(file);
      }
      break;
    }
    const at = editPoint(text, languageId);
    for (let i = 0, version = 1; i < options.edits; i++) {
      version++;
      const insert = i % 2 === 0;
      const range = { start: at, end: insert ? at : { line: at.line, character: at.character + 1 } };
      const published = diagnosticsFor(uri, version, 20_000);
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, rangeLength: insert ? 0 : 1, text: insert ? 'x' : '' }] });
      await published;
    }
    steps.push([`${relative} after ${options.edits} edits`, readProcStatus(child.pid).rssKb, residentByMapping(child.pid), cpuOf(child.pid)]);
  }
  // CPU of the whole sequence: what a malloc setting costs.
  const cpu = cpuOf(child.pid);
  await stop();
  return { steps, memoryOpen, mappingsOpen, cpu };
}

const mb = (kb) => (kb / 1024).toFixed(1);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djupgrade-memory-'));
  if (options.snapshot) fs.mkdirSync(options.snapshot, { recursive: true });
  try {
    generateEditorWorkspace(dir);
    for (let runIndex = 0; runIndex < options.runs; runIndex++) {
      for (const bundle of options.bundles) {
        const { steps, memoryOpen, mappingsOpen, cpu } = await run(bundle, dir, options);
        console.log(`\n## ${path.relative(root, bundle)} (run ${runIndex + 1}): VmRSS with the files open ${mb(memoryOpen.rssKb)} MB (peak so far ${mb(memoryOpen.hwmKb)} MB); server CPU user ${cpu.userMs} ms, system ${cpu.systemMs} ms`);
        console.log(`   node binary ${mb(mappingsOpen.nodeBinary)}, wasm memory ${mb(mappingsOpen.wasmMemory)}, malloc main ${mb(mappingsOpen.mallocMain)}, malloc other threads ${mb(mappingsOpen.mallocThreads)}, other files ${mb(mappingsOpen.otherFiles)}, other anonymous (V8 heap…) ${mb(mappingsOpen.anonymous)} MB`);
        let before = 0;
        for (const [label, rss, m, c] of steps) {
          const total = c.userMs + c.systemMs;
          console.log(`   ${label.padEnd(52)} CPU +${String(total - before).padStart(5)} ms  VmRSS ${mb(rss).padStart(6)}  wasm ${mb(m.wasmMemory).padStart(5)}  malloc ${mb(m.mallocMain).padStart(5)} + ${mb(m.mallocThreads).padStart(5)}  anon ${mb(m.anonymous).padStart(5)}`);
          before = total;
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
