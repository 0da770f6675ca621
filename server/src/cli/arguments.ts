// The command line's options, parsed with node:util's parseArgs: one table says what each option
// takes and means, and the help of every command is written from it.
import { parseArgs } from 'node:util';

export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help the message points to. */
    readonly command = '',
  ) {
    super(message);
  }
}

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the help, e.g. "X.Y". */
  value?: string;
  help: string;
}

export const optionSpecs = {
  current: { type: 'string', value: 'X.Y', help: 'the Django version the project runs (default: configuration, then detected)' },
  target: { type: 'string', value: 'X.Y', help: 'the Django version to upgrade to (default: configuration, then newest LTS)' },
  select: { type: 'string', multiple: true, value: 'IDS', help: 'rule ids, categories or "all", comma-separated (replaces the configured ones)' },
  ignore: { type: 'string', multiple: true, value: 'IDS', help: 'rule ids or categories to leave out (replaces the configured ones)' },
  future: { type: 'boolean', help: 'also report deprecations that happen after the target' },
  'max-file-size': { type: 'string', value: 'BYTES', help: 'skip files larger than this (default 2000000)' },
  jobs: { type: 'string', short: 'j', value: 'N', help: 'check files in N worker threads (default: the number of cores; 1: no workers)' },
  'output-format': { type: 'string', value: 'FORMAT', help: '' },
  format: { type: 'string', value: 'FORMAT', help: 'the same as --output-format' },
  output: { type: 'string', short: 'o', value: 'FILE', help: 'write the output to FILE instead of standard output' },
  statistics: { type: 'boolean', help: 'print the number of findings per rule instead (text or json)' },
  'exit-zero': { type: 'boolean', help: 'exit 0 even with findings (usage errors still exit 2)' },
  'stdin-filename': { type: 'string', value: 'PATH', help: 'with "-": the file the standard input is (its language, project, configuration)' },
  diff: { type: 'boolean', help: 'print a unified diff instead of writing the fixes' },
  'unsafe-fixes': { type: 'boolean', help: 'also apply the fixes that may change behaviour (review them)' },
  'no-color': { type: 'boolean', help: 'no colours in the text output (also: NO_COLOR)' },
  warnings: { type: 'string', value: 'LOG', help: 'a test run\'s output whose deprecation warnings join the report (see `djupgrade warnings`)' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'V', help: 'print the version' },
  stdio: { type: 'boolean', help: 'talk LSP over standard input and output' },
  'node-ipc': { type: 'boolean', help: 'talk LSP over a Node IPC channel' },
} satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof optionSpecs;

interface CommandSpec {
  usage: string;
  summary: string;
  options: OptionName[];
  formats?: string[];
  /** Paragraphs after the options. */
  notes?: string;
}

const checkOptions: OptionName[] = ['current', 'target', 'select', 'ignore', 'future', 'max-file-size', 'output-format', 'format', 'output', 'exit-zero', 'stdin-filename', 'no-color'];

export const commandSpecs: Record<string, CommandSpec> = {
  scan: {
    usage: 'djupgrade scan [PATHS...] [options]     (PATH "-": read standard input)',
    summary: 'Report deprecated and removed Django APIs (default path: .).',
    options: [...checkOptions, 'jobs', 'statistics', 'help'],
    formats: ['text', 'json', 'sarif', 'github', 'junit'],
    notes: 'Exit codes: 0 nothing found, 1 findings, 2 usage or configuration error.',
  },
  fix: {
    usage: 'djupgrade fix [PATHS...] [options]      (PATH "-": fix standard input, print the result)',
    summary: 'Apply the safe fixes in place, then report what is left.',
    options: [...checkOptions, 'jobs', 'diff', 'unsafe-fixes', 'help'],
    formats: ['text', 'json', 'sarif', 'github', 'junit'],
    notes: 'Exit codes: 0 nothing left to report, 1 findings remain that no safe fix removes (or, with --diff,\nfiles would change), 2 usage or configuration error.',
  },
  audit: {
    usage: 'djupgrade audit [PATH] [options]',
    summary: 'The upgrade audit of a project: versions, LTS path, dependencies, migrations, findings.',
    options: ['current', 'target', 'select', 'ignore', 'max-file-size', 'warnings', 'output-format', 'format', 'output', 'exit-zero', 'help'],
    formats: ['md', 'html', 'json', 'sarif'],
    notes: 'Exit codes: 0 nothing blocks the upgrade, 1 findings or migration problems, 2 usage or configuration error.',
  },
  warnings: {
    usage: 'djupgrade warnings LOG [PATH] [options]     (LOG "-": read standard input)',
    summary: "Read the deprecation warnings of a test run against the project's findings (default path: .).",
    options: ['current', 'target', 'select', 'ignore', 'max-file-size', 'output-format', 'format', 'output', 'exit-zero', 'no-color', 'help'],
    formats: ['text', 'json', 'sarif'],
    notes:
      'LOG is the output of `python -Wd manage.py test`, of `python -W error::DeprecationWarning …`, of pytest\n' +
      '(its warnings summary and tracebacks) or a JUnit XML report. It is only read: djupgrade runs nothing.\n' +
      'Exit codes: 0 the log shows nothing to change in the project, 1 it does, 2 usage or configuration error.',
  },
  rules: {
    usage: 'djupgrade rules [options]',
    summary: 'Print the rule catalogue as Markdown (docs/rules.md).',
    options: ['output', 'help'],
  },
  server: {
    usage: 'djupgrade server --stdio',
    summary: 'Run the language server (for editors other than VS Code).',
    options: ['stdio', 'node-ipc', 'help'],
  },
};

