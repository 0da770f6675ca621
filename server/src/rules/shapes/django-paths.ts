// Django classes that settings name by dotted path (backends, loaders, hashers, serializers,
// renderers): a rule finds the exact path as a string (in settings, `override_settings(...)`,
// anywhere) and every import and use of the class, and rewrites both when there is a drop-in
// replacement. Triggers: the classes' names (`movedNamesRule`), which the strings spell too.
// `pathStringsRule`: only the strings (a class no code imports: a cache backend, a test runner, a
// middleware), each rewritten whole to the new path.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { removeElement, replaceStringContent } from '../../engine/python-edits';
import { lastName, quoted, quoteOf, stringsEqualTo } from '../../engine/python-queries';
import type { Fix, TextEdit } from '../../engine/types';
import { definePythonRule } from './define';
import type { PythonRule, RuleSpec } from './define';
import { MovedName, movedNamesRule } from './moved-names';

export interface DjangoPath extends MovedName {
  /** A string in a list or tuple (e.g. a loader in `loaders`) is removed from it, when there is no replacement. */
  removeFromList?: boolean;
}

export function djangoPathRule(spec: RuleSpec & { names: DjangoPath[] }): PythonRule {
  const names = movedNamesRule(spec);
  return {
    ...names,
    check(context: PythonRuleContext) {
      names.check(context);
      for (const { node, value } of stringsEqualTo(context, spec.names.map((n) => n.old))) {
        const name = spec.names.find((n) => n.old === value)!;
        context.report({
          node,
          subject: name.subject ?? `\`${name.old}\``,
          advice: name.advice ?? `use \`${name.replacement}\``,
          fix: spec.fix === 'none' ? undefined : stringFix(context, node, name),
        });
      }
    },
  };
}

function stringFix(context: PythonRuleContext, node: Node, name: DjangoPath): Fix | undefined {
  if (name.replacement) {
    const edit = replaceStringContent(node, name.replacement);
    return edit ? { title: `Use \`${name.replacement}\``, edits: [edit] } : undefined;
  }
  const edits = name.removeFromList ? removeFromItsList(context.text, node) : null;
  return edits ? { title: `Remove \`${name.old}\``, edits } : undefined;
}

/**
 * The edits that delete an entry (a dotted path in `MIDDLEWARE`, `loaders`, `context_processors`,
 * a panel list…) from the list or tuple that holds it; null when it is not an element of one.
 */
export function removeFromItsList(text: string, node: Node): TextEdit[] | null {
  const container = node.parent;
  return container && (container.type === 'list' || container.type === 'tuple') ? removeElement(text, container, node) : null;
}

/** A dotted path that only strings name (`pathStringsRule`). */
export interface PathString {
  old: string;
  /** The path the fix writes; none: no fix. */
  replacement?: string;
  /** Default: "use `replacement`". */
  advice?: string;
  /** Default: "Use `<last name of replacement>`". */
  fixTitle?: string;
}

/**
 * Strings equal to a dotted path Django removed (anywhere: settings, `override_settings`), each
 * reported as `` `old` `` and rewritten whole, in its own quotes, to the replacement. Triggers: the
 * paths' last names.
 */
export function pathStringsRule(spec: RuleSpec & { paths: PathString[] }): PythonRule {
  const { paths, ...rest } = spec;
  const byPath = new Map(paths.map((path) => [path.old, path]));
  return definePythonRule({
    ...rest,
    triggers: paths.map((path) => lastName(path.old)),
    check(context) {
      for (const { node, value } of stringsEqualTo(context, [...byPath.keys()])) {
        const { replacement, advice, fixTitle } = byPath.get(value)!;
        const text = replacement ? quoted(replacement, quoteOf(node)) : null;
        context.report({
          node,
          subject: `\`${value}\``,
          advice: advice ?? `use \`${replacement}\``,
          fix: text ? { title: fixTitle ?? `Use \`${lastName(replacement!)}\``, edits: [{ start: node.startIndex, end: node.endIndex, text }] } : undefined,
        });
      }
    },
  });
}
