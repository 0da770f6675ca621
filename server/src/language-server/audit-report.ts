// The upgrade audit over the protocol: the report of the project holding a file or folder, as HTML.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AuditReportParams, AuditReportResult } from '../../../common/protocol';
import { runAudit } from '../audit/audit';
import { renderAuditHtml } from '../audit/report';
import type { Analyzer } from '../engine/analyzer';
import type { ServerSettings } from './settings';
import type { Workspace } from './workspace';

/** The audit of the project that contains `params.uri` (default: the first folder). */
export function auditReport(analyzer: Analyzer, settings: ServerSettings, workspace: Workspace, params: AuditReportParams, log: (message: string) => void): AuditReportResult {
  const start = params.uri?.startsWith('file:') ? fileURLToPath(params.uri) : workspace.folderPaths()[0];
  if (!start) throw new Error('Open a folder to audit it.');
  const root = workspace.rootOf(start);
  const values = settings.valuesFor(root);
  const project = workspace.projectFor(pathToFileURL(root).toString())!;
  const report = runAudit(analyzer, root, {
    current: values.currentVersion || undefined,
    target: values.targetVersion || undefined,
    cwd: root,
    maxBytes: values.maxFileSizeBytes,
    isEnabledFor: settings.ruleSelectionFor(project).forFile,
    exclude: settings.excludeMatcher([root], workspace.configs),
    log,
  });
  return { html: renderAuditHtml(report), root };
}
