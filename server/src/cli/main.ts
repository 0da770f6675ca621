// `djupgrade`: the command line. Same catalogue and engine as the language server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { Analyzer } from '../engine/analyzer';
import { selectRules } from '../engine/rule-selection';
import type { LintOptions } from '../engine/lint';
import { rulesMarkdown } from '../docs/rules-markdown';
import { checkFile } from '../project/check-file';
import { findProjectRoot, Project } from '../project/project';
import { findSourceFiles, languageOfPath } from '../project/source-files';
import { rules } from '../rules';
import { isVersion } from '../versions/django-version';
import { formatJson, formatSarif, formatText, toReported, FileFindings } from './output-formats';

declare const EXTENSION_VERSION: string | undefined;
const toolVersion = typeof EXTENSION_VERSION === 'string' ? EXTENSION_VERSION : '0.0.0-dev';

const usage = `Usage: djupgrade <command> [options]

Commands:
  scan [PATHS...]   report deprecated and removed Django APIs (default path: .)
  fix [PATHS...]    apply the safe fixes in place (--diff: print a diff, write nothing)
  server --stdio    run the language server over stdin/stdout
  rules             print the rule catalogue as Markdown (docs/rules.md)
  audit [PATH]      the upgrade audit of a project: versions and their support, the LTS path,
                    dependencies, migrations, inventory and findings (--format md|html|json|sarif)

Options:
  --current X.Y     the Django version the project runs (default: from requirements/pyproject/…)
  --target X.Y      the Django version to upgrade to (default: the newest LTS)
  --format F        scan output: text (default), json or sarif
  --select IDS      rule ids, categories or "all" (comma-separated); replaces the default set
  --ignore IDS      rule ids or categories to leave out
  --future          also report deprecations that happen after the target
  --max-file-size N skip files larger than N bytes (default 2000000)
  --diff            with fix: print a unified diff instead of writing
  --unsafe-fixes    with fix: also apply the fixes that may change behaviour (review them)
  --output FILE     with audit: write the report to FILE instead of stdout
  -h, --help        show this help

Exit codes: 0 nothing found, 1 findings (scan) or files changed (fix --diff), 2 usage error.`;

class UsageError extends Error {}

interface ParsedArgs {
  command: string;
  paths: string[];
  flags: Map<string, string | true>;
}

const valueFlags = new Set(['--current', '--target', '--format', '--select', '--ignore', '--max-file-size', '--output']);
const booleanFlags = new Set(['--diff', '--future', '--stdio', '--help', '-h', '--no-color', '--node-ipc', '--unsafe-fixes']);

export function parseArgs(argv: string[]): ParsedArgs {
  const [command = '', ...rest] = argv;
  const paths: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith('--clientProcessId')) continue; // passed by some LSP clients
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (valueFlags.has(name)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      flags.set(name, value);
    } else if (booleanFlags.has(arg)) {
      flags.set(arg, true);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      paths.push(arg);
    }
  }
  return { command, paths, flags };
}

function versionFlag(flags: ParsedArgs['flags'], name: string): string | undefined {
  const value = flags.get(name);
  if (value === undefined) return undefined;
  if (value === true || !isVersion(value)) throw new UsageError(`${name} must be a Django version such as 3.2, not "${value}"`);
  return value;
}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  color: boolean;
}

