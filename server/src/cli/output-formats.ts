// The scan's output formats. The JSON shape is a contract other tools read: keep it stable.
import * as path from 'node:path';
import type { PositionedFinding } from '../../../common/protocol';
import { LineIndex, positionFindings } from '../engine/text-positions';
import type { Finding, Rule } from '../engine/types';

export interface FileFindings {
  /** Absolute path. */
  file: string;
  /** Its text, which positions the findings (empty where there are none: nothing to position). */
  text: string;
  findings: Finding[];
}

/**
 * One finding in the JSON and SARIF contracts: where (1-based line and column, in UTF-16 code units
 * as LSP counts them) and what. The same finding as `PositionedFinding`, written for files on disk.
 */
export interface ReportedFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
  deprecatedIn: string | null;
  removedIn: string | null;
  /** A library rule's PyPI distribution, whose releases deprecatedIn/removedIn are (absent for Django's). */
  library?: string;
  fixable: boolean;
}

function reportedFinding(relativePath: string, f: PositionedFinding): ReportedFinding {
  const { start, end } = f.range;
  return {
    path: relativePath,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    deprecatedIn: f.deprecatedIn,
    removedIn: f.removedIn,
    ...(f.library ? { library: f.library } : {}),
    fixable: f.fixable,
  };
}

export function toReported(results: FileFindings[], cwd: string): ReportedFinding[] {
  return results.flatMap(({ file, text, findings }) => {
    const relative = path.relative(cwd, file).split(path.sep).join('/');
    return positionFindings(findings, new LineIndex(text)).map((f) => reportedFinding(relative, f));
  });
}

/**
 * A file the run could not check (or fix), and why: every format says so, so that a check that
 * passes has really read every file.
 */
export interface SkippedReport {
  path: string;
  reason: string;
}

export function toSkippedReports(skipped: ReadonlyArray<{ path: string; reason: string }>, cwd: string): SkippedReport[] {
  return skipped.map(({ path: file, reason }) => ({ path: path.relative(cwd, file).split(path.sep).join('/') || '.', reason }));
}

const fileCount = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

export function formatText(reported: ReportedFinding[], files: number, useColor: boolean, skipped: SkippedReport[] = []): string {
  const paint = (code: string, text: string) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
  const colors: Record<string, string> = { error: '31', warning: '33', information: '36', hint: '2' };
  const lines = reported.map((f) =>
    `${paint('1', `${f.path}:${f.line}:${f.column}`)}: ${paint(colors[f.severity] ?? '0', f.severity)} ${paint('2', `[${f.rule}]`)} ${f.message}${f.fixable ? paint('32', ' (fixable)') : ''}`,
  );
  const fixable = reported.filter((f) => f.fixable).length;
  const withFindings = new Set(reported.map((f) => f.path)).size;
  lines.push(...skipped.map((s) => `${paint('1', s.path)}: ${paint('33', 'skipped')} ${s.reason}`));
  const notChecked = skipped.length ? ` ${paint('33', `${fileCount(skipped.length)} skipped (not checked, see above).`)}` : '';
  lines.push(
    reported.length === 0
      ? `No deprecated Django APIs found in ${fileCount(files)}.${notChecked}`
      : `${reported.length} finding${reported.length === 1 ? '' : 's'} in ${withFindings} of ${files} files (${fixable} fixable with \`djupgrade fix\`).${notChecked}`,
  );
  return lines.join('\n');
}

export function formatJson(reported: ReportedFinding[], files: number, current: string | null, target: string, skipped: SkippedReport[] = []): string {
  return JSON.stringify({ version: 1, current, target, files, findings: reported, skipped }, null, 2);
}

const sarifLevel: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(reported: ReportedFinding[], rules: readonly Rule<any>[], toolVersion: string, skipped: SkippedReport[] = []): string {
  const used = rules.filter((rule) => reported.some((f) => f.rule === rule.id));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'djupgrade',
            fullName: 'Django Upgrade',
            version: toolVersion,
            informationUri: 'https://docs.djangoproject.com/en/stable/internals/deprecation/',
            rules: used.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.title.replace(/`/g, '') },
              fullDescription: { text: `${rule.docs.what} ${rule.docs.why}` },
              helpUri: rule.docsUrl,
              properties: { category: rule.category, deprecatedIn: rule.deprecatedIn, removedIn: rule.removedIn, ...(rule.library ? { library: rule.library } : {}) },
            })),
          },
        },
        // A skipped file is a tool execution notification: the run did not check it.
        invocations: [
          {
            executionSuccessful: skipped.length === 0,
            toolExecutionNotifications: skipped.map((s) => ({
              level: 'warning',
              message: { text: `skipped: ${s.reason}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: s.path.split('/').map(encodeURIComponent).join('/') } } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: reported.map((f) => ({
          ruleId: f.rule,
          ruleIndex: used.findIndex((rule) => rule.id === f.rule),
          level: sarifLevel[f.severity] ?? 'warning',
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.path.split('/').map(encodeURIComponent).join('/') },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
