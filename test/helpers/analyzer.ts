// Shared setup for tests that run the engine in-process.
import { Analyzer } from '../../server/src/engine/analyzer';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import type { LintOptions } from '../../server/src/engine/lint';
import type { Rule } from '../../server/src/engine/types';
import type { SourceLanguage } from '../../server/src/parsing/languages';
import { rules } from '../../server/src/rules';
import { djangoReleases } from '../../server/src/versions/django-version';
import { newestRelease as newestLibraryRelease } from '../../server/src/versions/libraries';

let analyzer: Promise<Analyzer> | null = null;

export function getAnalyzer(): Promise<Analyzer> {
  analyzer ??= Analyzer.create(rules);
  return analyzer;
}

export const newestRelease = djangoReleases[djangoReleases.length - 1];

/**
 * Options that run one rule (or every default rule) with `current` and `target` as the versions of
 * its product: Django's, or for a library rule (`only.library`) that library's (its target then
 * defaults to the newest release in the snapshot).
 */
export function optionsFor(only: Rule<any> | null, current: string | null, target?: string): LintOptions {
  if (only?.library) {
    const library = { current, target: target ?? newestLibraryRelease(only.library)! };
    return { current: null, target: newestRelease, showFuture: true, isEnabled: (rule) => rule === only, libraries: new Map([[only.library, library]]) };
  }
  target ??= newestRelease;
  return {
    current,
    target,
    showFuture: true,
    isEnabled: only ? (rule) => rule === only : (rule) => !rule.optIn,
  };
}

export function inputFor(code: string, filename?: string) {
  const path = filename ?? 'example.py';
  const language: SourceLanguage = path.endsWith('.py') ? 'python' : 'django-template';
  return { language, path, text: code, fileKinds: fileKindsOf(path) };
}
