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
  // One pass over the text: cutting it again at each edit copied it once per edit.
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
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

/**
 * How many statements begin a line at an indentation Python's tokenizer rejects, which tree-sitter
 * accepts: a module-level statement not at column 0 (` import os` after `a; ` lost its `a;`), or a
 * statement of a block not at the indentation of the block's first statement.
 */
export function indentationErrorCount(tree: Tree, text: string): number {
  let count = 0;
  const blocks = [tree.rootNode, ...tree.rootNode.descendantsOfType('block')];
  for (const block of blocks) {
    if (!block) continue;
    let expected: string | null = block.type === 'module' ? '' : null;
    for (const statement of block.namedChildren) {
      if (!statement || statement.type === 'comment' || statement.type === 'ERROR') continue;
      const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
      const indentation = text.slice(lineStart, statement.startIndex);
      if (!/^[ \t\f]*$/.test(indentation)) continue; // not the first statement of its line
      if (lineStart >= 2 && text[lineStart - 2] === '\\') continue; // a backslash continuation
      expected ??= indentation;
      if (indentation !== expected) count++;
    }
  }
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

/** Whether fix-all applies a fix: the project's version supports it, and it is safe unless unsafe fixes are on. */
export function fixApplies(fix: NonNullable<Finding['fix']>, unsafeFixes: boolean): boolean {
  return fix.supported && (fix.safety === 'safe' || unsafeFixes);
}

/**
 * Applies every fix `fixApplies` allows. `lint` parses and lints a text; `problems` counts what
 * makes code fail before it runs (syntax errors, a bad indentation, a name read before its import):
 * a fix that adds any is dropped. Stops when a pass applies nothing (so a second run changes
 * nothing), or after `maxPasses`. With unsafe fixes on, they are tried first: where a finding offers an unsafe fix and
 * another one a safe fix of the same code (a `path()` with `<int:…>`, a `re_path()` without), the
 * unsafe one is what was asked for.
 *
 * Within a pass, fixes are taken in order, each unless it overlaps one taken before it
 * (`nonOverlapping`); those are tried together, and a group whose result has more problems than
 * the input is halved until the fixes that add them are found (`acceptable`). Counting problems
 * parses the whole text, so trying each fix alone made a pass quadratic in the file's length: a
 * 5,640-line module with 181 fixes took 17.5 s of CPU (docs/engine.md). A fix left out because it
 * overlapped one that was then dropped is tried again in the same pass. (`rangesOverlap` already
 * counts two edits of the same range with different texts as overlapping.)
 */
export function fixAll(
  text: string,
  lint: (text: string) => Finding[],
  problems: (text: string) => number,
  maxPasses = 10,
  unsafeFixes = false,
): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  const passEdits: TextEdit[][] = [];
  const baseline = problems(text);
  for (; passes < maxPasses; passes++) {
    const candidates = lint(current).filter((f) => f.fix && fixApplies(f.fix, unsafeFixes) && f.fix.edits.length > 0);
    if (unsafeFixes) candidates.sort((a, b) => Number(a.fix!.safety === 'safe') - Number(b.fix!.safety === 'safe'));
    const seen = new Set<string>();
    let pending: TextEdit[][] = [];
    for (const finding of candidates) {
      const key = JSON.stringify(normalizeSafe(finding.fix!.edits));
      if (seen.has(key)) continue;
      seen.add(key);
      pending.push(finding.fix!.edits);
    }
    const chosen: TextEdit[] = [];
    let chosenCount = 0;
    while (pending.length > 0) {
      const { taken, waiting } = nonOverlapping(pending, chosen);
      const kept = acceptable(current, chosen, taken, (next) => problems(next) <= baseline);
      for (const fix of kept) chosen.push(...fix);
      chosenCount += kept.length;
      // Only what a dropped fix kept out can still fit: anything else overlaps a chosen fix.
      pending = kept.length === taken.length ? [] : waiting;
    }
    if (chosenCount === 0) break;
    passEdits.push(normalizeEdits(chosen));
    current = applyEdits(current, chosen);
    applied += chosenCount;
  }
  return { text: current, applied, passes, edits: passEdits };
}

/**
 * The fixes (each a list of edits), in order, that overlap neither `chosen` nor a fix taken before
 * them; `waiting`: those that overlap only a taken fix, which may fit if that one is dropped.
 */
function nonOverlapping(fixes: readonly TextEdit[][], chosen: readonly TextEdit[]): { taken: TextEdit[][]; waiting: TextEdit[][] } {
  const taken: TextEdit[][] = [];
  const waiting: TextEdit[][] = [];
  const takenEdits: TextEdit[] = [];
  const clashes = (edits: readonly TextEdit[], others: readonly TextEdit[]) => edits.some((edit) => others.some((other) => rangesOverlap(edit, other)));
  for (const edits of fixes) {
    if (clashes(edits, chosen)) continue;
    if (clashes(edits, takenEdits)) {
      waiting.push(edits);
      continue;
    }
    taken.push(edits);
    takenEdits.push(...edits);
  }
  return { taken, waiting };
}

/**
 * The fixes of `fixes` (none overlapping another or `chosen`) that can join `chosen`: all of them
 * when `ok` accepts the text with all applied; otherwise each half in turn, down to single fixes.
 */
function acceptable(text: string, chosen: readonly TextEdit[], fixes: readonly TextEdit[][], ok: (next: string) => boolean): TextEdit[][] {
  if (fixes.length === 0) return [];
  let next: string | null;
  try {
    next = applyEdits(text, [...chosen, ...fixes.flat()]);
  } catch {
    next = null; // a fix whose own edits overlap
  }
  if (next !== null && ok(next)) return [...fixes];
  if (fixes.length === 1) return [];
  const half = Math.ceil(fixes.length / 2);
  const first = acceptable(text, chosen, fixes.slice(0, half), ok);
  const second = acceptable(text, [...chosen, ...first.flat()], fixes.slice(half), ok);
  return [...first, ...second];
}

function normalizeSafe(edits: readonly TextEdit[]): TextEdit[] {
  try {
    return normalizeEdits(edits);
  } catch {
    return [...edits];
  }
}
