// Bundles the client, the server and the CLI with esbuild into dist/, and copies next to them the
// wasm files (tree-sitter runtime, Python grammar, our Django template grammar) and
// vscode-languageclient's terminateProcess.sh (the bundled client runs it from its own folder to
// kill a server that does not exit); writes the rules' documentation pages (dist/rule-docs/<id>.md).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
fs.mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { EXTENSION_VERSION: JSON.stringify(manifest.version) },
  // The ESM build of web-tree-sitter relies on import.meta.url, which a CommonJS bundle lacks.
  alias: { 'web-tree-sitter': path.join(root, 'node_modules/web-tree-sitter/tree-sitter.cjs') },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: [path.join(root, 'client/src/extension.ts')], outfile: path.join(dist, 'client.js'), external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: [path.join(root, 'server/src/cli/main.ts')], outfile: path.join(dist, 'cli.js') }),
  esbuild.build({ ...common, entryPoints: [path.join(root, 'server/src/main.ts')], outfile: path.join(dist, 'server.js') }),
  esbuild.build({ ...common, entryPoints: [path.join(root, 'server/src/project/scan-worker.ts')], outfile: path.join(dist, 'scan-worker.js') }),
  esbuild.build({ ...common, entryPoints: [path.join(root, 'server/src/cli/check-worker.ts')], outfile: path.join(dist, 'check-worker.js') }),
  esbuild.build({ ...common, entryPoints: [path.join(root, 'server/src/language-server/fix-all-worker.ts')], outfile: path.join(dist, 'fix-all-worker.js') }),
]);

// V8 keeps each bundle's source as one string for as long as the process runs: Latin-1 text takes
// one byte per character, anything above U+00FF makes the whole string two bytes per character
// (3.4 MB more for the server). esbuild escapes such characters in strings, regexes and names
// (`charset: 'ascii'`, its default) but copies comments and tagged templates (whose raw text a tag
// may read) as written: escape them in comments, where nothing reads them.
function escapeComments(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (!/[^\u0000-\u00ff]/.test(text)) return;
  const escaped = text.replace(/[^\u0000-\u00ff]/g, (c, at) => {
    const inLineComment = text.slice(text.lastIndexOf('\n', at) + 1, at).includes('//');
    const inBlockComment = text.lastIndexOf('/*', at) > text.lastIndexOf('*/', at);
    return inLineComment || inBlockComment ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c;
  });
  fs.writeFileSync(file, escaped);
  const left = /[^\u0000-\u00ff]/.exec(escaped);
  if (left) console.warn(`build: ${path.basename(file)} holds ${JSON.stringify(left[0])} outside a comment (at ${left.index}): V8 keeps its source at two bytes per character`);
}
for (const bundle of ['client.js', 'cli.js', 'server.js', 'scan-worker.js', 'check-worker.js', 'fix-all-worker.js']) escapeComments(path.join(dist, bundle));

const wasm = [
  'node_modules/web-tree-sitter/tree-sitter.wasm',
  'node_modules/tree-sitter-python/tree-sitter-python.wasm',
  'grammars/django-template/tree-sitter-django_template.wasm',
];
for (const file of wasm) {
  const source = path.join(root, file);
  if (fs.existsSync(source)) fs.copyFileSync(source, path.join(dist, path.basename(file)));
  else console.warn(`build: ${file} is missing; ${path.basename(file)} will not be bundled`);
}

// vscode-languageclient kills a hung server on Linux and macOS with `${__dirname}/terminateProcess.sh`;
// in the bundle __dirname is dist/. It must stay executable (the .vsix and npm keep the mode).
const terminate = path.join(dist, 'terminateProcess.sh');
fs.copyFileSync(path.join(root, 'node_modules/vscode-languageclient/lib/node/terminateProcess.sh'), terminate);
fs.chmodSync(terminate, 0o755);

// One documentation page per rule, generated from the catalogue, for the editor to open offline.
const pagesScript = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'djup-build-')), 'write-rule-pages.cjs');
await esbuild.build({ ...common, sourcemap: false, entryPoints: [path.join(root, 'server/src/docs/write-rule-pages.ts')], outfile: pagesScript });
const { writeRulePages } = await import(pagesScript);
writeRulePages(path.join(dist, 'rule-docs'));
fs.rmSync(path.dirname(pagesScript), { recursive: true, force: true });
