// Drives the real language server (dist/server.js over stdio, as bench/run.mjs does) through the
// bench's editor files and prints where a keystroke's time goes. For design work only: the figures
// of record come from `npm run bench` on an idle machine (docs/performance.md).
//
//   node bench/profile-server.mjs [--files 5000,20000,template,1000] [--edits N] [--bundle dist/server.js]
//                                 [--profile DIR] [--interval US] [--node-option OPT]… [--runs N]
//
// --profile writes a V8 CPU profile of the server (`node --cpu-prof`) into DIR and splits its samples
// by phase for each file's open and edits (`--split` below reads an existing profile again).
// --bundle with several comma-separated bundles alternates them run by run (A/B on one machine).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { editorFiles, editPoint, generateEditorWorkspace, percentile, readProcStatus, serverDebounceMs, serverNodeOptions, startEditorServer } from './run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { files: null, edits: 60, bundles: [path.join(root, 'dist', 'server.js')], profile: null, interval: 200, nodeOptions: [], runs: 1, split: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--files') options.files = argv[++i].split(',');
    else if (arg === '--edits') options.edits = Number(argv[++i]);
    else if (arg === '--bundle') options.bundles = argv[++i].split(',').map((b) => path.resolve(b));
    else if (arg === '--profile') options.profile = path.resolve(argv[++i]);
    else if (arg === '--interval') options.interval = Number(argv[++i]);
    else if (arg === '--node-option') options.nodeOptions.push(argv[++i]);
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--split') options.split = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** The CPU time a process has used (user and system), in ms: per keystroke, less sensitive to a shared machine than latencies. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

function wanted(files, selection) {
  if (!selection) return files;
  return files.filter(([relative, languageId, lines]) => selection.some((s) => (s === 'template' ? languageId !== 'python' : String(lines) === s)));
}

