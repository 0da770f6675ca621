// Runs Python modules before and after a fix under real Django releases (behaviour.py) and compares
// what they compute. Test-only: the product never runs user code.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { compareVersions, djangoReleases } from '../../server/src/versions/django-version';

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * The releases the behaviour tests can run on Python 3.11: 1.11 and 2.0 with py311_compat, 2.1 to
 * 6.0 as they are (6.1 is not released as a wheel the caches hold).
 */
export const runnableReleases = djangoReleases.filter((v) => compareVersions(v, '1.11') >= 0 && compareVersions(v, '6.0') <= 0);

/**
 * A module, or a small package: files by relative path (a text, written as UTF-8, or the exact
 * bytes of a file in another encoding), and the modules to import, in order.
 */
export interface Program {
  files: Record<string, string | Buffer>;
  modules: string[];
}

type JobFiles = Record<string, string | { base64: string }>;

const jobFiles = (files: Program['files']): JobFiles =>
  Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? content : { base64: content.toString('base64') }]));

export function singleModule(filename: string, text: string): Program {
  return { files: { [filename]: text }, modules: [filename] };
}

interface Job {
  key: string;
  project?: ProjectSetup;
  version: string;
  files: JobFiles;
  modules: string[];
  /** The other side's text of each file: its routes become URL probes, its settings are compared. */
  counterpart: JobFiles;
  /** The modules that are settings modules (a setting left out counts as Django's default). */
  settings: string[];
}

export interface ModuleRun {
  error: string | null;
  summary: unknown;
  /** The names the module reads and nothing binds. */
  free: string[];
}

export interface Run {
  key: string;
  version: string;
  modules: Record<string, ModuleRun>;
  crashed?: string;
}

export interface BehaviourReport {
  versions: Record<string, { installed: string | null; importable: boolean; reason: string | null }>;
  runs: Map<string, Run>;
}

/**
 * The releases a before/after pair runs on: the original on the newest release that still has the
 * old API (the one before `removedIn`; the newest when nothing removed it), the fixed code on that
 * same release when the fix's `floor` allows it (so only the fix differs), and on the oldest
 * release without the old API.
 */
export function releasesFor(removedIn: string | null, floor: string | null): { before: string | null; after: string[] } {
  const newest = runnableReleases[runnableReleases.length - 1];
  const removedHere = removedIn !== null && compareVersions(removedIn, newest) <= 0;
  const stillThere = removedHere ? runnableReleases.filter((v) => compareVersions(v, removedIn!) < 0) : runnableReleases;
  const before = stillThere.length ? stillThere[stillThere.length - 1] : null;
  const after: string[] = [];
  if (before && (!floor || compareVersions(floor, before) <= 0)) after.push(before);
  const gone = removedHere ? runnableReleases.find((v) => compareVersions(v, removedIn!) >= 0) : null;
  if (gone && !after.includes(gone)) after.push(gone);
  // A fix that needs a release newer than any runnable one cannot run yet.
  if (after.length === 0 && (!floor || compareVersions(floor, newest) <= 0)) after.push(newest);
  return { before, after };
}

/** A whole Django project: its apps are installed, its folder is on the path. */
export interface ProjectSetup {
  apps: string[];
  rootUrlconf: string | null;
}

export interface Pair {
  key: string;
  before: Program;
  after: Program;
  releases: { before: string | null; after: string[] };
  project?: ProjectSetup;
}

export function runPairs(pairs: Pair[]): BehaviourReport {
  const jobs: Job[] = [];
  for (const pair of pairs) {
    const settings = pair.before.modules.filter((m) => fileKindsOf(m).has('settings'));
    const project = pair.project ? { project: pair.project } : {};
    const before = jobFiles(pair.before.files);
    const after = jobFiles(pair.after.files);
    if (pair.releases.before) jobs.push({ key: `${pair.key}\u0000before`, version: pair.releases.before, files: before, modules: pair.before.modules, counterpart: after, settings, ...project });
    for (const version of pair.releases.after) jobs.push({ key: `${pair.key}\u0000after`, version, files: after, modules: pair.after.modules, counterpart: before, settings, ...project });
  }
  return runJobs(jobs);
}

