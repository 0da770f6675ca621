// The output of `djupgrade warnings LOG [PATH]`: text for people, the JSON contract
// (WarningsReport, version 1) and SARIF for code scanning.
import type { Rule } from '../engine/types';
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
