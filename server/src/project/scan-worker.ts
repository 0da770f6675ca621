// A worker thread of the workspace scan: checks the files it is sent with its own engine instance
// and posts back, per file, findings with LSP positions, so the server's main thread stays free
// for typing. Started by server/src/project/workspace-scan.ts.
import { parentPort } from 'node:worker_threads';
import { Analyzer } from '../engine/analyzer';
import { selectRules } from '../engine/rule-selection';
import { LineIndex, positionFindings } from '../engine/text-positions';
import { rules } from '../rules';
import { checkFile } from './check-file';
import { findProjectRoot, Project } from './project';
import type { ScanRequest, WorkerMessage } from './scan-protocol';

const projects = new Map<string, Project>();
const ready = Analyzer.create(rules);

parentPort!.on('message', async (request: ScanRequest) => {
  const analyzer = await ready;
  const selection = selectRules(rules, request.select, request.ignore);
  for (const file of request.files) {
    const root = findProjectRoot(file);
    let project = projects.get(root);
    if (!project) projects.set(root, (project = new Project(root)));
    const versions = project.versions({ current: request.currentVersion, target: request.targetVersion });
    let message: WorkerMessage;
    try {
      const checked = checkFile(analyzer, project, file, { current: versions.current, target: versions.target, showFuture: request.showFuture, isEnabled: selection.isEnabled }, request.maxBytes);
      message = 'skipped' in checked ? { type: 'skipped', file, reason: checked.skipped } : { type: 'file', file, findings: positionFindings(checked.findings, new LineIndex(checked.text)) };
    } catch (error) {
      message = { type: 'skipped', file, reason: `check failed: ${(error as Error).message}` };
    }
    parentPort!.postMessage(message);
  }
  parentPort!.postMessage({ type: 'done' } satisfies WorkerMessage);
});
