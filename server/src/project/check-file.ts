// Checks one file on disk with the engine: shared by the CLI and the server's workspace scan.
import type { Analyzer } from '../engine/analyzer';
import type { LintOptions } from '../engine/lint';
import type { Finding } from '../engine/types';
import { languageOfPath, readSourceFile } from './source-files';
import type { SourceFormat } from './source-encoding';
import type { Project } from './project';

export type FileCheck =
  | ({ file: string; text: string; findings: Finding[] } & SourceFormat)
  | { file: string; skipped: string };

export function checkFile(analyzer: Analyzer, project: Project, file: string, options: LintOptions, maxBytes: number): FileCheck {
  const language = languageOfPath(file);
  if (!language) return { file, skipped: 'not a Python file or Django template' };
  if (!analyzer.supports(language)) return { file, skipped: 'the Django template grammar is not available' };
  const read = readSourceFile(file, maxBytes);
  if ('skipped' in read) return { file, skipped: read.skipped };
  return checkText(analyzer, project, file, read, options);
}

/** Checks a text already read (a file, or standard input given a file name). */
export function checkText(analyzer: Analyzer, project: Project, file: string, read: { text: string } & SourceFormat, options: LintOptions): FileCheck {
  const language = languageOfPath(file);
  if (!language) return { file, skipped: 'not a Python file or Django template' };
  if (!analyzer.supports(language)) return { file, skipped: 'the Django template grammar is not available' };
  const input = { language, path: project.relativePath(file), text: read.text, fileKinds: project.fileKinds(file) };
  let skipped: string | null = null;
  const findings = analyzer.lint(input, { ...options, onSkip: (reason) => (skipped = reason) });
  if (skipped !== null) return { file, skipped };
  return { file, text: read.text, bom: read.bom, encoding: read.encoding, findings };
}
