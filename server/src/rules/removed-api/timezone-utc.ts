import { addModuleImport, lineBeforeFirstImport, normalizedOrNull, removeImportEntries } from '../../engine/python-edits';
import { mayName } from '../../engine/python-queries';
import type { PythonScopes } from '../../engine/python-scopes';
import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';

const qualifiedName = 'django.utils.timezone.utc';

/**
 * Where django-upgrade's `utils_timezone` puts `import datetime as dt`: before the first import of
 * the module (after the docstring and `__future__` imports), else where new imports go.
 */
function importDatetime(scopes: PythonScopes, text: string): TextEdit {
  return lineBeforeFirstImport(scopes, text, 'import datetime as dt') ?? addModuleImport(scopes, text, 'datetime', 'dt');
}

export default definePythonRule({
  id: 'timezone-utc',
  title: '`django.utils.timezone.utc` → `datetime.timezone.utc`',
  category: 'removed-api',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docs: {
    what: 'Finds `django.utils.timezone.utc`, imported or as `timezone.utc`.',
    why: 'It was an alias of `datetime.timezone.utc`; Django 5.0 removed it.',
    fixSafety: 'Safe: the same object. Reuses an existing `import datetime`, or adds `import datetime as dt` before the first import, as django-upgrade does. Needs Python 3 (Django 2.0+).',
  },
  upstream: { djangoUpgrade: 'utils_timezone' },
  fix: 'safe',
  checklist: ['timezone-utc'],
  truth: { removed: ['django.utils.timezone.utc'] },
  fixMinVersion: '2.0',
  triggers: ['utc'],
  check(context) {
    if (!mayName(context, qualifiedName)) return;
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
      const normalized = normalizedOrNull(edits);
      fix = normalized ? { title: `Use \`${replacement}\``, edits: normalized } : undefined;
    }
    for (const node of [...imports.map((e) => e.entry), ...references.map((r) => r.node)]) {
      context.report({ node, subject: '`django.utils.timezone.utc`', advice: 'use `datetime.timezone.utc`', fix });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import datetime

          now = datetime.datetime.now(datetime.timezone.utc)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import datetime

          from django.utils import timezone

          now = datetime.datetime.now(timezone.utc)
          later = timezone.now()
        `,
        errors: [
          { line: 5, column: 29, message: '`django.utils.timezone.utc` is deprecated since Django 4.1 and removed in 5.0: use `datetime.timezone.utc`' },
        ],
        output: dedent`
          import datetime

          from django.utils import timezone

          now = datetime.datetime.now(datetime.timezone.utc)
          later = timezone.now()
        `,
      },
      {
        code: dedent`
          from django.utils.timezone import now, utc

          stamp = now().astimezone(utc)
        `,
        errors: [
          { line: 1, column: 40, message: '`django.utils.timezone.utc` is deprecated since Django 4.1 and removed in 5.0: use `datetime.timezone.utc`' },
          { line: 3, column: 26, message: '`django.utils.timezone.utc` is deprecated since Django 4.1 and removed in 5.0: use `datetime.timezone.utc`' },
        ],
        output: dedent`
          import datetime as dt
          from django.utils.timezone import now

          stamp = now().astimezone(dt.timezone.utc)
        `,
      },
    ],
  },
});
