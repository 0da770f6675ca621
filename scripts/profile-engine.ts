// Where the engine's time goes: lints a set of files in-process and prints CPU time (not wall
// clock: the machine may be shared) by phase and by rule, and how often rules cross into
// tree-sitter's wasm. For design work only (docs/engine.md); `npm run bench` gives the figures.
//
//   npx tsx scripts/profile-engine.ts django            Django's own source (bench's .cache/bench copy)
//   npx tsx scripts/profile-engine.ts generated        the bench's 1,000/5,000/20,000-line files and template
//   npx tsx scripts/profile-engine.ts PATH…            files or folders
//   --rules N     show the N most expensive rules (default 25)
//   --count       count calls of web-tree-sitter's Node/Tree/TreeCursor methods (slower)
//   --repeat N    lint every file N times (default 1)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Node, Tree, TreeCursor } from 'web-tree-sitter';
import { Analyzer } from '../server/src/engine/analyzer';
import { fileKindsOf } from '../server/src/engine/file-kinds';
import type { LintOptions } from '../server/src/engine/lint';
import type { Rule } from '../server/src/engine/types';
import type { SourceLanguage } from '../server/src/parsing/languages';
import { rules } from '../server/src/rules';
import { djangoReleases } from '../server/src/versions/django-version';

const root = path.resolve(__dirname, '..');

function parseArguments(argv: string[]) {
  const options = { targets: [] as string[], rules: 25, count: false, repeat: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--rules') options.rules = Number(argv[++i]);
    else if (arg === '--count') options.count = true;
    else if (arg === '--repeat') options.repeat = Number(argv[++i]);
    else options.targets.push(arg);
  }
  return options;
}

interface Input {
  path: string;
  language: SourceLanguage;
  text: string;
}

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full, out);
    } else if (/\.(py|html|txt)$/.test(entry.name)) out.push(full);
  }
}

async function inputsFor(target: string): Promise<Input[]> {
  if (target === 'generated') {
    const bench = await import(path.join(root, 'bench', 'run.mjs'));
    return [
      { path: 'shop/models.py', language: 'python', text: bench.pythonModule(1000, 1000, 'shop/models.py') },
      { path: 'catalog/views.py', language: 'python', text: bench.pythonModule(5000, 1001, 'catalog/views.py') },
      { path: 'shop/templates/shop/catalogue.html', language: 'django-template', text: bench.templateFile(3000, 2002) },
      { path: 'legacy/models.py', language: 'python', text: bench.pythonModule(20000, 1003, 'legacy/models.py') },
      { path: 'shop/templates/shop/many_tags.html', language: 'django-template', text: bench.templateWithTags(20000, 3000).text },
    ];
  }
  const base = target === 'django' ? path.join(root, '.cache', 'bench', 'django-5.2.19-sdist', 'django-5.2.19') : path.resolve(target);
  const files: string[] = [];
  if (fs.statSync(base).isDirectory()) walk(base, files);
  else files.push(base);
  return files
    .filter((file) => file.endsWith('.py') || /(^|\/)templates\//.test(file))
    .map((file) => ({
      path: path.relative(base, file) || path.basename(file),
      language: file.endsWith('.py') ? 'python' : 'django-template',
      text: fs.readFileSync(file, 'utf8'),
    }));
}

/** Counts calls of every method and getter of web-tree-sitter's classes (each one crosses into wasm or builds objects). */
function instrument(counts: Map<string, number>): void {
  for (const [name, cls] of [['Node', Node], ['Tree', Tree], ['TreeCursor', TreeCursor]] as const) {
    const proto = (cls as unknown as { prototype: object }).prototype;
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor') continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, key)!;
      const label = `${name}.${key}`;
      if (typeof descriptor.value === 'function') {
        const original = descriptor.value;
        Object.defineProperty(proto, key, { ...descriptor, value: function (this: unknown, ...args: unknown[]) { counts.set(label, (counts.get(label) ?? 0) + 1); return original.apply(this, args); } });
      } else if (descriptor.get) {
        const getter = descriptor.get;
        Object.defineProperty(proto, key, { ...descriptor, get: function (this: unknown) { counts.set(label, (counts.get(label) ?? 0) + 1); return getter.call(this); } });
      }
    }
  }
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (options.targets.length === 0) options.targets.push('generated');
  const inputs = (await Promise.all(options.targets.map(inputsFor))).flat();
  const counts = new Map<string, number>();
  const ruleCpu = new Map<string, number>();
  // Each rule's check timed on its own: wraps the catalogue's checks (the engine calls them in order).
  const timed: Rule<any>[] = rules.map((rule) => ({
    ...rule,
    check(context: unknown) {
      const before = process.cpuUsage();
      try {
        rule.check(context as never);
      } finally {
        ruleCpu.set(rule.id, (ruleCpu.get(rule.id) ?? 0) + cpuMs(process.cpuUsage(before)));
      }
    },
  }));
  const analyzer = await Analyzer.create(timed);
  if (options.count) instrument(counts);
  const lintOptions: LintOptions = { current: '1.11', target: djangoReleases[djangoReleases.length - 1], showFuture: true, isEnabled: (rule) => !rule.optIn };
  let parseCpu = 0;
  let lintCpu = 0;
  let findings = 0;
  const bytes = inputs.reduce((sum, input) => sum + input.text.length, 0);
  const start = process.cpuUsage();
  const startWall = performance.now();
  for (let round = 0; round < options.repeat; round++) {
    for (const input of inputs) {
      const before = process.cpuUsage();
      const tree = analyzer.parse(input.language, input.text);
      const parsed = process.cpuUsage();
      parseCpu += cpuMs(process.cpuUsage(before));
      try {
        findings += analyzer.lintTree({ ...input, fileKinds: fileKindsOf(input.path) }, tree, lintOptions).length;
      } finally {
        tree.delete();
      }
      lintCpu += cpuMs(process.cpuUsage(parsed));
    }
  }
  const total = cpuMs(process.cpuUsage(start));
  const ruleTotal = [...ruleCpu.values()].reduce((a, b) => a + b, 0);
  console.log(`${inputs.length} files, ${(bytes / 1e6).toFixed(1)} MB × ${options.repeat}: ${findings} findings`);
  console.log(`CPU ${total.toFixed(0)} ms (wall ${(performance.now() - startWall).toFixed(0)} ms): parse ${parseCpu.toFixed(0)}, lint ${lintCpu.toFixed(0)} (rules ${ruleTotal.toFixed(0)}, engine ${(lintCpu - ruleTotal).toFixed(0)})`);
  console.log(`\nrules by CPU (ms):`);
  for (const [id, ms] of [...ruleCpu].sort((a, b) => b[1] - a[1]).slice(0, options.rules)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${id}`);
  if (options.count) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(`\nweb-tree-sitter calls: ${total}`);
    for (const [label, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${String(n).padStart(10)}  ${label}`);
  }
  if (process.env.PER_FILE) {
    for (const input of inputs) {
      const before = process.cpuUsage();
      analyzer.lint({ ...input, fileKinds: fileKindsOf(input.path) }, lintOptions);
      console.log(`${cpuMs(process.cpuUsage(before)).toFixed(1).padStart(8)} ms  ${input.path}`);
    }
  }
}

void main();
