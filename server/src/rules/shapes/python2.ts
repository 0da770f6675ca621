// What the python2 rules (rules/python2/, issue 14) share: their one spec (category `python2`,
// removed with Django 2.0, which runs on Python 3 only), anchors for constructs that are not words
// (`<>`, `0777`, backticks), and the Python-2-only regions of a file (`if six.PY2:`, a `try:` whose
// `except NameError`/`except ImportError` is the Python 3 fallback) where Python 2 code is meant.
// docs/python2.md says how tree-sitter-python parses each construct.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { releaseNotes } from '../docs-links';
import { definePythonRule, type PythonRule, type RuleDefinition } from './define';

/** Django 2.0's notes: "Django 2.0 supports Python 3.4, 3.5, 3.6, and 3.7". */
const python3Notes = releaseNotes('2.0', 'python-compatibility');

type Python2Spec = DistributiveOmit<RuleDefinition<PythonRuleContext>, 'category' | 'deprecatedIn' | 'removedIn'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A python2 rule: no Django release deprecated Python 2 code, Django 2.0 stopped running it (an
 * error from a 2.0 target on). The audit counts the category in its "Python 2.7 → 3.x on Django
 * 1.11" step.
 */
export function python2Rule(spec: Python2Spec): PythonRule {
  return definePythonRule({ ...spec, category: 'python2', deprecatedIn: null, removedIn: '2.0', docsUrl: spec.docsUrl ?? python3Notes } as RuleDefinition<PythonRuleContext>);
}

/** "`X` is Python 2 syntax…": the subject of a finding of syntax Python 3 rejects. */
export const syntaxSubject = (what: string): string => `${what} is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects`;

/** "`X` is gone in Python 3…": the subject of a finding of a name or method Python 3 lacks. */
export const goneSubject = (what: string): string => `${what} is Python 2 only, gone in Python 3 (needed from Django 2.0)`;

/** Nodes of `type` that start at an occurrence of `pattern` (a global regex) in the text, in order. */
export function nodesMatching(context: PythonRuleContext, pattern: RegExp, accept: (node: Node) => boolean): Node[] {
  return context.memo(`python2:${pattern.source}`, () => {
    const found: Node[] = [];
    const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    let match: RegExpExecArray | null;
    while ((match = regex.exec(context.text))) {
      const node = context.tree.rootNode.descendantForIndex(match.index, match.index + match[0].length);
      if (node && accept(node)) found.push(node);
      if (match[0].length === 0) regex.lastIndex++;
    }
    return found;
  });
}

/** The node spanning the word at `offset`, or null. */
function nodeAtWord(context: PythonRuleContext, offset: number, length: number): Node | null {
  const node = context.tree.rootNode.descendantForIndex(offset, offset + length);
  return node && node.startIndex === offset && node.endIndex === offset + length ? node : null;
}

/** Statements or nodes of `parentType` opened by the keyword `keyword`, in the order of the text. */
export function keywordParents(context: PythonRuleContext, keyword: string, parentType: string): Node[] {
  return context.memo(`python2:keyword:${keyword}:${parentType}`, () => {
    const found: Node[] = [];
    for (const offset of context.tokens.offsets(keyword)) {
      const parent = keywordParentAt(context, offset, keyword, parentType);
      if (parent) found.push(parent);
    }
    return found;
  });
}

/** The node of `parentType` that the keyword `keyword` at `offset` opens, or null. */
export function keywordParentAt(context: PythonRuleContext, offset: number, keyword: string, parentType: string): Node | null {
  const node = nodeAtWord(context, offset, keyword.length);
  const parent = node?.parent;
  return node && node.type === keyword && parent?.type === parentType ? parent : null;
}

/** Identifiers spelled `word` (uses, targets, attribute and keyword names alike), in order. */
export function identifiersAt(context: PythonRuleContext, word: string): Node[] {
  return context.memo(`python2:identifier:${word}`, () =>
    context.tokens.offsets(word).map((offset) => nodeAtWord(context, offset, word.length)).filter((n): n is Node => n?.type === 'identifier'),
  );
}

