import type { PythonRuleContext } from '../../engine/lint';
import { addModuleImport, lineStartOf, newlineOf, removeImportEntries } from '../../engine/python-edits';
import type { PythonScopes } from '../../engine/python-scopes';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { TextEdit } from '../../engine/types';
import { deprecationNotes } from '../docs-links';
import type { PythonRule } from '../shapes';

const qualifiedName = 'django.utils.timezone.utc';

/**
 * Where django-upgrade's `utils_timezone` puts `import datetime as dt`: before the first import of
 * the module (after the docstring and `__future__` imports).
 */
function importDatetime(scopes: PythonScopes, text: string): TextEdit {
  for (const child of scopes.tree.rootNode.namedChildren) {
    if (!child || child.type === 'comment' || child.type === 'future_import_statement') continue;
    if (child.type === 'expression_statement' && child.firstNamedChild?.type === 'string') continue;
    if (child.type === 'import_statement' || child.type === 'import_from_statement') {
      const start = lineStartOf(text, child.startIndex);
      return { start, end: start, text: `import datetime as dt${newlineOf(text)}` };
    }
    break;
  }
  return addModuleImport(scopes, text, 'datetime', 'dt');
}

const rule: PythonRule = {
  id: 'timezone-utc',
  title: '`django.utils.timezone.utc` → `datetime.timezone.utc`',
  category: 'removed-api',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  languages: ['python'],
  docsUrl: deprecationNotes('4.1'),
  docs: {
    what: 'Finds `django.utils.timezone.utc`, imported or as `timezone.utc` (django-upgrade: `utils_timezone`).',
    why: 'It was an alias of `datetime.timezone.utc`; Django 5.0 removed it.',
    fixSafety: 'Safe: the same object. Reuses an existing `import datetime`, or adds `import datetime as dt` before the first import, as django-upgrade does. Needs Python 3 (Django 2.0+).',
  },
  fix: 'safe',
  checklist: ['timezone-utc'],
  truth: { removed: ['django.utils.timezone.utc'] },
  fixMinVersion: '2.0',
  check(context: PythonRuleContext) {
    const { scopes, text } = context;
    const imports = scopes.imports.filter((e) => e.qualifiedName === qualifiedName);
    const references = scopes.referencesTo(qualifiedName).filter((r) => r.node.type === 'attribute' || r.node.text === 'utc');
    const allReferences = scopes.referencesTo(qualifiedName);
    if (imports.length === 0 && references.length === 0) return;
    const stdlib = scopes.imports.find((e) => e.boundQualifiedName === 'datetime' && e.scope === scopes.moduleScope);
    let fix;
    const edits: TextEdit[] = [];
    let moduleName = stdlib?.localName;
    if (!moduleName && !scopes.isNameBound('dt')) {
      moduleName = 'dt';
      edits.push(importDatetime(scopes, text));
    }
    if (moduleName) {
      const replacement = `${moduleName}.timezone.utc`;
      for (const reference of allReferences) edits.push({ start: reference.node.startIndex, end: reference.node.endIndex, text: replacement });
      for (const entry of imports) edits.push(...removeImportEntries(text, entry.statement, [entry.entry]));
      try {
        fix = { title: `Use \`${replacement}\``, edits: normalizeEdits(edits) };
      } catch {
        fix = undefined;
      }
    }
    for (const node of [...imports.map((e) => e.entry), ...references.map((r) => r.node)]) {
      context.report({ node, subject: '`django.utils.timezone.utc`', advice: 'use `datetime.timezone.utc`', fix });
    }
  },
  examples: {
    valid: [{ code: 'import datetime\n\nnow = datetime.datetime.now(datetime.timezone.utc)\n' }],
    invalid: [
      {
        code: 'import datetime\n\nfrom django.utils import timezone\n\nnow = datetime.datetime.now(timezone.utc)\nlater = timezone.now()\n',
        findings: 1,
        output: 'import datetime\n\nfrom django.utils import timezone\n\nnow = datetime.datetime.now(datetime.timezone.utc)\nlater = timezone.now()\n',
      },
      {
        code: 'from django.utils.timezone import now, utc\n\nstamp = now().astimezone(utc)\n',
        findings: 2,
        output: 'import datetime as dt\nfrom django.utils.timezone import now\n\nstamp = now().astimezone(dt.timezone.utc)\n',
      },
    ],
  },
};
export default rule;