async function runScanOrFix(args: ParsedArgs, io: Io): Promise<number> {
  const current = versionFlag(args.flags, '--current');
  const target = versionFlag(args.flags, '--target');
  const format = (args.flags.get('--format') ?? 'text') as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const maxBytes = Number(args.flags.get('--max-file-size') ?? 2_000_000);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('--max-file-size must be a positive number of bytes');
  const selection = selectRules(rules, [String(args.flags.get('--select') ?? '')], [String(args.flags.get('--ignore') ?? '')]);
  if (selection.unknown.length) throw new UsageError(`unknown rule or category: ${selection.unknown.join(', ')} (see \`djupgrade rules\`)`);
  const inputs = (args.paths.length ? args.paths : ['.']).map((p) => path.resolve(io.cwd, p));

  const analyzer = await Analyzer.create(rules, (message) => io.stderr(message));
  const { files, skipped } = findSourceFiles(inputs);
  for (const skip of skipped) io.stderr(`skipped ${path.relative(io.cwd, skip.path) || '.'}: ${skip.reason}`);
  const projects = new Map<string, Project>();
  const projectOf = (file: string) => {
    const root = findProjectRoot(file);
    let project = projects.get(root);
    if (!project) projects.set(root, (project = new Project(root)));
    return project;
  };
  const results: FileFindings[] = [];
  let shownVersions: { current: string | null; target: string } | null = null;
  let changedFiles = 0;
  let skippedCount = skipped.length;
  for (const file of files) {
    const project = projectOf(file);
    const versions = project.versions({ current, target, source: 'command line' });
    shownVersions ??= versions;
    const options: LintOptions = { current: versions.current, target: versions.target, showFuture: args.flags.has('--future'), isEnabled: selection.isEnabled };
    const checked = checkFile(analyzer, project, file, options, maxBytes);
    if ('skipped' in checked) {
      skippedCount++;
      io.stderr(`skipped ${path.relative(io.cwd, file)}: ${checked.skipped}`);
      continue;
    }
    if (args.command === 'fix') {
      const language = languageOfPath(file)!;
      const input = { language, path: project.relativePath(file), text: checked.text, fileKinds: project.fileKinds(file) };
      const fixed = analyzer.fix(input, options, args.flags.has('--unsafe-fixes'));
      if (fixed.text === checked.text) continue;
      changedFiles++;
      const relative = path.relative(io.cwd, file).split(path.sep).join('/');
      if (args.flags.has('--diff')) {
        // The diff is of the file's bytes, BOM included, so `patch`/`git apply` can apply it.
        const bom = checked.bom ? '\uFEFF' : '';
        io.stdout(createTwoFilesPatch(`a/${relative}`, `b/${relative}`, bom + checked.text, bom + fixed.text, '', '', { context: 3 }).replace(/^=+\n/, ''));
      } else {
        fs.writeFileSync(file, (checked.bom ? '\uFEFF' : '') + fixed.text, 'utf8');
        io.stderr(`fixed ${relative} (${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'})`);
      }
    } else {
      results.push({ file, text: checked.text, findings: checked.findings });
    }
  }
  if (args.command === 'fix') {
    io.stderr(`${changedFiles} file${changedFiles === 1 ? '' : 's'} ${args.flags.has('--diff') ? 'would change' : 'changed'}${skippedCount ? `, ${skippedCount} skipped` : ''}.`);
    return args.flags.has('--diff') && changedFiles > 0 ? 1 : 0;
  }
  const reported = toReported(results, io.cwd);
  const versions = shownVersions ?? new Project(findProjectRoot(inputs[0])).versions({ current, target, source: 'command line' });
  if (format === 'json') io.stdout(formatJson(reported, files.length, versions.current, versions.target));
  else if (format === 'sarif') io.stdout(formatSarif(reported, rules, toolVersion));
  else {
    io.stderr(`Django ${versions.current ?? 'version unknown'} → ${versions.target}`);
    io.stdout(formatText(reported, files.length, io.color));
  }
  return reported.length > 0 ? 1 : 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('--help') || args.flags.has('-h') || args.command === 'help' || args.command === '') {
      io.stdout(usage);
      return args.command === '' ? 2 : 0;
    }
    switch (args.command) {
      case 'scan':
      case 'fix':
        return await runScanOrFix(args, io);
      case 'rules':
        io.stdout(rulesMarkdown(rules).replace(/\n$/, ''));
        return 0;
      case 'audit': {
        const { runAuditCommand } = await import('./audit-command');
        return await runAuditCommand(args, io, { versionFlag, UsageError, toolVersion });
      }
      case 'server': {
        const { startServer } = await import('../server');
        startServer();
        return -1; // keeps running
      }
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`djupgrade: ${error.message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}

/** The process entry: wires `main` to the real stdout, stderr and exit code. */
export function runCli(argv: string[]): void {
  main(argv, {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR && !argv.includes('--no-color'),
  }).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`djupgrade: internal error: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 3;
    },
  );
}
