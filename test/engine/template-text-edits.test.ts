// An edit of a template's text outside its tags, variables and comments keeps each rule's findings
// (moved) unless the edit may change them (engine/incremental-check.ts, `templateText`). Proved
// here with real edits on every template of the corpora and every template example: words (plain
// ones, trigger words, a quote) and tags are inserted into lines and removed again, lines are added
// and deleted, and after each edit the incremental check must equal a fresh lint.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { IncrementalCheck } from '../../server/src/engine/incremental-check';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions, corpusFiles, describeFinding, lspChange, OffsetEdit } from '../robustness/fuzz-support';

/** At most this many lines per template are edited (evenly spread). */
const linesPerFile = 10;
const insertions = ['zq ', 'ifequal ', 'static ', '"quoted" ', 'length_is '];

test('text edits in templates: the incremental check equals a fresh lint, and keeps what the edit cannot change', async (t) => {
  const analyzer = await getAnalyzer();
  const inputs: Array<{ path: string; text: string }> = corpusFiles()
    .filter((file) => file.language === 'django-template')
    .map((file) => ({ path: file.path.split('/').slice(-3).join('/'), text: file.text }));
  for (const rule of rules) {
    if (!rule.languages.includes('django-template')) continue;
    for (const example of [...rule.examples.valid, ...rule.examples.invalid]) {
      // With a line of text before and after, so that there is text to edit around the tags.
      inputs.push({ path: example.filename ?? 'templates/example.html', text: `<p>Intro text</p>\n${example.code.trimEnd()}\n<p>Closing words</p>\n` });
    }
  }
  const failures: string[] = [];
  let textChecks = 0;
  let tagLineChecks = 0;
  let kept = 0;
  for (const [index, input] of inputs.entries()) {
    const file = (text: string) => ({ language: 'django-template' as const, path: input.path, text, fileKinds: fileKindsOf(input.path) });
    const fresh = (text: string) => analyzer.lint(file(text), allRulesOptions).map(describeFinding).join('\n');
    const lineStarts = [0, ...[...input.text.matchAll(/\n/g)].map((m) => m.index! + 1).filter((o) => o < input.text.length)];
    const step = Math.max(1, Math.ceil(lineStarts.length / linesPerFile));
    const document = new IncrementalDocument(`file:///text/${index}/${input.path}`, 'django-html', 1, input.text, analyzer.parser('django-template'));
    const check = new IncrementalCheck(analyzer.rules);
    try {
      analyzer.lintChange(check, file(input.text), document.getTree(), document.takeChange(), allRulesOptions);
      let version = 1;
      for (let i = 0; i < lineStarts.length && !failures.length; i += step) {
        // Offsets in the current text: earlier edits are undone before the next line's.
        const at = lineStarts[i];
        const word = insertions[(index + i) % insertions.length];
        const line = input.text.slice(at, input.text.indexOf('\n', at) === -1 ? input.text.length : input.text.indexOf('\n', at) + 1);
        const edits: OffsetEdit[] = [
          { start: at, end: at, text: word },
          { start: at, end: at + word.length, text: '' },
          { start: at, end: at, text: 'A new line of text\n' },
          { start: at, end: at + 'A new line of text\n'.length, text: '' },
        ];
        // Tags written into the text (whole-file checks: they change the template's structure).
        for (const tag of ['{% endifequal %}', '{% if a %}', '{% endif %}']) edits.push({ start: at, end: at, text: tag }, { start: at, end: at + tag.length, text: '' });
        // On a line with tags or variables: words, a line break and a lone `%` typed into the text
        // between them, right after one, and inside one (text checks where the tree changed only in
        // text, whole-file checks elsewhere).
        const closer = line.search(/[%}#]\}/);
        if (closer !== -1) {
          const after = at + closer + 2;
          const opener = line.indexOf('{', closer + 2);
          const middle = opener === -1 ? after + Math.min(3, Math.max(0, line.trimEnd().length - closer - 2)) : at + Math.floor((closer + 2 + opener) / 2);
          for (const [where, text] of [[middle, word], [middle, '\n'], [after, word], [after, '%'], [at + closer - 1, word], [at + line.indexOf('{') + 1, '%']] as Array<[number, string]>) {
            edits.push({ start: where, end: where, text }, { start: where, end: where + text.length, text: '' });
          }
          // The second character of the first delimiter deleted (the tag becomes text) and put back.
          const delimiter = at + line.search(/\{[%{#]/);
          if (delimiter >= at) edits.push({ start: delimiter + 1, end: delimiter + 2, text: '' }, { start: delimiter + 1, end: delimiter + 1, text: input.text[delimiter + 1] });
        }
        // Deleting a whole line and putting it back, where the line has no tag.
        if (!/[{}]/.test(line) && line.length > 0) edits.push({ start: at, end: at + line.length, text: '' }, { start: at, end: at, text: line });
        for (const edit of edits) {
          document.update([lspChange(document.text, edit)], ++version);
          const text = document.text;
          const found = analyzer.lintChange(check, file(text), document.getTree(), document.takeChange(), allRulesOptions).map(describeFinding).join('\n');
          if (check.lastKind === 'statements') {
            textChecks++;
            if (/[{}]/.test(line)) tagLineChecks++;
            kept += check.lastKept.length;
          }
          const expected = fresh(text);
          if (found !== expected) {
            const a = found.split('\n');
            const b = expected.split('\n');
            failures.push(`${input.path}, ${JSON.stringify(edit)} (${check.lastKind}): only incremental: ${JSON.stringify(a.filter((x) => !b.includes(x))).slice(0, 500)}; only fresh: ${JSON.stringify(b.filter((x) => !a.includes(x))).slice(0, 500)}`);
            break;
          }
        }
      }
      if (!failures.length) assert.equal(document.text, input.text);
    } finally {
      document.dispose();
    }
  }
  t.diagnostic(`${inputs.length} templates, ${textChecks} text-only checks (${tagLineChecks} on lines with tags), rules kept without running ${kept} times`);
  assert.deepEqual(failures, []);
  assert.ok(textChecks > 300, `text-only checks: ${textChecks}`);
  assert.ok(tagLineChecks > 100, `text-only checks on lines with tags: ${tagLineChecks}`);
  assert.ok(kept > 300, `rules kept: ${kept}`);
});
