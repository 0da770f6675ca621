// Checks an open document again after an edit by re-running the rules only on the top-level
// statements the edit changed, keeping (and shifting) the findings elsewhere. Sound when the
// module's context did not change: a statement-local rule's findings in a statement follow from
// that statement, the imports, the module-level code and the class headers (docs/engine.md,
// "Checks in the editor"). Anything else (an edit of that context, an unknown change, other
// options) checks the whole file, as `lintFile` does; the result equals a fresh lint either way
// (test/robustness/incremental-fuzz.test.ts).
//
// What is kept across edits is offsets, names and strings, never tree-sitter Nodes (they die with
// their tree): the findings, each top-level statement's span and context signature, the words of
// the text with their offsets (the triggers and the anchors: WordIndex.edit), and the scopes
// (PythonScopes.rebase).
import type { Node, Tree } from 'web-tree-sitter';
import type { TextChange } from '../parsing/incremental-document';
import { byPosition, CheckSession, finish, isStatementLocal, LintOptions, maxNestingDepth, PlannedRule, runRulesStepwise, selectedRules, SourceFile, triggeredRules } from './lint';
import { newlineOf } from './python-edits';
import { contextMemoKeys } from './python-queries';
import { PythonScopes } from './python-scopes';
import { countWords, gateWords, hasRequiredWords, isTriggered, lowerBound, WordIndex, wordCharacter } from './tokens';
import type { Finding, Rule, TextEdit } from './types';
import type { VersionGuard } from './version-guards';

interface Statement {
  start: number;
  end: number;
  /** What of the statement other statements' findings may depend on (`contextOf`). */
  context: string;
}

interface State {
  key: string;
  text: string;
  findings: Finding[];
  statements: Statement[];
  /** The words of the text with their offsets (the triggers, and the anchors of rules run on the whole file). */
  index: WordIndex;
  /** The file's version guards, when the last check computed (or kept) them: a statement check keeps them where it can. */
  guards?: VersionGuard[];
  scopes: PythonScopes | null;
  /** The rules that ran, by id. */
  planned: Set<string>;
  /** The same, as the list filtered from `plannedFrom` (the selection's rules): kept when an edit changes none. */
  plannedList: PlannedRule[];
  plannedFrom: readonly PlannedRule[];
  /** Per rule id: names (and "quotes") its answers depended on across the module. */
  watched: Map<string, Set<string>>;
  /** Per rule id: the words it looked for in the text (its anchors). */
  words: Map<string, Set<string>>;
  /** The memos of the module's context (`contextMemoKeys`), computed on a tree without syntax errors: kept while the context is. */
  kept: NonNullable<CheckSession['kept']>;
  /**
   * Rules seen to give a finding a fix that edits outside the finding's statement (every use of a
   * name, the imports): run on the region alone they would write a part of such a fix. They run on
   * the whole file when the edit wrote or removed a word they look for, else keep their findings.
   */
  spread: Set<string>;
}

/** The selected rules and the key of the state (`IncrementalCheck.selection`), with what checks derive from them once. */
interface Selection {
  file: string;
  options: LintOptions;
  selected: PlannedRule[];
  key: string;
  /** Each gate word → the ids of the rules it gates. */
  byTrigger?: Map<string, string[]>;
  /** The rules with a trigger pattern. */
  patterned?: PlannedRule[];
  /** The statement-local rules with `reads: 'sites'` and no trigger pattern (`siteRulesKept`). */
  siteRules?: PlannedRule[];
  byId?: Map<string, PlannedRule>;
}

/** How the last check went: for tests and the profile script. */
export type CheckKind = 'whole-file' | 'statements' | 'unchanged';

export class IncrementalCheck {
  private state: State | null = null;
  /** How the last `check` went. */
  lastKind: CheckKind = 'whole-file';
  /** The re-checked span of the last statement check (new text). */
  lastRegion: { start: number; end: number } | null = null;
  /** The rules the last statement check ran on the whole file although they had run before (their findings could change). */
  lastRerun: string[] = [];
  /** The rules whose findings the last statement check kept without running them: with `locality: 'file'`, or any in a template. */
  lastKept: string[] = [];
  /** Why the last check was a whole-file one. */
  lastReason = '';
  /** The rules whose findings the last statement check kept at their sites (`reads: 'sites'`: an identifier edit elsewhere). */
  lastSitesKept: string[] = [];

  constructor(private readonly rules: readonly Rule<any>[]) {}

  /**
   * The findings of `file` (whose tree is the incremental one), given what changed since the last
   * check (`IncrementalDocument.takeChange()`; null: unknown).
   */
  check(file: SourceFile, change: TextChange | 'none' | null, options: LintOptions): Finding[] {
    return finish(this.steps(file, change, options));
  }

  /**
   * `check` one rule at a time (it yields between rules): the server answers other requests in
   * between. The file's tree must stay as it is until the end (the server gives it a copy), and no
   * other check of this document may run meanwhile.
   */
  *steps(file: SourceFile, change: TextChange | 'none' | null, options: LintOptions): Generator<void, Finding[]> {
    // Which rules are enabled with which severity: decides whether the last findings can be kept.
    const selection = this.selection(file, options);
    const { selected, key } = selection;
    const state = this.state;
    if (state && state.key === key && state.text === file.text && (change === 'none' || change === null)) {
      this.lastKind = 'unchanged';
      return state.findings;
    }
    if (!state || state.key !== key || change === null || change === 'none') {
      const reason = !state ? 'first check' : state.key !== key ? 'other options' : 'unknown change';
      return yield* this.whole(file, selected, options, key, reason);
    }
    const result = file.language === 'python' ? yield* this.statements(state, file, selection, change, options) : yield* this.templateText(state, file, selected, change, options);
    if (typeof result !== 'string') return result;
    return yield* this.whole(file, selected, options, key, result);
  }

