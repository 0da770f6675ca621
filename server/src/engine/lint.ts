// Runs the rule catalogue over one parsed file and turns what the rules report into findings with
// messages, severities and fixes decided by the project's current and target Django versions (for a
// rule about a library, `Rule.library`, by the project's versions of that library).
import type { Tree } from 'web-tree-sitter';
import type { SourceLanguage } from '../parsing/languages';
import { compareVersions, djangoReleases, DjangoVersion } from '../versions/django-version';
import { findLibrary, newestRelease, releaseAt } from '../versions/libraries';
import { compareReleases } from '../versions/pep440';
import { codeText } from './code-text';
import { PythonScopes } from './python-scopes';
import { suppressedLines } from './suppressions';
import { LineIndex } from './text-positions';
import { gateWords, hasRequiredWords, isTriggered, TokenIndex, WordIndex, wordsIn } from './tokens';
import { compareTuples, guardAt, VersionGuard, versionGuards, versionTuple } from './version-guards';
import type { FileKind, Finding, Fix, FixSafety, Report, Rule, RuleContext, Severity, TextEdit } from './types';

export interface PythonRuleContext extends RuleContext {
  readonly scopes: PythonScopes;
}

export interface LintOptions {
  /** The version the project runs today; null when unknown. */
  current: DjangoVersion | null;
  target: DjangoVersion;
  /** Report deprecations that happen after the target, as hints. */
  showFuture: boolean;
  isEnabled: (rule: Rule<any>) => boolean;
  /**
   * Each library's versions by PyPI name (Project.libraryVersions()), for the rules of that library
   * (`Rule.library`). A library missing here: current unknown, the newest release in the snapshot as
   * the target.
   */
  libraries?: ReadonlyMap<string, LibraryVersions>;
  /** Told why a file is not checked at all (it nests too deeply); it then has no findings. */
  onSkip?: (reason: string) => void;
  /** Run every selected rule, triggered or not (the trigger tests compare both). */
  ignoreTriggers?: boolean;
}

/**
 * A Python file whose syntax tree nests deeper than this is reported as not checked when a rule
 * found something in it and the scopes were built (their walk measures the depth; no other walk
 * is paid for it). No real code comes close: CPython refuses 200 nested brackets, 100 indentation
 * levels and about 3,000 chained operators. Rules never walk the whole tree, so a pathological file
 * (`[[[[…]]]]` 20,000 deep) costs only what its anchors cost; where none of its words trigger a
 * rule, it is checked and has no findings.
 */
export const maxNestingDepth = 1000;

export interface SourceFile {
  language: SourceLanguage;
  /** Relative to the project root, "/"-separated. */
  path: string;
  text: string;
  tree: Tree;
  fileKinds: ReadonlySet<FileKind>;
}

/** A library's versions in a project: the release it runs (null when unknown) and the one it upgrades to. */
export interface LibraryVersions {
  current: string | null;
  target: string;
}

/** What a rule's versions are: Django's ("X.Y"), or its library's releases (PEP 440). */
export function productOf(rule: Pick<Rule<any>, 'library'>): string {
  return rule.library ? (findLibrary(rule.library)?.title ?? rule.library) : 'Django';
}

function compareFor(rule: Pick<Rule<any>, 'library'>): (a: string, b: string) => number {
  return rule.library ? compareReleases : compareVersions;
}

/** Whether the rule's product has shipped `version` (else it is a planned release). */
function isReleased(rule: Pick<Rule<any>, 'library'>, version: string): boolean {
  return rule.library ? releaseAt(rule.library, version).release !== null : djangoReleases.includes(version);
}

/** The current and target versions the rule's policy reads: Django's, or its library's. */
export function versionsFor(rule: Pick<Rule<any>, 'library'>, options: Pick<LintOptions, 'target'> & Partial<Pick<LintOptions, 'current' | 'libraries'>>): LibraryVersions {
  if (!rule.library) return { current: options.current ?? null, target: options.target };
  return options.libraries?.get(rule.library) ?? { current: null, target: newestRelease(rule.library) ?? '0' };
}

