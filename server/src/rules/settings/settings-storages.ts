import type { PythonRuleContext } from '../../engine/lint';
import { newlineOf } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { deleteWholeLines, normalizedOrNull } from '../../engine/python-edits';
import { moduleAssignments, Assignment, identifiersNamed, isPlainTopLevel, literalString, quoted, quoteOf, starImports, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

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

export default definePythonRule({
  id: 'settings-storages',
  title: '`DEFAULT_FILE_STORAGE`/`STATICFILES_STORAGE` → `STORAGES`',
  category: 'settings',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds the `DEFAULT_FILE_STORAGE` and `STATICFILES_STORAGE` settings in settings modules.',
    why: 'Django 4.2 configures storages in the `STORAGES` dictionary; Django 5.1 ignores the old settings, so uploads and static files silently fall back to the default storages.',
    fixSafety:
      'Writes what django-upgrade\'s `settings_storages` fixer writes, under the same conditions: both settings are plain strings assigned once at module level and not read elsewhere, and there is no `STORAGES` yet. ' +
      'A setting that is missing gets Django\'s default backend, or, after a star import of a settings module, `STORAGES` extends the imported one (`**STORAGES`). ' +
      'After any other star import (`from .base import *`) there is no automatic fix, where django-upgrade would write the defaults over the inherited storages. Needs Django 4.2+.',
  },
  upstream: { djangoUpgrade: 'settings_storages' },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  fixMinVersion: '4.2',
  checklist: ['default-file-storage', 'staticfiles-storage-setting'],
  truth: {
    removed: aliases.map((a) => `django.conf.global_settings.${a.name}`),
    replacements: ['django.conf.global_settings.STORAGES'],
  },
  triggers: ['DEFAULT_FILE_STORAGE', 'STATICFILES_STORAGE'],
  check(context) {
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
      {
        code: dedent`
          STORAGES = {
              "default": {
                  "BACKEND": "django.core.files.storage.FileSystemStorage",
              },
          }
        `,
        filename: 'mysite/settings.py',
      },
      {
        code: dedent`
          STATICFILES_STORAGE = "x.Storage"
        `,
        filename: 'shop/storage.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          import os

          DEBUG = True
          DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
          X = 1
          STATICFILES_STORAGE = 'whitenoise.storage.CompressedManifestStaticFilesStorage'
        `,
        filename: 'mysite/settings.py',
        errors: [
          { line: 4, column: 1, message: 'The `DEFAULT_FILE_STORAGE` setting is deprecated since Django 4.2 and removed in 5.1: use `STORAGES["default"]["BACKEND"]`' },
          { line: 6, column: 1, message: 'The `STATICFILES_STORAGE` setting is deprecated since Django 4.2 and removed in 5.1: use `STORAGES["staticfiles"]["BACKEND"]`' },
        ],
        output: dedent`
          import os

          DEBUG = True
          STORAGES = {
              "default": {
                  "BACKEND": "storages.backends.s3boto3.S3Boto3Storage",
              },
              "staticfiles": {
                  "BACKEND": 'whitenoise.storage.CompressedManifestStaticFilesStorage',
              },
          }
          X = 1
        `,
      },
      {
        code: dedent`
          STATICFILES_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"  # hashed names
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `STATICFILES_STORAGE` setting is deprecated since Django 4.2 and removed in 5.1: use `STORAGES["staticfiles"]["BACKEND"]`' },
        ],
        output: dedent`
          STORAGES = {
              "default": {
                  "BACKEND": "django.core.files.storage.FileSystemStorage",
              },
              "staticfiles": {
                  "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
              },
          }
        `,
      },
      {
        code: dedent`
          from myproject.settings import *

          DEFAULT_FILE_STORAGE = "storages.backends.gcloud.GoogleCloudStorage"
        `,
        filename: 'myproject/prod_settings.py',
        errors: [
          { line: 3, column: 1, message: 'The `DEFAULT_FILE_STORAGE` setting is deprecated since Django 4.2 and removed in 5.1: use `STORAGES["default"]["BACKEND"]`' },
        ],
        output: dedent`
          from myproject.settings import *

          STORAGES = {
              **STORAGES,
              "default": {
                  "BACKEND": "storages.backends.gcloud.GoogleCloudStorage",
              },
          }
        `,
      },
      {
        code: dedent`
          DEFAULT_FILE_STORAGE = "a.Storage"
          if DEBUG:
              STATICFILES_STORAGE = "b.Storage"
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `DEFAULT_FILE_STORAGE` setting is deprecated since Django 4.2 and removed in 5.1: use `STORAGES["default"]["BACKEND"]`' },
          { line: 3, column: 5, message: 'The `STATICFILES_STORAGE` setting is deprecated since Django 4.2 and removed in 5.1: use `STORAGES["staticfiles"]["BACKEND"]`' },
        ],
      },
      {
        code: dedent`
          from .base import *

          STATICFILES_STORAGE = "b.Storage"
        `,
        filename: 'config/settings/prod.py',
        errors: [
          { line: 3, column: 1, message: 'The `STATICFILES_STORAGE` setting is deprecated since Django 4.2 and removed in 5.1: use `STORAGES["staticfiles"]["BACKEND"]`' },
        ],
      },
    ],
  },
});
