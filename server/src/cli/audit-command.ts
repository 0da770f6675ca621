// `djupgrade audit [PATH] [--target X.Y] [--current X.Y] [--output-format md|html|json|sarif] [--output FILE]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configExclusions, ConfigFinder } from '../config/effective-config';
import { Analyzer } from '../engine/analyzer';
import { selectRules } from '../engine/rule-selection';
import { extraRuleIds } from '../audit/extra-rules';
import { rules } from '../rules';
import { runAudit } from '../audit/audit';
import { formatAuditJson, formatAuditMarkdown, formatAuditSarif, renderAuditHtml } from '../audit/report';
import { readTestLog } from '../warnings/read-log';
import { UsageError } from './arguments';
import { checkedProject, CommandContext, listOption, maxBytesOption, outputFormat, versionOptions } from './command-context';

export async function runAuditCommand(context: CommandContext): Promise<number> {
  const { io, values, command } = context;
  const { current, target } = versionOptions(values);
  const format = outputFormat(context, ['md', 'html', 'json', 'sarif']);
  if (context.paths.length > 1) throw new UsageError('audit takes one project folder', command);
  const root = path.resolve(io.cwd, context.paths[0] ?? '.');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    throw new UsageError(`no such file or directory: ${context.paths[0] ?? '.'}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`audit takes a project folder, not a file: ${context.paths[0]}`, command);
  const maxBytes = maxBytesOption(values);
  const overrides = { select: listOption(values.select), ignore: listOption(values.ignore) };
  const { unknown } = selectRules(rules, overrides.select ?? [], overrides.ignore ?? [], { extraIds: extraRuleIds });
  if (unknown.length) throw new UsageError(`unknown rule or category: ${unknown.join(', ')} (see \`djupgrade rules\`)`, command);

  const { project, rules: selection } = checkedProject(root, new ConfigFinder(), values);

  let warningsLog: { file: string; text: string } | undefined;
  if (typeof values.warnings === 'string') {
    const file = path.resolve(io.cwd, values.warnings);
    try {
      warningsLog = { file, text: readTestLog(file) };
    } catch (error) {
      throw new UsageError(`--warnings: ${(error as Error).message.replace(file, values.warnings)}`, command);
    }
  }

  const analyzer = await Analyzer.create(rules, (message) => io.stderr(message));
  const report = runAudit(analyzer, root, {
    warningsLog,
    current,
    target,
    cwd: io.cwd,
    maxBytes,
    isEnabledFor: selection.forFile,
    isExtraReported: selection.isExtraReported,
    exclude: configExclusions(project.config().config),
    log: (message) => io.stderr(message),
  });
  const text =
    format === 'json'
      ? formatAuditJson(report)
      : format === 'sarif'
        ? formatAuditSarif(report, rules, context.toolVersion)
        : format === 'html'
          ? renderAuditHtml(report)
          : formatAuditMarkdown(report);
  context.emit(text.replace(/\n$/, ''));
  const steps = report.path.map((s) => s.django).join(' → ');
  io.stderr(
    `Django ${report.django.current ?? '?'} → ${report.django.target}${steps ? ` (${steps})` : ''}: ${report.summary.findings} findings, ` +
      `${report.dependencies.filter((d) => d.status === 'upgrade' || d.status === 'no-release').length} package upgrades, ${report.migrations.length} migration problems.`,
  );
  if (values['exit-zero']) return 0;
  return report.findings.length > 0 || report.migrations.length > 0 ? 1 : 0;
}