/** Per rule, per target and showFuture: `severityFor` (asked for every rule on every check). */
const severities = new WeakMap<Rule<any>, Map<string, Severity | null>>();

export function severityFor(rule: Rule<any>, options: Pick<LintOptions, 'target' | 'showFuture'> & Partial<Pick<LintOptions, 'libraries'>>): Severity | null {
  const { target } = versionsFor(rule, options);
  const key = `${target}|${options.showFuture}`;
  let known = severities.get(rule);
  if (!known) severities.set(rule, (known = new Map()));
  let severity = known.get(key);
  if (severity === undefined) known.set(key, (severity = severityAt(rule, target, options.showFuture)));
  return severity;
}

function severityAt(rule: Rule<any>, target: string, showFuture: boolean): Severity | null {
  const compare = compareFor(rule);
  // A modernisation is information; one that a release makes necessary (Python 2 code: Django 2.0
  // runs on Python 3 only) is an error from that release on.
  if (rule.deprecatedIn === null) return rule.removedIn && compare(target, rule.removedIn) >= 0 ? 'error' : 'information';
  if (rule.removedIn && compare(target, rule.removedIn) >= 0) return 'error';
  if (compare(target, rule.deprecatedIn) >= 0) return 'warning';
  return showFuture ? 'hint' : null;
}

export function messageFor(rule: Rule<any>, report: Pick<Report, 'subject' | 'advice'>): string {
  if (rule.deprecatedIn === null) return `${report.subject}: ${report.advice}`;
  const product = productOf(rule);
  if (rule.removedIn === rule.deprecatedIn) {
    return `${report.subject} was removed in ${product} ${rule.removedIn} without a deprecation period: ${report.advice}`;
  }
  const removal = rule.removedIn
    ? isReleased(rule, rule.removedIn)
      ? ` and removed in ${rule.removedIn}`
      : ` and will be removed in ${rule.removedIn}`
    : '';
  return `${report.subject} is deprecated since ${product} ${rule.deprecatedIn}${removal}: ${report.advice}`;
}

/** Per rule, per current version: `fixIsSupported` (asked for every finding of every check). */
const supportedFixes = new WeakMap<Rule<any>, Map<string | null, boolean>>();

/** Whether a project running `current` (of the rule's product: Django or its library) has what the rule's fixes write. */
export function fixIsSupported(rule: Rule<any>, current: string | null): boolean {
  if (!rule.fixMinVersion) return true;
  let known = supportedFixes.get(rule);
  if (!known) supportedFixes.set(rule, (known = new Map()));
  let supported = known.get(current);
  if (supported === undefined) known.set(current, (supported = current !== null && compareFor(rule)(current, rule.fixMinVersion) >= 0));
  return supported;
}

/** A fix is unsafe when its rule's fixes are, or when it says so itself. */
export function safetyOf(rule: Rule<any>, fix: Fix): FixSafety {
  return rule.fix === 'unsafe' || fix.safety === 'unsafe' ? 'unsafe' : 'safe';
}

export function fixTitle(rule: Rule<any>, title: string, current: string | null, safety: FixSafety = rule.fix === 'unsafe' ? 'unsafe' : 'safe'): string {
  if (!fixIsSupported(rule, current)) return `${title} (needs ${productOf(rule)} ${rule.fixMinVersion}+)`;
  if (safety === 'unsafe') return `${title} (review: may change behaviour)`;
  return title;
}

/** The finding's form of a reported fix: its safety, whether the project's version (of the rule's product) supports it, its title. */
export function findingFix(rule: Rule<any>, fix: Fix, current: string | null): NonNullable<Finding['fix']> {
  const safety = safetyOf(rule, fix);
  const supported = fixIsSupported(rule, current);
  return { ...fix, title: fixTitle(rule, fix.title, current, safety), safety, supported, automatic: supported && safety === 'safe' };
}