function runJobs(jobs: Job[]): BehaviourReport {
  const result = spawnSync('python3', [path.join(__dirname, 'behaviour.py')], {
    input: JSON.stringify({
      venvDir: path.join(repoRoot, '.cache', 'venvs'),
      sourceDir: path.join(repoRoot, '.cache', 'django'),
      findLinks: [path.join(repoRoot, '.cache', 'django', 'downloads')],
      jobs,
    }),
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    timeout: 900_000,
  });
  if (result.status !== 0) throw new Error(`behaviour.py failed (${result.status}): ${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as { versions: BehaviourReport['versions']; results: Run[] };
  return { versions: parsed.versions, runs: new Map(parsed.results.map((r) => [`${r.key}\u0000${r.version}`, r])) };
}

export function runOf(report: BehaviourReport, key: string, side: 'before' | 'after', version: string): Run | undefined {
  return report.runs.get(`${key}\u0000${side}\u0000${version}`);
}

/** Every place two rendered values differ, as "path: before ≠ after" (paths like /values/NAME/…). */
export function differencesBetween(before: unknown, after: unknown, at = ''): Array<{ path: string; text: string }> {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (typeof before === 'object' && typeof after === 'object' && before !== null && after !== null && Array.isArray(before) === Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => differencesBetween((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], `${at}/${key}`));
  }
  const show = (value: unknown) => (value === undefined ? '(absent)' : JSON.stringify(value).slice(0, 300));
  return [{ path: at || '/', text: `${at || '/'}: ${show(before)} ≠ ${show(after)}` }];
}

/** One way a module behaves differently after a fix. `path` is "<module>" + the summary's path. */
export interface Difference {
  path: string;
  text: string;
}

/**
 * How the modules of a run after the fix differ from the run before it. Every module that imported
 * before must import after, and read no name that nothing binds; on the same release (`sameRelease`)
 * what they compute must also be the same. Across releases Django's own values change, so only the
 * import is compared there.
 */
export function compareRuns(before: Run, after: Run, sameRelease: boolean): Difference[] {
  if (before.crashed || after.crashed) return [{ path: '<worker>', text: `the Django worker crashed: ${before.crashed ?? after.crashed}` }];
  const differences: Difference[] = [];
  for (const name of new Set([...Object.keys(before.modules), ...Object.keys(after.modules)])) {
    const a = before.modules[name];
    const b = after.modules[name];
    const add = (path: string, text: string) => differences.push({ path: `${name}${path}`, text: `${name} (Django ${before.version} → ${after.version}): ${text}` });
    if (!a || !b) add('', a ? 'absent after the fix' : 'only after the fix');
    else if (b.free.some((n) => !a.free.includes(n))) {
      // A stub stands in for such a name while the module runs; a fix must not add any.
      add('/free', `after the fix it reads names nothing binds: ${b.free.filter((n) => !a.free.includes(n)).join(', ')}`);
    } else if (a.error === null && b.error !== null) add('/error', `imports before the fix, raises after it: ${b.error}`);
    else if (a.error !== null && b.error !== null && a.error !== b.error && sameRelease) add('/error', `raises ${a.error} before the fix, ${b.error} after it`);
    else if (a.error === null && b.error === null && sameRelease) {
      for (const d of differencesBetween(a.summary, b.summary)) add(d.path, d.text);
    }
  }
  return differences;
}

/** Whether each module imports (the only check possible when no release has the old API). */
export function importFailures(run: Run, tolerated: RegExp): string[] {
  if (run.crashed) return [`the Django worker crashed: ${run.crashed}`];
  return Object.entries(run.modules)
    .filter(([, m]) => m.error !== null && !tolerated.test(m.error))
    .map(([name, m]) => `${name} (Django ${run.version}): ${m.error}`);
}
