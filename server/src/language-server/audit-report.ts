// The upgrade audit over the protocol: the report of the project holding a file or folder, as HTML.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AuditReportParams, AuditReportResult } from '../../../common/protocol';
import { runAudit } from '../audit/audit';
import { renderAuditHtml } from '../audit/report';
import type { Analyzer } from '../engine/analyzer';
import type { WarningsReport } from '../warnings/warnings-report';
import type { ServerSettings } from './settings';
import type { Workspace } from './workspace';

/** The audit of the project that contains `params.uri` (default: the first folder). */
export function auditReport(
  analyzer: Analyzer,
  settings: ServerSettings,
  workspace: Workspace,
  params: AuditReportParams,
  log: (message: string) => void,
  loadedLog?: (root: string) => WarningsReport | undefined,
): AuditReportResult {
  const start = params.uri?.startsWith('file:') ? fileURLToPath(params.uri) : workspace.folderPaths()[0];
  if (!start) throw new Error('Open a folder to audit it.');
  const root = workspace.rootOf(start);
  const values = settings.valuesFor(root);
  const project = workspace.projectFor(pathToFileURL(root).toString())!;
  const runtime = loadedLog?.(root);
  const report = runAudit(analyzer, root, {
    current: values.currentVersion || undefined,
    target: values.targetVersion || undefined,
    cwd: root,
    maxBytes: values.maxFileSizeBytes,
    isEnabledFor: settings.ruleSelectionFor(project).forFile,
    exclude: settings.excludeMatcher([root], workspace.configs),
    log,
  });
  // A test log loaded in the editor joins the report as it was read (it is not read again here).
  if (runtime) {
    report.runtimeWarnings = { log: runtime.log, summary: runtime.summary, warnings: runtime.warnings };
    report.findings.push(...runtime.findings.slice(0, runtime.summary.runtimeOnly));
    report.summary.findings = report.findings.length;
  }
  return { html: renderAuditHtml(report), root };
}
