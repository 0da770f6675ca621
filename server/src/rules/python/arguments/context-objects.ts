// `Context(...)`/`RequestContext(...)` values passed where Django 1.8+ template APIs take a dict.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { context as contextClass, requestContext } from './shared-paths';
import { callArguments, namesAny } from '../../../engine/python-queries';

export interface ContextObject {
  kind: 'Context' | 'RequestContext';
  /** The dict it wraps (null: none). */
  dict: Node | null;
  /** The request of a RequestContext. */
  request: Node | null;
  /** Whether it has only those arguments, so it can be unwrapped exactly. */
  simple: boolean;
}

export function contextObject(context: PythonRuleContext, value: Node): ContextObject | null {
  if (value.type !== 'call') return null;
  const called = context.scopes.qualifiedNameOf(value.childForFieldName('function'));
  const isRequest = namesAny(called, [requestContext]);
  if (!isRequest && !namesAny(called, [contextClass])) return null;
  const { positional, keywords, hasSplat } = callArguments(value);
  if (isRequest) {
    return { kind: 'RequestContext', request: positional[0] ?? null, dict: positional[1] ?? null, simple: !hasSplat && keywords.size === 0 && positional.length >= 1 && positional.length <= 2 };
  }
  return { kind: 'Context', request: null, dict: positional[0] ?? null, simple: !hasSplat && keywords.size === 0 && positional.length <= 1 };
}
