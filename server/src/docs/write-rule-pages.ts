// Writes one Markdown page per rule into a folder (the build puts them in dist/rule-docs/, which
// the .vsix ships): what the editor's "Show documentation" and the diagnostics' code links open.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../rules';
import { rulePageMarkdown } from './rule-page';

export function writeRulePages(dir: string): number {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const rule of rules) fs.writeFileSync(path.join(dir, `${rule.id}.md`), rulePageMarkdown(rule));
  return rules.length;
}
