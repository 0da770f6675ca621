import type { PythonRuleContext } from '../../engine/lint';
import { deleteStatement, removeImportEntries } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { normalizeEdits } from '../../engine/apply-fixes';
import { releaseNotes } from '../docs-links';
import type { PythonRule } from '../shapes';

const qualifiedNames = ['django.utils.encoding.python_2_unicode_compatible', 'django.utils.six.python_2_unicode_compatible'];

const rule: PythonRule = {
  id: 'python-2-unicode-compatible',
  title: 'Remove `@python_2_unicode_compatible`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '3.0',
  languages: ['python'],
  docsUrl: releaseNotes('3.0', 'removed-private-python-2-compatibility-apis'),
  docs: {
    what: 'Finds the `python_2_unicode_compatible` class decorator and its import.',
    why: 'It only mattered on Python 2; Django 3.0 removed it without a deprecation period.',
    fixSafety: 'Safe on Python 3 (Django 2.0+), where the decorator returned the class unchanged.',
  },
  fix: 'safe',
  truth: { removed: ['django.utils.encoding.python_2_unicode_compatible'] },
  fixMinVersion: '2.0',
  check(context: PythonRuleContext) {
    const { scopes, text } = context;
    const imports = scopes.imports.filter((entry) => qualifiedNames.includes(entry.qualifiedName));
    const references = scopes.references.filter((reference) => qualifiedNames.includes(reference.qualifiedName));
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
    valid: [{ code: 'class Post(models.Model):\n    def __str__(self):\n        return self.title\n' }],
    invalid: [
      {
        code: 'from django.db import models\nfrom django.utils.encoding import python_2_unicode_compatible\n\n\n@python_2_unicode_compatible\nclass Post(models.Model):\n    def __str__(self):\n        return self.title\n',
        findings: 2,
        output: 'from django.db import models\n\n\nclass Post(models.Model):\n    def __str__(self):\n        return self.title\n',
      },
      {
        code: 'from django.utils.encoding import force_str, python_2_unicode_compatible\n\n@python_2_unicode_compatible\nclass A:\n    pass\n',
        findings: 2,
        output: 'from django.utils.encoding import force_str\n\nclass A:\n    pass\n',
      },
    ],
  },
};
export default rule;