const configurationNote = `Configuration: [tool.djupgrade] in pyproject.toml, [djupgrade] in setup.cfg, or djupgrade.toml
(current, target, select, ignore, exclude, extend-exclude, per-file-ignores). Options given here
replace the file's value for that key.`;

export function mainHelp(version: string): string {
  const width = Math.max(...Object.keys(commandSpecs).map((name) => name.length));
  return `djupgrade ${version}: find and fix deprecated and removed Django APIs.

Usage: djupgrade <command> [options]

Commands:
${Object.entries(commandSpecs)
  .map(([name, spec]) => `  ${name.padEnd(width)}  ${spec.summary.split('\n')[0]}`)
  .join('\n')}
  ${'help'.padEnd(width)}  Show the help of a command: djupgrade help scan

Options:
  -h, --help     show this help (djupgrade <command> --help: that command's)
  -V, --version  print the version

${configurationNote}`;
}

export function commandHelp(command: string): string {
  const spec = commandSpecs[command];
  const rows = spec.options.map((name) => {
    const option = optionSpecs[name] as OptionSpec;
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.value ? ` ${option.value}` : ''}`;
    const help = name === 'output-format' ? `${spec.formats!.join(', ')} (default ${spec.formats![0]})` : option.help;
    return [flag, help] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const options = rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`).join('\n');
  const checks = command === 'scan' || command === 'fix' || command === 'audit' || command === 'warnings';
  return `Usage: ${spec.usage}\n\n${spec.summary}\n\nOptions:\n${options}${spec.notes ? `\n\n${spec.notes}` : ''}${checks ? `\n\n${configurationNote}` : ''}`;
}

export interface ParsedCommand {
  command: string;
  paths: string[];
  values: Partial<Record<OptionName, string | boolean | string[]>>;
}

/** Parses `argv` (without node and the script); throws UsageError with a short message. */
export function parseCommandLine(argv: string[]): ParsedCommand {
  const first = argv[0] ?? '';
  if (first === '' || first === '-h' || first === '--help') return { command: 'help', paths: [], values: {} };
  if (first === '-V' || first === '--version') return { command: 'version', paths: [], values: {} };
  if (first === 'help') {
    const topic = argv[1];
    if (topic !== undefined && !commandSpecs[topic]) throw new UsageError(`no command "${topic}"`);
    return { command: 'help', paths: topic ? [topic] : [], values: {} };
  }
  const spec = commandSpecs[first];
  if (!spec) throw new UsageError(first.startsWith('-') ? `a command comes first (${Object.keys(commandSpecs).join(', ')}), not "${first}"` : `unknown command "${first}"`);
  const options = Object.fromEntries(spec.options.map((name) => [name, { ...optionSpecs[name] }]));
  if (first === 'server') {
    // LSP clients add their own options (--clientProcessId=…, --socket=…): not ours to refuse.
    const { values } = parseArgs({ args: argv.slice(1), options, strict: false, allowPositionals: true });
    return { command: first, paths: [], values: values as ParsedCommand['values'] };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv.slice(1), options, strict: true, allowPositionals: true });
    return { command: first, paths: positionals, values: values as ParsedCommand['values'] };
  } catch (error) {
    // parseArgs' messages run over several lines with advice for programmers; the first says it.
    throw new UsageError((error as Error).message.split(/\.( |\n|$)/)[0].replace(/^(Unknown option|Option)/, (word) => word.toLowerCase()), first);
  }
}
