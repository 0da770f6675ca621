// A worker thread of the workspace scan: checks the files it is sent with its own engine instance
// and posts back, per file, findings with LSP positions, so the server's main thread stays free
// for typing. Started by server/src/project/workspace-scan.ts.
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { Analyzer } from '../engine/analyzer';
import { ConfigFinder, FileRuleSelection, ruleSelection } from '../config/effective-config';
import { LineIndex, positionFindings } from '../engine/text-positions';
import { rules } from '../rules';
import { checkFile } from './check-file';
import { findProjectRoot, Project } from './project';
import type { ScanRequest, WorkerMessage } from './scan-protocol';

const projects = new Map<string, Project>();
const configs = new ConfigFinder();
const ready = Analyzer.create(rules);

parentPort!.on('message', async (request: ScanRequest) => {
  const analyzer = await ready;
  const selections = new Map<Project, FileRuleSelection>();
  for (const file of request.files) {
    const scope = request.scopes.find((s) => s.folder === null || file.startsWith(s.folder + path.sep))!;
    const found = findProjectRoot(file);
    const root = scope.folder && !found.startsWith(scope.folder) ? scope.folder : found;
    let project = projects.get(root);
    if (!project) projects.set(root, (project = new Project(root, configs)));
    const settings = scope.values;
    const versions = project.versions({ current: settings.currentVersion, target: settings.targetVersion });
    // The settings the user set override the project configuration; its problems are the server's to report.
    let selection = selections.get(project);
    if (!selection) {
      selection = ruleSelection(rules, project.config().config, { select: settings.select.length ? settings.select : undefined, ignore: settings.ignore.length ? settings.ignore : undefined });
      selections.set(project, selection);
    }
    let message: WorkerMessage;
    try {
      const options = { current: versions.current, target: versions.target, showFuture: settings.showFutureDeprecations, isEnabled: selection.forFile(file), libraries: project.libraryPolicy() };
      const checked = checkFile(analyzer, project, file, options, settings.maxFileSizeBytes);
      message = 'skipped' in checked ? { type: 'skipped', file, reason: checked.skipped } : { type: 'file', file, findings: positionFindings(checked.findings, new LineIndex(checked.text)) };
    } catch (error) {
      message = { type: 'skipped', file, reason: `check failed: ${(error as Error).message}` };
    }
    parentPort!.postMessage(message);
  }
  parentPort!.postMessage({ type: 'done' } satisfies WorkerMessage);
});
