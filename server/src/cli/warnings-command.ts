// `djupgrade warnings LOG [PATH]`: a test run's deprecation warnings read against the project's
// findings. Output: text for people, the JSON contract (WarningsReport, version 1), SARIF.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configExclusions, ConfigFinder } from '../config/effective-config';
import { Analyzer } from '../engine/analyzer';
import type { Rule } from '../engine/types';
import { rules } from '../rules';
import { decodeLog, maxLogBytes, readTestLog } from '../warnings/read-log';
import { analyzeWarnings } from '../warnings/warnings-report';
import { UsageError } from './arguments';
import { checkedProject, CommandContext, maxBytesOption, outputFormat } from './command-context';
import { warningWhere } from '../audit/report-html';
import { sarifWithExtraRules } from '../audit/report';
import type { WarningsReport } from '../warnings/warnings-report';

export function formatWarningsText(report: WarningsReport, useColor: boolean): string {
  const paint = (code: string, text: string) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  const { summary: s } = report;
  const runtimeOnly = report.findings.slice(0, s.runtimeOnly);
  if (runtimeOnly.length) {
    out.push(paint('1', 'Seen only at run time (no rule flags these lines):'));
    for (const f of runtimeOnly) out.push(`  ${paint('1', `${f.path}:${f.line}:${f.column}`)}: ${paint(f.severity === 'error' ? '31' : '33', f.severity)} ${paint('2', `[${f.rule}]`)} ${f.message}`);
  }
  const flagged = report.warnings.filter((w) => w.status === 'static');
  if (flagged.length) {
    out.push(paint('1', 'Already flagged by a rule:'));
    for (const w of flagged) out.push(`  ${paint('1', `${w.path}:${w.line}`)}: ${paint('2', `[${w.rules.join(', ')}]`)} ${w.category}: ${w.message}`);
  }
  const outside = report.warnings.filter((w) => w.status === 'external');
  if (outside.length) {
    out.push(paint('1', 'Raised in installed packages:'));
    for (const w of outside) {
      const covered = w.confirms.length ? ` ${paint('2', `-> [${w.rules.join(', ')}] ${w.confirms.map((c) => `${c.path}:${c.line}`).join(', ')}`)}` : '';
      out.push(`  ${warningWhere(w)}: ${w.category}: ${w.message}${w.count > 1 ? ` (${w.count}×)` : ''}${covered}`);
    }
  }
  out.push(
    s.read === 0
      ? `No deprecation warnings in ${report.log}: was the test run made with warnings on (python -Wd manage.py test, pytest -W default)?`
      : `${report.log}: ${s.read} deprecation warning${s.read === 1 ? '' : 's'}, ${s.distinct} distinct: ${s.runtimeOnly} seen only at run time, ${s.static} already flagged, ${s.external} raised in installed packages.`,
  );
  return out.join('\n');
}

export function formatWarningsJson(report: WarningsReport): string {
  return JSON.stringify(report, null, 2);
}

/** SARIF 2.1.0 of the findings the log shows: the runtime-only warnings and the static findings it confirms. */
export function formatWarningsSarif(report: WarningsReport, rules: readonly Rule<any>[], toolVersion: string): string {
  const { sarif, run } = sarifWithExtraRules(report.findings, rules, toolVersion);
  run.properties = { log: report.log, djangoCurrent: report.django.current, djangoTarget: report.django.target, ...report.summary };
  return JSON.stringify(sarif, null, 2);
}

export async function runWarningsCommand(context: CommandContext): Promise<number> {
  const { io, values, command } = context;
  const format = outputFormat(context, ['text', 'json', 'sarif']);
  const [logArg, folderArg, ...extra] = context.paths;
  if (!logArg) throw new UsageError('warnings needs the test log to read (or "-" for standard input)', command);
  if (extra.length) throw new UsageError('warnings takes a log and one project folder', command);
  let logText: string;
  let logFile: string;
  if (logArg === '-') {
    const bytes = io.readStdin();
    if (bytes.length > maxLogBytes) throw new UsageError(`the standard input is larger than ${maxLogBytes} bytes`, command);
    logText = decodeLog(bytes);
    logFile = path.join(io.cwd, '<stdin>');
  } else {
    logFile = path.resolve(io.cwd, logArg);
    try {
      logText = readTestLog(logFile);
    } catch (error) {
      throw new UsageError((error as Error).message.replace(logFile, logArg), command);
    }
  }
  const root = path.resolve(io.cwd, folderArg ?? '.');
  let isFolder = false;
  try {
    isFolder = fs.statSync(root).isDirectory();
  } catch {
    throw new UsageError(`no such file or directory: ${folderArg}`, command);
  }
  if (!isFolder) throw new UsageError(`warnings reads a log against a project folder, not a file: ${folderArg}`, command);
  const { project, rules: selection, versions } = checkedProject(root, new ConfigFinder(), values);
  const analyzer = await Analyzer.create(rules, (message) => io.stderr(message));
  const report = analyzeWarnings(
    analyzer,
    root,
    logFile,
    logText,
    {
      cwd: io.cwd,
      current: versions.current ?? undefined,
      target: versions.target,
      isEnabledFor: selection.forFile,
      exclude: configExclusions(project.config().config),
      maxBytes: maxBytesOption(values),
      log: (message) => io.stderr(message),
    },
    project,
  );
  if (format === 'json') context.emit(formatWarningsJson(report));
  else if (format === 'sarif') context.emit(formatWarningsSarif(report, rules, context.toolVersion));
  else context.emit(formatWarningsText(report, context.color));
  if (format !== 'text') {
    const s = report.summary;
    io.stderr(`${report.log}: ${s.read} deprecation warnings, ${s.distinct} distinct: ${s.runtimeOnly} seen only at run time, ${s.static} already flagged, ${s.external} raised in installed packages.`);
  }
  if (values['exit-zero']) return 0;
  return report.findings.length > 0 ? 1 : 0;
}
