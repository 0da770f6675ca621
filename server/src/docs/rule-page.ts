// One rule's documentation page, generated from the catalogue: what it does, why it matters, an
// example, what to use instead and the fix's safety, with the versions and the release notes.
// The editor ships one page per rule (dist/rule-docs/<id>.md); docs/rules.md holds them all.
import { productOf } from '../engine/lint';
import type { Rule } from '../engine/types';

export const fixLabel = (rule: Rule<any>) =>
  rule.fix === 'safe' ? `safe${rule.fixMinVersion ? ` (${productOf(rule)} ${rule.fixMinVersion}+)` : ''}` : rule.fix === 'unsafe' ? 'quick fix only' : '—';

function codeBlock(code: string, rule: Rule<any>): string {
  const language = rule.languages[0] === 'python' ? 'python' : 'htmldjango';
  return ['```' + language, code.replace(/\n$/, ''), '```'].join('\n');
}

/** "Deprecated in Django 3.1 · removed in 4.0" (a library rule: in its library's releases), or what stands in for a missing version. */
export function versionsLine(rule: Rule<any>): string {
  if (!rule.deprecatedIn && !rule.removedIn) return `Not deprecated by Django: a modernisation${rule.optIn ? ' (opt-in)' : ''}`;
  return `Deprecated in ${productOf(rule)} ${rule.deprecatedIn ?? '—'} · removed in ${rule.removedIn ?? 'no release yet'}`;
}

/** What the rule finds, with the fixer of django-upgrade or Djade it mirrors (`upstream`). */
export function whatItDoes(rule: Rule<any>): string {
  const upstream = [
    rule.upstream?.djangoUpgrade && `django-upgrade: \`${rule.upstream.djangoUpgrade}\``,
    rule.upstream?.djade && `Djade: \`${rule.upstream.djade}\``,
  ].filter(Boolean);
  if (upstream.length === 0) return rule.docs.what;
  const what = rule.docs.what.replace(/\.$/, '');
  return `${what} (${upstream.join('; ')}).`;
}

/** The page's summary, what the editor's hover on a finding shows: the rule's title and what it finds. */
export function ruleSummary(rule: Rule<any>): string {
  return `**${rule.title}**\n\n${whatItDoes(rule)}`;
}

/**
 * The rule's page in Markdown, its heading at `level` (1 for a page of its own, 2 inside
 * docs/rules.md), its sections one level below.
 */
export function rulePageMarkdown(rule: Rule<any>, level = 1): string {
  const heading = '#'.repeat(level);
  const section = '#'.repeat(level + 1);
  const invalid = rule.examples.invalid[0];
  const lines = [
    `${heading} ${rule.id}`,
    '',
    `**${rule.title}**`,
    '',
    `${versionsLine(rule)} · category \`${rule.category}\` · fix: ${fixLabel(rule)} · [release notes](${rule.docsUrl})`,
    '',
    `${section} What it does`,
    '',
    whatItDoes(rule),
    '',
    `${section} Why it matters`,
    '',
    rule.docs.why,
    '',
    `${section} Example`,
    '',
    codeBlock(invalid.code, rule),
  ];
  if (invalid.output !== undefined) lines.push('', `${section} Use instead`, '', 'What the fix writes:', '', codeBlock(invalid.output, rule));
  lines.push('', `${section} Fix safety`, '', rule.docs.fixSafety ?? (rule.fix === 'none' ? 'No automatic fix.' : `Fix: ${fixLabel(rule)}.`));
  return `${lines.join('\n')}\n`;
}
