// A test log loaded in the editor ("Django: Load Test Warnings Log…"): its deprecation warnings
// read against the project's static findings (server/src/warnings/), and those no static finding
// covers shown as diagnostics on their lines and in the tree view. The log is a file the user's
// own test run wrote; nothing is run here. A warning follows its line while the file is edited
// (found again by its text) and disappears when the line is gone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import {
  LoadWarningsLogParams,
  LoadWarningsLogResult,
  PositionedFinding,
  runtimeFindingsNotification,
  WorkspaceFinding,
} from '../../../common/protocol';
import type { ReportedFinding } from '../cli/output-formats';
import { decodeSource } from '../project/source-files';
import { readTestLog } from '../warnings/read-log';
import { analyzeWarnings, WarningsReport } from '../warnings/warnings-report';
import { warningWhere } from '../audit/report-html';
import type { DiagnosticFormat } from './diagnostics';
import type { AnalyzerHandle } from './documents';
import type { ServerSettings } from './settings';
import type { Workspace } from './workspace';

interface Anchored {
  finding: PositionedFinding;
  /** The trimmed text of the line the log named, to find it again after edits. */
  lineText: string;
}

/** The line of `text` holding `lineText` nearest to `line` (0-based); null when no line does. */
export function relocate(text: string, lineText: string, line: number): number | null {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[line]?.trim() === lineText) return line;
  for (let d = 1; d < lines.length; d++) {
    if (lines[line - d]?.trim() === lineText) return line - d;
    if (lines[line + d]?.trim() === lineText) return line + d;
  }
  return null;
}

export class RuntimeWarnings {
  /** The findings of the loaded log, by file URI; and the last report, by project root. */
  private readonly byUri = new Map<string, Anchored[]>();
  private readonly reports = new Map<string, WarningsReport>();

  constructor(
    private readonly connection: Connection,
    private readonly analyzer: AnalyzerHandle,
    private readonly settings: ServerSettings,
    private readonly workspace: Workspace,
    /** The text of an open document, if it is open. */
    private readonly openText: (uri: string) => string | undefined,
    private readonly format: DiagnosticFormat,
  ) {}

  /** The report of the log loaded for a project root, for the upgrade report. */
  reportFor(root: string): WarningsReport | undefined {
    return this.reports.get(root);
  }

  /** The diagnostics the loaded log adds to a file, at their lines in its current text. */
  diagnosticsFor(uri: string): Diagnostic[] {
    const anchored = this.byUri.get(uri);
    if (!anchored?.length) return [];
    let text = this.openText(uri);
    if (text === undefined) {
      try {
        const read = decodeSource(fs.readFileSync(fileURLToPath(uri)));
        text = 'text' in read ? read.text : '';
      } catch {
        text = '';
      }
    }
    const lines = text.split(/\r\n|\r|\n/);
    const diagnostics: Diagnostic[] = [];
    for (const { finding, lineText } of anchored) {
      const line = relocate(text, lineText, finding.range.start.line);
      if (line === null) continue;
      const lineString = lines[line];
      const start = lineString.length - lineString.trimStart().length;
      const range = { start: { line, character: start }, end: { line, character: Math.max(start, lineString.trimEnd().length) } };
      // Not tagged deprecated: the warning names a line, and striking the whole line through would mislead.
      diagnostics.push({ ...this.format.toDiagnostic({ ...finding, range }), source: 'Django Upgrade (test log)', tags: [] });
    }
    return diagnostics;
  }

  /** Reads a log for the project holding `params.uri` (default: the first folder); replaces what was loaded for that project. */
  async load(params: LoadWarningsLogParams): Promise<LoadWarningsLogResult> {
    const analyzer = await this.analyzer.ready;
    const logFile = fileURLToPath(params.logUri);
    const text = readTestLog(logFile);
    const start = params.uri?.startsWith('file:') ? fileURLToPath(params.uri) : this.workspace.folderPaths()[0];
    if (!start) throw new Error('Open a folder to read a test log against it.');
    const root = this.workspace.rootOf(start);
    const values = this.settings.valuesFor(root);
    const project = this.workspace.projectFor(pathToFileURL(root).toString())!;
    const report = analyzeWarnings(analyzer, root, logFile, text, {
      cwd: root,
      current: values.currentVersion || undefined,
      target: values.targetVersion || undefined,
      isEnabledFor: this.settings.ruleSelectionFor(project).forFile,
      exclude: this.settings.excludeMatcher([root], this.workspace.configs),
      maxBytes: values.maxFileSizeBytes,
      log: (message) => this.connection.console.log(message),
    }, project);
    this.reports.set(root, report);
    const before = [...this.byUri.keys()].filter((uri) => uri.startsWith(pathToFileURL(root).toString() + '/'));
    for (const uri of before) this.byUri.delete(uri);
    for (const finding of report.findings.slice(0, report.summary.runtimeOnly)) {
      const uri = pathToFileURL(path.join(root, finding.path)).toString();
      const positioned = this.positioned(finding, analyzer.rules);
      const lineText = this.lineText(uri, finding.line - 1);
      this.byUri.set(uri, [...(this.byUri.get(uri) ?? []), { finding: positioned, lineText }]);
    }
    for (const w of report.warnings.filter((w) => w.status === 'external')) {
      this.connection.console.log(`test log: ${w.category} raised in ${warningWhere(w)}: ${w.message}${w.rules.length ? ` [${w.rules.join(', ')}]` : ''}`);
    }
    this.sendTree();
    return {
      root,
      uris: [...new Set([...before, ...this.byUri.keys()])],
      ...report.summary,
    };
  }

  /** The findings for the tree view. */
  private sendTree(): void {
    const findings: WorkspaceFinding[] = [];
    for (const [uri, anchored] of this.byUri) for (const { finding } of anchored) findings.push({ ...finding, uri });
    void this.connection.sendNotification(runtimeFindingsNotification, { findings });
  }

  private lineText(uri: string, line: number): string {
    let text = this.openText(uri);
    if (text === undefined) {
      try {
        text = fs.readFileSync(fileURLToPath(uri), 'utf8');
      } catch {
        return '';
      }
    }
    return (text.split(/\r\n|\r|\n/)[line] ?? '').trim();
  }

  private positioned(f: ReportedFinding, rules: AnalyzerRules): PositionedFinding {
    const rule = rules.find((r) => r.id === f.rule);
    return {
      rule: f.rule,
      title: rule?.title ?? 'Deprecation warning seen at run time',
      message: f.message,
      severity: f.severity as PositionedFinding['severity'],
      deprecatedIn: f.deprecatedIn,
      removedIn: f.removedIn,
      docsUrl: rule?.docsUrl ?? 'https://docs.djangoproject.com/en/stable/howto/upgrade-version/#resolving-deprecation-warnings',
      fixable: false,
      hasFix: false,
      range: { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } },
    };
  }
}

type AnalyzerRules = readonly { id: string; title: string; docsUrl: string }[];
