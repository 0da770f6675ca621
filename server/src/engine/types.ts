// The shapes the rule catalogue, the engine and its front ends (server, CLI, docs) share.
import type { Node, Tree } from 'web-tree-sitter';
import type { SourceLanguage } from '../parsing/languages';
import type { DjangoVersion } from '../versions/django-version';
import type { LibraryCategory } from '../versions/libraries';
import type { TokenIndex } from './tokens';

/** A replacement of the text between two UTF-16 offsets of the original document. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Whether a fix keeps what the code does ("safe"), or may change it ("unsafe": offered one by one,
 * applied in bulk only when asked: `--unsafe-fixes`, `djangoUpgrade.unsafeFixes`), as in Ruff.
 */
export type FixSafety = 'safe' | 'unsafe';

export interface Fix {
  /** Shown as the quick fix's title, e.g. "Replace `url()` with `re_path()`". */
  title: string;
  edits: TextEdit[];
  /** "unsafe" when this fix may change behaviour although the rule's fixes (`Rule.fix`) do not, e.g. the one conversion that changes a type. */
  safety?: FixSafety;
}

/** What a rule reports; the engine turns it into a Finding with the rule's versions and severity. */
export interface Report {
  node?: Node;
  start?: number;
  end?: number;
  /** The thing that is deprecated, in Markdown code, e.g. "`django.conf.urls.url()`". */
  subject: string;
  /** What to do instead, e.g. "use `django.urls.re_path()`". */
  advice: string;
  fix?: Fix;
}

export type RuleCategory = 'removed-api' | 'settings' | 'models' | 'urls' | 'tests' | 'templates' | 'modernize' | 'python2' | LibraryCategory;

/** Where a Python file sits in a Django project; some rules only apply to some kinds. */
export type FileKind = 'settings' | 'tests' | 'models' | 'migrations' | 'management-command' | 'init' | 'urls' | 'admin';

export interface RuleExample {
  code: string;
  /** The path the example is checked as (decides its file kinds); default "example.py"/"example.html". */
  filename?: string;
  /** The version the project runs (of the rule's library, for a library rule), for fixes that need a minimum version; default the fix's floor. */
  current?: DjangoVersion;
}

/** Where and what one finding of an invalid example is, as ESLint's rule tests say it. */
export interface ExpectedError {
  /** 1-based line of the finding's start. */
  line: number;
  /** 1-based column of the finding's start (UTF-16 code units, as the editor counts). */
  column: number;
  /** The whole message, versions included. */
  message: string;
}

export interface InvalidRuleExample extends RuleExample {
  /** Each finding of the rule, in the order of the text. */
  errors?: ExpectedError[];
  /** How many findings of this rule the example has: the older form, for rules not yet migrated (docs/engine.md). */
  findings?: number;
  /** The source after the rule's fixes; absent when the rule has no fix for this example. */
  output?: string;
}

/** The tools whose rewrite a rule mirrors, by the name of their fixer (the parity tests and the docs read it). */
export interface Upstream {
  /** django-upgrade's fixer, e.g. "utils_translation". */
  djangoUpgrade?: string;
  /** Djade's fixer, e.g. "migrate_length_is". */
  djade?: string;
}

export interface RuleContext {
  language: SourceLanguage;
  text: string;
  tree: Tree;
  /** Path relative to the project root, "/"-separated. */
  path: string;
  fileKinds: ReadonlySet<FileKind>;
  /**
   * The Django version the project runs today (null when unknown) and the one it upgrades to. Most
   * rules ignore them (the engine gates severities and fixes); rules that rewrite code by version,
   * such as dead `django.VERSION` branches, read them.
   */
  current?: DjangoVersion | null;
  target?: DjangoVersion;
  report(report: Report): void;
  /** Where each word of the text occurs: the anchors of the query layer. */
  readonly tokens: TokenIndex;
  /**
   * A value computed once per file and shared by every rule (the query layer's indexes): `compute`
   * runs on the first call with `key`.
   */
  memo<T>(key: unknown, compute: () => T): T;
}