  /** The last selection of rules and its key, while the file and what decides the selection stay the same. */
  private selected: Selection | null = null;

  /**
   * The selected rules and the key of the state (`keyOf`). The editor asks with a new options
   * object each time, but its rule selection and library versions are kept objects: a check whose
   * file (path, language, kinds), selection, versions and libraries are the same reuses the last
   * answer (a rule's severity follows from its target and showFuture alone).
   */
  private selection(file: SourceFile, options: LintOptions): Selection {
    const last = this.selected;
    const name = `${file.path}|${file.language}|${[...file.fileKinds].join(',')}`;
    if (
      last &&
      last.file === name &&
      last.options.isEnabled === options.isEnabled &&
      last.options.current === options.current &&
      last.options.target === options.target &&
      last.options.showFuture === options.showFuture &&
      last.options.libraries === options.libraries
    ) {
      return last;
    }
    const selected = selectedRules(file, this.rules, options);
    this.selected = { file: name, options, selected, key: keyOf(file, selected, options) };
    return this.selected;
  }

  /** Forgets everything: the next check is a whole-file one. */
  reset(): void {
    this.state = null;
  }

  private *whole(file: SourceFile, selected: readonly PlannedRule[], options: LintOptions, key: string, reason: string): Generator<void, Finding[]> {
    this.lastKind = 'whole-file';
    this.lastReason = reason;
    this.lastKept = [];
    this.lastRegion = null;
    const watched = new Map<string, Set<string>>();
    const words = new Map<string, Set<string>>();
    let scopes: PythonScopes | null = null;
    // One index of the words answers the triggers and the anchors, and is kept for the checks to
    // come (built in steps: other requests get a turn between them).
    const index = yield* WordIndex.build(file.text);
    const present = (word: string) => index.has(word);
    const planned = triggeredRules(file.text, selected, present);
    const filters: NonNullable<CheckSession['filters']> = {};
    const kept = keptMemos();
    const session: CheckSession = {
      region: null,
      words: index,
      present,
      filters,
      kept: file.language === 'python' && !file.tree.rootNode.hasError ? kept : undefined,
      scopes: () => (scopes ??= new PythonScopes(file.tree, file.text)),
      watched: (rule, key) => add(watched, rule.id, key),
      looked: (rule, word) => add(words, rule.id, word),
    };
    const findings = yield* runRulesStepwise(file, planned, options, session);
    const statements = (file.language === 'python' ? topLevel(file.tree, file.text, 0, file.text.length) : null) ?? [];
    this.state = {
      key,
      text: file.text,
      findings,
      statements,
      index,
      guards: filters.guards,
      scopes,
      planned: new Set(planned.map(({ rule }) => rule.id)),
      plannedList: planned,
      plannedFrom: selected,
      watched,
      words,
      kept,
      spread: spreadRules(findings, statements),
    };
    return findings;
  }

