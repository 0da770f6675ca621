// Arguments of Django callables: a keyword that was renamed, dropped or only reported, and
// positional arguments that became keyword-only. Triggers: the keywords' names, or the callables'.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { normalizedOrNull, removeElement } from '../../engine/python-edits';
import { callArguments, callsTo, dictPairs, importsFrom, isSelfOfSubclass, lastName, mayNameAny, methodCalls, urlPatternKwargs } from '../../engine/python-queries';
import type { Fix, TextEdit } from '../../engine/types';
import { definePythonRule, PythonRule, RuleSpec, wordsInAll } from './define';

/** Where the calls of a rule are. */
export interface CallSites {
  /** Django callables (canonical dotted paths), resolved through the imports. */
  callees?: string[];
  /** Method calls `receiver.name(...)`. */
  methods?: {
    names: string[];
    /** Which receivers count; default: any receiver (for method names only Django has). */
    receiver?: (context: PythonRuleContext, receiver: Node) => boolean;
    /** The receiver may be `self`/`super()` in a subclass of these Django classes. */
    selfOf?: string[];
    /** Only in modules that import from one of these modules (for names other libraries share). */
    fileImports?: string[];
  };
  /** Also the extra-kwargs dict of URL patterns whose view is one of the callees (function views). */
  urlKwargs?: boolean;
}

export interface FoundCall {
  call: Node;
  /** The short name of what is called, for messages. */
  name: string;
}

/** A spec's own required words and those its shape derives, or undefined when there are none. */
function withRequired(own: readonly string[] | undefined, derived: readonly string[]): readonly string[] | undefined {
  const words = [...new Set([...(own ?? []), ...derived])];
  return words.length ? words : undefined;
}

/** The words a call of `sites` spells: the callables' and the methods' last names. */
export function callSiteWords(sites: CallSites): string[] {
  return [...(sites.callees ?? []).map(lastName), ...(sites.methods?.names ?? [])];
}

/**
 * Words every call `callsTo(callables)` finds spells, whichever the import: the first two parts
 * and the last of a callable (a re-export by a parent package, `namesDjangoObject`, keeps a
 * module of two parts at least, and the last name), those common to all the callables.
 */
export function calleeWords(callables: readonly string[]): string[] {
  return wordsInAll(callables.map((callable) => [...callable.split('.').slice(0, 2), lastName(callable)]));
}

/**
 * The words a finding at `sites` needs besides its trigger: the callees' (`calleeWords`) when
 * calls are all it looks at; with methods found only on `self` of `selfOf` subclasses, the one
 * class name when the callees and those classes share it. Else none.
 */
function siteRequires(sites: CallSites): string[] {
  const { callees = [], methods, urlKwargs } = sites;
  if (urlKwargs) return [];
  if (!methods) return calleeWords(callees);
  if (!methods.selfOf || methods.receiver) return [];
  const classes = new Set([...callees, ...methods.selfOf].map(lastName));
  return classes.size === 1 ? [...classes] : [];
}

/**
 * The calls that `sites` describes, each once, in the order of the text. With `wanted`, method
 * calls it rejects are dropped before their receivers are resolved (which may build the scopes).
 */
export function findCalls(context: PythonRuleContext, sites: CallSites, wanted?: (call: Node) => boolean): FoundCall[] {
  const found = new Map<number, FoundCall>();
  for (const { call, callee } of callsTo(context, sites.callees ?? [])) {
    found.set(call.startIndex, { call, name: callee.text.replace(/^.*\./, '') });
  }
  const methods = sites.methods;
  // Found only on `self` of subclasses of classes no word of the text names: none.
  const possible = methods && (!methods.selfOf || methods.receiver !== undefined || mayNameAny(context, methods.selfOf));
  if (methods && possible && (!methods.fileImports || importsFrom(context, methods.fileImports))) {
    for (const { call, receiver, name } of methodCalls(context, methods.names)) {
      if (found.has(call.startIndex) || (wanted && !wanted(call))) continue;
      const bySelf = methods.selfOf ? isSelfOfSubclass(context, receiver, methods.selfOf) : false;
      const byReceiver = methods.receiver ? methods.receiver(context, receiver) : !methods.selfOf;
      if (bySelf || byReceiver) found.set(call.startIndex, { call, name });
    }
  }
  return [...found.values()].sort((a, b) => a.call.startIndex - b.call.startIndex);
}

export interface KeywordSpec {
  name: string;
  /** A drop-in new name: the fix renames the keyword. */
  rename?: string;
  /** The keyword does nothing any more: the fix removes it. */
  remove?: boolean;
  /** A custom fix: the edits that replace the argument. */
  replace?: (context: PythonRuleContext, found: { call: Node; argument: Node; value: Node; keywords: Map<string, Node> }) => TextEdit[] | null;
  /** Report only when the value matches. */
  when?: (value: Node) => boolean;
  subject?: string;
  advice: string;
}

function keywordFix(context: PythonRuleContext, keyword: KeywordSpec, call: Node, argument: Node, container: Node, keywords: Map<string, Node>): Fix | undefined {
  const value = argument.childForFieldName('value');
  let edits: TextEdit[] | null = null;
  let title = '';
  if (keyword.rename && !keywords.has(keyword.rename)) {
    const name = argument.childForFieldName('name');
    if (name) {
      edits = [{ start: name.startIndex, end: name.endIndex, text: keyword.rename }];
      title = `Rename \`${keyword.name}\` to \`${keyword.rename}\``;
    }
  } else if (keyword.remove) {
    edits = removeElement(context.text, container, argument);
    title = `Remove \`${keyword.name}\``;
  } else if (keyword.replace && value) {
    edits = keyword.replace(context, { call, argument, value, keywords });
    title = `Replace \`${keyword.name}\``;
  }
  const normalized = edits && normalizedOrNull(edits);
  return normalized ? { title, edits: normalized } : undefined;
}

