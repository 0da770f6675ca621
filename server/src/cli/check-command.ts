// `djupgrade scan` and `djupgrade fix`: the files (or standard input), the project configuration
// of each, the engine, and the output formats.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { configExclusions, ConfigFinder, exclusionsByFolder } from '../config/effective-config';
import { Analyzer } from '../engine/analyzer';
import type { LintOptions } from '../engine/lint';
import { selectRules } from '../engine/rule-selection';
import { extraRuleIds } from '../audit/extra-rules';
import { checkFile, checkText, FileCheck } from '../project/check-file';
import { findProjectRoot, Project, VersionChoice } from '../project/project';
import { encodeSource } from '../project/source-encoding';
import { decodeSource, findSourceFiles, languageOfPath, SkippedFile } from '../project/source-files';
import { rules } from '../rules';
import type { Finding, Rule } from '../engine/types';
import { formatGithub, formatJunit, formatStatistics, ruleStatistics } from './ci-formats';
import { CheckedProject, checkedProject, CommandContext, jobsOption, listOption, maxBytesOption, outputFormat, versionOptions } from './command-context';
import { CheckWorkers, filesPerThread } from './check-workers';
import { formatJson, formatSarif, formatText, toReported, toSkippedReports, FileFindings } from './output-formats';
import { ParsedCommand, UsageError } from './arguments';

