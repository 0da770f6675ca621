// The "Precision on real code" section of docs/coverage.md: findings of the default rule set on the
// precision corpus (test/precision/corpus.json, real Django apps of 2011-2020 from PyPI), hand-labelled
// right or wrong in test/precision/labels.jsonl, counted per rule family (the rule's category).
// test/precision/precision.test.ts keeps the labels true to the current rules (a right finding that
// disappears, or a wrong one whose `fixed` flag disagrees with the scan, fails it), so the figures
// below can be computed from the labels alone.
import type { Rule } from '../engine/types';

export interface PrecisionLabel {
  package: string;
  path: string;
  rule: string;
  verdict: 'right' | 'wrong';
  pattern?: string;
  fixed?: boolean;
}

/** Written by `npm run precision` from a scan of the corpus; the test checks it against a new scan. */
export interface PrecisionSummary {
  packages: number;
  files: number;
  /** Findings per rule id at default settings. */
  findings: Record<string, number>;
}

interface Row {
  findings: number;
  sampled: number;
  right: number;
  wrong: number;
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

/** Counts per family; a label of a wrong finding that the rules no longer report is not sampled. */
export function precisionByFamily(labels: readonly PrecisionLabel[], summary: PrecisionSummary, rules: readonly Rule<any>[]) {
  const familyOf = new Map(rules.map((r) => [r.id, r.category as string]));
  const family = (rule: string) => familyOf.get(rule) ?? 'unknown rule';
  const rows = new Map<string, Row>();
  const row = (name: string) => {
    let r = rows.get(name);
    if (!r) rows.set(name, (r = { findings: 0, sampled: 0, right: 0, wrong: 0 }));
    return r;
  };
  for (const [rule, count] of Object.entries(summary.findings)) row(family(rule)).findings += count;
  for (const label of labels) {
    if (label.verdict === 'wrong' && label.fixed) continue;
    const r = row(family(label.rule));
    r.sampled += 1;
    if (label.verdict === 'right') r.right += 1;
    else r.wrong += 1;
  }
  return rows;
}

export function precisionMarkdown(labels: readonly PrecisionLabel[], summary: PrecisionSummary, rules: readonly Rule<any>[]): string {
  const rows = precisionByFamily(labels, summary, rules);
  const total: Row = { findings: 0, sampled: 0, right: 0, wrong: 0 };
  const lines = [
    '## Precision on real code',
    '',
    `The default rule set (\`djupgrade scan --output-format json\`, no options) on ${summary.packages} real Django apps of 2011–2020 that no rule was written against ` +
      `(\`test/precision/corpus.json\`: old PyPI releases pinned by version and sha256, ${summary.files} files), with every sampled finding labelled right or wrong by hand ` +
      '(`test/precision/labels.jsonl`: file, rule, line text, verdict and the reason). `npm run precision` scans the corpus again and rewrites this section; ' +
      '`test/precision/precision.test.ts` fails when a finding labelled right disappears or one labelled wrong comes back.',
    '',
    '| Rule family | Findings | Sampled | Right | Wrong | Precision |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const [name, r] of [...rows.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`| ${name} | ${r.findings} | ${r.sampled} | ${r.right} | ${r.wrong} | ${percent(r.right, r.sampled)} |`);
    total.findings += r.findings;
    total.sampled += r.sampled;
    total.right += r.right;
    total.wrong += r.wrong;
  }
  lines.push(`| **all** | ${total.findings} | ${total.sampled} | ${total.right} | ${total.wrong} | ${percent(total.right, total.sampled)} |`);
  const open = new Map<string, { rules: Set<string>; count: number }>();
  const fixed = new Map<string, number>();
  for (const label of labels) {
    if (label.verdict !== 'wrong') continue;
    const pattern = label.pattern ?? 'unnamed';
    if (label.fixed) fixed.set(pattern, (fixed.get(pattern) ?? 0) + 1);
    else {
      const entry = open.get(pattern) ?? { rules: new Set<string>(), count: 0 };
      entry.rules.add(label.rule);
      entry.count += 1;
      open.set(pattern, entry);
    }
  }
  if (open.size) {
    lines.push('', 'Open false-positive patterns (each reproduced in `test/precision/false-positives.ts`):', '');
    for (const [pattern, entry] of [...open.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))) {
      lines.push(`- \`${pattern}\`: ${entry.count} (${[...entry.rules].sort().map((r) => `\`${r}\``).join(', ')})`);
    }
  }
  if (fixed.size) {
    lines.push('', `Fixed false positives (no longer reported): ${[...fixed.entries()].map(([p, n]) => `\`${p}\` ${n}`).join(', ')}.`);
  }
  return `${lines.join('\n')}\n`;
}
