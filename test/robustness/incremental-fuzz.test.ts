// Incremental equals fresh: thousands of random, editor-like edits (keystrokes, deletions, pastes
// of whole blocks of other files, non-ASCII and astral characters, CRLF, lone CR, tabs, a BOM) are
// applied to the real files of the sample project and the test corpora through the class the
// server uses (IncrementalDocument, with LSP ranges that never split a CRLF or a surrogate pair).
// After every burst the tree's S-expression, every node's position and the findings of the whole
// catalogue (`Analyzer.lintTree` on the incremental tree vs `Analyzer.lint` on the text) must equal
// a fresh parse. A failure is shrunk by delta debugging (over the edits, then the inserted texts,
// then the starting text), printed, and kept in test/robustness/regressions/ — which every run
// replays. The same is then driven through the real server over stdio and compared with a fresh
// `djupgrade scan --format json` of the final text.
//
//   FUZZ_EDITS=20000 node scripts/run-tests.mjs incremental-fuzz     # a longer run
//   FUZZ_SEED=123 …                                                   # another sequence
//   FUZZ_SERVER_EDITS=2000 …                                          # a longer server run
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { getAnalyzer } from '../helpers/analyzer';
import { TestClient } from '../helpers/lsp-client';
import {
  allRulesOptions,
  applyOffsetEdit,
  checkOf,
  compareWithFresh,
  corpusFiles,
  CorpusFile,
  loadRegressions,
  lspChange,
  lspPosition,
  Mismatch,
  OffsetEdit,
  randomEdits,
  replay,
  repoRoot,
  saveReproduction,
  seededRandom,
  Session,
  shrink,
  templateGrammarInputs,
} from './fuzz-support';

const totalEdits = Number(process.env.FUZZ_EDITS ?? 2000);
const serverEdits = Number(process.env.FUZZ_SERVER_EDITS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? 20240607);
const burstsPerSession = 40;

/** The path a corpus file is linted as: its last three segments, so file kinds still apply. */
function lintPath(file: CorpusFile): string {
  return file.path.split('/').slice(-3).join('/');
}

