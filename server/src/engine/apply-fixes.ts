// Applying fixes: edits are checked for overlap, applied from the end of the text, and a fix that
// would leave more syntax errors than the file had is dropped. Fix-all runs in passes (like
// ESLint): fixes that touch the same text wait for the next pass, after a fresh lint.
import type { Tree } from 'web-tree-sitter';
import type { Finding, TextEdit } from './types';

export class OverlappingEditsError extends Error {}

export function rangesOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start && a.text !== b.text;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

/** Sorted, de-duplicated edits; throws when two of them overlap. */
export function normalizeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const unique = new Map<string, TextEdit>();
  for (const edit of edits) unique.set(`${edit.start}:${edit.end}:${edit.text}`, edit);
  const sorted = [...unique.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (rangesOverlap(sorted[i - 1], sorted[i])) {
      throw new OverlappingEditsError(`edits overlap at ${sorted[i - 1].start}-${sorted[i - 1].end} and ${sorted[i].start}-${sorted[i].end}`);
    }
  }
  return sorted;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = normalizeEdits(edits);
  let result = text;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const edit = sorted[i];
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** How many ERROR and MISSING nodes a tree has. */
export function syntaxErrorCount(tree: Tree): number {
  if (!tree.rootNode.hasError) return 0;
  let count = 0;
  const cursor = tree.walk();
  let done = false;
  while (!done) {
    const node = cursor.currentNode;
    if (node.isError || node.isMissing) count++;
    if (node.hasError && cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        done = true;
        break;
      }
    }
  }
  cursor.delete();
  return count;
}

export interface FixAllResult {
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  passes: number;
  /** The edits of each pass that changed the text, sorted, against that pass's input (for tests and audits). */
  edits: TextEdit[][];
}

/**
 * Applies every automatic fix. `lint` parses and lints a text; `parseErrors` counts syntax errors.
 * Stops when a pass applies nothing (so a second run changes nothing), or after `maxPasses`.
 */
export function fixAll(
  text: string,
  lint: (text: string) => Finding[],
  parseErrors: (text: string) => number,
  maxPasses = 10,
  includeUnsafe = false,
): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  const passEdits: TextEdit[][] = [];
  const baseline = parseErrors(text);
  for (; passes < maxPasses; passes++) {
    const candidates = lint(current).filter((f) => f.fix && (f.fix.automatic || includeUnsafe) && f.fix.edits.length > 0);
    const chosen: TextEdit[] = [];
    let chosenCount = 0;
    const seen = new Set<string>();
    for (const finding of candidates) {
      const edits = finding.fix!.edits;
      const key = JSON.stringify(normalizeSafe(edits));
      if (seen.has(key)) continue;
      seen.add(key);
      if (edits.some((edit) => chosen.some((other) => rangesOverlap(edit, other) || (edit.start === other.start && edit.end === other.end && edit.text !== other.text)))) continue;
      let next: string;
      try {
        next = applyEdits(current, [...chosen, ...edits]);
      } catch {
        continue;
      }
      // A fix whose result does not parse as well as the input is never written.
      if (parseErrors(next) > baseline) continue;
      chosen.push(...edits);
      chosenCount++;
    }
    if (chosenCount === 0) break;
    passEdits.push(normalizeEdits(chosen));
    current = applyEdits(current, chosen);
    applied += chosenCount;
  }
  return { text: current, applied, passes, edits: passEdits };
}

function normalizeSafe(edits: readonly TextEdit[]): TextEdit[] {
  try {
    return normalizeEdits(edits);
  } catch {
    return [...edits];
  }
}