export function ruleApplies(rule: Rule<any>, file: Pick<SourceFile, 'language' | 'fileKinds'>): boolean {
  if (!rule.languages.includes(file.language)) return false;
  if (rule.onlyIn && !rule.onlyIn.some((kind) => file.fileKinds.has(kind))) return false;
  if (rule.notIn && rule.notIn.some((kind) => file.fileKinds.has(kind))) return false;
  return true;
}

/** A rule that runs on a file, with the severity its findings get. */
export interface PlannedRule {
  rule: Rule<any>;
  severity: Severity;
}

/**
 * The rules that run on a file: enabled, applicable to its language and kinds, with a severity at
 * the target (`selectedRules`), and triggered (`isTriggered`: one of their trigger words, or their
 * pattern, is in the text, and every word they require). Needs no tree: a file none of them runs
 * on is not parsed.
 */
export function rulesToRun(file: Pick<SourceFile, 'language' | 'fileKinds' | 'text'>, rules: readonly Rule<any>[], options: LintOptions, isPresent?: (word: string) => boolean): PlannedRule[] {
  const { selected, wanted, byTrigger } = planOf(rules, options);
  if (options.ignoreTriggers) return selected.filter(({ rule }) => ruleApplies(rule, file));
  if (isPresent) return triggeredRules(file.text, selected.filter(({ rule }) => ruleApplies(rule, file)), isPresent);
  // The words found mark the rules they trigger; a rule with trigger words none of which is there
  // is not looked at again.
  const found = wordsIn(file.text, wanted);
  const marked = new Uint8Array(selected.length);
  for (const word of found) for (const index of byTrigger.get(word) ?? []) marked[index] = 1;
  const present = (word: string) => found.has(word);
  // A rule whose triggers are looked for in code (`Rule.triggersInCode`): its required words as
  // the text spells them, then its trigger words and pattern in the code of the text (code-text.ts,
  // built once, for the first such rule a file's words do not rule out), not in the text itself:
  // the code's answer is the one that counts, and searching the text first costs as much again.
  // Where the code cannot be read with certainty (null), the text answers.
  let code: string | null | undefined;
  const inCode = (rule: Rule<any>) => {
    if (!hasRequiredWords(rule, present)) return false;
    if (!rule.triggerPattern && !rule.triggers!.some(present)) return false;
    if (code === undefined) code = codeText(file.text);
    return code === null ? isTriggered(rule, present, file.text) : isTriggeredInCode(rule, present, code);
  };
  const python = file.language === 'python';
  return selected.filter(({ rule }, index) => (marked[index] === 1 || !rule.triggers) && ruleApplies(rule, file) && (rule.triggersInCode && python ? inCode(rule) : isTriggered(rule, present, file.text)));
}

/**
 * Whether a rule whose findings are code (`Rule.triggersInCode`) can report anything in a text
 * whose code (code-text.ts) is `code`: one of its trigger words there, or a match of its pattern.
 * Its required words are the text's (`present`), as `isTriggered` read them.
 */
export function isTriggeredInCode(rule: Pick<Rule<any>, 'triggers' | 'triggerPattern'>, present: (word: string) => boolean, code: string): boolean {
  return rule.triggers?.some((word) => present(word) && hasCodeWord(code, word)) === true || (rule.triggerPattern !== undefined && code.search(rule.triggerPattern) >= 0);
}

const isWordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;

/**
 * Whether `word` occurs in `code` with no letter or `_` before it and no word character after it:
 * wherever `wordsIn` (and so a rule's anchors) finds it, and a few places more (after a digit).
 */
export function hasCodeWord(code: string, word: string): boolean {
  for (let at = code.indexOf(word); at !== -1; at = code.indexOf(word, at + 1)) {
    if (at > 0 && isWordStart(code.charCodeAt(at - 1))) continue;
    const after = code.charCodeAt(at + word.length);
    if (isWordStart(after) || (after >= 48 && after <= 57)) continue;
    return true;
  }
  return false;
}

