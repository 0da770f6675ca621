// Code guarded by a `django.VERSION` check for old releases, such as
//
//     if django.VERSION < (2, 0):
//         from django.core.urlresolvers import reverse   # runs only on Django < 2.0
//     else:
//         from django.urls import reverse
//
// runs only on releases where the old API still exists, so findings there are noise. This module
// finds such regions: for each branch of an `if`/`elif`/`else` (and each side of a conditional
// expression) it computes an upper bound V such that the branch can only run on Django < V.
//
// Comparisons are understood the way Python compares tuples: `django.VERSION` is a 5-tuple, so
// `django.VERSION <= (1, 11)` holds only below 1.11 while `django.VERSION[:2] <= (1, 11)` holds on
// 1.11 too. `django.VERSION` must resolve to Django's (import-aware): `import django`,
// `from django import VERSION [as X]`, and module-level aliases such as `DJ = django.VERSION[:2]`.
// `django.get_version()`/`django.__version__` compared with a '1.x' string count too, for what
// string order allows (`stringComparison`).
//
// Compatibility fallbacks that no `django.VERSION` names (`except ImportError:` after an import of
// a new name, branches taken when `hasattr(x, "new")` is false…) are found by `compat-fallbacks.ts`
// and bounded the same way; `hasattr(x, "new")` is understood here as a condition too, and so is an
// early exit: the statements after `if django.VERSION >= (1, 10): return …` run only below 1.10.
import type { Node, Tree } from 'web-tree-sitter';
import { compatFallbacks, hasattrBound } from './compat-fallbacks';
import type { PythonScopes } from './python-scopes';

/** A version as a tuple of numbers: (major, minor). */
export type VersionTuple = readonly [number, number];

export interface VersionGuard {
  start: number;
  end: number;
  /** The branch runs only on Django releases older than this one. */
  below: VersionTuple;
}

type Kind = 'lt' | 'le' | 'gt' | 'ge';

/** `version[:m] <kind> bound`, with both of length m (1: major, 2: major.minor, 3: with patch). */
interface Comparison {
  kind: Kind;
  bound: number[];
}

const compareTuples = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x - y;
  }
  return 0;
};

const minBound = (a: VersionTuple | null, b: VersionTuple | null): VersionTuple | null =>
  a === null ? b : b === null ? a : compareTuples(a, b) <= 0 ? a : b;

const maxBound = (a: VersionTuple | null, b: VersionTuple | null): VersionTuple | null =>
  a === null || b === null ? null : compareTuples(a, b) >= 0 ? a : b;

function unparenthesize(node: Node | null): Node | null {
  while (node && node.type === 'parenthesized_expression') node = node.namedChildren.find((c) => c && c.type !== 'comment') ?? null;
  return node;
}

function integer(node: Node | null): number | null {
  node = unparenthesize(node);
  return node && node.type === 'integer' && /^\d+$/.test(node.text) ? Number(node.text) : null;
}

function integerTuple(node: Node | null): number[] | null {
  node = unparenthesize(node);
  if (!node || node.type !== 'tuple') return null;
  const items = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
  if (items.length < 1 || items.length > 3) return null;
  const values = items.map(integer);
  return values.every((v): v is number => v !== null) ? values : null;
}

export class VersionGuardFinder {
  /** Module-level names bound once to `django.VERSION` (or a slice of it): name → prefix length. */
  private readonly aliases = new Map<string, number>();

  constructor(private readonly tree: Tree, private readonly scopes: PythonScopes) {
    for (const child of tree.rootNode.namedChildren) {
      if (child?.type !== 'expression_statement') continue;
      const assignment = child.firstNamedChild;
      if (assignment?.type !== 'assignment') continue;
      const left = assignment.childForFieldName('left');
      const length = this.versionPrefix(assignment.childForFieldName('right'));
      if (left?.type === 'identifier' && length !== null && (scopes.moduleScope.bindings.get(left.text)?.length ?? 0) === 1) {
        this.aliases.set(left.text, length);
      }
    }
  }

