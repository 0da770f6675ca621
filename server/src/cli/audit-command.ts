// `djupgrade audit [PATH] [--target X.Y] [--current X.Y] [--format md|html|json|sarif] [--output FILE]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../engine/analyzer';
import { selectRules } from '../engine/rule-selection';
import { rules } from '../rules';
import { runAudit } from '../audit/audit';
import { formatAuditJson, formatAuditMarkdown, formatAuditSarif, renderAuditHtml } from '../audit/report';

interface Args {
  paths: string[];
  flags: Map<string, string | true>;
}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

interface Helpers {
  versionFlag: (flags: Args['flags'], name: string) => string | undefined;
  UsageError: new (message: string) => Error;
  toolVersion: string;
}

export async function runAuditCommand(args: Args, io: Io, helpers: Helpers): Promise<number> {
  const { UsageError } = helpers;
  const current = helpers.versionFlag(args.flags, '--current');
  const target = helpers.versionFlag(args.flags, '--target');
  const format = String(args.flags.get('--format') ?? 'md');
  if (!['md', 'html', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be md, html, json or sarif, not "${format}"`);
  if (args.paths.length > 1) throw new UsageError('audit takes one project folder');
  const root = path.resolve(io.cwd, args.paths[0] ?? '.');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    throw new UsageError(`no such folder: ${args.paths[0] ?? '.'}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`audit takes a project folder, not a file: ${args.paths[0]}`);
  const maxBytes = Number(args.flags.get('--max-file-size') ?? 2_000_000);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('--max-file-size must be a positive number of bytes');
  const selection = selectRules(rules, [String(args.flags.get('--select') ?? '')], [String(args.flags.get('--ignore') ?? '')]);
  if (selection.unknown.length) throw new UsageError(`unknown rule or category: ${selection.unknown.join(', ')} (see \`djupgrade rules\`)`);
  const output = args.flags.get('--output');
  if (output === true) throw new UsageError('--output needs a file name');

  const analyzer = await Analyzer.create(rules, (message) => io.stderr(message));
  const report = runAudit(analyzer, root, {
    current,
    target,
    cwd: io.cwd,
    maxBytes,
    isEnabled: selection.isEnabled,
    log: (message) => io.stderr(message),
  });
  const text =
    format === 'json'
      ? formatAuditJson(report)
      : format === 'sarif'
        ? formatAuditSarif(report, rules, helpers.toolVersion)
        : format === 'html'
          ? renderAuditHtml(report)
          : formatAuditMarkdown(report);
  if (output) {
    fs.writeFileSync(path.resolve(io.cwd, output), text.endsWith('\n') ? text : `${text}\n`, 'utf8');
    io.stderr(`wrote ${output}`);
  } else {
    io.stdout(text.replace(/\n$/, ''));
  }
  const steps = report.path.map((s) => s.django).join(' → ');
  io.stderr(
    `Django ${report.django.current ?? '?'} → ${report.django.target}${steps ? ` (${steps})` : ''}: ${report.summary.findings} findings, ` +
      `${report.dependencies.filter((d) => d.status === 'upgrade' || d.status === 'no-release').length} package upgrades, ${report.migrations.length} migration problems.`,
  );
  return report.findings.length > 0 || report.migrations.length > 0 ? 1 : 0;
}
