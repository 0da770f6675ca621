// Small queries over a Python module that several rules share.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';

/** Calls whose callee resolves to one of `qualifiedNames`. */
export function callsTo(context: PythonRuleContext, qualifiedNames: readonly string[]): Array<{ call: Node; callee: Node; qualifiedName: string }> {
  const wanted = new Set(qualifiedNames);
  const calls: Array<{ call: Node; callee: Node; qualifiedName: string }> = [];
  for (const reference of context.scopes.references) {
    if (!wanted.has(reference.qualifiedName)) continue;
    const parent = reference.node.parent;
    const callee = parent?.type === 'call' ? parent.childForFieldName('function') : null;
    if (parent && callee && callee.startIndex === reference.node.startIndex && callee.endIndex === reference.node.endIndex) {
      calls.push({ call: parent, callee: reference.node, qualifiedName: reference.qualifiedName });
    }
  }
  return calls;
}

/** Statements at module level, including those nested in module-level if/try/with blocks. */
export function moduleLevelStatements(context: PythonRuleContext): Node[] {
  const statements: Node[] = [];
  const visit = (container: Node) => {
    for (const child of container.namedChildren) {
      if (!child) continue;
      if (['if_statement', 'try_statement', 'with_statement', 'else_clause', 'elif_clause', 'except_clause', 'finally_clause', 'block'].includes(child.type)) {
        visit(child);
      } else {
        statements.push(child);
      }
    }
  };
  visit(context.tree.rootNode);
  return statements;
}

/** `NAME = value`, `NAME += value` and `NAME: T = value` statements at module level. */
export function moduleAssignments(context: PythonRuleContext, name: string): Array<{ statement: Node; assignment: Node; left: Node; right: Node | null }> {
  const found: Array<{ statement: Node; assignment: Node; left: Node; right: Node | null }> = [];
  for (const statement of moduleLevelStatements(context)) {
    if (statement.type !== 'expression_statement') continue;
    const assignment = statement.firstNamedChild;
    if (!assignment || (assignment.type !== 'assignment' && assignment.type !== 'augmented_assignment')) continue;
    const left = assignment.childForFieldName('left');
    if (left?.type === 'identifier' && left.text === name) {
      found.push({ statement, assignment, left, right: assignment.childForFieldName('right') });
    }
  }
  return found;
}

/** Class-body assignments `name = value` directly in `classNode`'s body. */
export function classAttributeAssignments(classNode: Node, name: string): Array<{ statement: Node; left: Node; right: Node | null }> {
  const body = classNode.childForFieldName('body');
  const found: Array<{ statement: Node; left: Node; right: Node | null }> = [];
  for (const statement of body?.namedChildren ?? []) {
    if (statement?.type !== 'expression_statement') continue;
    const assignment = statement.firstNamedChild;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    if (left?.type === 'identifier' && left.text === name) found.push({ statement, left, right: assignment.childForFieldName('right') });
  }
  return found;
}

/** Every class definition in the module, nested ones included. */
export function classDefinitions(context: PythonRuleContext): Node[] {
  return context.tree.rootNode.descendantsOfType('class_definition').filter((n): n is Node => n !== null);
}

/** The dotted text of an expression without whitespace (e.g. "self.client.get"). */
export function dottedText(node: Node | null): string {
  return node ? node.text.replace(/\s+/g, '') : '';
}

/** The Python string value of a simple literal ('a', "a", r'a'); null for f-strings and concatenations. */
export function stringValue(node: Node | null): string | null {
  if (!node || node.type !== 'string') return null;
  const match = /^([rRuUbB]{0,2})('''|"""|'|")([\s\S]*)\2$/.exec(node.text);
  if (!match || /[fF]/.test(match[1])) return null;
  return /[rR]/.test(match[1]) ? match[3] : match[3].replace(/\\(['"\\])/g, '$1');
}
