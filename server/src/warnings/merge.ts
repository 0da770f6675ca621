// Joins the warnings of a test log with the static findings. A warning on a workspace line where a
// static finding of the same removal version sits confirms that finding (same rule); a warning
// the catalogue does not see becomes a `runtime-warning` finding on its line; a warning raised
// inside an installed package (settings read by Django, templates, a library's own use) is matched
// to the rules it names, or listed with the package. Identical warnings are counted once.
import type { Rule } from '../engine/types';
import { djangoRemovalOf, LogWarning } from './parse-log';
import { locateWritten } from './locate';

export const runtimeRuleId = 'runtime-warning';

/** A static finding, by workspace-relative path and 1-based lines. */
export interface StaticFinding {
  path: string;
  line: number;
  endLine: number;
  rule: string;
}

export interface RuntimeWarning {
  category: string;
  message: string;
  /** The Django release that removes it ("4.0" for RemovedInDjango40Warning); null for other categories. */
  removedIn: string | null;
  /** How many times the log shows it. */
  count: number;
  /** Where the log says it was raised ("path:line" as written), and the log lines it was read from. */
  logLocation: string;
  logLines: number[];
  /** The workspace file and line (relative to the workspace root); null when it is outside. */
  path: string | null;
  line: number | null;
  /** Outside the workspace: the installed package it was raised in ("django", "python", …). */
  package: string | null;
  /** Raised outside the workspace as an error: the innermost workspace frame of its traceback. */
  via: { path: string; line: number } | null;
  /** Catalogue rules that describe it. */
  rules: string[];
  /** The static findings it confirms. */
  confirms: StaticFinding[];
  /** "static": a static finding covers it; "runtime-only": on a workspace line no rule flags; "external": raised outside the workspace. */
  status: 'static' | 'runtime-only' | 'external';
}

// Code in a message: `quoted`, 'quoted' or "quoted" names, dotted names, snake_case and UPPER_CASE
// names, and calls ("assertFormError()"). Plain words ('form', "name") are not code.
const codeToken = /`([^`]+)`|'([^'\s]+)'|"([^"\s]+)"|\b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+|[A-Za-z\d]*_[A-Za-z_\d]*|[A-Za-z_]\w*(?=\(\)))/g;

const looksLikeCode = (token: string, backticked: boolean) => backticked || /[._]/.test(token) || /^[A-Z][A-Z\d_]+$/.test(token) || /[a-z][A-Z]/.test(token);

/** The code-like names a text mentions, by their last dotted part: "django.conf.urls.url()" → "url". */
export function codeNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(codeToken)) {
    const raw = match[1] ?? match[2] ?? match[3] ?? match[4];
    const call = match[4] !== undefined && text.slice(match.index! + raw.length, match.index! + raw.length + 2) === '()';
    // In backticks, the leading name: "`assertFormError(response, …)`" → assertFormError, "`{% ifequal %}`" → ifequal.
    const token = match[1] !== undefined ? (/^[A-Za-z_][\w.]*/.exec(raw.replace(/^\{[%{]\s*|^\|/, ''))?.[0] ?? '') : raw.replace(/\(\)$/, '');
    if (!/^[A-Za-z_][\w.]*$/.test(token) || !(call || looksLikeCode(token, match[1] !== undefined))) continue;
    const last = token.split('.').pop()!;
    if (last.length > 1) names.add(last);
  }
  return names;
}

/** The names a rule is about: its truth claims' symbols and parameters, and the code in its title. */
export function ruleNames(rule: Rule<any>): Set<string> {
  const names = codeNames(`${rule.title}`);
  for (const symbol of rule.truth?.removed ?? []) names.add(symbol.split('.').pop()!);
  for (const { name } of rule.truth?.removedParameters ?? []) names.add(name);
  return names;
}

/** The catalogue rules a warning describes: same removal version (when Django's), and a shared name. */
export function rulesFor(warning: Pick<LogWarning, 'category' | 'message'>, rules: readonly Rule<any>[], names = new Map<Rule<any>, Set<string>>()): Rule<any>[] {
  const removedIn = djangoRemovalOf(warning.category);
  const mentioned = codeNames(warning.message);
  return rules.filter((rule) => {
    if (removedIn && rule.removedIn !== removedIn) return false;
    if (!names.has(rule)) names.set(rule, ruleNames(rule));
    return [...names.get(rule)!].some((n) => mentioned.has(n));
  });
}

export interface MergeInput {
  warnings: readonly LogWarning[];
  /** The workspace root (absolute), and whether a workspace-relative path is a file of it. */
  root: string;
  exists: (relative: string) => boolean;
  staticFindings: readonly StaticFinding[];
  rules: readonly Rule<any>[];
}

export function mergeWarnings(input: MergeInput): RuntimeWarning[] {
  const byKey = new Map<string, RuntimeWarning>();
  const names = new Map<Rule<any>, Set<string>>();
  const located = new Map<string, ReturnType<typeof locateWritten>>();
  const where = (written: string) => {
    if (!located.has(written)) located.set(written, locateWritten(written, input.root, input.exists));
    return located.get(written)!;
  };
  for (const warning of input.warnings) {
    const at = where(warning.path);
    const path = at?.kind === 'workspace' ? at.path : null;
    const key = `${path ?? warning.path}:${warning.line}\u0000${warning.category}\u0000${warning.message}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      seen.logLines.push(warning.logLine);
      continue;
    }
    let via: RuntimeWarning['via'] = null;
    if (!path && warning.stack) {
      for (const frame of [...warning.stack].reverse()) {
        const f = where(frame.path);
        if (f?.kind === 'workspace') {
          via = { path: f.path, line: frame.line };
          break;
        }
      }
    }
    const matching = rulesFor(warning, input.rules, names);
    const removedIn = djangoRemovalOf(warning.category);
    let confirms: StaticFinding[];
    if (path) {
      // On the warned line: a finding of a rule it names, else one of the same removal version.
      const onLine = input.staticFindings.filter((f) => f.path === path && f.line <= warning.line && warning.line <= f.endLine);
      const named = onLine.filter((f) => matching.some((r) => r.id === f.rule));
      const sameVersion = onLine.filter((f) => removedIn && input.rules.find((r) => r.id === f.rule)?.removedIn === removedIn);
      confirms = named.length ? named : sameVersion;
    } else {
      confirms = input.staticFindings.filter((f) => matching.some((r) => r.id === f.rule));
    }
    byKey.set(key, {
      category: warning.category,
      message: warning.message,
      removedIn,
      count: 1,
      logLocation: `${warning.path}:${warning.line}`,
      logLines: [warning.logLine],
      path,
      line: path ? warning.line : null,
      package: at?.kind === 'external' ? at.package : null,
      via,
      rules: [...new Set([...matching.map((r) => r.id), ...confirms.map((f) => f.rule)])].sort(),
      confirms,
      status: !path ? 'external' : confirms.length ? 'static' : 'runtime-only',
    });
  }
  return [...byKey.values()];
}
