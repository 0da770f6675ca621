// The findings baseline: what the engine found on a frozen set of inputs (every corpus file, the
// template grammar's corpus and every rule's examples as they were when the baseline was taken),
// with messages and fixes. The differential test (differential.test.ts) lints the same inputs
// with today's engine and catalogue and fails on any difference, so a change of engine or of a
// rule's shape proves it finds what the old one found; a deliberate change is re-recorded with
// `npx tsx scripts/record-findings.ts` and shows, finding by finding, in the commit's diff.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzer } from '../../server/src/engine/analyzer';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import type { LintOptions } from '../../server/src/engine/lint';
import type { Finding } from '../../server/src/engine/types';
import type { SourceLanguage } from '../../server/src/parsing/languages';
import { newestRelease } from '../helpers/analyzer';

export const baselineDir = path.join(__dirname, 'baseline');
export const inputsFile = path.join(baselineDir, 'inputs.json');
export const findingsFile = path.join(baselineDir, 'findings.jsonl');

export interface BaselineInput {
  /** "corpus:<path>", "grammar:<n>" or "example:<rule-id>:valid|invalid:<n>". */
  id: string;
  /** Decides the language and the file kinds. */
  path: string;
  text: string;
  /** The project's Django version the input is linted for. */
  current: string | null;
}

export interface RecordedFinding {
  input: string;
  rule: string;
  start: number;
  end: number;
  severity: string;
  message: string;
  fix?: { title: string; safety: string; supported: boolean; automatic: boolean; edits: Array<[number, number, string]> };
}

export function readInputs(): BaselineInput[] {
  return JSON.parse(fs.readFileSync(inputsFile, 'utf8')) as BaselineInput[];
}

export function readFindings(): RecordedFinding[] {
  return fs.readFileSync(findingsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as RecordedFinding);
}

/** Every rule on, opt-in ones too: a finding of any rule on any input counts. */
export function baselineOptions(input: BaselineInput): LintOptions {
  return { current: input.current, target: newestRelease, showFuture: true, isEnabled: () => true };
}

export function record(input: BaselineInput, finding: Finding): RecordedFinding {
  const recorded: RecordedFinding = { input: input.id, rule: finding.rule.id, start: finding.start, end: finding.end, severity: finding.severity, message: finding.message };
  if (finding.fix) {
    const { title, safety, supported, automatic, edits } = finding.fix;
    recorded.fix = { title, safety, supported, automatic, edits: edits.map((edit) => [edit.start, edit.end, edit.text]) };
  }
  return recorded;
}

export function lintInput(analyzer: Analyzer, input: BaselineInput): RecordedFinding[] {
  const language: SourceLanguage = input.path.endsWith('.py') ? 'python' : 'django-template';
  const findings = analyzer.lint({ language, path: input.path, text: input.text, fileKinds: fileKindsOf(input.path) }, baselineOptions(input));
  return findings.map((finding) => record(input, finding));
}

export const serialize = (finding: RecordedFinding): string => JSON.stringify(finding);
