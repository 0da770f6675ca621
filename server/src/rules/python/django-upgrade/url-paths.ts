// Regex URL patterns that `path()` can express, converted the way django-upgrade's `django_urls`
// fixer converts them: `^articles/(?P<year>[0-9]+)/$` → `articles/<int:year>/`.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import type { TextEdit } from '../../../engine/types';
import { callArguments } from '../../../engine/python-edits';
import { stringValue } from '../python-queries';

const regexToConverter: Record<string, string> = {
  '[0-9]+': 'int',
  '\\d+': 'int',
  '.+': 'path',
  '[-a-zA-Z0-9_]+': 'slug',
  '[^/]+': 'str',
  '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}': 'uuid',
};

/**
 * Converters that hand the view something else than the string the regex captured (`int`, `UUID`):
 * a conversion that uses one changes what the view receives, so it is an unsafe fix.
 */
const typedConverters = new Set(['int', 'uuid']);

/**
 * The `path()` route for a regex, or null when it needs `re_path()`. Like django-upgrade, a regex
 * must end with `$` unless the pattern includes another URLconf; unlike it, it must also start
 * with `^`: `url()` searches an unanchored regex anywhere in the path, which `path()` cannot say.
 * With `typed` false, a group that needs `<int:…>` or `<uuid:…>` keeps the regex too.
 */
export function convertPathSyntax(regex: string, includeCalled: boolean, typed = true): string | null {
  if (!regex.startsWith('^')) return null;
  if (!(regex.endsWith('$') || includeCalled)) return null;
  let remaining = regex.slice(1);
  if (remaining.endsWith('$')) remaining = remaining.slice(0, -1);
  let route = '';
  const literals: string[] = [];
  while (remaining.includes('(?P<')) {
    const at = remaining.indexOf('(?P<');
    const prefix = remaining.slice(0, at);
    const rest = remaining.slice(at + 4);
    const close = rest.indexOf(')');
    if (close === -1) return null;
    const group = rest.slice(0, close);
    remaining = rest.slice(close + 1);
    const gt = group.indexOf('>');
    if (gt === -1) return null;
    const name = group.slice(0, gt);
    const converter = regexToConverter[group.slice(gt + 1)];
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || !converter || (!typed && typedConverters.has(converter))) return null;
    literals.push(prefix);
    route += `${prefix}<${converter}:${name}>`;
  }
  literals.push(remaining);
  route += remaining;
  if (!literals.every((literal) => /^(?:[a-zA-Z0-9_\-/:]|\\\.)*$/.test(literal))) return null;
  return route.replace(/\\\./g, '.');
}

/** The value of a plain or implicitly concatenated string literal, and the quote its first part uses. */
export function literalString(node: Node | null): { value: string; quote: string } | null {
  if (!node) return null;
  const parts = node.type === 'concatenated_string' ? node.namedChildren.filter((n): n is Node => n !== null && n.type === 'string') : [node];
  if (parts.length === 0) return null;
  let value = '';
  for (const part of parts) {
    const piece = stringValue(part);
    if (piece === null) return null;
    value += piece;
  }
  const quote = /['"]/.exec(parts[0].text)?.[0] ?? "'";
  return { value, quote };
}

/** Python's `repr()` of a simple string, switched to double quotes when `quote` is `"` (django-upgrade's `str_repr_matching`). */
export function pythonRepr(value: string, quote: string): string {
  const useDouble = value.includes("'") && !value.includes('"');
  let body = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  let repr = useDouble ? `"${body}"` : `'${body.replace(/'/g, "\\'")}'`;
  if (quote === '"' && repr[0] !== '"') {
    body = repr.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"');
    repr = `"${body}"`;
  }
  return repr;
}

export interface UrlCallConversion {
  /** "path" when the pattern converts, else "re_path". */
  name: 'path' | 're_path';
  /** The edit of the pattern string, when it converts. */
  edit?: TextEdit;
  /** The route uses `<int:…>` or `<uuid:…>`: the view receives an int or a UUID where it received a string. */
  typed?: boolean;
}

/**
 * How a `url(…)`/`re_path(…)` call converts. The pattern is its first positional argument: a
 * string, or a string wrapped in a call of `gettext_lazy` (under any name it is imported as).
 * With `typed` false, only to routes whose converters hand the view the same string.
 */
export function convertUrlCall(context: PythonRuleContext, call: Node, typed = true): UrlCallConversion {
  const { positional, list } = callArguments(call);
  const first = list?.namedChildren.find((n) => n !== null && n.type !== 'comment');
  if (!first || positional.length === 0 || first.startIndex !== positional[0].startIndex) return { name: 're_path' };
  let patternNode: Node | null = first;
  if (first.type === 'call') {
    const callee = first.childForFieldName('function');
    const inner = callArguments(first);
    patternNode = callee?.type === 'identifier' && context.scopes.qualifiedNameOf(callee) === 'django.utils.translation.gettext_lazy' ? inner.positional[0] ?? null : null;
  }
  const literal = literalString(patternNode);
  if (!patternNode || !literal) return { name: 're_path' };
  const second = positional[1];
  const secondCallee = second?.type === 'call' ? second.childForFieldName('function') : null;
  const includeCalled = secondCallee?.type === 'identifier' && secondCallee.text === 'include';
  const route = convertPathSyntax(literal.value, includeCalled, typed);
  if (route === null) return { name: 're_path' };
  const edit = { start: patternNode.startIndex, end: patternNode.endIndex, text: pythonRepr(route, literal.quote) };
  return { name: 'path', edit, typed: convertPathSyntax(literal.value, includeCalled, false) === null };
}