test('incremental reparses equal fresh parses, tree and findings, after random edits', async (t) => {
  const analyzer = await getAnalyzer();
  const corpus = corpusFiles();
  assert.ok(corpus.some((f) => f.language === 'python') && corpus.some((f) => f.language === 'django-template'), 'the corpus has Python files and templates');
  const templateSnippets = templateGrammarInputs().filter((s) => s.length > 40);
  const sessions: Session[] = [
    ...corpus.map((f) => ({ language: f.language, path: lintPath(f), text: f.text })),
    ...templateSnippets.slice(0, 20).map((text, i) => ({ language: 'django-template' as const, path: `templates/corpus_${i}.html`, text })),
  ];
  const rng = seededRandom(seed);
  let edits = 0;
  let bursts = 0;
  let comparisons = 0;
  let errorFree = 0;
  let recoveryParses = 0;
  let statementChecks = 0;
  let sessionsRun = 0;
  const failures: string[] = [];
  const started = Date.now();
  while (edits < totalEdits) {
    const session = sessions[(sessionsRun * 7 + rng.int(3)) % sessions.length];
    sessionsRun++;
    // Starting texts in other line-ending styles and with a BOM, too.
    let text = session.text;
    const variant = rng.int(6);
    if (variant === 0) text = text.replace(/\r?\n/g, '\r\n');
    else if (variant === 1) text = `\uFEFF${text}`;
    else if (variant === 2) text = text.replace(/\n$/, '');
    const start: Session = { ...session, text };
    // Every other session edits gently (mostly valid code), so incremental reuse is exercised on
    // error-free trees: a tree with syntax errors is reparsed from scratch by IncrementalDocument.
    const gentle = sessionsRun % 2 === 0;
    const document = new IncrementalDocument(`file:///fuzz/${session.path}`, session.language === 'python' ? 'python' : 'django-html', 1, text, analyzer.parser(session.language));
    const history: OffsetEdit[] = [];
    let version = 1;
    try {
      // The server's incremental check starts from the first text; compareWithFresh runs it after
      // every burst (it must give what a fresh lint gives, statements re-checked or whole file).
      analyzer.lintChange(checkOf(analyzer, document), { language: session.language, path: session.path, text, fileKinds: fileKindsOf(session.path) }, document.getTree(), document.takeChange(), allRulesOptions);
      for (let b = 0; b < burstsPerSession && edits < totalEdits; b++) {
        const burst = randomEdits(rng, text, { language: session.language, donors: corpus, gentle });
        const changes = [];
        for (const edit of burst) {
          changes.push(lspChange(text, edit));
          text = applyOffsetEdit(text, edit);
        }
        document.update(changes, ++version);
        history.push(...burst);
        edits += burst.length;
        bursts++;
        comparisons++;
        let mismatch: Mismatch | null;
        try {
          mismatch = compareWithFresh(analyzer, start, document, text, history.length - 1, { findings: true });
        } catch (error) {
          mismatch = { step: history.length - 1, what: 'exception', detail: String((error as Error).stack ?? error) };
        }
        if (!mismatch && checkOf(analyzer, document).lastKind === 'statements') statementChecks++;
        if (!mismatch && !document.getTree().rootNode.hasError) errorFree++;
        if (mismatch) {
          const reproduction = shrink(analyzer, start, history, mismatch, { findings: true });
          const name = saveReproduction(reproduction);
          const message = `seed ${seed}, session ${sessionsRun} (${session.path}), burst ${b}: ${mismatch.what}: ${mismatch.detail.slice(0, 500)}\n` +
            `shrunk to ${reproduction.edits.length} edit(s) on a ${reproduction.text.length}-character text, kept as regressions/${name}:\n` +
            `${JSON.stringify({ text: reproduction.text, edits: reproduction.edits }, null, 1)}`;
          t.diagnostic(message);
          failures.push(message);
          break;
        }
      }
    } finally {
      recoveryParses += document.recoveryParses;
      document.dispose();
    }
    if (failures.length >= 3) break;
  }
  t.diagnostic(`incremental fuzz: seed ${seed}, ${edits} edits in ${bursts} bursts over ${sessionsRun} sessions (${sessions.length} files and snippets), ${comparisons} comparisons of tree, positions and findings with a fresh parse (${errorFree} on error-free incrementally reparsed trees; ${recoveryParses} trees with errors reparsed from scratch; ${statementChecks} incremental checks of the changed statements only), ${failures.length} case(s) shrunk, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.deepEqual(failures, [], 'incremental parsing must equal a fresh parse');
  assert.ok(statementChecks > 0, 'some checks re-ran only the changed statements');
});

test('every kept reproduction replays without a difference', async (t) => {
  const analyzer = await getAnalyzer();
  const cases = loadRegressions();
  for (const { name, case: reproduction } of cases) {
    const mismatch = replay(analyzer, { language: reproduction.language, path: reproduction.path, text: reproduction.text }, reproduction.edits, { findings: true });
    assert.equal(mismatch, null, `${name}: ${mismatch?.what}: ${mismatch?.detail}`);
  }
  t.diagnostic(`regression cases replayed: ${cases.length}`);
});

test('the shrinker finds a minimal reproduction of a planted difference', async () => {
  // A "bug" planted in the comparison (a finding that depends on the number of edits seen) must be
  // shrunk to the one edit that triggers it, on a text of a few characters.
  const { ddmin, units } = await import('./fuzz-support');
  const items = Array.from({ length: 200 }, (_, i) => i);
  assert.deepEqual(ddmin(items, (c) => c.includes(17) && c.includes(123)), [17, 123]);
  assert.deepEqual(units('a\r\n😀b'), ['a', '\r\n', '😀', 'b']);
  assert.deepEqual(lspPosition('a\r\nb\rc\nd', 8), { line: 3, character: 1 });
  assert.deepEqual(lspPosition('a\r\nb', 2), { line: 0, character: 2 });
});

interface ScanFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
}

test('the real server over stdio publishes what a fresh `djupgrade scan` reports for the edited text', async (t) => {
  const corpus = corpusFiles();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'djfuzz-'));
  fs.writeFileSync(path.join(root, 'requirements.txt'), 'Django==1.11.29\n');
  const rng = seededRandom(seed + 1);
  const pick = (language: string, name: RegExp) => corpus.find((f) => f.language === language && name.test(f.path)) ?? corpus.find((f) => f.language === language)!;
  const documents = [
    { file: pick('python', /shop\/views\.py$/), rel: 'shop/views.py', languageId: 'python' },
    { file: pick('python', /legacysite\/urls\.py$/), rel: 'legacysite/urls.py', languageId: 'python' },
    { file: pick('django-template', /base\.html$/), rel: 'templates/base.html', languageId: 'django-html' },
  ].map((d) => ({ ...d, uri: `file://${root}/${d.rel}`, text: d.file.text, version: 1 }));
  for (const d of documents) {
    fs.mkdirSync(path.dirname(path.join(root, d.rel)), { recursive: true });
    fs.writeFileSync(path.join(root, d.rel), d.text);
  }
  const client = new TestClient();
  client.settings = { targetVersion: '5.2', currentVersion: '1.11', select: ['all'], showFutureDeprecations: true };
  let sent = 0;
  let checkpoints = 0;
  try {
    await client.initialize(root);
    for (const d of documents) {
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: d.languageId, version: 1, text: d.text } });
    }
    const checkpointEvery = Math.max(20, Math.floor(serverEdits / 6));
    const compare = async (label: string) => {
      checkpoints++;
      const published = new Map<string, string[]>();
      for (const d of documents) {
        const diagnostics = await client.diagnosticsFor(d.uri, d.version);
        published.set(d.rel, diagnostics.map((p) => `${p.range.start.line}:${p.range.start.character}-${p.range.end.line}:${p.range.end.character} ${p.code} ${p.message}`).sort());
        fs.writeFileSync(path.join(root, d.rel), d.text);
      }
      const scan = spawnSync(
        process.execPath,
        [path.join(repoRoot, 'bin', 'djupgrade.js'), 'scan', ...documents.map((d) => d.rel), '--format', 'json', '--current', '1.11', '--target', '5.2', '--select', 'all', '--future'],
        { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 },
      );
      assert.ok(scan.status === 0 || scan.status === 1, `scan failed (${scan.status}): ${scan.stderr}`);
      const findings = (JSON.parse(scan.stdout) as { findings: ScanFinding[] }).findings;
      for (const d of documents) {
        const fromScan = findings
          .filter((f) => f.path === d.rel)
          .map((f) => `${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1} ${f.rule} ${f.message}`)
          .sort();
        assert.deepEqual(published.get(d.rel), fromScan, `${label}: ${d.rel} v${d.version} — server vs scan of ${JSON.stringify(d.text.slice(0, 300))}…`);
      }
    };
    await compare('after opening');
    while (sent < serverEdits) {
      const d = documents[rng.int(documents.length)];
      const language = d.languageId === 'python' ? 'python' : 'django-template';
      // The scan reads the file from disk, where a leading BOM is the encoding's, not text: keep it out.
      const burst = randomEdits(rng, d.text, { language, donors: corpus, noLeadingBom: true });
      const changes = [];
      for (const edit of burst) {
        changes.push(lspChange(d.text, edit));
        d.text = applyOffsetEdit(d.text, edit);
      }
      d.version++;
      sent += burst.length;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: changes });
      if (sent % checkpointEvery < burst.length) await compare(`after ${sent} edits`);
    }
    await compare(`after all ${sent} edits`);
    // The server is still healthy.
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: documents[0].uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
  } finally {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
  t.diagnostic(`server fuzz: ${sent} edits over stdio to ${documents.length} documents, ${checkpoints} checkpoints compared with \`djupgrade scan --format json\``);
});
