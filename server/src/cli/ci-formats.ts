// Output for CI systems: GitHub Actions workflow commands (annotations on the pull request), JUnit
// XML (test reports in GitLab, Jenkins, Azure), and per-rule statistics.
import type { Rule } from '../engine/types';
import type { ReportedFinding, SkippedReport } from './output-formats';

// Workflow command escaping, as the Actions toolkit does it: the message escapes %, CR and LF;
// property values also ":" and ",".
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

const githubLevel: Record<string, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** One `::error file=…,line=…::message` line per finding, and a warning per file that was not checked. */
export function formatGithub(reported: ReportedFinding[], skipped: SkippedReport[] = []): string {
  const notChecked = skipped.map((s) => `::warning ${[`title=${escapeProperty('Django Upgrade (skipped)')}`, `file=${escapeProperty(s.path)}`].join(',')}::${escapeData(`not checked: ${s.reason}`)}`);
  return reported
    .map((f) => {
      const properties = [
        `title=${escapeProperty(`Django Upgrade (${f.rule})`)}`,
        `file=${escapeProperty(f.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
      ];
      return `::${githubLevel[f.severity] ?? 'warning'} ${properties.join(',')}::${escapeData(`${f.rule}: ${f.message}`)}`;
    })
    .concat(notChecked)
    .join('\n');
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 has no way to write most control characters, even escaped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/**
 * JUnit XML: a test suite per file with findings, a failed test case per finding; one passing case
 * when there are none; a test case in error per file that could not be checked.
 */
export function formatJunit(reported: ReportedFinding[], files: number, skipped: SkippedReport[] = []): string {
  const byFile = new Map<string, ReportedFinding[]>();
  for (const finding of reported) byFile.set(finding.path, [...(byFile.get(finding.path) ?? []), finding]);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="djupgrade" tests="${Math.max(reported.length, 1) + skipped.length}" failures="${reported.length}" errors="${skipped.length}">`];
  if (reported.length === 0) {
    lines.push(`  <testsuite name="djupgrade" tests="1" failures="0" errors="0">`);
    lines.push(`    <testcase name="no deprecated Django APIs in ${files} file${files === 1 ? '' : 's'}" classname="djupgrade"/>`);
    lines.push('  </testsuite>');
  }
  for (const [file, findings] of byFile) {
    lines.push(`  <testsuite name="${escapeXml(file)}" tests="${findings.length}" failures="${findings.length}" errors="0">`);
    for (const f of findings) {
      lines.push(`    <testcase name="${escapeXml(`${f.rule} at ${f.line}:${f.column}`)}" classname="${escapeXml(file.replace(/\.[^./]+$/, '').replace(/\//g, '.'))}" file="${escapeXml(file)}" line="${f.line}">`);
      lines.push(`      <failure message="${escapeXml(f.message)}" type="${escapeXml(f.severity)}">${escapeXml(`${file}:${f.line}:${f.column}: ${f.rule} ${f.message}`)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  if (skipped.length) {
    lines.push(`  <testsuite name="files not checked" tests="${skipped.length}" failures="0" errors="${skipped.length}">`);
    for (const s of skipped) {
      lines.push(`    <testcase name="${escapeXml(s.path)}" classname="djupgrade.skipped" file="${escapeXml(s.path)}">`);
      lines.push(`      <error message="${escapeXml(`not checked: ${s.reason}`)}" type="skipped"/>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n');
}

export interface RuleStatistic {
  rule: string;
  count: number;
  fixable: number;
  title: string;
}

/** How many findings each rule has, most first. */
export function ruleStatistics(reported: ReportedFinding[], rules: readonly Rule<any>[]): RuleStatistic[] {
  const byRule = new Map<string, RuleStatistic>();
  for (const finding of reported) {
    let row = byRule.get(finding.rule);
    if (!row) {
      const title = rules.find((rule) => rule.id === finding.rule)?.title.replace(/`/g, '') ?? '';
      byRule.set(finding.rule, (row = { rule: finding.rule, count: 0, fixable: 0, title }));
    }
    row.count++;
    if (finding.fixable) row.fixable++;
  }
  return [...byRule.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

/** Ruff-style: the count, the rule, "[*]" when `djupgrade fix` removes all of them, the title. */
export function formatStatistics(rows: RuleStatistic[]): string {
  if (rows.length === 0) return 'No findings.';
  const countWidth = Math.max(...rows.map((row) => String(row.count).length));
  const ruleWidth = Math.max(...rows.map((row) => row.rule.length));
  return rows
    .map((row) => `${String(row.count).padStart(countWidth)}  ${row.rule.padEnd(ruleWidth)}  ${row.fixable === row.count ? '[*]' : row.fixable > 0 ? '[-]' : '   '} ${row.title}`)
    .join('\n');
}