/** Keyword arguments of Django callables that were renamed, dropped or removed. */
export function keywordArgumentRule(spec: RuleSpec & { sites: CallSites; keywords: KeywordSpec[] }): PythonRule {
  const { sites, keywords: keywordSpecs, ...rest } = spec;
  return definePythonRule({
    ...rest,
    triggers: keywordSpecs.map((keyword) => keyword.name),
    requires: withRequired(rest.requires, siteRequires(sites)),
    // Every call spells its callee's last name (the import does, for an alias) or its method's name.
    requiresOneOf: rest.requiresOneOf ?? callSiteWords(sites),
    check(context) {
      // Only a call passing one of the keywords can be reported.
      const passesOne = (call: Node) => keywordSpecs.some((keyword) => callArguments(call).keywords.has(keyword.name));
      for (const { call, name } of findCalls(context, sites, passesOne)) {
        const { list, keywords } = callArguments(call);
        if (!list) continue;
        for (const keyword of keywordSpecs) {
          const argument = keywords.get(keyword.name);
          const value = argument?.childForFieldName('value');
          if (!argument || !value || (keyword.when && !keyword.when(value))) continue;
          context.report({
            node: argument,
            subject: keyword.subject ?? `\`${name}(${keyword.name}=…)\``,
            advice: keyword.advice,
            fix: keywordFix(context, keyword, call, argument, list, keywords),
          });
        }
      }
      if (!sites.urlKwargs) return;
      for (const { view, kwargs } of urlPatternKwargs(context, sites.callees ?? [])) {
        const name = view.text.replace(/^.*\./, '').replace(/['"]/g, '');
        for (const keyword of keywordSpecs) {
          const pair = dictPairs(kwargs).get(keyword.name)?.pair;
          if (!pair) continue;
          let fix: Fix | undefined;
          if (keyword.remove) fix = { title: `Remove \`${keyword.name}\``, edits: removeElement(context.text, kwargs, pair) };
          context.report({ node: pair, subject: keyword.subject ?? `\`${name}(${keyword.name}=…)\``, advice: keyword.advice, fix });
        }
      }
    },
  });
}

/**
 * Calls that pass positionally what became keyword-only: the fix names each positional argument
 * after the parameter it fills (`names`, in the old order).
 */
export function positionalToKeywordRule(spec: RuleSpec & { sites: CallSites; names: string[]; subject: string; advice: string; /** Positional arguments that stay allowed. */ keep?: number }): PythonRule {
  const { sites, names: parameterNames, subject, advice, keep: kept, ...rest } = spec;
  const keep = kept ?? 0;
  return definePythonRule({
    ...rest,
    triggers: callSiteWords(sites),
    requires: withRequired(rest.requires, siteRequires(sites)),
    check(context) {
      for (const { call } of findCalls(context, sites)) {
        const { list, positional, keywords } = callArguments(call);
        if (!list || positional.length <= keep) continue;
        const items = list.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
        const splat = items.findIndex((n) => n.type === 'list_splat' || n.type === 'dictionary_splat');
        let fix: Fix | undefined;
        const extra = positional.slice(keep);
        const names = parameterNames.slice(keep, keep + extra.length);
        const exact = splat === -1 && extra.length <= parameterNames.length - keep && names.every((name) => !keywords.has(name));
        if (exact) {
          fix = {
            title: 'Pass the arguments by keyword',
            edits: extra.map((argument, index) => ({ start: argument.startIndex, end: argument.startIndex, text: `${names[index]}=` })),
          };
        }
        context.report({ node: extra[0], subject, advice, fix });
      }
    },
  });
}

/** `f(old=…)` → `f(new=…)` for the callables, unless the call already passes a new name. */
export function renamedKeywordRule(spec: RuleSpec & {
  callables: string[];
  renames: Record<string, string>;
  display: string;
  /** Calls to leave alone (e.g. a compatibility fallback that only runs on old releases). */
  skip?: (context: PythonRuleContext, call: Node) => boolean;
}): PythonRule {
  const { callables, renames, display, skip, ...rest } = spec;
  return definePythonRule({
    ...rest,
    triggers: Object.keys(renames),
    requires: withRequired(rest.requires, calleeWords(callables)),
    requiresOneOf: rest.requiresOneOf ?? [...new Set(callables.map(lastName))],
    check(context) {
      for (const { call } of callsTo(context, callables)) {
        if (skip?.(context, call)) continue;
        const { keywords } = callArguments(call);
        if (Object.values(renames).some((name) => keywords.has(name))) continue;
        for (const [old, replacement] of Object.entries(renames)) {
          const name = keywords.get(old)?.childForFieldName('name');
          if (!name) continue;
          context.report({
            node: name,
            subject: `\`${display}(${old}=…)\``,
            advice: `use \`${replacement}=\``,
            fix: { title: `Rename \`${old}=\` to \`${replacement}=\``, edits: [{ start: name.startIndex, end: name.endIndex, text: replacement }] },
          });
        }
      }
    },
  });
}
