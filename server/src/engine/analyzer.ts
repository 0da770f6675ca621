// The engine's front door for the CLI, the server and the tests: parse a text, lint it, fix it.
import type { Parser, Tree } from 'web-tree-sitter';
import { createParser, loadLanguages, LoadedLanguages, SourceLanguage } from '../parsing/languages';
import { fixAll, FixAllResult, indentationErrorCount, syntaxErrorCount } from './apply-fixes';
import type { TextChange } from '../parsing/incremental-document';
import type { IncrementalCheck } from './incremental-check';
import { PythonScopes } from './python-scopes';
import { LintOptions, rulesToRun, runRules } from './lint';
import type { FileKind, Finding, Rule } from './types';

export interface FileInput {
  language: SourceLanguage;
  path: string;
  text: string;
  fileKinds: ReadonlySet<FileKind>;
}

export class Analyzer {
  private readonly parsers = new Map<SourceLanguage, Parser>();

  private constructor(
    readonly languages: LoadedLanguages,
    readonly rules: readonly Rule<any>[],
    private readonly log: (message: string) => void = () => {},
  ) {}

  static async create(rules: readonly Rule<any>[], log?: (message: string) => void): Promise<Analyzer> {
    return new Analyzer(await loadLanguages(log), rules, log);
  }

  supports(language: SourceLanguage): boolean {
    return language === 'python' || this.languages.template !== null;
  }

  parser(language: SourceLanguage): Parser {
    let parser = this.parsers.get(language);
    if (!parser) {
      const grammar = language === 'python' ? this.languages.python : this.languages.template;
      if (!grammar) throw new Error(`no grammar for ${language}`);
      parser = createParser(grammar);
      this.parsers.set(language, parser);
    }
    return parser;
  }

  parse(language: SourceLanguage, text: string): Tree {
    const tree = this.parser(language).parse(text);
    if (!tree) throw new Error('parse failed');
    return tree;
  }

  /** Lints a file with an already parsed tree (the server's incremental one). */
  lintTree(input: FileInput, tree: Tree, options: LintOptions): Finding[] {
    return runRules({ ...input, tree }, rulesToRun(input, this.rules, options), this.withLog(input, options));
  }

  /**
   * Lints an open document after an edit (`IncrementalDocument.takeChange()` says what changed):
   * only the changed statements where that gives what a whole-file lint gives (incremental-check.ts).
   */
  lintChange(check: IncrementalCheck, input: FileInput, tree: Tree, change: TextChange | 'none' | null, options: LintOptions): Finding[] {
    return check.check({ ...input, tree }, change, this.withLog(input, options));
  }

  /** `lintChange` one rule at a time (IncrementalCheck.steps): the tree must not change until it ends. */
  lintChangeSteps(check: IncrementalCheck, input: FileInput, tree: Tree, change: TextChange | 'none' | null, options: LintOptions): Generator<void, Finding[]> {
    return check.steps({ ...input, tree }, change, this.withLog(input, options));
  }

  /** Lints a text; one that triggers no rule is not parsed at all. */
  lint(input: FileInput, options: LintOptions): Finding[] {
    const planned = rulesToRun(input, this.rules, options);
    if (planned.length === 0) return [];
    const tree = this.parse(input.language, input.text);
    try {
      return runRules({ ...input, tree }, planned, this.withLog(input, options));
    } finally {
      tree.delete();
    }
  }

  /** A file that is not checked says why: to the caller, or else in the log. */
  private withLog(input: FileInput, options: LintOptions): LintOptions {
    return options.onSkip ? options : { ...options, onSkip: (reason) => this.log(`skipped ${input.path}: ${reason}`) };
  }

  /** Syntax errors: tree-sitter's, and for Python the indentation its tokenizer would reject. */
  errorCount(language: SourceLanguage, text: string): number {
    const tree = this.parse(language, text);
    try {
      return syntaxErrorCount(tree) + (language === 'python' ? indentationErrorCount(tree, text) : 0);
    } finally {
      tree.delete();
    }
  }

  /** What makes code fail before it runs: syntax errors, and Python names read at import before they are bound. */
  problemCount(language: SourceLanguage, text: string): number {
    const tree = this.parse(language, text);
    try {
      if (language !== 'python') return syntaxErrorCount(tree);
      return syntaxErrorCount(tree) + indentationErrorCount(tree, text) + new PythonScopes(tree, text).readsBeforeBinding();
    } finally {
      tree.delete();
    }
  }

  /** Applies every safe fix (and the unsafe ones with `unsafeFixes`), in passes, until nothing changes. */
  fix(input: FileInput, options: LintOptions, unsafeFixes = false): FixAllResult {
    return fixAll(
      input.text,
      (text) => this.lint({ ...input, text }, options),
      (text) => this.problemCount(input.language, text),
      10,
      unsafeFixes,
    );
  }
}