  /** How many components of `django.VERSION` an expression is: 5 (the tuple), a slice length, or 1 for `[0]` (a number). */
  private versionPrefix(node: Node | null): number | null {
    node = unparenthesize(node);
    if (!node) return null;
    if (node.type === 'identifier' || node.type === 'attribute') {
      if (this.scopes.qualifiedNameOf(node) === 'django.VERSION') return 5;
      if (node.type === 'identifier' && this.aliases.has(node.text)) {
        const binding = this.scopes.lookup(node.text, this.scopes.scopeAt(node.startIndex), node.startIndex);
        if (binding && !binding.importEntry && this.scopes.moduleScope.bindings.get(node.text)?.[0] === binding) return this.aliases.get(node.text)!;
      }
      return null;
    }
    if (node.type === 'subscript') {
      const base = this.versionPrefix(node.childForFieldName('value'));
      const subscripts = node.childrenForFieldName('subscript').filter((c): c is Node => c !== null);
      if (base === null || base === 1 || subscripts.length !== 1) return null;
      const [subscript] = subscripts;
      if (subscript.type === 'slice') {
        const parts = subscript.namedChildren.filter((c): c is Node => c !== null);
        const text = subscript.text.replace(/\s+/g, '');
        const match = /^(0?):(\d+)$/.exec(text);
        if (!match || parts.some((p) => p.type !== 'integer')) return null;
        return Math.min(base, Number(match[2])) || null;
      }
      if (integer(subscript) === 0) return -1; // the major version, a number
    }
    return null;
  }

  /** `django.get_version()` or `django.__version__`: the running version as a string ("1.11.29"). */
  private isVersionString(node: Node | null): boolean {
    node = unparenthesize(node);
    if (node?.type === 'call') {
      const args = node.childForFieldName('arguments');
      return args?.type === 'argument_list' && args.namedChildren.length === 0 && this.scopes.qualifiedNameOf(node.childForFieldName('function')) === 'django.get_version';
    }
    return (node?.type === 'attribute' || node?.type === 'identifier') && this.scopes.qualifiedNameOf(node) === 'django.__version__';
  }

  /**
   * `django.get_version() >= '1.5'` (or `__version__`, any of the four orders) with a literal of the
   * 1.x series. Strings compare by character, so '1.10.8' < '1.5' and the two orders disagree on
   * 1.10 and 1.11; what holds is that every release from 2.0 compares greater than any '1.x'. So the
   * side where the version is the smaller one runs only below 2.0 (`version[:1] < (2,)`), and
   * nothing is known of the other side (`version[:1] >= (2,)` gives no upper bound).
   */
  private stringComparison(left: Node, right: Node, operator: string): Comparison | null {
    let smallerWhenTrue = operator === '<' || operator === '<=';
    let literal = unparenthesize(right);
    if (!this.isVersionString(left)) {
      if (!this.isVersionString(right)) return null;
      literal = unparenthesize(left);
      smallerWhenTrue = !smallerWhenTrue;
    }
    const parts = literal?.type === 'string' ? literal.namedChildren.filter((c): c is Node => c !== null) : [];
    const content = parts.filter((c) => c.type === 'string_content');
    if (parts.some((c) => c.type === 'interpolation') || content.length !== 1 || !/^1\.\d+(\.\d+)*$/.test(content[0].text)) return null;
    return { kind: smallerWhenTrue ? 'lt' : 'ge', bound: [2] };
  }

  /** A comparison of the running version with a literal, normalised to `version[:m] <kind> bound`. */
  private comparison(node: Node): Comparison | null {
    if (node.type !== 'comparison_operator') return null;
    const operands = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
    const operators = node.childrenForFieldName('operators').filter((c): c is Node => c !== null);
    if (operands.length !== 2 || operators.length !== 1) return null;
    let operator = operators[0].type;
    if (!['<', '<=', '>', '>='].includes(operator)) return null;
    const byString = this.stringComparison(operands[0], operands[1], operator);
    if (byString) return byString;
    let [left, right] = operands;
    let prefix = this.versionPrefix(left);
    if (prefix === null) {
      prefix = this.versionPrefix(right);
      if (prefix === null) return null;
      [left, right] = [right, left];
      operator = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' }[operator]!;
    }
    const kind = ({ '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' } as const)[operator as '<' | '<=' | '>' | '>='];
    if (prefix === -1) {
      const major = integer(right);
      return major === null ? null : { kind, bound: [major] };
    }
    const literal = integerTuple(right);
    if (!literal) return null;
    const k = prefix;
    const n = literal.length;
    if (k > n) {
      // version[:k] vs a shorter tuple: equal prefixes make the version the greater one.
      const bound = literal;
      return { kind: kind === 'lt' || kind === 'le' ? 'lt' : 'ge', bound };
    }
    const bound = literal.slice(0, k);
    if (k === n) return { kind, bound };
    // A shorter version prefix equal to the literal's start is the smaller one.
    return { kind: kind === 'lt' || kind === 'le' ? 'le' : 'gt', bound };
  }

