// What every command gets: its parsed options, the process's streams, and one place its output
// goes (standard output, or the file --output names), plus the checks of the shared options.
import * as os from 'node:os';
import { ConfigFinder, FileRuleSelection, ruleSelection } from '../config/effective-config';
import { djangoVersion } from '../config/project-config';
import { Project, VersionChoice } from '../project/project';
import { rules } from '../rules';
import { compareVersions } from '../versions/django-version';
import { ParsedCommand, UsageError } from './arguments';

export interface Io {
  /** Writes to standard output as is (no newline added). */
  stdout: (data: string | Uint8Array) => void;
  /** Writes one line to standard error. */
  stderr: (line: string) => void;
  cwd: string;
  /** Whether standard output is a terminal that takes colours. */
  color: boolean;
  /** All of standard input (for the path "-"). */
  readStdin: () => Buffer;
}

export interface CommandContext extends ParsedCommand {
  io: Io;
  toolVersion: string;
  /** Colours for the text output: never into a file. */
  color: boolean;
  /** Output text; a newline is added. */
  emit: (text: string) => void;
  /** Output bytes exactly (the fixed text of `fix -`). */
  emitRaw: (data: Uint8Array) => void;
}

/** A list option given one or more times, comma-separated: undefined when not given. */
export function listOption(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).map((item) => item.trim()).filter(Boolean);
  return items;
}

/** --jobs: how many worker threads check files (default: the number of cores; 1: this thread only). */
export function jobsOption(values: ParsedCommand['values']): number {
  const raw = values.jobs;
  if (raw === undefined) return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const jobs = Number(raw);
  if (!/^\d+$/.test(String(raw).trim()) || !Number.isSafeInteger(jobs) || jobs <= 0) throw new UsageError(`--jobs must be a positive number of threads, not "${raw}"`);
  return jobs;
}

export function maxBytesOption(values: ParsedCommand['values']): number {
  const raw = values['max-file-size'];
  if (raw === undefined) return 2_000_000;
  const bytes = Number(raw);
  if (!/^\d+$/.test(String(raw).trim()) || !Number.isSafeInteger(bytes) || bytes <= 0) throw new UsageError(`--max-file-size must be a positive number of bytes, not "${raw}"`);
  return bytes;
}

/** `--current` and `--target`: real Django releases, the target not older than the current version. */
export function versionOptions(values: ParsedCommand['values']): { current?: string; target?: string } {
  const read = (name: 'current' | 'target') => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const version = djangoVersion(raw);
    if (typeof version !== 'string') throw new UsageError(`--${name} must be a Django version such as 4.2: ${version.error}`);
    return version;
  };
  const current = read('current');
  const target = read('target');
  if (current && target && compareVersions(target, current) < 0) throw new UsageError(`--target ${target} is older than --current ${current}`);
  return { current, target };
}

/** `--output-format` (or its alias `--format`), one of `formats`; the first is the default. */
export function outputFormat(context: Pick<CommandContext, 'values' | 'command'>, formats: string[]): string {
  const { values } = context;
  const given = [values['output-format'], values.format].filter((v): v is string => typeof v === 'string');
  if (given.length === 2 && given[0] !== given[1]) throw new UsageError(`--output-format ${given[0]} and --format ${given[1]} disagree`, context.command);
  const format = given[0] ?? formats[0];
  if (!formats.includes(format)) throw new UsageError(`--output-format must be ${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}, not "${format}"`, context.command);
  return format;
}

export interface CheckedProject {
  project: Project;
  rules: FileRuleSelection;
  versions: VersionChoice;
}

/**
 * A project with its configuration read and checked against the options: a malformed file, an
 * unknown rule id or a target older than the current version is a usage error (exit 2), before
 * any output.
 */
export function checkedProject(root: string, configs: ConfigFinder, values: ParsedCommand['values']): CheckedProject {
  const project = new Project(root, configs);
  const { config, errors } = project.config();
  const selection = ruleSelection(rules, config, { select: listOption(values.select), ignore: listOption(values.ignore) });
  const problems = [...errors, ...selection.errors];
  if (problems.length) throw new UsageError(problems.join('\ndjupgrade: '));
  const { current, target } = versionOptions(values);
  const versions = project.versions({ current, target, source: 'command line' });
  if (versions.current && compareVersions(versions.target, versions.current) < 0) {
    throw new UsageError(`the target ${versions.target} (${versions.targetSource}) is older than the current version ${versions.current} (${versions.currentSource})`);
  }
  return { project, rules: selection, versions };
}
