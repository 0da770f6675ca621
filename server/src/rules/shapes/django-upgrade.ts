// Helpers of the rules that mirror django-upgrade's versioned fixers (versioned-branches,
// versioned-test-skip-decorators, both `versionDecidedRule`): finding and deciding `django.VERSION` comparisons for the
// project's current Django version, and dedenting a block, the way django-upgrade's
// `is_passing_comparison` and `Block.dedent` do; and what admin-decorators and admin-register-decorator read inside one statement.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { identifiersSpelled } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { releaseNotes } from '../docs-links';
import { definePythonRule } from './define';
import type { PythonRule, RuleDefinition } from './define';

const compare = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
};

/**
 * A rule that removes what the project's Django version decides (django-upgrade's versioned
 * fixers): an opt-in modernisation, safe, found from `VERSION`.
 */
export function versionDecidedRule(spec: Omit<RuleDefinition<PythonRuleContext>, 'category' | 'deprecatedIn' | 'removedIn' | 'optIn' | 'fix' | 'truth' | 'triggers'>): PythonRule {
  return definePythonRule({
    category: 'modernize',
    deprecatedIn: null,
    removedIn: null,
    optIn: true,
    docsUrl: releaseNotes('1.7', 'minor-features'),
    fix: 'safe',
    truth: { note: 'decided by the project\'s Django version, not by names in Django' },
    ...spec,
    triggers: ['VERSION'],
  });
}

/**
 * The comparisons whose left operand is spelled `…VERSION` (`django.VERSION < (2, 0)`), once each
 * and in the order of the text: the only conditions `versionOutcome` can decide.
 */
export function versionComparisons(context: PythonRuleContext): Node[] {
  const found = new Map<number, Node>();
  for (const identifier of identifiersSpelled(context, 'VERSION')) {
    const operand = identifier.parent?.type === 'attribute' ? identifier.parent : identifier;
    const comparison = operand.parent;
    if (comparison?.type === 'comparison_operator' && comparison.namedChildren.find((n) => n && n.type !== 'comment')?.startIndex === operand.startIndex) found.set(comparison.startIndex, comparison);
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex);
}

/**
 * "pass"/"fail" when `django.VERSION <op> (X, Y)` is always true/false on Django `current` and
 * later, null when it cannot be decided (django-upgrade's `is_passing_comparison`).
 */
export function versionOutcome(context: PythonRuleContext, condition: Node | null): 'pass' | 'fail' | null {
  const current = context.current;
  if (!current || condition?.type !== 'comparison_operator') return null;
  const operands = condition.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  const operators = condition.childrenForFieldName('operators').filter((n): n is Node => n !== null);
  if (operands.length !== 2 || operators.length !== 1) return null;
  const [left, right] = operands;
  if ((left.type !== 'attribute' && left.type !== 'identifier') || context.scopes.qualifiedNameOf(left) !== 'django.VERSION') return null;
  if (right.type !== 'tuple') return null;
  const elements = right.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  if (elements.length < 1 || elements.length > 2 || !elements.every((e) => e.type === 'integer' && /^\d+$/.test(e.text))) return null;
  const bound = elements.map((e) => Number(e.text));
  const target = current.split('.').map(Number);
  switch (operators[0].type) {
    case '>':
      return compare(target, bound) > 0 ? 'pass' : null;
    case '>=':
      return compare(target, bound) >= 0 ? 'pass' : null;
    case '<':
      return compare(target, bound) >= 0 ? 'fail' : null;
    case '<=':
      return compare(target, bound) > 0 ? 'fail' : null;
    default:
      return null;
  }
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset after the end of the line holding `offset` (past its newline). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** Whether `statement` is the only statement of its block (a `pass` must then take its place). */
export function isSoleStatement(statement: Node): boolean {
  const block = statement.parent;
  if (block?.type !== 'block') return false;
  return block.namedChildren.filter((n) => n && n.type !== 'comment').length === 1;
}

/**
 * Edits that dedent the lines of `block` (a multi-line suite) to `indent` columns: the smallest
 * indentation among its code lines becomes `indent`. Lines inside multi-line strings stay.
 */
export function dedentBlock(text: string, block: Node, indent: number): TextEdit[] {
  const first = lineStart(text, block.startIndex);
  const last = nextLineStart(text, block.endIndex);
  const strings = block.descendantsOfType('string').filter((s): s is Node => s !== null && s.text.includes('\n'));
  const insideString = (offset: number) => strings.some((s) => s.startIndex < offset && offset < s.endIndex);
  const lines: number[] = [];
  for (let offset = first; offset < last; offset = nextLineStart(text, offset)) {
    if (!insideString(offset)) lines.push(offset);
    if (nextLineStart(text, offset) === offset) break;
  }
  let minimum = Infinity;
  for (const offset of lines) {
    const line = text.slice(offset, nextLineStart(text, offset));
    const width = /^[ \t]*/.exec(line)![0].length;
    if (/^[ \t]*(#|\r?\n|$)/.test(line)) continue;
    minimum = Math.min(minimum, width);
  }
  const diff = minimum === Infinity ? 0 : minimum - indent;
  if (diff <= 0) return [];
  const edits: TextEdit[] = [];
  for (const offset of lines) {
    const whitespace = /^[ \t]*/.exec(text.slice(offset))![0].length;
    if (text[offset + whitespace] === '\n' || text[offset + whitespace] === '\r' || offset + whitespace >= text.length) continue;
    const remove = Math.min(diff, Math.max(0, whitespace - indent));
    if (remove > 0) edits.push({ start: offset + indent, end: offset + indent + remove, text: '' });
  }
  return edits;
}

/** The identifiers inside `node` (an expression of a statement: a walk of that subtree only). */
export function identifiersWithin(node: Node): Node[] {
  return node.descendantsOfType('identifier').filter((n): n is Node => n !== null);
}

/** The calls inside `node` (a method of a class: a walk of that subtree only). */
export function callsWithin(node: Node): Node[] {
  return node.descendantsOfType('call').filter((n): n is Node => n !== null);
}
