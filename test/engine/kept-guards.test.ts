// A statement check keeps the file's version guards (`if django.VERSION …` branches, compatibility
// fallbacks) where the edit's region spells no `if`, `try` or `except`, moved by the edit
// (engine/incremental-check.ts `movedGuards`), instead of walking the whole tree for them again.
// Proved here with real edits on every Python corpus file with guards: statements in the bodies of
// functions and classes are deleted and put back, and a character is typed into and removed from
// names; after each check the guards it keeps equal a fresh computation, and the findings a fresh
// lint.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { IncrementalCheck } from '../../server/src/engine/incremental-check';
import { PythonScopes } from '../../server/src/engine/python-scopes';
import { versionGuards, type VersionGuard } from '../../server/src/engine/version-guards';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions, bodyStatementSpans, corpusFiles, describeFinding, lspChange, statementRoundTrip } from '../robustness/fuzz-support';

/** At most this many places per file are edited (evenly spread), to bound the run. */
const editsPerFile = 40;

/** Guarded code between plain functions and classes: edits of the plain ones move the guards. */
const guarded = `import django
from django.utils.encoding import force_text


def plain_before(rows):
    total = 0
    for row in rows:
        total += row
    return force_text(total)


def legacy_reverse(name):
    if django.VERSION < (2, 0):
        from django.core.urlresolvers import reverse
    else:
        from django.urls import reverse
    return reverse(name)


def legacy_apps():
    try:
        from django.apps import apps
    except ImportError:
        from django.db.models.loading import get_model
        return get_model
    return apps.get_model


def legacy_ajax(request):
    value = request.GET
    if django.VERSION < (3, 1):
        return request.is_ajax()
    return request.headers.get("x-requested-with") == "XMLHttpRequest"


class Plain(object):
    label = "x"

    def rows(self):
        value = force_text(self.label)
        return [value]


def plain_after(request):
    text = force_text(request)
    size = len(text)
    return size
`;

const describe = (guards: readonly VersionGuard[]) => guards.map((g) => `${g.start}-${g.end}<${g.below.join('.')}`).sort().join(' ');

test('version guards kept across statement checks equal the guards of the new text', async (t) => {
  const analyzer = await getAnalyzer();
  const inputs = corpusFiles().filter((file) => file.language === 'python' && /VERSION|ImportError|NameError|AttributeError|hasattr|get_version|__version__/.test(file.text));
  inputs.push({ path: 'legacy/compat.py', language: 'python', text: guarded });
  assert.ok(inputs.length >= 5, `inputs: ${inputs.length}`);
  const failures: string[] = [];
  let compared = 0;
  for (const input of inputs) {
    const path = input.path.split('/').slice(-3).join('/');
    const file = (text: string) => ({ language: 'python' as const, path, text, fileKinds: fileKindsOf(path) });
    const spans = bodyStatementSpans(analyzer, input.text);
    const step = Math.max(1, Math.ceil(spans.length / editsPerFile));
    const document = new IncrementalDocument(`file:///guards/${path}`, 'python', 1, input.text, analyzer.parser('python'));
    const check = new IncrementalCheck(analyzer.rules);
    try {
      analyzer.lintChange(check, file(input.text), document.getTree(), document.takeChange(), allRulesOptions);
      let version = 1;
      // Deleting and restoring a statement; typing into its first name and back; a number.
      for (let i = 0; i < spans.length; i += step) {
        const { start, end } = spans[i];
        const removed = input.text.slice(start, end);
        const edits = statementRoundTrip(input.text, start, end);
        // A number changed and put back (a version in a guard's condition: its bound moves).
        const digit = /\d/.exec(removed);
        if (digit) {
          const offset = start + digit.index;
          edits.push({ start: offset, end: offset + 1, text: digit[0] === '9' ? '8' : String(Number(digit[0]) + 1) }, { start: offset, end: offset + 1, text: digit[0] });
        }
        for (const edit of edits) {
          document.update([lspChange(document.text, edit)], ++version);
          const text = document.text;
          const tree = document.getTree();
          const found = analyzer.lintChange(check, file(text), tree, document.takeChange(), allRulesOptions).map(describeFinding).join('\n');
          const expected = analyzer.lint(file(text), allRulesOptions).map(describeFinding).join('\n');
          if (found !== expected) failures.push(`${path}: findings differ after ${JSON.stringify(edit).slice(0, 120)}`);
          const kept = (check as unknown as { state: { guards?: VersionGuard[] } | null }).state?.guards;
          if (kept) {
            compared++;
            const fresh = versionGuards(tree, () => new PythonScopes(tree, text), text);
            if (describe(kept) !== describe(fresh)) failures.push(`${path}: guards ${describe(kept)} != fresh ${describe(fresh)} after ${JSON.stringify(edit).slice(0, 120)}`);
          }
        }
      }
      assert.equal(document.text, input.text);
    } finally {
      document.dispose();
    }
  }
  t.diagnostic(`${compared} checks' guards compared with a fresh computation`);
  assert.ok(compared > 40, `compared: ${compared}`);
  assert.deepEqual(failures.slice(0, 10), []);
});
