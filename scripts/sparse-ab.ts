import * as path from 'node:path';
import { Analyzer } from '../server/src/engine/analyzer';
import { lintSparse } from '../server/src/engine/sparse-parse';
import { Projects } from '../server/src/cli/check-command';
import { findSourceFiles, languageOfPath, readSourceFile } from '../server/src/project/source-files';
import { rules } from '../server/src/rules';

async function main() {
  const analyzer = await Analyzer.create(rules);
  const projects = new Projects({});
  const root = path.resolve('.cache/bench/django-5.2.19-sdist');
  const inputs = [];
  for (const file of findSourceFiles([root]).files) {
    if (!file.endsWith('.py')) continue;
    const read = readSourceFile(file, 1e7);
    if ('skipped' in read) continue;
    const { project } = projects.of(file);
    inputs.push({ input: { language: languageOfPath(file)!, path: project.relativePath(file), text: read.text, fileKinds: project.fileKinds(file) }, options: { ...projects.optionsFor(file), onSkip: () => {} } });
  }
  for (let round = 0; round < 3; round++) {
    for (const mode of ['whole', 'sparse']) {
      const t0 = process.cpuUsage();
      let n = 0;
      for (const { input, options } of inputs) n += (mode === 'whole' ? analyzer.lint(input, options) : lintSparse(analyzer, input, options)).length;
      const t = process.cpuUsage(t0);
      console.log(mode, n, ((t.user + t.system) / 1000).toFixed(0), 'ms CPU');
    }
  }
}
main();
