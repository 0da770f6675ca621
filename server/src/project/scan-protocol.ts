// Messages between the workspace scan and its worker threads.
import type { DjangoUpgradeSettings, PositionedFinding } from '../../../common/protocol';

export interface ScanRequest {
  files: string[];
  /**
   * The settings of each workspace folder (innermost first) and of the window (folder null): a
   * file takes its innermost folder's, which also bounds its project root, as in the server.
   */
  scopes: Array<{ folder: string | null; values: DjangoUpgradeSettings }>;
}

export type WorkerMessage =
  | { type: 'file'; file: string; findings: PositionedFinding[] }
  | { type: 'skipped'; file: string; reason: string }
  | { type: 'done' };
