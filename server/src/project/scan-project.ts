// One project folder checked with the engine, file by file: the scan the audit and the warnings
// command build on (the same files and findings as `djupgrade scan`).
import * as path from 'node:path';
import type { Analyzer } from '../engine/analyzer';
import type { LintOptions } from '../engine/lint';
import type { Finding } from '../engine/types';
import { checkFile } from './check-file';
import type { Project } from './project';
import { ExcludeCheck, findSourceFiles } from './source-files';

export interface ProjectScan {
  /** Every source file found (absolute paths), checked or skipped. */
  files: string[];
  /** The checked files with their text and findings. */
  results: Array<{ file: string; text: string; findings: Finding[] }>;
}

/**
 * `lintOptions` may differ by file (the configuration's per-file-ignores); `exclude` is the
 * project configuration's exclusions (default: the built-in folders).
 */
export function scanProject(
  analyzer: Analyzer,
  project: Project,
  lintOptions: LintOptions | ((file: string) => LintOptions),
  options: { maxBytes?: number; cwd: string; log?: (message: string) => void; exclude?: ExcludeCheck },
): ProjectScan {
  const { files, skipped } = findSourceFiles([project.root], { exclude: options.exclude });
  const where = (file: string) => path.relative(options.cwd, file) || '.';
  for (const skip of skipped) options.log?.(`skipped ${where(skip.path)}: ${skip.reason}`);
  const results: ProjectScan['results'] = [];
  for (const file of files) {
    const checked = checkFile(analyzer, project, file, typeof lintOptions === 'function' ? lintOptions(file) : lintOptions, options.maxBytes ?? 2_000_000);
    if ('skipped' in checked) options.log?.(`skipped ${where(file)}: ${checked.skipped}`);
    else results.push({ file, text: checked.text, findings: checked.findings });
  }
  return { files, results };
}