  /** The release the condition (or its negation) implies the running Django is older than. */
  upperBound(condition: Node | null, negated: boolean): VersionTuple | null {
    const node = unparenthesize(condition);
    if (!node) return null;
    if (node.type === 'not_operator') return this.upperBound(node.childForFieldName('argument'), !negated);
    if (node.type === 'boolean_operator') {
      const operator = node.childForFieldName('operator')?.type;
      const left = this.upperBound(node.childForFieldName('left'), negated);
      const right = this.upperBound(node.childForFieldName('right'), negated);
      // (a and b) is true: both are; not (a or b): neither is.
      const conjunction = (operator === 'and') !== negated;
      return conjunction ? minBound(left, right) : maxBound(left, right);
    }
    if (node.type === 'call') return hasattrBound(node, negated);
    const comparison = this.comparison(node);
    if (!comparison) return null;
    let kind = comparison.kind;
    if (negated) kind = ({ lt: 'ge', le: 'gt', gt: 'le', ge: 'lt' } as const)[kind];
    if (kind === 'gt' || kind === 'ge') return null;
    const [major, minor = 0, patch = 0] = comparison.bound;
    const length = comparison.bound.length;
    if (length === 1) return kind === 'lt' ? [major, 0] : [major + 1, 0];
    if (length === 2) return kind === 'lt' ? [major, minor] : [major, minor + 1];
    return kind === 'lt' && patch === 0 ? [major, minor] : [major, minor + 1];
  }

  guards(): VersionGuard[] {
    const guards: VersionGuard[] = [];
    const add = (node: Node | null, below: VersionTuple | null) => {
      if (node && below) guards.push({ start: node.startIndex, end: node.endIndex, below });
    };
    for (const statement of this.tree.rootNode.descendantsOfType('if_statement')) {
      if (!statement) continue;
      const conditions: Node[] = [];
      const condition = statement.childForFieldName('condition');
      if (!condition) continue;
      add(statement.childForFieldName('consequence'), this.upperBound(condition, false));
      conditions.push(condition);
      const alternatives = statement.childrenForFieldName('alternative').filter((a): a is Node => a !== null);
      for (const alternative of alternatives) {
        let negations: VersionTuple | null = null;
        for (const previous of conditions) negations = minBound(negations, this.upperBound(previous, true));
        if (alternative.type === 'elif_clause') {
          const own = alternative.childForFieldName('condition');
          add(alternative.childForFieldName('consequence'), minBound(negations, this.upperBound(own, false)));
          if (own) conditions.push(own);
        } else {
          add(alternative.childForFieldName('body'), negations);
        }
      }
      // `if <new>: return …` without an else: what follows in the block runs only when it is false.
      if (!alternatives.length && exits(statement.childForFieldName('consequence'))) {
        const below = this.upperBound(condition, true);
        const rest = statement.nextNamedSibling;
        const block = statement.parent;
        if (below && rest && block) guards.push({ start: rest.startIndex, end: block.endIndex, below });
      }
    }
    for (const expression of this.tree.rootNode.descendantsOfType('conditional_expression')) {
      if (!expression) continue;
      const [value, condition, otherwise] = expression.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
      if (!condition) continue;
      add(value, this.upperBound(condition, false));
      add(otherwise ?? null, this.upperBound(condition, true));
    }
    return guards;
  }
}

/** Whether a block always leaves it at its end (`return`, `raise`, `continue`, `break`). */
function exits(block: Node | null): boolean {
  const last = block?.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment').pop();
  return last !== undefined && ['return_statement', 'raise_statement', 'continue_statement', 'break_statement'].includes(last.type);
}

/**
 * Regions of a Python module that run only on old Django releases: `django.VERSION` branches and
 * compatibility fallbacks. The scopes are built only when needed.
 */
export function versionGuards(tree: Tree, scopes: () => PythonScopes, text: string): VersionGuard[] {
  const guards: VersionGuard[] = compatFallbacks(tree, scopes, text).map(({ start, end, below }) => ({ start, end, below }));
  if (/VERSION|hasattr|get_version|__version__/.test(text)) guards.push(...new VersionGuardFinder(tree, scopes()).guards());
  return guards;
}

/** The lowest bound of the guards around `offset`, or null when it is not guarded. */
export function guardAt(guards: readonly VersionGuard[], offset: number): VersionTuple | null {
  let bound: VersionTuple | null = null;
  for (const guard of guards) if (guard.start <= offset && offset < guard.end) bound = minBound(bound, guard.below);
  return bound;
}

export function versionTuple(version: string): VersionTuple {
  const [major, minor] = version.split('.').map(Number);
  return [major, minor];
}

export { compareTuples };
