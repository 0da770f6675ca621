// Messages between the workspace scan and its worker threads.
import type { PositionedFinding } from '../../../common/protocol';

export interface ScanRequest {
  files: string[];
  currentVersion: string;
  targetVersion: string;
  showFuture: boolean;
  select: string[];
  ignore: string[];
  maxBytes: number;
}

export type WorkerMessage =
  | { type: 'file'; file: string; findings: PositionedFinding[] }
  | { type: 'skipped'; file: string; reason: string }
  | { type: 'done' };
