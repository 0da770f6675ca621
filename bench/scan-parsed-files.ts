// The files `djupgrade scan` parses in a target (bench/run.mjs, "Parse floors"): those its rules'
// gates let through (engine/lint.ts, `rulesToRun`), found through the CLI's own per-file path
// (check-command.ts `checkOneFile`) with the engine's lint replaced by that choice alone, so
// nothing is parsed here. Run with tsx: `tsx bench/scan-parsed-files.ts LIST.json OUT.json`,
// LIST a JSON array of paths (absolute, or relative to the working directory).
import fs from 'node:fs';
import path from 'node:path';
import { Analyzer, FileInput } from '../server/src/engine/analyzer';
import { LintOptions, rulesToRun } from '../server/src/engine/lint';
import { rules } from '../server/src/rules';
import { checkOneFile, Projects } from '../server/src/cli/check-command';
import { maxBytesOption } from '../server/src/cli/command-context';

async function main() {
  const [listFile, outFile] = process.argv.slice(2);
  const files: string[] = JSON.parse(fs.readFileSync(listFile, 'utf8')).map((file: string) => path.resolve(file));
  const analyzer = await Analyzer.create(rules);
  const parsed: string[] = [];
  let current = '';
  analyzer.lint = (input: FileInput, options: LintOptions) => {
    if (rulesToRun(input, analyzer.rules, options).length > 0) parsed.push(current);
    return [];
  };
  const projects = new Projects({});
  for (const file of files) {
    current = file;
    checkOneFile(analyzer, projects, file, { command: 'scan', cwd: process.cwd(), maxBytes: maxBytesOption({}), unsafeFixes: false, diff: false });
  }
  fs.writeFileSync(outFile, JSON.stringify(parsed));
}

main().catch((error) => {
  process.stderr.write(`scan-parsed-files: ${error.stack ?? error}\n`);
  process.exit(1);
});
