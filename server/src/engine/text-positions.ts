// Offsets in a text (UTF-16 code units, what JavaScript strings and tree-sitter's indices count) as
// LSP positions: 0-based line and character, where "\r\n", "\n" and a lone "\r" each end a line.
// The one implementation the engine (suppressions), the CLI's output, the workspace scan and the
// server use; `vscode-languageserver-textdocument` counts the same way for open documents.
import type { PositionedFinding } from '../../../common/protocol';
import type { Finding } from './types';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Anything that maps an offset to a position: a LineIndex, or an open document's TextDocument. */
export interface PositionSource {
  positionAt(offset: number): Position;
}

/** The offsets at which the lines of `text` start (the first is 0). */
function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    // The common case; indexOf runs far faster than a loop over every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Line starts of one text, computed on the first query; each query is a binary search. */
export class LineIndex implements PositionSource {
  private starts: number[] | null = null;

  constructor(readonly text: string) {}

  private lineStarts(): number[] {
    return (this.starts ??= computeLineStarts(this.text));
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  /** The 0-based line of an offset (clamped to the text). */
  lineAt(offset: number): number {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * The position of an offset, clamped to the text. An offset between the "\r" and the "\n" of a
   * line break is placed before the "\r", as `TextDocument.positionAt` does.
   */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    const start = this.lineStarts()[line];
    const insideCrLf = clamped > start && this.text.charCodeAt(clamped - 1) === 13;
    return { line, character: clamped - start - (insideCrLf ? 1 : 0) };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** A finding with its range, as the scan's workers, the server and the CLI's output formats carry it. */
export function positionFinding(finding: Finding, positions: PositionSource): PositionedFinding {
  return {
    rule: finding.rule.id,
    title: finding.rule.title,
    message: finding.message,
    severity: finding.severity,
    deprecatedIn: finding.rule.deprecatedIn,
    removedIn: finding.rule.removedIn,
    ...(finding.rule.library ? { library: finding.rule.library } : {}),
    docsUrl: finding.rule.docsUrl,
    fixable: Boolean(finding.fix?.automatic),
    hasFix: Boolean(finding.fix),
    range: { start: positions.positionAt(finding.start), end: positions.positionAt(finding.end) },
  };
}

export function positionFindings(findings: readonly Finding[], positions: PositionSource): PositionedFinding[] {
  return findings.map((finding) => positionFinding(finding, positions));
}
