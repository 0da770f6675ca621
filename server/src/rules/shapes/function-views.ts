// Function-based views that Django replaced with class-based ones (the auth views, the JavaScript
// catalogs). Every import and use is reported; when each use is the view of a URL pattern, the fix
// imports the class and passes `Class.as_view(...)`, moving the pattern's extra-kwargs dict into
// `as_view()` when each key has a class attribute counterpart.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { moveSymbolsEdits, normalizedOrNull, removeElement } from '../../engine/python-edits';
import { dictPairs, lastName, literalString, mayName, splitQualifiedName, unparenthesized, urlFunctions, urlPatternCalls } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { definePythonRule, PythonRule, RuleSpec } from './define';

/** How an extra-kwargs key of the function view maps to an `as_view()` argument (null: it does not). */
export type KwargMap = Record<string, string | ((value: Node) => string | null)>;

export interface FunctionView {
  old: string;
  /** The class-based view, e.g. "django.contrib.auth.views.LoginView". */
  view: string;
  kwargs: KwargMap;
}

/** `post_*_redirect` went through `resolve_url()`; `success_url` is used as is: only URL paths carry over. */
export const urlPathAs = (name: string) => (value: Node) => {
  const text = literalString(value);
  return text !== null && /^(\/|https?:\/\/)/.test(text) ? name : null;
};
/** The catalogs took `packages` as a list or a "+"-joined string; `as_view()` wants a list. */
export const sequenceAs = (name: string) => (value: Node) => (['list', 'tuple'].includes(unparenthesized(value)?.type ?? '') ? name : null);

function asViewArguments(kwargs: KwargMap, dict: Node | null): string | null {
  if (!dict) return '';
  const pairs = dictPairs(dict);
  const node = unparenthesized(dict);
  if (node?.type !== 'dictionary' || pairs.size !== node.namedChildren.filter((c) => c?.type !== 'comment').length) return null;
  const parts: string[] = [];
  for (const [key, { value }] of pairs) {
    const mapping = kwargs[key];
    const name = typeof mapping === 'function' ? mapping(value) : mapping;
    if (!name) return null;
    parts.push(`${name}=${value.text}`);
  }
  return parts.join(', ');
}

/** Triggers: the functions' names, which every import and use spells. */
export function functionViewsRule(spec: Omit<RuleSpec, 'truth'> & { views: FunctionView[] }): PythonRule {
  const { views, ...rest } = spec;
  return definePythonRule({
    ...rest,
    truth: { removed: views.map((v) => v.old), replacements: views.map((v) => v.view) },
    triggers: views.map((v) => lastName(v.old)),
    check(context) {
      if (!views.some((view) => mayName(context, view.old))) return;
      const { scopes } = context;
      const sites: Array<{ node: Node; view: FunctionView }> = [];
      const uses: Array<{ node: Node; view: FunctionView }> = [];
      for (const view of views) {
        for (const entry of scopes.imports) if (entry.qualifiedName === view.old) sites.push({ node: entry.entry, view });
        for (const reference of scopes.referencesTo(view.old)) {
          sites.push({ node: reference.node, view });
          uses.push({ node: reference.node, view });
        }
      }
      if (sites.length === 0) return;
      const edits = uses.length > 0 ? fixEdits(context, views, uses) : null;
      for (const { node, view } of sites) {
        const className = splitQualifiedName(view.view)[1];
        context.report({
          node,
          subject: `The function view \`${view.old}\``,
          advice: `use \`${className}.as_view()\` (its options become \`as_view()\` arguments)`,
          fix: edits ? { title: `Use \`${className}.as_view()\``, edits } : undefined,
        });
      }
    },
  });
}

function fixEdits(context: PythonRuleContext, views: FunctionView[], uses: Array<{ node: Node; view: FunctionView }>): TextEdit[] | null {
  const patterns = urlPatternCalls(context, urlFunctions);
  const edits: TextEdit[] = [];
  for (const { node, view } of uses) {
    const pattern = patterns.find((p) => p.positional[1]?.startIndex === node.startIndex && p.positional[1]?.endIndex === node.endIndex);
    if (!pattern || !pattern.list || pattern.hasSplat || pattern.keywords.has('kwargs')) return null;
    const dict = pattern.positional[2] ?? null;
    const args = asViewArguments(view.kwargs, dict);
    if (args === null) return null;
    edits.push({ start: node.endIndex, end: node.endIndex, text: `.as_view(${args})` });
    if (dict) edits.push(...removeElement(context.text, pattern.list, dict));
  }
  const moves = moveSymbolsEdits(context, views.map((v) => {
    const [newModule, newName] = splitQualifiedName(v.view);
    return { old: v.old, newModule, newName };
  }));
  if (!moves || moves.safety !== 'safe') return null;
  return normalizedOrNull([...moves.edits, ...edits]);
}
