import type { PythonRuleContext } from '../../../engine/lint';
import { newlineOf } from '../../../engine/python-edits';
import type { TextEdit } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { deleteWholeLines, normalizedOrNull } from '../../../engine/python-edits';
import { moduleAssignments, Assignment, identifiersNamed, isPlainTopLevel, literalString, quoted, quoteOf, starImports, unparenthesized } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

/** The old settings and their `STORAGES` aliases, in the order django-upgrade writes them. */
const aliases = [
  { name: 'DEFAULT_FILE_STORAGE', alias: 'default', initial: 'django.core.files.storage.FileSystemStorage' },
  { name: 'STATICFILES_STORAGE', alias: 'staticfiles', initial: 'django.contrib.staticfiles.storage.StaticFilesStorage' },
] as const;

/**
 * The edits django-upgrade's `settings_storages` fixer makes (same conditions, same text): every
 * old setting is a module-level `NAME = "string"` assigned once and never read; no `STORAGES` is
 * assigned; `STORAGES` replaces the first of them and lists the others' backends, with Django's
 * defaults for a missing one, or `**STORAGES` first after a star import of a settings module.
 */
function storagesFix(context: PythonRuleContext, found: Map<string, Assignment[]>): TextEdit[] | null {
  const { text } = context;
  if (moduleAssignments(context, 'STORAGES').some((a) => a.assignment.type === 'assignment')) return null;
  const stars = starImports(context).map((s) => s.childForFieldName('module_name')?.text ?? '');
  // django-upgrade extends `**STORAGES` only after `from <…settings…> import *`; after another star
  // import (`from .base import *`) it would write Django's defaults over the inherited ones: no fix.
  if (stars.some((module) => !module.includes('settings'))) return null;
  const extend = stars.length > 0;
  const values = new Map<string, string>();
  const statements: Assignment[] = [];
  for (const { name } of aliases) {
    const assignments = found.get(name) ?? [];
    if (assignments.length === 0) continue;
    if (assignments.length > 1 || !isPlainTopLevel(assignments[0])) return null;
    if (identifiersNamed(context, name, [assignments[0].left]).length > 0) return null;
    const value = literalString(assignments[0].right);
    const first = unparenthesized(assignments[0].right);
    const literal = value === null || !first ? null : quoted(value, quoteOf(first.type === 'concatenated_string' ? first.firstNamedChild! : first));
    if (literal === null) return null;
    values.set(name, literal);
    statements.push(assignments[0]);
  }
  const lines = ['STORAGES = {'];
  if (extend) lines.push('    **STORAGES,');
  for (const { name, alias, initial } of aliases) {
    const backend = values.get(name) ?? (extend ? null : `"${initial}"`);
    if (backend) lines.push(`    "${alias}": {`, `        "BACKEND": ${backend},`, '    },');
  }
  lines.push('}');
  const newline = newlineOf(text);
  statements.sort((a, b) => a.statement.startIndex - b.statement.startIndex);
  const edits: TextEdit[] = [];
  for (const [index, { statement }] of statements.entries()) {
    const deletion = deleteWholeLines(text, statement);
    if (!deletion) return null;
    edits.push(index === 0 ? { ...deletion, text: lines.join(newline) + newline } : deletion);
  }
  return normalizedOrNull(edits);
}

const rule: PythonRule = {
  id: 'settings-storages',
  title: '`DEFAULT_FILE_STORAGE`/`STATICFILES_STORAGE` → `STORAGES`',
  category: 'settings',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('4.2'),
  docs: {
    what: 'Finds the `DEFAULT_FILE_STORAGE` and `STATICFILES_STORAGE` settings in settings modules.',
    why: 'Django 4.2 configures storages in the `STORAGES` dictionary; Django 5.1 ignores the old settings, so uploads and static files silently fall back to the default storages.',
    fixSafety:
      'Writes what django-upgrade\'s `settings_storages` fixer writes, under the same conditions: both settings are plain strings assigned once at module level and not read elsewhere, and there is no `STORAGES` yet. ' +
      'A setting that is missing gets Django\'s default backend, or, after a star import of a settings module, `STORAGES` extends the imported one (`**STORAGES`). ' +
      'After any other star import (`from .base import *`) there is no automatic fix, where django-upgrade would write the defaults over the inherited storages. Needs Django 4.2+.',
  },
  fix: 'safe',
  fixMinVersion: '4.2',
  checklist: ['default-file-storage', 'staticfiles-storage-setting'],
  truth: {
    removed: aliases.map((a) => `django.conf.global_settings.${a.name}`),
    replacements: ['django.conf.global_settings.STORAGES'],
  },
  check(context: PythonRuleContext) {
    const found = new Map<string, Assignment[]>();
    for (const { name } of aliases) {
      const assignments = moduleAssignments(context, name);
      if (assignments.length > 0) found.set(name, assignments);
    }
    if (found.size === 0) return;
    const edits = storagesFix(context, found);
    for (const { name, alias } of aliases) {
      for (const { left } of found.get(name) ?? []) {
        context.report({
          node: left,
          subject: `The \`${name}\` setting`,
          advice: `use \`STORAGES["${alias}"]["BACKEND"]\``,
          fix: edits ? { title: 'Use the `STORAGES` setting', edits } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [
      { code: 'STORAGES = {\n    "default": {\n        "BACKEND": "django.core.files.storage.FileSystemStorage",\n    },\n}\n', filename: 'mysite/settings.py' },
      { code: 'STATICFILES_STORAGE = "x.Storage"\n', filename: 'shop/storage.py' },
    ],
    invalid: [
      {
        code: 'import os\n\nDEBUG = True\nDEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"\nX = 1\nSTATICFILES_STORAGE = \'whitenoise.storage.CompressedManifestStaticFilesStorage\'\n',
        filename: 'mysite/settings.py',
        findings: 2,
        output:
          'import os\n\nDEBUG = True\nSTORAGES = {\n    "default": {\n        "BACKEND": "storages.backends.s3boto3.S3Boto3Storage",\n    },\n' +
          '    "staticfiles": {\n        "BACKEND": \'whitenoise.storage.CompressedManifestStaticFilesStorage\',\n    },\n}\nX = 1\n',
      },
      {
        code: 'STATICFILES_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"  # hashed names\n',
        filename: 'settings.py',
        findings: 1,
        output:
          'STORAGES = {\n    "default": {\n        "BACKEND": "django.core.files.storage.FileSystemStorage",\n    },\n' +
          '    "staticfiles": {\n        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",\n    },\n}\n',
      },
      {
        code: 'from myproject.settings import *\n\nDEFAULT_FILE_STORAGE = "storages.backends.gcloud.GoogleCloudStorage"\n',
        filename: 'myproject/prod_settings.py',
        findings: 1,
        output: 'from myproject.settings import *\n\nSTORAGES = {\n    **STORAGES,\n    "default": {\n        "BACKEND": "storages.backends.gcloud.GoogleCloudStorage",\n    },\n}\n',
      },
      {
        // Not a plain string assigned at module level: message only, like django-upgrade.
        code: 'DEFAULT_FILE_STORAGE = "a.Storage"\nif DEBUG:\n    STATICFILES_STORAGE = "b.Storage"\n',
        filename: 'settings.py',
        findings: 2,
      },
      {
        code: 'from .base import *\n\nSTATICFILES_STORAGE = "b.Storage"\n',
        filename: 'config/settings/prod.py',
        findings: 1,
      },
    ],
  },
};
export default rule;
