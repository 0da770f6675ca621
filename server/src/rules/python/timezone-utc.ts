import type { PythonRuleContext } from '../../engine/lint';
import { addModuleImport, removeImportEntries } from '../../engine/python-edits';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { TextEdit } from '../../engine/types';
import { deprecationNotes } from '../docs-links';
import type { PythonRule } from './rule-factories';

const qualifiedName = 'django.utils.timezone.utc';

const rule: PythonRule = {
  id: 'timezone-utc',
  title: '`django.utils.timezone.utc` → `datetime.timezone.utc`',
  category: 'removed-api',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  languages: ['python'],
  docsUrl: deprecationNotes('4.1'),
  docs: {
    what: 'Finds `django.utils.timezone.utc`, imported or as `timezone.utc`.',
    why: 'It was an alias of `datetime.timezone.utc`; Django 5.0 removed it.',
    fixSafety: 'Safe: the same object. Reuses an existing `import datetime`, or adds `import datetime as dt`. Needs Python 3 (Django 2.0+).',
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
      edits.push(addModuleImport(scopes, text, 'datetime', 'dt'));
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
        output: 'from django.utils.timezone import now\nimport datetime as dt\n\nstamp = now().astimezone(dt.timezone.utc)\n',
      },
    ],
  },
};
export default rule;