async function run(bundle, dir, options, profileDir) {
  const debounce = serverDebounceMs();
  const args = [...serverNodeOptions(), ...options.nodeOptions];
  if (profileDir) args.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-interval=${options.interval}`);
  const { child, client, diagnosticsFor, stop } = await startEditorServer(bundle, dir, { args });
  const results = [];
  for (const [relative, languageId, lines] of wanted(editorFiles, options.files)) {
    const text = fs.readFileSync(path.join(dir, relative), 'utf8');
    const uri = pathToFileURL(path.join(dir, relative)).toString();
    const result = { relative, lines, windows: {}, latencies: [], waits: [] };
    const opened = diagnosticsFor(uri, undefined, 60_000);
    result.windows.open = [nowUs()];
    const openedAt = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const first = await opened;
    result.openMs = first.at - openedAt;
    result.windows.open.push(nowUs());
    result.diagnostics = first.params.diagnostics.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const at = editPoint(text, languageId);
    result.windows.edits = [nowUs()];
    const cpuBefore = cpuMs(child.pid);
    for (let i = 0, version = 1; i < options.edits; i++) {
      version++;
      const insert = i % 2 === 0;
      const range = { start: at, end: insert ? at : { line: at.line, character: at.character + 1 } };
      const published = diagnosticsFor(uri, version, 20_000);
      const sentAt = performance.now();
      const sentUs = nowUs();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, rangeLength: insert ? 0 : 1, text: insert ? 'x' : '' }] });
      const got = await published;
      if (got) {
        result.latencies.push(got.at - sentAt - debounce);
        // What the user waits for after the debounce: from the send plus the debounce to the arrival
        // (CPU profiles and hrtime share the monotonic clock).
        result.waits.push([sentUs + debounce * 1000, sentUs + Math.round((got.at - sentAt) * 1000)]);
      }
    }
    result.windows.edits.push(nowUs());
    result.cpuPerEdit = (cpuMs(child.pid) - cpuBefore) / options.edits;
    results.push(result);
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
  const memory = readProcStatus(child.pid);
  await stop();
  return { results, memory };
}

// ---------------------------------------------------------------------------------------------
// Splitting a CPU profile's samples by phase: each sample goes to the innermost frame on its stack
// that names a phase (the first match, leaf upwards), else to "other JS" (or V8's own nodes).

const phases = [
  ['parse: getTree (incremental reparse)', /^getTree$/],
  ['parse: tree.copy', /^copy$/],
  ['scopes: rebase', /^rebase$/],
  ['scopes: walk', /^walk$|^PythonScopes$/],
  ['check: version guards', /^versionGuards$/],
  ['check: suppressions', /^suppressedLines$/],
  ['check: statement regions (topLevel/contextOf)', /^topLevel$|^contextOf$/],
  ['check: words (WordIndex build/edit, region counts)', /^countWords$|^build$|^edit$|^indexWords$/],
  ['check: rules', /^runRulesStepwise$/],
  ['check: incremental bookkeeping', /^statements$|^templateText$|^whole$|^steps$/],
  ['publish: positions (offset → line)', /^positionFindings$|^positionFinding$/],
  ['publish: toDiagnostic', /^toDiagnostic$|^diagnosticOf$/],
  ['publish: JSON + write', /^sendDiagnostics$|^writeMessage$|^write$|^stringify$|^toJSON$/],
  ['publish: other', /^publish$|^placedFindings$/],
  ['document: update (didChange)', /^update$|^didChange$/],
];

function splitProfile(profile, windows) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const phaseOf = new Map();
  const classify = (id) => {
    if (phaseOf.has(id)) return phaseOf.get(id);
    let phase = null;
    for (let current = id; current !== undefined && phase === null; current = parent.get(current)) {
      const name = byId.get(current).callFrame.functionName;
      if (name === '(garbage collector)') phase = 'GC';
      else if (name === '(idle)') phase = 'idle';
      else if (name === '(program)') phase = 'V8 (program)';
      else for (const [label, pattern] of phases) if (pattern.test(name)) { phase = label; break; }
    }
    phaseOf.set(id, phase ?? 'other JS');
    return phaseOf.get(id);
  };
  const totals = {};
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    for (const [name, [from, to]] of Object.entries(windows)) {
      if (time < from || time > to) continue;
      totals[name] ??= {};
      const phase = classify(profile.samples[i]);
      totals[name][phase] = (totals[name][phase] ?? 0) + next / 1000;
    }
  }
  return totals;
}

/** Self time by function (top `count`) within a window. */
function topFunctions(profile, [from, to], count) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    if (time < from || time > to) continue;
    const frame = byId.get(profile.samples[i]).callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
}

function printSplit(profile, results) {
  for (const result of results) {
    const windows = { [`${result.relative}: open`]: result.windows.open, [`${result.relative}: ${result.latencies.length} edits`]: result.windows.edits };
    const totals = splitProfile(profile, windows);
    for (const [name, phases] of Object.entries(totals)) {
      const per = name.endsWith('open') ? 1 : result.latencies.length || 1;
      const busy = Object.entries(phases).filter(([phase]) => phase !== 'idle').reduce((sum, [, ms]) => sum + ms, 0);
      console.log(`\n${name} — CPU per ${per === 1 ? 'open' : 'edit'}: ${(busy / per).toFixed(2)} ms (idle ${((phases.idle ?? 0) / per).toFixed(1)} ms)`);
      for (const [phase, ms] of Object.entries(phases).sort((a, b) => b[1] - a[1])) if (phase !== 'idle') console.log(`  ${(ms / per).toFixed(2).padStart(8)} ms  ${phase}`);
    }
    if (result.waits?.length) {
      // The samples inside each edit's wait after the debounce, idle included (a late timer, turns
      // between slices, the pipe): where what the bench reports as "minus the debounce" goes.
      const waits = splitProfile(profile, Object.fromEntries(result.waits.map((w, i) => [i, w])));
      const sum = {};
      for (const phases of Object.values(waits)) for (const [phase, ms] of Object.entries(phases)) sum[phase] = (sum[phase] ?? 0) + ms;
      const n = result.waits.length;
      const total = Object.values(sum).reduce((a, b) => a + b, 0);
      console.log(`  after the debounce, mean per edit: ${(total / n).toFixed(2)} ms (p50 of the client's latencies ${percentile(result.latencies, 50).toFixed(2)} ms)`);
      for (const [phase, ms] of Object.entries(sum).sort((a, b) => b[1] - a[1])) console.log(`  ${(ms / n).toFixed(2).padStart(8)} ms  ${phase}`);
    }
    console.log(`  top self time during the edits:`);
    for (const [fn, ms] of topFunctions(profile, result.windows.edits, 15)) console.log(`  ${(ms / (result.latencies.length || 1)).toFixed(2).padStart(8)} ms  ${fn}`);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.split) {
    const { profile, results } = JSON.parse(fs.readFileSync(options.split, 'utf8'));
    printSplit(JSON.parse(fs.readFileSync(profile, 'utf8')), results);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djupgrade-profile-'));
  try {
    generateEditorWorkspace(dir);
    for (let runIndex = 0; runIndex < options.runs; runIndex++) {
      for (const bundle of options.bundles) {
        if (options.profile) fs.mkdirSync(options.profile, { recursive: true });
        const profileDir = options.profile ? fs.mkdtempSync(path.join(options.profile, 'run-')) : null;
        const { results, memory } = await run(bundle, dir, options, profileDir);
        console.log(`\n## ${path.relative(root, bundle)} (run ${runIndex + 1}); server VmRSS at the end ${Math.round(memory.rssKb / 1024)} MB, peak ${Math.round(memory.hwmKb / 1024)} MB`);
        for (const r of results) {
          console.log(`${r.relative.padEnd(40)} open ${r.openMs.toFixed(0).padStart(5)} ms, ${r.diagnostics} diagnostics; edit minus debounce p50 ${percentile(r.latencies, 50).toFixed(1)} / p95 ${percentile(r.latencies, 95).toFixed(1)} ms; server CPU ${r.cpuPerEdit.toFixed(1)} ms per edit`);
        }
        if (profileDir) {
          const file = fs.readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
          const profilePath = path.join(profileDir, file);
          fs.writeFileSync(path.join(profileDir, 'windows.json'), JSON.stringify({ profile: profilePath, results }));
          printSplit(JSON.parse(fs.readFileSync(profilePath, 'utf8')), results);
          console.log(`\nprofile: ${profilePath}`);
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
