// Messages between the workspace scan and its worker threads.
import type { Finding } from '../engine/types';

export interface ScanRequest {
  files: string[];
  currentVersion: string;
  targetVersion: string;
  showFuture: boolean;
  select: string[];
  ignore: string[];
  maxBytes: number;
}

export interface PositionedFinding {
  rule: string;
  title: string;
  message: string;
  severity: Finding['severity'];
  deprecatedIn: string | null;
  removedIn: string | null;
  docsUrl: string;
  fixable: boolean;
  hasFix: boolean;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export type WorkerMessage =
  | { type: 'file'; file: string; findings: PositionedFinding[] }
  | { type: 'skipped'; file: string; reason: string }
  | { type: 'done' };

/** Findings with LSP positions (lines end at \r\n, \n or \r; columns in UTF-16 units). */
export function positionsOf(text: string, findings: Finding[]): PositionedFinding[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  const at = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - starts[low] };
  };
  return findings.map((f) => ({
    rule: f.rule.id,
    title: f.rule.title,
    message: f.message,
    severity: f.severity,
    deprecatedIn: f.rule.deprecatedIn,
    removedIn: f.rule.removedIn,
    docsUrl: f.rule.docsUrl,
    fixable: Boolean(f.fix?.automatic),
    hasFix: Boolean(f.fix),
    range: { start: at(f.start), end: at(f.end) },
  }));
}