const relativeTo = (cwd: string, file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';

/** The projects met during one run (in one thread), each with its configuration checked once. */
export class Projects {
  readonly configs = new ConfigFinder();
  private readonly byRoot = new Map<string, CheckedProject>();
  /** Each path asked about, and each folder looked at for a root marker (a scan asks for every file). */
  private readonly byPath = new Map<string, CheckedProject>();
  private readonly roots = new Map<string, string | null>();
  /** One options object per project and rule selection, so the engine plans the rules once for all its files. */
  private readonly options = new Map<CheckedProject, Map<(rule: Rule<any>) => boolean, LintOptions>>();

  constructor(private readonly values: ParsedCommand['values']) {}

  of(file: string): CheckedProject {
    const known = this.byPath.get(file);
    if (known) return known;
    const root = findProjectRoot(file, this.roots);
    let entry = this.byRoot.get(root);
    if (!entry) this.byRoot.set(root, (entry = checkedProject(root, this.configs, this.values)));
    this.byPath.set(file, entry);
    return entry;
  }

  optionsFor(file: string): LintOptions {
    const checked = this.of(file);
    const isEnabled = checked.rules.forFile(file);
    let byRules = this.options.get(checked);
    if (!byRules) this.options.set(checked, (byRules = new Map()));
    let options = byRules.get(isEnabled);
    if (!options) {
      const { project, versions } = checked;
      byRules.set(isEnabled, (options = { current: versions.current, target: versions.target, showFuture: this.values.future === true, isEnabled, libraries: project.libraryPolicy() }));
    }
    return options;
  }
}

/** What `scan` or `fix` does with each file, the same in this thread and in a worker. */
export interface FileTask {
  command: 'scan' | 'fix';
  cwd: string;
  maxBytes: number;
  diff: boolean;
  unsafeFixes: boolean;
}

/** One file's outcome, in the order of the files: what to log, the diff to print, what to report. */
export interface FileOutcome {
  file: string;
  /** Lines for standard error ("skipped …", "fixed …"). */
  log: string[];
  /** The file could not be checked, or fixed: listed with the reason, and the run fails. */
  skipped?: string;
  /** Its findings (after the fixes), absent when it could not be checked. */
  result?: FileFindings;
  /** With --diff: the unified diff of the fixes. */
  diff?: string;
  /** fix changed the file (or, with --diff, would). */
  changed: boolean;
}

/** A file's findings, with its text only when there are findings to position (a run keeps every result to the end). */
function fileFindings(file: string, text: string, findings: Finding[]): FileFindings {
  return { file, text: findings.length ? text : '', findings };
}

/** Checks one file and, for `fix`, fixes it (writes it, or makes its diff). */
export function checkOneFile(analyzer: Analyzer, projects: Projects, file: string, task: FileTask): FileOutcome {
  const { project } = projects.of(file);
  const options = projects.optionsFor(file);
  const checked = checkFile(analyzer, project, file, options, task.maxBytes);
  if ('skipped' in checked) return { file, log: [`skipped ${relativeTo(task.cwd, file)}: ${checked.skipped}`], skipped: checked.skipped, changed: false };
  if (task.command !== 'fix') return { file, log: [], result: fileFindings(file, checked.text, checked.findings), changed: false };
  const fixed = fixText(analyzer, project, file, checked, options, task.unsafeFixes);
  if (fixed.applied === 0) return { file, log: [], result: fileFindings(file, fixed.text, fixed.remaining), changed: false };
  const result = fileFindings(file, fixed.text, fixed.remaining);
  if (task.diff) return { file, log: [], diff: diffOf(task.cwd, file, checked.bom, checked.text, fixed.text), result, changed: true };
  // In the file's own encoding (BOM, PEP 263 declaration), or not at all.
  const written = encodeSource(fixed.text, checked);
  if ('error' in written) {
    const skipped = `not fixed: ${written.error}`;
    return { file, log: [`not fixed ${relativeTo(task.cwd, file)}: ${written.error}`], skipped, result: fileFindings(file, checked.text, checked.findings), changed: false };
  }
  fs.writeFileSync(file, written.bytes);
  return { file, log: [`fixed ${relativeTo(task.cwd, file)} (${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'})`], result, changed: true };
}

interface Outcome {
  results: FileFindings[];
  /** The files checked. */
  files: number;
  /** The files that could not be checked, or fixed: every output format lists them, and they fail the run. */
  skipped: SkippedFile[];
  /** Files fix changed (or would change, with --diff). */
  changed: number;
  versions: VersionChoice | null;
}

export async function runCheckCommand(context: CommandContext): Promise<number> {
  const { values, io, command } = context;
  const format = outputFormat(context, ['text', 'json', 'sarif', 'github', 'junit']);
  const statistics = values.statistics === true;
  if (statistics && format !== 'text' && format !== 'json') throw new UsageError('--statistics prints text or json', command);
  const maxBytes = maxBytesOption(values);
  versionOptions(values);
  // The flags' own rule ids are checked before any file is read.
  const { unknown } = selectRules(rules, listOption(values.select) ?? [], listOption(values.ignore) ?? [], { extraIds: extraRuleIds });
  if (unknown.length) throw new UsageError(`unknown rule or category: ${unknown.join(', ')} (see \`djupgrade rules\`)`, command);
  const stdin = context.paths.includes('-') || (context.paths.length === 0 && typeof values['stdin-filename'] === 'string');
  if (stdin && context.paths.length > 1) throw new UsageError('"-" (standard input) cannot be mixed with paths', command);
  if (!stdin && values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename goes with the path "-"', command);
  if (command === 'fix' && statistics) throw new UsageError('--statistics is for scan', command);

  const task: FileTask = { command: command === 'fix' ? 'fix' : 'scan', cwd: io.cwd, maxBytes, diff: values.diff === true, unsafeFixes: values['unsafe-fixes'] === true };
  const jobs = jobsOption(values);
  // Started first, so that their start-up overlaps this thread's (loading the engine, finding the files).
  const workers = !stdin && jobs > 1 && mayBeMany(context.paths, io.cwd) ? CheckWorkers.start(jobs - 1, { values, task }) : null;
  let outcome: Outcome | null;
  const projects = new Projects(values);
  try {
    const analyzer = await Analyzer.create(rules, (message) => io.stderr(message));
    outcome = stdin ? checkStdin(context, analyzer, projects, maxBytes) : await checkPaths(context, analyzer, projects, task, workers);
  } finally {
    await workers?.stop();
  }
  if (!outcome) return 0; // standard input was excluded or skipped: echoed unchanged
  const reported = toReported(outcome.results, io.cwd);
  const skipped = toSkippedReports(outcome.skipped, io.cwd);
  const versions = outcome.versions ?? projects.of(path.resolve(io.cwd, stdin ? String(values['stdin-filename'] ?? 'stdin.py') : context.paths[0] ?? '.')).versions;

  // fix prints what remains in the chosen format, unless stdout carries the diff or the fixed text.
  const stdoutTaken = command === 'fix' && (values.diff === true || stdin);
  if (stdoutTaken) {
    // `fix -` is how editors fix a buffer: what remains is listed on standard error, as Ruff does.
    if (stdin && reported.length) io.stderr(formatText(reported, outcome.files, false));
  } else if (statistics) {
    const rows = ruleStatistics(reported, rules);
    context.emit(format === 'json' ? JSON.stringify(rows, null, 2) : formatStatistics(rows));
  } else if (format === 'json') context.emit(formatJson(reported, outcome.files, versions.current, versions.target, skipped));
  else if (format === 'sarif') context.emit(formatSarif(reported, rules, context.toolVersion, skipped));
  else if (format === 'github') context.emit(formatGithub(reported, skipped));
  else if (format === 'junit') context.emit(formatJunit(reported, outcome.files, skipped));
  else {
    io.stderr(`Django ${versions.current ?? 'version unknown'} → ${versions.target}`);
    context.emit(formatText(reported, outcome.files, context.color, skipped));
  }
  // A skipped file fails the run like a finding (unless --exit-zero): a pass means every file was read.
  if (command === 'fix') {
    const diff = values.diff === true;
    io.stderr(`${outcome.changed} file${outcome.changed === 1 ? '' : 's'} ${diff ? 'would change' : 'changed'}; ${reported.length === 1 ? '1 finding' : `${reported.length} findings`} ${diff ? 'would remain' : reported.length === 1 ? 'remains' : 'remain'}${skipped.length ? `; ${skipped.length} skipped` : ''}.`);
    if (values['exit-zero']) return 0;
    return reported.length > 0 || skipped.length > 0 || (diff && outcome.changed > 0) ? 1 : 0;
  }
  return (reported.length > 0 || skipped.length > 0) && !values['exit-zero'] ? 1 : 0;
}

/** Fixes one checked text: the fixed text, what remains in it, and whether it changed. */
function fixText(analyzer: Analyzer, project: Project, file: string, checked: Extract<FileCheck, { text: string }>, options: LintOptions, unsafeFixes: boolean) {
  const language = languageOfPath(file)!;
  const fixed = analyzer.fix({ language, path: project.relativePath(file), text: checked.text, fileKinds: project.fileKinds(file) }, options, unsafeFixes);
  if (fixed.text === checked.text) return { text: checked.text, applied: 0, remaining: checked.findings };
  const again = checkText(analyzer, project, file, { text: fixed.text, bom: checked.bom, encoding: checked.encoding }, options);
  return { text: fixed.text, applied: fixed.applied, remaining: 'findings' in again ? again.findings : [] };
}

function diffOf(cwd: string, file: string, bom: boolean, before: string, after: string): string {
  // The diff is of the file's bytes, BOM included, so `patch`/`git apply` can apply it.
  const relative = relativeTo(cwd, file);
  const mark = bom ? '\uFEFF' : '';
  return createTwoFilesPatch(`a/${relative}`, `b/${relative}`, mark + before, mark + after, '', '', { context: 3 }).replace(/^=+\n/, '').replace(/\n$/, '');
}

/** Whether `paths` (the command line's) may hold enough files for worker threads: a folder, or many files. */
function mayBeMany(paths: readonly string[], cwd: string): boolean {
  if (paths.length >= 2 * filesPerThread || paths.length === 0) return true;
  return paths.some((p) => {
    try {
      return fs.statSync(path.resolve(cwd, p)).isDirectory();
    } catch {
      return false;
    }
  });
}

async function checkPaths(context: CommandContext, analyzer: Analyzer, projects: Projects, task: FileTask, workers: CheckWorkers | null): Promise<Outcome> {
  const { io } = context;
  const inputs = (context.paths.length ? context.paths : ['.']).map((p) => path.resolve(io.cwd, p));
  for (const [i, input] of inputs.entries()) {
    if (!fs.existsSync(input)) throw new UsageError(`no such file or directory: ${context.paths[i] ?? '.'}`);
  }
  // Every configuration the run will use is read and checked before any output.
  for (const input of inputs) projects.of(input);
  const { files, skipped: walkSkipped, excluded } = findSourceFiles(inputs, { exclude: exclusionsByFolder(projects.configs) });
  const skipped = [...walkSkipped];
  for (const skip of skipped) io.stderr(`skipped ${relativeTo(io.cwd, skip.path)}: ${skip.reason}`);
  for (const skip of excluded) io.stderr(`excluded ${relativeTo(io.cwd, skip.path)}: ${skip.reason}`);
  for (const file of files) projects.of(file);

  const results: FileFindings[] = [];
  let changed = 0;
  // Outcomes are taken in the order of the files, whichever thread checked them.
  const take = (outcome: FileOutcome) => {
    for (const line of outcome.log) io.stderr(line);
    if (outcome.diff !== undefined) context.emit(outcome.diff);
    if (outcome.skipped !== undefined) skipped.push({ path: outcome.file, reason: outcome.skipped });
    if (outcome.result) results.push(outcome.result);
    if (outcome.changed) changed++;
  };
  if (!(await workers?.check(files, take, (file) => checkOneFile(analyzer, projects, file, task)))) {
    for (const file of files) take(checkOneFile(analyzer, projects, file, task));
  }
  return { results, files: results.length, skipped, changed, versions: files.length ? projects.of(files[0]).versions : null };
}

/**
 * `-`: the text on standard input, checked as the file `--stdin-filename` names (its language,
 * project, configuration and exclusions). `fix -` prints the fixed text, or the input unchanged
 * when the file is excluded or cannot be checked, so an editor piping through it loses nothing.
 */
function checkStdin(context: CommandContext, analyzer: Analyzer, projects: Projects, maxBytes: number): Outcome | null {
  const { io, values, command } = context;
  const name = typeof values['stdin-filename'] === 'string' ? values['stdin-filename'] : 'stdin.py';
  const file = path.resolve(io.cwd, name);
  const bytes = io.readStdin();
  const { project, versions } = projects.of(file);
  // Excluded on purpose: nothing to report. Skipped: reported, and the run fails.
  const echo = (reason: string, verb: 'excluded' | 'skipped'): Outcome | null => {
    io.stderr(`${verb} ${relativeTo(io.cwd, file)}: ${reason}`);
    if (command === 'fix' && values.diff !== true) context.emitRaw(bytes);
    return verb === 'excluded' ? null : { results: [], files: 0, skipped: [{ path: file, reason }], changed: 0, versions };
  };
  const excluded = configExclusions(project.config().config)(file, false);
  if (excluded) return echo(excluded, 'excluded');
  if (!languageOfPath(file)) return echo('not a Python file or Django template', 'skipped');
  if (bytes.length > maxBytes) return echo(`larger than ${maxBytes} bytes (${bytes.length})`, 'skipped');
  const read = decodeSource(bytes);
  if ('skipped' in read) return echo(read.skipped, 'skipped');
  const options = projects.optionsFor(file);
  const checked = checkText(analyzer, project, file, read, options);
  if ('skipped' in checked) return echo(checked.skipped, 'skipped');
  if (command !== 'fix') return { results: [{ file, text: checked.text, findings: checked.findings }], files: 1, skipped: [], changed: 0, versions };
  const fixed = fixText(analyzer, project, file, checked, options, values['unsafe-fixes'] === true);
  if (values.diff === true) {
    if (fixed.applied) context.emit(diffOf(io.cwd, file, checked.bom, checked.text, fixed.text));
  } else {
    const written = encodeSource(fixed.text, checked);
    if ('error' in written) return echo(`not fixed: ${written.error}`, 'skipped');
    context.emitRaw(written.bytes);
  }
  return { results: [{ file, text: fixed.text, findings: fixed.remaining }], files: 1, skipped: [], changed: fixed.applied ? 1 : 0, versions };
}
