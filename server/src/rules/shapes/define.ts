// One spec for every rule: what it says about itself (the catalogue's fields), its trigger words
// and its check. `definePythonRule`/`defineTemplateRule` fill in the language and the default
// release-notes link; every shape in this folder builds its rule through them.
import type { PythonRuleContext } from '../../engine/lint';
import { lastName } from '../../engine/python-queries';
import type { Rule, RuleContext } from '../../engine/types';
import type { SourceLanguage } from '../../parsing/languages';
import { deprecationNotes } from '../docs-links';

export type PythonRule = Rule<PythonRuleContext>;
export type TemplateRule = Rule<RuleContext>;

/**
 * What a rule says about itself, whatever its shape. `docsUrl` defaults to the release notes'
 * deprecations of `deprecatedIn` (a modernisation, with no such release, must give one).
 */
export type RuleSpec = Omit<Rule<any>, 'check' | 'languages' | 'docsUrl' | 'triggers' | 'triggerPattern'> & { docsUrl?: string };

/**
 * A rule's spec with its trigger words (docs/engine.md, "Choosing triggers") and its check; a
 * `triggerPattern` for a construct no word spells, instead of or beside the words.
 */
export type RuleDefinition<Context extends RuleContext> = RuleSpec & {
  check(context: Context): void;
  triggerPattern?: RegExp;
} & (
  | {
      /** Words the rule cannot report without; a file without any of them never runs it. */
      triggers: readonly string[];
    }
  | { triggers?: undefined; triggerPattern: RegExp }
);

function docsUrlOf(spec: RuleSpec): string {
  if (spec.docsUrl) return spec.docsUrl;
  if (!spec.deprecatedIn) throw new Error(`rule ${spec.id}: a modernisation needs a docsUrl`);
  return deprecationNotes(spec.deprecatedIn);
}

function checkedTriggers(spec: RuleDefinition<any>): readonly string[] | undefined {
  if (spec.triggers === undefined) return undefined;
  if (spec.triggers.length === 0) throw new Error(`rule ${spec.id}: no trigger words`);
  const bad = spec.triggers.filter((word) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(word));
  if (bad.length) throw new Error(`rule ${spec.id}: triggers must be words, not ${bad.join(', ')}`);
  return [...new Set(spec.triggers)];
}

export function definePythonRule(spec: RuleDefinition<PythonRuleContext>): PythonRule {
  return { ...spec, languages: ['python'], docsUrl: docsUrlOf(spec), triggers: checkedTriggers(spec) };
}

export function defineTemplateRule(spec: RuleDefinition<RuleContext>): TemplateRule {
  return { ...spec, languages: ['django-template'], docsUrl: docsUrlOf(spec), triggers: checkedTriggers(spec) };
}

/** A rule that checks both Python and templates (its check tells them apart by `context.language`). */
export function defineRule(spec: RuleDefinition<PythonRuleContext> & { languages: SourceLanguage[] }): Rule<any> {
  return { ...spec, docsUrl: docsUrlOf(spec), triggers: checkedTriggers(spec) };
}

/**
 * The last names of Django classes or callables, as `requiresOneOf` (a rule finds a subclass, an
 * instance or a call of one of them only where one of these words occurs: `mayNameAny`,
 * `callsTo`); undefined when a pattern may match any name.
 */
export function lastNames(matcher: readonly (string | RegExp)[] | null | undefined): readonly string[] | undefined {
  if (!matcher || matcher.length === 0 || matcher.some((m) => typeof m !== 'string')) return undefined;
  return [...new Set((matcher as string[]).map(lastName))];
}

/**
 * Where an import of one of `modules` (or of a module inside one) can be, on one line: the dotted
 * path (`import a.b.c`, `from a.b.c import x`), or `from a.b import …` with the last part, a
 * parenthesis or a backslash after `import`. For rules that report only such imports
 * (`importsWithin` and the scopes' import entries).
 */
export function moduleImportPattern(modules: readonly string[]): RegExp {
  const dotted = (path: string) => path.split('.').join(String.raw`[ \t]*\.[ \t]*`);
  const alternatives = modules.flatMap((module) => {
    const parts = module.split('.');
    const last = parts.pop()!;
    const forms = [String.raw`\b${dotted(module)}\b`];
    if (parts.length) forms.push(String.raw`\bfrom[ \t]+${dotted(parts.join('.'))}(?:[ \t]*\\|[ \t]+import\b[^\n\r#;]*?(?:\b${last}\b|\\|\())`);
    return forms;
  });
  return new RegExp(alternatives.join('|'));
}

/**
 * The words every one of `paths` spells (the parts of the dotted paths common to all), with the
 * rule's own required words: for a rule that reports a name only where every part of its path is a
 * word of the text (`mayName`, `importsMayName`, `importsWithin`), a text without one of these
 * words cannot name any of them (docs/engine.md, "Choosing triggers").
 */
export function pathWords(paths: readonly string[], own?: readonly string[]): readonly string[] | undefined {
  const words = [...new Set([...(own ?? []), ...wordsInAll(paths.map((path) => path.split('.')))])];
  return words.length ? words : undefined;
}

/** The words that every one of `lists` holds, in the first list's order (none for no list). */
export function wordsInAll(lists: readonly (readonly string[])[]): string[] {
  const sets = lists.map((list) => new Set(list));
  return sets.length ? [...sets[0]].filter((word) => sets.every((set) => set.has(word))) : [];
}
