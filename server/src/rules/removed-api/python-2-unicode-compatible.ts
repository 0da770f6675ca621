import { deleteStatement, removeImportEntries } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { normalizeEdits } from '../../engine/apply-fixes';
import { mayName } from '../../engine/python-queries';
import { releaseNotes } from '../docs-links';
import { dedent, definePythonRule } from '../shapes';

const qualifiedNames = ['django.utils.encoding.python_2_unicode_compatible', 'django.utils.six.python_2_unicode_compatible'];

export default definePythonRule({
  id: 'python-2-unicode-compatible',
  title: 'Remove `@python_2_unicode_compatible`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '3.0',
  docsUrl: releaseNotes('3.0', 'removed-private-python-2-compatibility-apis'),
  docs: {
    what: 'Finds the `python_2_unicode_compatible` class decorator and its import.',
    why: 'It only mattered on Python 2; Django 3.0 removed it without a deprecation period.',
    fixSafety: 'Safe on Python 3 (Django 2.0+), where the decorator returned the class unchanged.',
  },
  fix: 'safe',
  truth: { removed: ['django.utils.encoding.python_2_unicode_compatible'] },
  fixMinVersion: '2.0',
  triggers: ['python_2_unicode_compatible'],
  // Imports, the references (through the scopes) and the statements of its findings and fix edits.
  reads: 'sites',
  check(context) {
    if (!qualifiedNames.some((name) => mayName(context, name))) return;
    const { scopes, text } = context;
    const imports = scopes.imports.filter((entry) => qualifiedNames.includes(entry.qualifiedName));
    // By name, not all references: the incremental check then knows which names this rule reads.
    const references = qualifiedNames.flatMap((name) => scopes.referencesTo(name)).sort((a, b) => a.node.startIndex - b.node.startIndex);
    if (imports.length === 0 && references.length === 0) return;
    const decorators = references.filter((reference) => reference.node.parent?.type === 'decorator');
    let edits: TextEdit[] | null = null;
    if (decorators.length === references.length) {
      try {
        const all: TextEdit[] = decorators.map((reference) => deleteStatement(text, reference.node.parent!));
        const byStatement = new Map<number, typeof imports>();
        for (const entry of imports) byStatement.set(entry.statement.startIndex, [...(byStatement.get(entry.statement.startIndex) ?? []), entry]);
        for (const entries of byStatement.values()) all.push(...removeImportEntries(text, entries[0].statement, entries.map((e) => e.entry)));
        edits = normalizeEdits(all);
      } catch {
        edits = null;
      }
    }
    const fix = edits ? { title: 'Remove `@python_2_unicode_compatible`', edits } : undefined;
    for (const node of [...imports.map((e) => e.entry), ...references.map((r) => r.node)]) {
      context.report({ node, subject: '`python_2_unicode_compatible`', advice: 'remove it; on Python 3 define `__str__` only', fix });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          class Post(models.Model):
              def __str__(self):
                  return self.title
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models
          from django.utils.encoding import python_2_unicode_compatible


          @python_2_unicode_compatible
          class Post(models.Model):
              def __str__(self):
                  return self.title
        `,
        errors: [
          { line: 2, column: 35, message: '`python_2_unicode_compatible` was removed in Django 3.0 without a deprecation period: remove it; on Python 3 define `__str__` only' },
          { line: 5, column: 2, message: '`python_2_unicode_compatible` was removed in Django 3.0 without a deprecation period: remove it; on Python 3 define `__str__` only' },
        ],
        output: dedent`
          from django.db import models


          class Post(models.Model):
              def __str__(self):
                  return self.title
        `,
      },
      {
        code: dedent`
          from django.utils.encoding import force_str, python_2_unicode_compatible

          @python_2_unicode_compatible
          class A:
              pass
        `,
        errors: [
          { line: 1, column: 46, message: '`python_2_unicode_compatible` was removed in Django 3.0 without a deprecation period: remove it; on Python 3 define `__str__` only' },
          { line: 3, column: 2, message: '`python_2_unicode_compatible` was removed in Django 3.0 without a deprecation period: remove it; on Python 3 define `__str__` only' },
        ],
        output: dedent`
          from django.utils.encoding import force_str

          class A:
              pass
        `,
      },
    ],
  },
});