/** The rules enabled for a file, applicable to its language and kinds, with their severity at the target; triggered or not. */
export function selectedRules(file: Pick<SourceFile, 'language' | 'fileKinds'>, rules: readonly Rule<any>[], options: LintOptions): PlannedRule[] {
  return planOf(rules, options).selected.filter(({ rule }) => ruleApplies(rule, file));
}

/**
 * Of the selected rules, those the text triggers (`isTriggered`): one of their trigger words is in
 * it (`isPresent`), or their trigger pattern matches it, and every word they require. Every rule
 * has words or a pattern (test/rules/catalogue-examples.test.ts).
 */
export function triggeredRules(text: string, selected: readonly PlannedRule[], isPresent: (word: string) => boolean): PlannedRule[] {
  return selected.filter(({ rule }) => isTriggered(rule, isPresent, text));
}

/** The enabled rules with their severities, and every word their gates look for: the same for every file of a run. */
interface RulePlan {
  selected: PlannedRule[];
  wanted: Set<string>;
  /** Each trigger word → the indexes in `selected` of the rules it triggers. */
  byTrigger: Map<string, number[]>;
}

let lastPlan: { rules: readonly Rule<any>[]; options: LintOptions; plan: RulePlan } | null = null;

/** The work of choosing rules that does not depend on the file, kept while the rules and the options that decide it stay the same. */
function planOf(rules: readonly Rule<any>[], options: LintOptions): RulePlan {
  const last = lastPlan;
  if (last && last.rules === rules && last.options.isEnabled === options.isEnabled && last.options.target === options.target && last.options.showFuture === options.showFuture && last.options.libraries === options.libraries) {
    return last.plan;
  }
  const plan: RulePlan = { selected: [], wanted: new Set(), byTrigger: new Map() };
  for (const rule of rules) {
    if (!options.isEnabled(rule)) continue;
    const severity = severityFor(rule, options);
    if (severity === null) continue;
    const index = plan.selected.push({ rule, severity }) - 1;
    for (const word of rule.triggers ?? []) {
      const indexes = plan.byTrigger.get(word);
      if (indexes) indexes.push(index);
      else plan.byTrigger.set(word, [index]);
    }
    for (const word of gateWords(rule)) plan.wanted.add(word);
  }
  lastPlan = { rules, options, plan };
  return plan;
}

export function lintFile(file: SourceFile, rules: readonly Rule<any>[], options: LintOptions): Finding[] {
  return runRules(file, rulesToRun(file, rules, options), options);
}

/**
 * How the incremental check (incremental-check.ts) runs the rules after an edit: statement-local
 * rules (`isStatementLocal`) only on the changed statements (`region`: their anchors are the
 * region's words, their reports outside it are dropped), the others on the whole file; the
 * scopes are the check's own, kept across edits.
 */
export interface CheckSession {
  /** The re-checked top-level statements (whole lines); null: the whole file. */
  region: { start: number; end: number } | null;
  /** Whether a word occurs in the whole text (the index the check keeps across edits). */
  present: (word: string) => boolean;
  /** The words of the whole text with their offsets, kept across edits (`WordIndex.edit`): no rule run indexes the text. */
  words: WordIndex;
  scopes: () => PythonScopes;
  /** A rule's findings depended on `key` anywhere in the module: a name's uses or bindings, or "quotes" (the preferred quote). */
  watched: (rule: Rule<any>, key: string) => void;
  /** A rule looked for a word in the text (its anchors and gates). */
  looked: (rule: Rule<any>, word: string) => void;
  /**
   * The file's version guards and suppression comments, when a check runs the rules more than once
   * on one tree (the changed statements, then the whole file): computed once for all runs.
   */
  filters?: { guards?: VersionGuard[]; suppressed?: Map<number, Set<string>> };
  /**
   * Memos that follow from the module's context alone (`keys`: the import statements'
   * bindings), with the words looked for while computing them: the incremental check keeps them
   * across the checks that leave the context as it was, for every rule (local or not).
   */
  kept?: { keys: ReadonlySet<unknown>; memos: Map<unknown, unknown>; words: Map<unknown, Set<string>> };
}