  /**
   * A template edited only outside its tags, variables and comments (no brace in the changed lines,
   * before or after: every Django delimiter has one): its tree changed only in text. Each rule's
   * findings are kept, moved, unless the edit may change them (a finding or a fix in or reaching
   * into the changed lines, a word the rule looked for written or removed there): that rule runs
   * on the whole template. Anything else is a whole-file check.
   */
  private *templateText(state: State, file: SourceFile, selected: readonly PlannedRule[], change: TextChange, options: LintOptions): Generator<void, Finding[] | string> {
    const { text } = file;
    const delta = change.newEnd - change.oldEnd;
    const start = lineStart(text, change.start);
    const end = lineEndAfter(text, Math.min(text.length, change.newEnd + 1));
    const oldEnd = end - delta;
    if (oldEnd < change.oldEnd) return 'the change is not inside whole lines';
    const oldRegion = state.text.slice(start, oldEnd);
    const newRegion = text.slice(start, end);
    if ((/[{}]/.test(oldRegion) || /[{}]/.test(newRegion)) && !inTemplateText(file.tree, state.text, text, change)) return 'a template tag, variable or comment changed';
    const oldWords = countWords(oldRegion);
    const newWords = countWords(newRegion);
    const touched = (words: Iterable<string> | undefined) => {
      if (words) for (const word of words) if (oldWords.has(word) || newWords.has(word)) return true;
      return false;
    };
    // Which rules the template triggers changes only with a trigger word written or removed: one of
    // the words the changed text is part of, before or after.
    const oldChanged = wordsAround(state.text, change.start, change.oldEnd);
    const newChanged = wordsAround(text, change.start, change.newEnd);
    const triggerTouched = (rule: Rule<any>) => gateWords(rule).some((word) => oldChanged.has(word) || newChanged.has(word));
    if (selected.some(({ rule }) => rule.triggerPattern !== undefined || triggerTouched(rule))) return 'a trigger word changed';
    const quotes = /['"]/.test(oldRegion) || /['"]/.test(newRegion);
    const rerun = new Set<string>();
    for (const finding of state.findings) {
      const id = finding.rule.id;
      if (rerun.has(id)) continue;
      if (finding.end > start && finding.start < oldEnd) rerun.add(id);
      else if (finding.fix && editsReach(finding.fix.edits, start, oldEnd)) rerun.add(id);
    }
    const planned = selected.filter(({ rule }) => state.planned.has(rule.id));
    const whole: PlannedRule[] = [];
    for (const plan of planned) {
      const id = plan.rule.id;
      const keys = state.watched.get(id);
      if (rerun.has(id) || !state.words.get(id)?.size || touched(state.words.get(id)) || (keys && ((keys.has('quotes') && quotes) || touched(keys)))) {
        rerun.add(id);
        whole.push(plan);
      }
    }
    const index = state.index;
    index.edit(start, oldEnd, newRegion, oldWords.keys());
    const session: CheckSession = {
      region: null,
      words: index,
      present: (word) => index.has(word),
      scopes: () => {
        throw new Error('a template has no scopes');
      },
      watched: (rule, key) => add(state.watched, rule.id, key),
      looked: (rule, word) => add(state.words, rule.id, word),
    };
    const found = yield* runRulesStepwise(file, whole, options, session);
    const moved = new Set<object>();
    const keptFindings: Finding[] = [];
    for (const finding of state.findings) if (!rerun.has(finding.rule.id)) keptFindings.push(shifted(finding, oldEnd, delta, moved));
    const findings = mergeByPosition(found, keptFindings);
    state.text = text;
    state.findings = findings;
    this.lastKind = 'statements';
    this.lastRerun = [...rerun];
    this.lastKept = planned.filter(({ rule }) => !rerun.has(rule.id)).map(({ rule }) => rule.id);
    this.lastRegion = { start, end };
    return findings;
  }

  /** Re-checks the changed statements; or says why the whole file must be checked. */
  private *statements(state: State, file: SourceFile, selection: Selection, change: TextChange, options: LintOptions): Generator<void, Finding[] | string> {
    const { selected } = selection;
    const { text, tree } = file;
    const delta = change.newEnd - change.oldEnd;
    // The region: whole lines and whole top-level statements around the change, in both texts.
    // The line the change ends on is changed too, even when the change ends at its start (a
    // deletion of the first characters of a line).
    let start = lineStart(text, change.start);
    let end = lineEndAfter(text, Math.min(text.length, change.newEnd + 1));
    // The changed lines themselves: a line-bounded trigger pattern's matches elsewhere are as they were.
    const lines = { start, oldEnd: end - delta, end };
    let fresh: Statement[] = [];
    for (let round = 0; ; round++) {
      if (round > 8) return 'the statements around the change do not settle';
      const found = topLevel(tree, text, start, end);
      if (!found) return 'the change spans too many statements';
      fresh = found;
      let s = Math.min(start, fresh[0]?.start ?? start);
      let e = Math.max(end, fresh.at(-1)?.end ?? end);
      s = lineStart(text, s);
      e = lineEndAfter(text, e);
      // The old statements that overlap the region (old offsets: before `start` they are the same,
      // after the change they are shifted by `delta`).
      for (const old of state.statements) {
        if (old.end <= s || old.start >= e - delta) continue;
        s = Math.min(s, old.start);
        e = Math.max(e, old.end + delta);
      }
      s = lineStart(text, s);
      e = lineEndAfter(text, e);
      if (s === start && e === end) break;
      start = s;
      end = e;
    }
    const oldEnd = end - delta;
    if (start > change.start || oldEnd < change.oldEnd) return 'the change is not inside whole statements';
    const before = state.statements.filter((s) => s.end <= start);
    const replaced = state.statements.filter((s) => s.end > start && s.start < oldEnd);
    const after = state.statements.filter((s) => s.start >= oldEnd);
    // Fixes write the newline the file's first line ends with.
    if (newlineOf(state.text) !== newlineOf(text)) return 'the first line break changed';
    // The module's context must be the same: imports, module-level code, class and function headers.
    if (replaced.map((s) => s.context).join('\u0000') !== fresh.map((s) => s.context).join('\u0000')) return 'the module context changed';
    const oldRegion = state.text.slice(start, oldEnd);
    const newRegion = text.slice(start, end);
    const oldWords = countWords(oldRegion);
    const newWords = countWords(newRegion);
    // The words of the text, for the triggers and the anchors.
    const index = state.index;
    index.edit(start, oldEnd, newRegion, oldWords.keys());
    // An edit of one identifier: rules that read only around their sites keep every finding,
    // moved by the change itself (not the region), unless the edit concerns them.
    const sitesKept = siteRulesKept(state, tree, text, change, selection);
    // A kept finding stays as it was unless the edit may change it: its rule then runs on the whole
    // file. That is so when the finding reaches into the region, when its fix edits the region or
    // other statements than its own and the edit wrote or removed a word the rule looked for, or when
    // the rule's answers depended on a name (or the quotes) that the edit wrote or removed.
    const rerun = new Set<string>();
    const touched = (words: Iterable<string> | undefined) => {
      if (words) for (const word of words) if (oldWords.has(word) || newWords.has(word)) return true;
      return false;
    };
    const quotes = /['"]/.test(oldRegion) || /['"]/.test(newRegion);
    // Per rule, once (a rule may have hundreds of findings).
    const wordsTouched = new Map<string, boolean>();
    const touchedWords = (id: string) => {
      let known = wordsTouched.get(id);
      if (known === undefined) wordsTouched.set(id, (known = touched(state.words.get(id))));
      return known;
    };
    const watchTouched = new Map<string, boolean>();
    const touchedWatch = (id: string) => {
      let known = watchTouched.get(id);
      if (known === undefined) {
        const keys = state.watched.get(id);
        watchTouched.set(id, (known = keys !== undefined && ((keys.has('quotes') && quotes) || touched(keys))));
      }
      return known;
    };
    const reached = new Map<readonly TextEdit[], boolean>();
    const reaches = (edits: readonly TextEdit[]) => {
      let known = reached.get(edits);
      if (known === undefined) reached.set(edits, (known = editsReach(edits, start, oldEnd)));
      return known;
    };
    const kept: Finding[] = [];
    const keptAtSites: Finding[] = [];
    for (const finding of state.findings) {
      const id = finding.rule.id;
      if (sitesKept.has(id)) {
        keptAtSites.push(finding);
        continue;
      }
      if (finding.start >= start && finding.start < oldEnd) {
        // A statement-local rule finds it again in the region; a file rule runs on the whole file.
        if (!isStatementLocal(finding.rule)) rerun.add(id);
        continue;
      }
      kept.push(finding);
      if (rerun.has(id)) continue;
      if (finding.end > start && finding.start < start) rerun.add(id);
      else if (finding.fix && reaches(finding.fix.edits)) rerun.add(id);
      else if (touchedWatch(id)) rerun.add(id);
      else if (finding.fix && touchedWords(id) && isSpread(finding.fix.edits, statementAround(state.statements, finding.start))) rerun.add(id);
    }
    const present = (word: string) => index.has(word);
    // The rules one of whose trigger words the edit wrote or removed (from the region's words).
    if (!selection.byTrigger) {
      selection.byTrigger = new Map();
      // Required words (Rule.requires) gate a rule as its triggers do.
      for (const { rule } of selected) for (const word of gateWords(rule)) selection.byTrigger.set(word, [...(selection.byTrigger.get(word) ?? []), rule.id]);
    }
    const triggerTouched = new Set<string>();
    for (const words of [oldWords, newWords]) for (const word of words.keys()) for (const id of selection.byTrigger.get(word) ?? []) triggerTouched.add(id);
    // Whether a word was in the last text: its count now, less the region's new words, plus its old ones.
    const presentBefore = (word: string) => index.offsets(word).length - (newWords.get(word) ?? 0) + (oldWords.get(word) ?? 0) > 0;
    const planned = triggeredAfterEdit(state, selection, present, triggerTouched, { oldText: state.text, text, ...lines, presentBefore });
    if (state.scopes) {
      state.scopes.rebase(tree, text, { start, oldEnd, newEnd: end });
      // A file nested too deeply is not checked at all (lint.ts): the whole-file check says so.
      if (state.scopes.maxDepth + 1 > maxNestingDepth) return 'nested too deeply';
    }
    let scopes = state.scopes;
    // The version guards (`if django.VERSION …`, compatibility fallbacks) lie inside top-level
    // statements and read the module's context beside: a region that, before and after, spells no
    // `if`, `try` or `except` (every guard's construct does) leaves the others as they were, moved.
    const filters: NonNullable<CheckSession['filters']> = {};
    if (state.guards && !guardWords.some((word) => oldWords.has(word) || newWords.has(word))) filters.guards = movedGuards(state.guards, oldEnd, delta);
    // The module's context is as it was: so are its memos, where the tree has no syntax error (they
    // stay for the next check either way).
    const contextMemos = tree.rootNode.hasError ? undefined : state.kept;
    const sessionFor = (region: { start: number; end: number } | null): CheckSession => ({
      region,
      filters,
      kept: contextMemos,
      words: index,
      present,
      scopes: () => (scopes ??= new PythonScopes(tree, text)),
      watched: (rule, key) => add(state.watched, rule.id, key),
      looked: (rule, word) => add(state.words, rule.id, word),
    });
    // Statement-local rules that ran before re-run on the region; the others, the rules the edit
    // triggers and those whose kept findings it may change, on the whole file. A region finding
    // whose fix edits outside the region (every use in the module, an import) sends its rule to the
    // whole file too: the region alone cannot say what that fix must hold.
    const inRegion: PlannedRule[] = [];
    const whole: PlannedRule[] = [];
    const untouched: PlannedRule[] = [];
    for (const plan of planned) {
      const id = plan.rule.id;
      if (sitesKept.has(id)) untouched.push(plan);
      else if (!state.planned.has(id) || rerun.has(id)) whole.push(plan);
      else if (!isStatementLocal(plan.rule)) {
        // A file rule reads other statements, but only through what it looked for: the words of
        // its anchors and memos, the names the scopes resolved for it, the names and quotes it
        // watched. An edit that wrote or removed none of them (the region's statements are whole,
        // so one that changed a statement it read holds such a word) leaves its findings as they
        // were. A rule that looked for no word at all may have read the text otherwise: it runs.
        if (!state.words.get(id)?.size || touchedWords(id) || triggerTouched.has(id) || touchedWatch(id)) {
          rerun.add(id);
          whole.push(plan);
        } else untouched.push(plan);
      } else if (!state.spread.has(id)) inRegion.push(plan);
      else if (touchedWords(id) || triggerTouched.has(id)) {
        rerun.add(id);
        whole.push(plan);
      } else untouched.push(plan);
    }
    const regional = yield* runRulesStepwise(file, inRegion, options, sessionFor({ start, end }));
    for (const finding of regional) {
      if (finding.fix && finding.fix.edits.some((e) => e.start < start || e.end > end)) {
        rerun.add(finding.rule.id);
        state.spread.add(finding.rule.id);
      }
    }
    const spread = inRegion.filter(({ rule }) => rerun.has(rule.id));
    const found = mergeByPosition(
      regional.filter((finding) => !rerun.has(finding.rule.id)),
      yield* runRulesStepwise(file, [...whole, ...spread], options, sessionFor(null)),
    );
    // The statements after the region move, in place (they are the check's own).
    for (const statement of after) {
      statement.start += delta;
      statement.end += delta;
    }
    const statements = [...before, ...fresh, ...after];
    for (const id of spreadRules(found, statements)) state.spread.add(id);
    const stays = new Set([...inRegion, ...untouched].filter(({ rule }) => !rerun.has(rule.id)).map(({ rule }) => rule.id));
    const moved = new Set<object>();
    const keptFindings: Finding[] = [];
    for (const finding of kept) if (stays.has(finding.rule.id)) keptFindings.push(shifted(finding, oldEnd, delta, moved));
    // Findings of rules kept at their sites move with the change itself: some lie in the region.
    const movedAtSites = new Set<object>();
    for (const finding of keptAtSites) shifted(finding, change.oldEnd, delta, movedAtSites);
    const findings = mergeByPosition(found, mergeByPosition(keptFindings, keptAtSites));
    state.scopes = scopes;
    state.text = text;
    state.findings = findings;
    state.statements = statements;
    state.guards = filters.guards;
    if (planned !== state.plannedList) {
      state.planned = new Set(planned.map(({ rule }) => rule.id));
      state.plannedList = planned;
      state.plannedFrom = selected;
    }
    this.lastKind = 'statements';
    this.lastRerun = [...rerun];
    this.lastKept = untouched.filter(({ rule }) => (!isStatementLocal(rule) || sitesKept.has(rule.id)) && !rerun.has(rule.id)).map(({ rule }) => rule.id);
    this.lastSitesKept = [...sitesKept];
    this.lastRegion = { start, end };
    return findings;
  }
}

/**
 * The rules with `reads: 'sites'` whose findings an edit of one identifier cannot change, so that
 * they are kept, all of them, without running the rule (`wordEdit` says when the edit is one).
 * Such a rule finds its sites from the words it looks for and the names the scopes resolve for it,
 * and reads around each site only the statement holding it (for a site in the header of a class,
 * def, `if`…, that header); the rest is the module's context,
 * which did not change (the caller checked). The tree is the same but for the identifier's text,
 * so what the rule read is the same unless the identifier, before or after, is a word it looked
 * for or a name it watched, or one of its sites (those words' occurrences, its findings and fix
 * edits) lies in the identifier's statement.
 */
function siteRulesKept(state: State, tree: Tree, text: string, change: TextChange, selection: Selection): Set<string> {
  const kept = new Set<string>();
  selection.siteRules ??= selection.selected.filter(({ rule }) => rule.reads === 'sites' && isStatementLocal(rule) && !rule.triggerPattern);
  const candidates = selection.siteRules.filter(({ rule }) => state.planned.has(rule.id));
  if (candidates.length === 0) return kept;
  const edit = wordEdit(state.text, text, change, tree);
  if (!edit) return kept;
  const delta = change.newEnd - change.oldEnd;
  const { lines, top } = edit;
  // Whether a site at start–end (new offsets) lies in the identifier's statement. No other statement
  // around a site can hold the identifier: a simple statement holds no other, and a site in the
  // header of a class, def, `if`… is read in that header, which holds no statement.
  const holds = (start: number, end: number): boolean => end >= lines.start && start < lines.end;
  // Whether an occurrence of `word` in the identifier's top-level statement lies in its statement
  // (new offsets): one at `offset` does when `offset` is from lines.start − its length to lines.end.
  const heldIn = (word: string): boolean => {
    const offsets = state.index.offsets(word);
    const from = Math.max(top.start, lines.start - word.length);
    const i = lowerBound(offsets, from);
    return i < offsets.length && offsets[i] < Math.min(top.end, lines.end);
  };
  const unsafe = (words: Iterable<string> | undefined): boolean => {
    if (words) for (const word of words) if (word === edit.old || word === edit.word || heldIn(word)) return true;
    return false;
  };
  for (const { rule } of candidates) {
    // The identifier, before or after, is not a word it looked for or watched, and no occurrence of
    // one lies in the identifier's statement.
    if (!unsafe(gateWords(rule)) && !unsafe(state.words.get(rule.id)) && !unsafe(state.watched.get(rule.id))) kept.add(rule.id);
  }
  if (kept.size === 0) return kept;
  // Its findings and fix edits there (old offsets, moved; -1 inside the change).
  const moved = (offset: number) => (offset < change.start ? offset : offset >= change.oldEnd ? offset + delta : -1);
  const oldTop = { start: top.start, end: top.end - delta };
  const near = (start: number, end: number) => end >= oldTop.start && start <= oldTop.end;
  const seen = new Set<readonly TextEdit[]>();
  for (const finding of state.findings) {
    const id = finding.rule.id;
    if (!kept.has(id)) continue;
    const spans: Array<{ start: number; end: number }> = near(finding.start, finding.end) ? [finding] : [];
    const edits = finding.fix?.edits;
    if (edits && !seen.has(edits)) {
      seen.add(edits);
      for (const e of edits) if (near(e.start, e.end)) spans.push(e);
    }
    for (const span of spans) {
      const start = moved(span.start);
      const end = moved(span.end);
      if (start < 0 || end < 0 || holds(start, end)) {
        kept.delete(id);
        break;
      }
    }
  }
  return kept;
}

/** A new store of the module's context memos (`CheckSession.kept`). */
function keptMemos(): NonNullable<CheckSession['kept']> {
  return { keys: contextMemoKeys, memos: new Map(), words: new Map() };
}

/** Words every version guard's construct spells: a region without them holds no guard (version-guards.ts, compat-fallbacks.ts). */
const guardWords = ['if', 'try', 'except'];

/** The guards moved by an edit of a region that holds none (in place: they are the check's own). */
function movedGuards(guards: VersionGuard[], oldEnd: number, delta: number): VersionGuard[] {
  if (delta === 0) return guards;
  for (const guard of guards) {
    if (guard.start >= oldEnd) guard.start += delta;
    if (guard.end >= oldEnd) guard.end += delta;
  }
  return guards;
}

/**
 * Python's keywords and the other words its grammar spells (soft keywords, `print`, `exec`,
 * `__future__`, the `_` of `case _`): a word written or removed there may change the tree.
 * test/engine/word-edits.test.ts checks that the grammar spells no other.
 */
export const grammarWords: ReadonlySet<string> = new Set([
  'False', 'None', 'True', '_', '__future__', 'and', 'as', 'assert', 'async', 'await', 'break', 'case', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'exec', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'match', 'nonlocal', 'not', 'or', 'pass',
  'print', 'raise', 'return', 'try', 'type', 'while', 'with', 'yield',
]);

/** The statements whose text an identifier edit may lie in (simple ones that nothing else reads as a guard or as the module's context). */
const wordEditStatements = new Set(['expression_statement', 'return_statement', 'delete_statement', 'raise_statement', 'assert_statement']);

/** What `wordEdit` found: the identifier before and after, where it is, and the statement holding it. */
export interface WordEdit {
  old: string;
  word: string;
  /** The identifier in the new text. */
  start: number;
  end: number;
  /** Whole lines of the statement holding it (new text). */
  lines: { start: number; end: number };
  /** The top-level statement holding it (new text). */
  top: { start: number; end: number };
}

/**
 * Whether an edit changed one identifier into another and nothing else, in a simple statement
 * (an expression, `return`, `del`, `raise`, `assert`) outside any `try` (a compatibility fallback
 * reads what its `try` holds) in a file without syntax errors (error recovery weighs the lengths of
 * what it skips). Neither word is one the grammar spells (a keyword) and no quote follows (a string
 * prefix): the tokens are the same kinds, so the tree is the same but for that identifier's text.
 */
export function wordEdit(oldText: string, text: string, change: TextChange, tree: Tree): WordEdit | null {
  if (tree.rootNode.hasError) return null;
  // The change widened to whole runs of word characters, in both texts (the text before it is the same).
  let from = change.start;
  while (from > 0 && wordCharacter.test(text[from - 1])) from--;
  let oldTo = change.oldEnd;
  while (oldTo < oldText.length && wordCharacter.test(oldText[oldTo])) oldTo++;
  let to = change.newEnd;
  while (to < text.length && wordCharacter.test(text[to])) to++;
  const old = oldText.slice(from, oldTo);
  const word = text.slice(from, to);
  if (old === word || !identifierPattern.test(old) || !identifierPattern.test(word) || grammarWords.has(old) || grammarWords.has(word)) return null;
  if (text[to] === '"' || text[to] === "'") return null;
  const node = tree.rootNode.descendantForIndex(from, to);
  if (!node || node.type !== 'identifier' || node.startIndex !== from || node.endIndex !== to) return null;
  let statement: Node | null = null;
  for (let current: Node | null = node.parent; current; current = current.parent) {
    if (current.type === 'try_statement' || current.type === 'ERROR') return null;
    if (!statement && current.type.endsWith('_statement')) {
      if (!wordEditStatements.has(current.type)) return null;
      statement = current;
    }
    if (!statement && (current.type === 'decorator' || current.type.endsWith('_definition'))) return null;
  }
  if (!statement) return null;
  let top: Node = statement;
  while (top.parent && top.parent.type !== 'module') top = top.parent;
  const lines = { start: lineStart(text, statement.startIndex), end: lineEndAfter(text, statement.endIndex) };
  return { old, word, start: from, end: to, lines, top: { start: lineStart(text, top.startIndex), end: lineEndAfter(text, top.endIndex) } };
}

const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The rules an edit's text triggers, from those the last text triggered: a rule's trigger words
 * decide as before unless the edit wrote or removed one of them (the counts then answer). A trigger
 * pattern that cannot match across a line break (`isLineBounded`) is searched only in the changed
 * lines (`edit`'s start to oldEnd, and to end: whole lines, not the region's statements) where
 * that decides: a match elsewhere, and what its look-arounds read, is unchanged. Any other
 * pattern is searched in the whole text. That the rule ran before says a
 * match was there only when its required words (`requires`, `requiresOneOf`) were there too and no
 * trigger word was: else the whole text answers.
 */
function triggeredAfterEdit(
  state: State,
  selection: Selection,
  present: (word: string) => boolean,
  triggerTouched: ReadonlySet<string>,
  edit: { oldText: string; text: string; start: number; oldEnd: number; end: number; presentBefore: (word: string) => boolean },
): PlannedRule[] {
  const { selected } = selection;
  const runs = (rule: Rule<any>): boolean => {
    const before = state.planned.has(rule.id);
    const wordsTouched = triggerTouched.has(rule.id);
    const pattern = rule.triggerPattern;
    if (!pattern) return wordsTouched ? isTriggered(rule, present, edit.text) : before;
    if (!hasRequiredWords(rule, present)) return false;
    if (rule.triggers?.some(present)) return true;
    // No trigger word now: the pattern decides.
    if (!isLineBounded(pattern)) return edit.text.search(pattern) >= 0;
    if (wordsTouched) {
      // A required word missing before: the rule did not run, whatever the pattern said.
      if (!hasRequiredWords(rule, edit.presentBefore)) return edit.text.search(pattern) >= 0;
      // A trigger word there before: it may have been what triggered the rule.
      if (before && rule.triggers?.some(edit.presentBefore)) return edit.text.search(pattern) >= 0;
    }
    // Triggered before with no word: by a match; one outside the changed lines is still there.
    if (before) return !matchesIn(pattern, edit.oldText, edit.start, edit.oldEnd) || edit.text.search(pattern) >= 0;
    // Not triggered before: no match anywhere; a new one can only be in the changed lines.
    return matchesIn(pattern, edit.text, edit.start, edit.end);
  };
  // A rule without a pattern whose trigger words the edit did not touch runs as before: when no
  // rule with a pattern nor one with a touched word changes, the last list stands (the filter
  // below asks every selected rule: 10 % of a 5,000-line keystroke's check).
  if (state.plannedFrom === selected) {
    selection.patterned ??= selected.filter(({ rule }) => rule.triggerPattern !== undefined);
    selection.byId ??= new Map(selected.map((plan) => [plan.rule.id, plan]));
    const changes = (plan: PlannedRule | undefined) => plan !== undefined && runs(plan.rule) !== state.planned.has(plan.rule.id);
    if (!selection.patterned.some(changes) && ![...triggerTouched].some((id) => changes(selection.byId!.get(id)))) return state.plannedList;
  }
  return selected.filter(({ rule }) => runs(rule));
}

const globalPatterns = new WeakMap<RegExp, RegExp>();

/**
 * Whether a line-bounded `pattern` matches in the whole lines from `start` to `end` of `text`. The
 * search reads no further than `end`: a match cannot hold the line break before it, and what a
 * look-around reads at either edge is a line break there as in the whole text.
 */
function matchesIn(pattern: RegExp, text: string, start: number, end: number): boolean {
  let global = globalPatterns.get(pattern);
  if (!global) globalPatterns.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`)));
  global.lastIndex = start;
  return global.exec(end < text.length ? text.slice(0, end) : text) !== null;
}

const lineBounded = new WeakMap<RegExp, boolean>();

/**
 * Whether no match of `pattern`, nor what its look-arounds read, can reach across a line break: no
 * `m` or `s` flag, no `.`, `^` or `$`, no escape that matches or spells one (`\s`, `\S`, `\W`, `\D`, `\n`,
 * `\r`, `\x…`, `\u…`, `\p{…}`, `\c…`, `\0`, back-references), and no character class holding one
 * (a negated class that leaves out `\n` and `\r`, `[^"\n\r]`, holds neither). Conservative: false
 * when unsure.
 */
export function isLineBounded(pattern: RegExp): boolean {
  let known = lineBounded.get(pattern);
  if (known !== undefined) return known;
  known = !/[ms]/.test(pattern.flags);
  const rest = pattern.source.replace(/\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]/g, (part) => {
    if (part.startsWith('[')) {
      const inner = part.replace(/^\[\^?/, '').replace(/\]$/, '');
      // A negated class excludes what its escapes spell: whether it matches a line break is what it answers.
      if ((!part.startsWith('[^') && /\\[sSWDnrxuUpPc0-9]/.test(inner)) || new RegExp(part).test('\n') || new RegExp(part).test('\r')) known = false;
      return 'c';
    }
    if (/^\\[sSWDnrxuUpPc0-9]$/.test(part)) known = false;
    return 'e';
  });
  // `^` and `$` (outside classes) read where the text starts and ends, not where a line does.
  if (/[.^$]/.test(rest)) known = false;
  lineBounded.set(pattern, known);
  return known;
}

/** The node types around template text (the grammar's `content`): text, and the blocks and template holding it. */
const templateTextTypes = new Set(['content', 'block', 'template']);

/**
 * Whether an edit changed a template's text alone, on lines that also hold tags or variables: no
 * brace in or next to the changed text, before or after the edit (every delimiter has one, so none
 * was written, removed or completed, and the template splits into tags and text as before), and the
 * new tree has the changed text in its `content`. Lines without a brace need no tree.
 */
function inTemplateText(tree: Tree, oldText: string, text: string, change: TextChange): boolean {
  const braces = /[{}]/;
  if (braces.test(oldText.slice(Math.max(0, change.start - 1), change.oldEnd + 1)) || braces.test(text.slice(Math.max(0, change.start - 1), change.newEnd + 1))) return false;
  for (let node: Node | null = tree.rootNode.descendantForIndex(change.start, change.newEnd); node; node = node.parent) {
    if (!templateTextTypes.has(node.type)) return false;
  }
  return true;
}

/**
 * Two lists of findings, each in that order, as one: the kept findings are in order already (they
 * moved together), so a keystroke merges instead of sorting every finding of the file.
 */
export function mergeByPosition(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byPosition(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

function add(map: Map<string, Set<string>>, id: string, key: string): void {
  let keys = map.get(id);
  if (!keys) map.set(id, (keys = new Set()));
  keys.add(key);
}

/** Whether one of the edits touches start–end (old offsets): overlaps it, or inserts inside it. */
function editsReach(edits: readonly TextEdit[], start: number, end: number): boolean {
  return edits.some((e) => (e.start < end && e.end > start) || (e.start === e.end && e.start > start && e.start < end));
}

/** The span of the top-level statement holding `offset` (or the offset alone, between statements). */
function statementAround(statements: readonly Statement[], offset: number): { start: number; end: number } {
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (statements[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  const statement = statements[low];
  return statement && statement.start <= offset ? statement : { start: offset, end: offset };
}

const bounds = new WeakMap<readonly TextEdit[], [number, number]>();

/** The rules some of whose findings have a fix that edits outside the finding's statement. */
function spreadRules(findings: readonly Finding[], statements: readonly Statement[]): Set<string> {
  const spread = new Set<string>();
  for (const finding of findings) {
    if (finding.fix && !spread.has(finding.rule.id) && isSpread(finding.fix.edits, statementAround(statements, finding.start))) spread.add(finding.rule.id);
  }
  return spread;
}

/** Whether a fix edits outside the statement of its finding (every use of a name, an import…). */
function isSpread(edits: readonly TextEdit[], statement: { start: number; end: number }): boolean {
  let known = bounds.get(edits);
  if (!known) {
    known = [Math.min(...edits.map((e) => e.start)), Math.max(...edits.map((e) => e.end))];
    bounds.set(edits, known);
  }
  return known[0] < statement.start || known[1] > statement.end;
}

/** What decides whether the last check's findings can be kept: the file, its kinds, and every rule's severity and fix policy. */
function keyOf(file: SourceFile, selected: readonly PlannedRule[], options: LintOptions): string {
  const libraries = options.libraries ? JSON.stringify([...options.libraries]) : '';
  return [file.path, file.language, [...file.fileKinds].join(','), options.current, options.target, libraries, selected.map(({ rule, severity }) => `${rule.id}:${severity}`).join(',')].join('|');
}

/**
 * A kept finding moved into the new text, in place (the last check's findings are nobody else's
 * once a new check runs): what lies after the region moves by `delta`, a fix's edits on either
 * side of it alike. Findings of one rule often share one fix (a rewrite of the whole module): each
 * list of edits moves once (`moved`).
 */
function shifted(finding: Finding, oldEnd: number, delta: number, moved: Set<object>): Finding {
  if (delta === 0) return finding;
  if (finding.start >= oldEnd) finding.start += delta;
  if (finding.end >= oldEnd) finding.end += delta;
  const edits = finding.fix?.edits;
  if (edits && !moved.has(edits)) {
    moved.add(edits);
    bounds.delete(edits);
    // An edit may sit in several fixes' lists: each edit moves once.
    for (const edit of edits) {
      if (moved.has(edit)) continue;
      moved.add(edit);
      if (edit.start >= oldEnd) edit.start += delta;
      if (edit.end >= oldEnd) edit.end += delta;
    }
  }
  return finding;
}

/**
 * The words of `text` that start–end is part of, with their counts: the span widened to whole runs
 * of word characters. Outside them an edit of start–end changed no word (tokens.ts: a word is
 * `[A-Za-z_][A-Za-z0-9_]*`, so a run of word characters holds the same words wherever it is).
 */
function wordsAround(text: string, start: number, end: number): Map<string, number> {
  let from = start;
  while (from > 0 && wordCharacter.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && wordCharacter.test(text[to])) to++;
  return countWords(text.slice(from, to));
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The first line start at or after `offset` (the text's end on the last line). */
function lineEndAfter(text: string, offset: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** The top-level statements (and comments) that overlap start–end, with their context signatures. */
/** The most top-level statements a statement check re-checks; more, and the whole file is checked. */
const maxRegionStatements = 200;

function topLevel(tree: Tree, text: string, start: number, end: number): Statement[] | null {
  const root = tree.rootNode;
  const found: Statement[] = [];
  if (start === 0 && end >= text.length) {
    // The whole module: its children in one call (each `nextSibling` walks down from the root).
    for (const node of root.children) if (node) found.push({ start: node.startIndex, end: node.endIndex, context: contextOf(node, text) });
    return found;
  }
  let node: Node | null = start <= 0 ? root.firstChild : root.firstChildForIndex(Math.max(0, start - 1));
  // firstChildForIndex gives the child containing the offset or the first after it.
  while (node && node.endIndex <= start && !(node.startIndex === start && node.endIndex === start)) node = node.nextSibling;
  for (; node && node.startIndex < end; node = node.nextSibling) {
    // Each `nextSibling` costs a walk from the root: a region of very many statements (or of the
    // pieces of a broken one) is checked as a whole file instead.
    if (found.length >= maxRegionStatements) return null;
    found.push({ start: node.startIndex, end: node.endIndex, context: contextOf(node, text) });
  }
  return found;
}

/**
 * What other statements may depend on in a top-level statement: for a function or class, its
 * header (decorators, name, parameters, bases) and the imports, class headers and `global`s inside;
 * for anything else (imports, module-level code), its whole text. Comments: nothing.
 */
function contextOf(node: Node, text: string): string {
  if (node.type === 'comment') return '';
  const definition = node.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
  if (!definition || (definition.type !== 'function_definition' && definition.type !== 'class_definition')) return text.slice(node.startIndex, node.endIndex);
  const body = definition.childForFieldName('body');
  const parts = [text.slice(node.startIndex, body ? body.startIndex : node.endIndex)];
  if (body) {
    const inner = text.slice(body.startIndex, body.endIndex);
    const pattern = /(?<![A-Za-z0-9_])(import|class|global|nonlocal)(?![A-Za-z0-9_])/g;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(inner))) {
      const offset = body.startIndex + match.index;
      let current: Node | null = node.descendantForIndex(offset, offset + match[1].length);
      while (current && !contextTypes.has(current.type) && current.startIndex >= body.startIndex) current = current.parent;
      if (!current || !contextTypes.has(current.type)) continue;
      const inner = current.type === 'class_definition' ? current.childForFieldName('body') : null;
      parts.push(text.slice(current.startIndex, inner ? inner.startIndex : current.endIndex));
    }
  }
  return parts.join('\u0001');
}

const contextTypes = new Set(['import_statement', 'import_from_statement', 'future_import_statement', 'global_statement', 'nonlocal_statement', 'class_definition']);