// ---------------------------------------------------------------------------------------------
// Python-2-only regions

const compact = (text: string) => text.replace(/\s+/g, '');

/** Conditions true only on Python 2 (six's PY2, sys.version_info below 3) and only on Python 3. */
const python2Tests = [
  /^(?:six\.|utils\.six\.)?PY2$/,
  /^not(?:six\.)?PY3$/,
  /^sys\.version_info(?:\[0\]|\.major)(?:==2|<3|<=2)$/,
  /^sys\.version_info<\(3,?(?:0,?)?\)$/,
  /^sys\.version_info\[:[12]\]<\(3,?(?:0,?)?\)$/,
];
const python3Tests = [
  /^(?:six\.|utils\.six\.)?PY3$/,
  /^not(?:six\.)?PY2$/,
  /^sys\.version_info(?:\[0\]|\.major)(?:==3|>=3|>2)$/,
  /^sys\.version_info>=\(3,?(?:\d+,?)*\)$/,
  /^sys\.version_info>\(3,?\)$/,
  /^sys\.version_info\[:[12]\]>=\(3,?(?:\d+,?)*\)$/,
];
/** Whether a condition holds only on one Python: one of `tests`, or `test and …` (`if six.PY2 and x:`). */
function testsPython(condition: Node | null, tests: readonly RegExp[]): boolean {
  if (!condition) return false;
  if (tests.some((t) => t.test(compact(condition.text)))) return true;
  if (condition.type === 'parenthesized_expression') return testsPython(condition.namedChildren[0] ?? null, tests);
  if (condition.type !== 'boolean_operator' || condition.childForFieldName('operator')?.type !== 'and' || tests !== python2Tests) return false;
  return testsPython(condition.childForFieldName('left'), tests) || testsPython(condition.childForFieldName('right'), tests);
}

/** The exception names an `except` clause catches (empty for a bare `except:`). */
function caughtNames(clause: Node): string[] | null {
  const value = clause.namedChildren.find((c) => c && c.type !== 'block' && c.type !== 'comment') ?? null;
  if (!value) return [];
  const caught = value.type === 'as_pattern' ? value.namedChildren[0] : value;
  if (!caught) return null;
  const names = caught.type === 'tuple' || caught.type === 'parenthesized_expression' ? caught.namedChildren : [caught];
  return names.filter((n): n is Node => !!n).map((n) => n.text.split('.').pop()!);
}

/**
 * Whether `node` sits where Python 2 code is meant: a branch only Python 2 runs, or a `try` whose
 * handler catches one of `fallbacks` (NameError for names, ImportError for modules: the `try:` body
 * and, for imports, the handler itself, which holds the Python 2 spelling as often as the body).
 */
export function inPython2OnlyCode(node: Node, fallbacks: readonly string[], inHandlerToo = false): boolean {
  let child: Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case 'if_statement':
      case 'elif_clause': {
        const condition = parent.childForFieldName('condition');
        const consequence = parent.childForFieldName('consequence');
        if (consequence && sameRange(child, consequence) && testsPython(condition, python2Tests)) return true;
        break;
      }
      case 'else_clause': {
        // The `else:` of a test only Python 3 passes.
        const owner = parent.parent;
        if (owner?.type === 'if_statement' && testsPython(owner.childForFieldName('condition'), python3Tests)) return true;
        break;
      }
      case 'boolean_operator': {
        // `six.PY2 and not isinstance(s, unicode)`: the right side runs only on Python 2.
        const left = parent.childForFieldName('left');
        const right = parent.childForFieldName('right');
        const operator = parent.childForFieldName('operator')?.type;
        if (right && sameRange(child, right) && operator === 'and' && testsPython(left, python2Tests)) return true;
        break;
      }
      case 'conditional_expression': {
        const [whenTrue, condition, whenFalse] = parent.namedChildren;
        if (whenTrue && sameRange(child, whenTrue) && testsPython(condition, python2Tests)) return true;
        if (whenFalse && sameRange(child, whenFalse) && testsPython(condition, python3Tests)) return true;
        break;
      }
      case 'try_statement': {
        const handlers = parent.namedChildren.filter((c): c is Node => c?.type === 'except_clause');
        const catches = handlers.some((h) => {
          const names = caughtNames(h);
          return names !== null && (names.length === 0 || names.some((n) => fallbacks.includes(n) || n === 'Exception'));
        });
        if (!catches) break;
        const body = parent.childForFieldName('body');
        if (body && sameRange(child, body)) return true;
        if (inHandlerToo && child.type === 'except_clause') return true;
        break;
      }
    }
  }
  return false;
}