/** Whether a rule's findings in a statement follow from that statement and the module's context alone (docs/engine.md). */
export function isStatementLocal(rule: Rule<any>): boolean {
  return rule.locality !== 'file';
}

/** Runs the planned rules (`rulesToRun`) over a parsed file. */
export function runRules(file: SourceFile, planned: readonly PlannedRule[], options: LintOptions, session?: CheckSession): Finding[] {
  return finish(runRulesStepwise(file, planned, options, session));
}

/** Runs a stepwise computation to its end at once. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `runRules` one rule at a time: it yields after each rule, so that the server can answer other
 * requests between them (language-server/documents.ts) while the file's tree and text stay the
 * ones it started with.
 */
export function* runRulesStepwise(file: SourceFile, planned: readonly PlannedRule[], options: LintOptions, session?: CheckSession): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  if (planned.length === 0) return findings;
  // In the editor's checks the engine keeps the words and their offsets across edits: `has` and
  // the anchors need no index of their own then.
  const words = session?.words ?? null;
  const tokens = new TokenIndex(file.text, session ? { start: 0, end: file.text.length, present: session.present } : null, words);
  const region = session?.region ?? null;
  const regionTokens = region && session ? new TokenIndex(file.text, { ...region, present: session.present }, words) : null;
  const regionMemos = new Map<unknown, unknown>();
  let running: Rule<any> | null = null;
  /** The words looked for while a memo is computed (they are the memo's, for every rule that reads it). */
  let collecting: Set<string> | null = null;
  const memoWords = new Map<Map<unknown, unknown>, Map<unknown, Set<string>>>();
  const memoStore = new Map<unknown, unknown>();
  if (session?.kept) memoWords.set(session.kept.memos, session.kept.words);
  const memo = <T>(key: unknown, compute: () => T): T => {
    if (memoStore.has(key)) return memoStore.get(key) as T;
    const value = compute();
    memoStore.set(key, value);
    return value;
  };
  let scopes: PythonScopes | null = null;
  const scopesOf = () => {
    if (scopes) return scopes;
    scopes = session ? session.scopes() : new PythonScopes(file.tree, file.text);
    // Only while rules run: after them (the version guards) no rule is told anything.
    if (session && running) {
      scopes.watch = (name) => running && session.watched(running, name);
      scopes.anchor = (name) => {
        if (running) session.looked(running, name);
        collecting?.add(name);
      };
    }
    return scopes;
  };
  // Findings of a rule often share one fix (a rewrite of the module reported at every use): they
  // share its finding form too, made once per list of edits, title and safety.
  const fixes = new Map<readonly TextEdit[], Map<string, NonNullable<Finding['fix']>>>();
  const sharedFix = (rule: Rule<any>, fix: Fix): NonNullable<Finding['fix']> => {
    let byTitle = fixes.get(fix.edits);
    if (!byTitle) fixes.set(fix.edits, (byTitle = new Map()));
    const key = `${rule.id}\u0000${fix.title}\u0000${fix.safety ?? ''}`;
    let shared = byTitle.get(key);
    if (!shared) byTitle.set(key, (shared = findingFix(rule, fix, versionsFor(rule, options).current)));
    return shared;
  };
  const tooDeep = () => {
    options.onSkip?.(`nested more than ${maxNestingDepth} levels deep (generated or broken code), not checked`);
    return [];
  };
  for (const { rule, severity } of planned) {
    // A statement-local rule in an incremental check: the region's anchors, and its own memos
    // (theirs are the region's answers, not the whole module's).
    const local = region !== null && isStatementLocal(rule);
    // A memo's words count for every rule that reads it, not only for the one that computed it.
    const ruleMemo: typeof memo = !session
      ? memo
      : <T>(key: unknown, compute: () => T): T => {
          if (key === 'preferred-quote') session.watched(rule, 'quotes');
          const memos = session.kept?.keys.has(key) ? session.kept.memos : local ? regionMemos : memoStore;
          if (memos.has(key)) {
            for (const word of memoWords.get(memos)?.get(key) ?? []) session.looked(rule, word);
            return memos.get(key) as T;
          }
          const outer = collecting;
          collecting = new Set();
          try {
            const value = compute();
            memos.set(key, value);
            if (!memoWords.has(memos)) memoWords.set(memos, new Map());
            memoWords.get(memos)!.set(key, collecting);
            return value;
          } finally {
            if (outer) for (const word of collecting) outer.add(word);
            collecting = outer;
          }
        };
    const context: PythonRuleContext = {
      language: file.language,
      text: file.text,
      tree: file.tree,
      path: file.path,
      fileKinds: file.fileKinds,
      current: options.current,
      target: options.target,
      tokens: local ? regionTokens! : tokens,
      memo: ruleMemo,
      get scopes() {
        const value = scopesOf();
        value.window = local ? region : null;
        return value;
      },
      report(report: Report) {
        const start = report.node ? report.node.startIndex : report.start ?? 0;
        const end = report.node ? report.node.endIndex : report.end ?? start;
        // Outside the region the findings of the last check stand.
        if (local && (start < region.start || start >= region.end)) return;
        findings.push({
          rule,
          start,
          end,
          severity,
          message: messageFor(rule, report),
          fix: report.fix && rule.fix !== 'none' ? sharedFix(rule, report.fix) : undefined,
        });
      },
    };
    running = rule;
    if (session) {
      const looked = (word: string) => {
        session.looked(rule, word);
        collecting?.add(word);
      };
      tokens.listener = looked;
      if (regionTokens) regionTokens.listener = looked;
    }
    try {
      rule.check(context);
    } catch (error) {
      // One broken rule must not hide the others' findings.
      console.error(`rule ${rule.id} failed on ${file.path}: ${(error as Error).stack ?? error}`);
    }
    yield;
  }
  running = null;
  // The session's scopes outlive the check: they must not keep its context and nodes.
  if (scopes) (scopes as PythonScopes).endCheck();
  if (findings.length === 0) return findings;
  const filters = session?.filters ?? {};
  const guarded = file.language === 'python' ? (filters.guards ??= versionGuards(file.tree, scopesOf, file.text)) : [];
  // Rules bound their own walks, so a file nested deeper than the limit is checked like any other;
  // but where the scopes were built (they measure the depth), findings in it are not trusted: the
  // file is reported as not checked (test/robustness/bad-input.test.ts).
  if (scopes !== null && (scopes as PythonScopes).maxDepth + 1 > maxNestingDepth) return tooDeep();
  const computed = !filters.suppressed;
  const suppressed = (filters.suppressed ??= suppressedLines(file));
  // The guards and suppressions walk the whole file: a step of their own, not one with what follows.
  if (session && computed) yield;
  const lines = suppressed.size ? new LineIndex(file.text) : null;
  return findings
    .filter((finding) => !guarded.length || !isGuarded(finding.rule, guardAt(guarded, finding.start), options.target))
    .filter((finding) => {
      if (!lines) return true;
      const ids = suppressed.get(lines.lineAt(finding.start));
      return !ids || !(ids.has('*') || ids.has(finding.rule.id));
    })
    .sort(byPosition);
}

/** The order of a check's findings: by start, then end, then rule id. */
export function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule.id.localeCompare(b.rule.id);
}

/**
 * Whether a finding in code that runs only on Django older than `below` is not reported: yes when
 * that code is dead at the target (it never runs there, whatever it uses), or when the API it
 * flags still exists in every release where it runs (it is removed later, or never).
 */
export function isGuarded(rule: Rule<any>, below: readonly [number, number] | null, target: DjangoVersion): boolean {
  if (!below) return false;
  if (compareTuples(below, versionTuple(target)) <= 0) return true;
  // A guard on Django's version says nothing about whether a library's API exists where it runs.
  if (rule.library) return false;
  return rule.removedIn === null || compareTuples(below, versionTuple(rule.removedIn)) <= 0;
}