export interface Rule<Context extends RuleContext = RuleContext> {
  id: string;
  title: string;
  category: RuleCategory;
  /**
   * For a rule about a library around Django: its PyPI distribution (PEP 503 name, one of
   * versions/libraries.ts, e.g. "djangorestframework"). deprecatedIn, removedIn and fixMinVersion
   * are then that library's releases (PEP 440: "3.10", "0.56.0"), and the engine's version policy
   * reads the project's versions of that library. Absent: a Django rule.
   */
  library?: string;
  /** null for modernisations that no Django release deprecates. */
  deprecatedIn: DjangoVersion | null;
  /** null while Django has not removed it (or never will). */
  removedIn: DjangoVersion | null;
  languages: SourceLanguage[];
  /** The release notes section that documents the deprecation. */
  docsUrl: string;
  docs: {
    /** What the rule finds. */
    what: string;
    /** Why it matters. */
    why: string;
    /** When the fix is safe, and what it does not do. */
    fixSafety?: string;
  };
  /**
   * The safety of the rule's fixes (a fix may say otherwise, `Fix.safety`): "safe" ones are part of
   * fix-all and `djupgrade fix`; "unsafe" ones are offered as quick fixes, and applied in bulk only
   * with unsafe fixes turned on; "none": the message says what to do.
   */
  fix: FixSafety | 'none';
  /** The oldest Django version that has what the fix writes. */
  fixMinVersion?: DjangoVersion;
  /** Off unless selected (by id, category or "all"). */
  optIn?: boolean;
  /** The rule applies only to files of these kinds. */
  onlyIn?: FileKind[];
  /** The rule never applies to files of these kinds. */
  notIn?: FileKind[];
  examples: { valid: RuleExample[]; invalid: InvalidRuleExample[] };
  /**
   * Words the rule cannot report without (docs/engine.md): a file, or a region, that holds none of
   * them never runs the rule. A rule without them has a `triggerPattern` (a rule with neither
   * never runs: the catalogue's tests refuse it).
   */
  triggers?: readonly string[];
  /**
   * For constructs no word spells (`a <> b`, `0777`): the rule also runs on a text this matches
   * (docs/engine.md, "Choosing triggers"). Words are cheaper: use it only where there is none.
   */
  triggerPattern?: RegExp;
  /**
   * Words the rule needs all of, besides one of its triggers (or its pattern): the keyword of a
   * call found from the callee's name, the class of a method found by its name.
   */
  requires?: readonly string[];
  /**
   * Words the rule needs one of, besides its triggers (or its pattern) and its `requires`: the
   * last names of the Django classes a finding's class derives from, of the callables a finding
   * calls (docs/engine.md, "Choosing triggers").
   */
  requiresOneOf?: readonly string[];
  /**
   * Every finding is code tree-sitter reads as such, whose trigger word or pattern match lies
   * outside strings' contents and comments: where a whole file is checked (`rulesToRun`), the
   * triggers and pattern are also looked for in its code (engine/code-text.ts: those blanked, each
   * logical line on one line), so that a backtick in a docstring or a call that goes on below no
   * longer runs the rule (docs/engine.md, "Choosing triggers"). The editor's checks keep the text.
   */
  triggersInCode?: boolean;
  /**
   * "file": what the rule finds in one statement depends on other statements beyond the imports,
   * module-level code and class headers (a setting that is missing from the whole module, a use
   * elsewhere of what a statement defines). Such a rule re-runs on the whole file after every edit;
   * every other rule re-runs only on the statements an edit changed (docs/engine.md, "Checks in the
   * editor").
   */
  locality?: 'file';
  /**
   * "sites": a statement-local rule that reads nothing but the module's context (imports,
   * module-level code, class and function headers), the names the scopes resolve for it, the words
   * it looks for, and the statement holding each of its sites: its findings, its fix edits and the
   * occurrences of those words (for a site in a decorator or in the header of a class, def, `if`…,
   * that decorator or header). An edit of one identifier elsewhere (`naxme` for `name`) then leaves
   * its findings as they were, even where its fix rewrites every use in the module: the incremental
   * check keeps them without running it (docs/engine.md, "Checks in the editor";
   * test/engine/word-edits.test.ts).
   */
  reads?: 'sites';
  /** The fixers of other tools that do what this rule's fix does. */
  upstream?: Upstream;
  /** What the version-truth test checks against the real Django releases. */
  truth?: TruthClaims;
  /** Ids of the entries of the deprecation checklist (shared/reference/django-deprecations.json) this rule covers. */
  checklist?: string[];
  check(context: Context): void;
}

/**
 * Facts about real Django releases that a rule relies on, checked by test/rules/django-truth.test.ts
 * against the releases' sources: dotted paths of modules, names, class attributes or settings
 * (`django.conf.global_settings.NAME`).
 */
export interface TruthClaims {
  /** Exist up to the release before `removedIn` and are gone in `removedIn`. */
  removed?: string[];
  /** Exist from the fix's minimum version (or `deprecatedIn`) on. */
  replacements?: string[];
  /** Keyword parameters accepted before `removedIn` and gone in it. */
  removedParameters?: Array<{ symbol: string; name: string }>;
  /** Settings Django never gave a default in global_settings: read by Django's source (`settings.NAME`, `getattr(settings, "NAME")`) up to the release before `removedIn`, read nowhere in it. */
  removedSettingReads?: string[];
  /** Library rules: what marks the deprecation (a warning raised, a new name), true from `deprecatedIn` and not in the release before (test/library-truth/claims.ts). */
  deprecated?: string[];
  /** Why a rule states no claim, or which claim cannot be made (shown in the test output). */
  note?: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  rule: Rule<any>;
  start: number;
  end: number;
  message: string;
  severity: Severity;
  fix?: Fix & {
    safety: FixSafety;
    /** The project's Django version has what the fix writes (the rule's `fixMinVersion`). */
    supported: boolean;
    /** Whether fix-all and `djupgrade fix` apply it with their defaults: safe and supported. */
    automatic: boolean;
  };
}
