// Settings used outside the settings module (issue 11): read or written through `django.conf.settings`
// at run time (`settings.MIDDLEWARE_CLASSES`, `settings.TEMPLATE_DEBUG = True`,
// `getattr(settings, 'TEMPLATE_DIRS', ())`), or given to `override_settings()`, `modify_settings()`,
// `settings.configure()` and a test case's `self.settings()` (as keywords, or as the keys of a
// literal `**{…}`). The settings module's own assignments are other rules' work.
//
// A module that also names the setting that replaced the old one (`MIDDLEWARE`, `TEMPLATES`) is
// compatibility code serving both Django versions: nothing is reported there.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { attributeAccesses, callArguments, callsTo, dictPairs, identifiersSpelled, isSelfOfSubclass, methodCalls, namesAny, stringValue, unparenthesized } from '../../engine/python-queries';
import { testCases } from './arguments';
import { definePythonRule, type PythonRule, type RuleSpec } from './define';

const settingsObject = ['django.conf.settings'];
const overrideCalls = ['django.test.utils.override_settings', 'django.test.utils.modify_settings', 'django.conf.settings.configure'];

export interface RuntimeSettingUse {
  /** Where to report: the attribute name, the keyword, the key or the string naming the setting. */
  node: Node;
  name: string;
}

/** Every run-time use of the settings `names` (see the module comment), in the order of the text. */
export function runtimeSettingUses(context: PythonRuleContext, names: readonly string[]): RuntimeSettingUse[] {
  const wanted = new Set(names);
  const found: RuntimeSettingUse[] = [];
  for (const name of names) {
    for (const access of attributeAccesses(context, name)) {
      if (namesAny(context.scopes.qualifiedNameOf(access.childForFieldName('object')), settingsObject)) {
        found.push({ node: access.childForFieldName('attribute')!, name });
      }
    }
  }
  const overrides = [
    ...callsTo(context, overrideCalls).map(({ call }) => call),
    ...methodCalls(context, ['settings', 'modify_settings']).filter(({ receiver }) => isSelfOfSubclass(context, receiver, testCases)).map(({ call }) => call),
  ];
  for (const call of overrides) found.push(...overriddenSettings(call, wanted));
  found.push(...getattrUses(context, wanted));
  return found.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** `NAME=` keywords of a call, and the string keys of a literal `**{"NAME": …}`. */
function overriddenSettings(call: Node, wanted: ReadonlySet<string>): RuntimeSettingUse[] {
  const found: RuntimeSettingUse[] = [];
  for (const [name, keyword] of callArguments(call).keywords) {
    if (wanted.has(name)) found.push({ node: keyword.childForFieldName('name')!, name });
  }
  for (const child of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (child?.type !== 'dictionary_splat') continue;
    const dict = unparenthesized(child.namedChildren[0] ?? null);
    if (dict?.type !== 'dictionary') continue;
    for (const [name, { key }] of dictPairs(dict)) if (wanted.has(name)) found.push({ node: key, name });
  }
  return found;
}

/** `getattr(settings, "NAME"[, default])`, `hasattr(settings, "NAME")` on `django.conf.settings`. */
function getattrUses(context: PythonRuleContext, wanted: ReadonlySet<string>): RuntimeSettingUse[] {
  const found: RuntimeSettingUse[] = [];
  for (const builtin of ['getattr', 'hasattr', 'setattr']) {
    for (const callee of identifiersSpelled(context, builtin)) {
      const call = callee.parent;
      if (call?.type !== 'call' || call.childForFieldName('function')?.startIndex !== callee.startIndex) continue;
      if (context.scopes.lookup(builtin, context.scopes.scopeAt(callee.startIndex), callee.startIndex)) continue;
      const [object, key] = callArguments(call).positional;
      const name = stringValue(key ?? null);
      if (name !== null && wanted.has(name) && namesAny(context.scopes.qualifiedNameOf(object), settingsObject)) found.push({ node: key, name });
    }
  }
  return found;
}

export interface RuntimeSetting {
  name: string;
  /** What to do instead. */
  advice: string;
}

/**
 * A rule for settings Django removed, used at run time (`runtimeSettingUses`). `newSettings`: the
 * settings that replaced them; a module naming one of them is compatibility code and is left alone.
 */
export function runtimeSettingsRule(spec: RuleSpec & { settings: RuntimeSetting[]; newSettings: string[] }): PythonRule {
  const { settings, newSettings, ...rest } = spec;
  const advice = new Map(settings.map((s) => [s.name, s.advice]));
  return definePythonRule({
    truth: { removed: settings.map((s) => `django.conf.global_settings.${s.name}`) },
    ...rest,
    triggers: settings.map((s) => s.name),
    check(context) {
      if (newSettings.some((name) => context.tokens.has(name))) return;
      for (const { node, name } of runtimeSettingUses(context, [...advice.keys()])) {
        context.report({ node, subject: `The \`${name}\` setting`, advice: advice.get(name)! });
      }
    },
  });
}