export const sameRange = (a: Node, b: Node): boolean => a.startIndex === b.startIndex && a.endIndex === b.endIndex;

/** The identifiers a subtree holds, in order (a lambda's body, a parameter pattern: small subtrees only). */
export function identifiersIn(node: Node): Node[] {
  return node.descendantsOfType('identifier').filter((n): n is Node => !!n);
}

/** Whether a subtree binds names of its own (a lambda, a comprehension, `:=`), which a rename must not cross. */
export function bindsNames(node: Node): boolean {
  return node.descendantsOfType(['lambda', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression', 'named_expression']).length > 0;
}

// ---------------------------------------------------------------------------------------------
// Code the parser could not read

/**
 * The statements holding an ERROR or MISSING node (a real syntax error, `async` as a name, which
 * Python 3.7 reserved), as whole lines of text, merged. tree-sitter may fold a neighbouring line
 * into such a statement (`from m import async` swallows the `import` below it), so what is there
 * is found by the token fallback below instead of the tree. Only the paths to errors are walked.
 */
export function damagedRanges(context: PythonRuleContext): ReadonlyArray<{ start: number; end: number }> {
  return context.memo('python2:damaged', () => {
    const root = context.tree.rootNode;
    if (!root.hasError) return [];
    const ranges: Array<{ start: number; end: number }> = [];
    const pending: Node[] = [root];
    while (pending.length) {
      const node = pending.pop()!;
      if (node.isError || node.isMissing) {
        let statement = node;
        while (statement.parent && statement.parent.type !== 'module' && statement.parent.type !== 'block') statement = statement.parent;
        ranges.push({ start: lineStart(context.text, statement.startIndex), end: lineEnd(context.text, statement.endIndex) });
        continue;
      }
      for (const child of node.children) if (child && (child.hasError || child.isMissing)) pending.push(child);
    }
    ranges.sort((a, b) => a.start - b.start);
    const merged: Array<{ start: number; end: number }> = [];
    for (const range of ranges) {
      const last = merged[merged.length - 1];
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
      else merged.push({ ...range });
    }
    return merged;
  });
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number) => {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
};

/** Strings and comments blanked (same length, newlines kept), so that a token pattern sees code only. */
const stringsAndComments = /[rRuUbB]{0,2}(?:'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\\n])*'?|"(?:\\.|[^"\\\n])*"?)|#[^\n]*/g;
const blank = (text: string) => text.replace(stringsAndComments, (m) => m.replace(/[^\n]/g, ' '));

/**
 * The token fallback (docs/python2.md): matches of `pattern` (multiline; a group named `at` marks
 * where the finding lands, else the whole match) in the code of the damaged statements, strings
 * and comments left out, except where a node of `reported` (what the tree gave) already lies.
 */
export function damagedMatches(context: PythonRuleContext, pattern: RegExp, reported: readonly Node[]): Array<{ start: number; end: number; match: RegExpExecArray }> {
  const found: Array<{ start: number; end: number; match: RegExpExecArray }> = [];
  for (const range of damagedRanges(context)) {
    const code = blank(context.text.slice(range.start, range.end));
    const regex = new RegExp(pattern.source, [...new Set([...pattern.flags, 'g', 'd'])].join(''));
    let match: RegExpExecArray | null;
    while ((match = regex.exec(code))) {
      if (match[0].length === 0) regex.lastIndex++;
      const [from, to] = match.indices?.groups?.at ?? [match.index, match.index + match[0].length];
      const start = range.start + from;
      if (reported.some((node) => node.startIndex <= start && start < node.endIndex)) continue;
      found.push({ start, end: range.start + to, match });
    }
  }
  return found;
}
