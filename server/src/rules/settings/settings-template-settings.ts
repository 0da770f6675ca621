import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { deleteStatements, lineEndOf, lineStartOf, newlineOf, normalizedOrNull } from '../../engine/python-edits';
import { Assignment, elementsOf, identifiersNamed, isPlainTopLevel, moduleAssignments, preferredQuote, starImports, unparenthesized } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';
import { namesRead } from '../shapes/project-config';

/** The old settings, where their values go in the `TEMPLATES` entry, in the order the entry lists them. */
const settings = [
  { name: 'TEMPLATE_DIRS', key: 'DIRS', where: "`TEMPLATES[0]['DIRS']`" },
  { name: 'TEMPLATE_CONTEXT_PROCESSORS', key: 'context_processors', where: "`TEMPLATES[0]['OPTIONS']['context_processors']`" },
  { name: 'TEMPLATE_DEBUG', key: 'debug', where: "`TEMPLATES[0]['OPTIONS']['debug']`" },
  { name: 'TEMPLATE_LOADERS', key: 'loaders', where: "`TEMPLATES[0]['OPTIONS']['loaders']`" },
  { name: 'TEMPLATE_STRING_IF_INVALID', key: 'string_if_invalid', where: "`TEMPLATES[0]['OPTIONS']['string_if_invalid']`" },
] as const;

/** Django 1.8's default `TEMPLATE_CONTEXT_PROCESSORS`, which the new setting does not imply. */
const defaultContextProcessors = [
  'django.contrib.auth.context_processors.auth',
  'django.template.context_processors.debug',
  'django.template.context_processors.i18n',
  'django.template.context_processors.media',
  'django.template.context_processors.static',
  'django.template.context_processors.tz',
  'django.contrib.messages.context_processors.messages',
];

/** Django 1.8's default `TEMPLATE_LOADERS`. */
const defaultLoaders = ['django.template.loaders.filesystem.Loader', 'django.template.loaders.app_directories.Loader'];
const defaults: Record<string, string[]> = { TEMPLATE_CONTEXT_PROCESSORS: defaultContextProcessors, TEMPLATE_LOADERS: defaultLoaders };

/** Value expressions that can move to another line of the module unchanged. */
const movableTypes = new Set([
  'string', 'string_start', 'string_content', 'string_end', 'escape_sequence', 'concatenated_string', 'integer', 'float',
  'true', 'false', 'none', 'identifier', 'attribute', 'list', 'tuple', 'set', 'dictionary', 'pair', 'parenthesized_expression',
  'binary_operator', 'unary_operator', 'call', 'argument_list', 'keyword_argument', 'comment',
]);

function movable(node: Node): boolean {
  if (!movableTypes.has(node.type)) return false;
  if (node.type === 'string' && node.text.includes('\n')) return false; // re-indenting would change it
  return node.namedChildren.every((child) => child === null || movable(child));
}

/** A value's text with its continuation lines indented by `indent` more. */
function reindent(text: string, indent: string, newline: string): string {
  return text
    .split(/\r?\n/)
    .map((line, i) => (i === 0 || line.trim() === '' ? line : indent + line))
    .join(newline);
}

function templatesFix(context: PythonRuleContext, found: Map<string, Assignment[]>): TextEdit[] | null {
  const { text, scopes } = context;
  // Only a complete settings module gets a new TEMPLATES: one that extends another (`from .base import *`)
  // or is merged into one (a local settings file without INSTALLED_APPS) would replace its TEMPLATES.
  if (starImports(context).length > 0 || moduleAssignments(context, 'INSTALLED_APPS').length === 0) return null;
  if (identifiersNamed(context, 'TEMPLATES').length > 0 || identifiersNamed(context, 'ALLOWED_INCLUDE_ROOTS').length > 0) return null;
  const chosen = new Map<string, Assignment>();
  for (const [name, assignments] of found) {
    if (assignments.length !== 1 || !isPlainTopLevel(assignments[0])) return null;
    if (identifiersNamed(context, name, [assignments[0].left]).length > 0) return null;
    if (scopes.imports.some((entry) => entry.localName === name)) return null;
    const { statement, right } = assignments[0];
    if (!movable(right!)) return null;
    const lineStart = lineStartOf(text, statement.startIndex);
    if (text.slice(lineStart, statement.startIndex).trim() !== '' || !/^[ \t]*(#.*)?$/.test(text.slice(statement.endIndex, lineEndOf(text, statement.endIndex)))) return null;
    chosen.set(name, assignments[0]);
  }
  const last = [...chosen.values()].reduce((a, b) => (a.statement.startIndex > b.statement.startIndex ? a : b));
  // Each value is evaluated where TEMPLATES now stands: the names it reads must mean the same there.
  for (const { statement, right } of chosen.values()) {
    for (const name of namesRead(right!)) {
      if (settings.some((s) => s.name === name.text)) return null;
      const bindings = scopes.moduleScope.bindings.get(name.text) ?? [];
      if (bindings.some((b) => b.start > statement.startIndex && b.start <= last.statement.startIndex)) return null;
    }
  }
  const newline = newlineOf(text);
  const q = preferredQuote(context);
  const list = (items: string[], indent: string) => ['[', ...items.map((item) => `${indent}    ${item},`), `${indent}]`].join(newline);
  // `global_settings.TEMPLATE_*` goes away with the settings: `global_settings.X + (…)` becomes one
  // list of Django's old defaults and the added entries; any other use of them gets no fix.
  const values = new Map<string, (indent: string) => string>();
  for (const [name, { right }] of chosen) {
    const value = right!;
    const legacy = scopes.references.filter((r) =>
      r.node.startIndex >= value.startIndex && r.node.endIndex <= value.endIndex &&
      /^django\.conf\.global_settings\.(TEMPLATE_\w+|ALLOWED_INCLUDE_ROOTS)$/.test(r.qualifiedName));
    if (legacy.length === 0) {
      values.set(name, (indent) => reindent(value.text, indent, newline));
      continue;
    }
    const left = value.type === 'binary_operator' && value.childForFieldName('operator')?.text === '+' ? value.childForFieldName('left') : null;
    const added = unparenthesized(value.childForFieldName('right'));
    const extendsDefault = left && legacy.length === 1 && legacy[0].node.startIndex === left.startIndex && legacy[0].node.endIndex === left.endIndex &&
      legacy[0].qualifiedName === `django.conf.global_settings.${name}` && defaults[name] &&
      (added?.type === 'tuple' || added?.type === 'list') && !added.namedChildren.some((c) => c?.type === 'comment');
    if (!extendsDefault) return null;
    const items = [...defaults[name].map((d) => `${q}${d}${q}`), ...elementsOf(added!).map((e) => e.text)];
    if (items.some((item) => item.includes('\n'))) return null;
    values.set(name, (indent) => list(items, indent));
  }
  const value = (name: string, indent: string) => values.get(name)?.(indent) ?? null;
  const lines = ['TEMPLATES = [', '    {', `        ${q}BACKEND${q}: ${q}django.template.backends.django.DjangoTemplates${q},`];
  lines.push(`        ${q}DIRS${q}: ${value('TEMPLATE_DIRS', '        ') ?? '[]'},`);
  // Without TEMPLATE_LOADERS Django used its default loaders: the file system and the apps' folders.
  if (!chosen.has('TEMPLATE_LOADERS')) lines.push(`        ${q}APP_DIRS${q}: True,`);
  lines.push(`        ${q}OPTIONS${q}: {`);
  const processors = value('TEMPLATE_CONTEXT_PROCESSORS', '            ');
  if (processors) lines.push(`            ${q}context_processors${q}: ${processors},`);
  else lines.push(`            ${q}context_processors${q}: ${list(defaultContextProcessors.map((p) => `${q}${p}${q}`), '            ')},`);
  for (const { name, key } of settings.slice(2)) {
    const option = value(name, '            ');
    if (option) lines.push(`            ${q}${key}${q}: ${option},`);
  }
  lines.push('        },', '    },', ']');
  const edits: TextEdit[] = [{ start: last.statement.startIndex, end: last.statement.endIndex, text: lines.join(newline) }];
  edits.push(...deleteStatements(text, [...chosen.values()].filter((a) => a !== last).map((a) => a.statement)));
  return normalizedOrNull(edits);
}

export default definePythonRule({
  id: 'settings-template-settings',
  title: '`TEMPLATE_*` settings → `TEMPLATES`',
  category: 'settings',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds `TEMPLATE_DIRS`, `TEMPLATE_LOADERS`, `TEMPLATE_CONTEXT_PROCESSORS`, `TEMPLATE_DEBUG` and `TEMPLATE_STRING_IF_INVALID` in settings modules.',
    why: 'Django 1.8 moved template configuration into the `TEMPLATES` setting; Django 1.10 ignores the old settings, so templates are no longer found and context processors no longer run.',
    fixSafety:
      'Writes one `TEMPLATES` entry for the Django template backend holding the old values, and removes the old settings. ' +
      'Without `TEMPLATE_LOADERS` it sets `APP_DIRS: True`, and without `TEMPLATE_CONTEXT_PROCESSORS` it lists Django 1.8\'s default context processors, so templates load and render as before; ' +
      'without `TEMPLATE_DEBUG` the `debug` option follows `DEBUG` (it only changes what error pages show). ' +
      'Only offered for a complete settings module (it sets `INSTALLED_APPS` and has no star import) without `TEMPLATES` or `ALLOWED_INCLUDE_ROOTS`, where each old setting is assigned once at module level, ' +
      'is not read elsewhere, and its value (literals, names, attribute and call expressions such as `os.path.join(BASE_DIR, "templates")`) means the same where `TEMPLATES` is written. ' +
      '`global_settings.TEMPLATE_CONTEXT_PROCESSORS + (…)` (and the same for loaders) becomes one list of Django\'s old defaults and the added entries, since `global_settings` loses those names too. ' +
      'Settings modules that extend another one (`from .base import *`) get the message only: they must update the inherited `TEMPLATES` entry. Needs Django 1.8+.',
  },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  fixMinVersion: '1.8',
  checklist: ['setting-template-dirs', 'setting-template-loaders', 'setting-template-context-processors', 'setting-template-debug', 'setting-template-string-if-invalid'],
  truth: {
    removed: settings.map((s) => `django.conf.global_settings.${s.name}`),
    replacements: ['django.conf.global_settings.TEMPLATES', 'django.template.backends.django.DjangoTemplates'],
  },
  triggers: settings.map((s) => s.name),
  check(context) {
    const found = new Map<string, Assignment[]>();
    for (const { name } of settings) {
      const assignments = moduleAssignments(context, name);
      if (assignments.length > 0) found.set(name, assignments);
    }
    if (found.size === 0) return;
    const edits = templatesFix(context, found);
    for (const { name, where } of settings) {
      for (const { left } of found.get(name) ?? []) {
        context.report({
          node: left,
          subject: `The \`${name}\` setting`,
          advice: `move its value into the \`TEMPLATES\` setting, as ${where}`,
          fix: edits ? { title: 'Merge the `TEMPLATE_*` settings into `TEMPLATES`', edits } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          TEMPLATES = [
              {
                  'BACKEND': 'django.template.backends.django.DjangoTemplates',
                  'DIRS': [],
                  'APP_DIRS': True,
              },
          ]
        `,
        filename: 'mysite/settings.py',
      },
      {
        code: dedent`
          TEMPLATE_DIRS = ["templates"]
        `,
        filename: 'mysite/views.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          import os

          BASE_DIR = os.path.dirname(os.path.dirname(__file__))
          DEBUG = True
          TEMPLATE_DEBUG = DEBUG

          INSTALLED_APPS = ('django.contrib.auth', 'shop')

          TEMPLATE_DIRS = (
              # Absolute paths.
              os.path.join(BASE_DIR, 'templates'),
          )
          TEMPLATE_CONTEXT_PROCESSORS = (
              'django.contrib.auth.context_processors.auth',
              'django.core.context_processors.request',
          )
          STATIC_URL = '/static/'
        `,
        filename: 'mysite/settings.py',
        errors: [
          { line: 5, column: 1, message: 'The `TEMPLATE_DEBUG` setting is deprecated since Django 1.8 and removed in 1.10: move its value into the `TEMPLATES` setting, as `TEMPLATES[0][\'OPTIONS\'][\'debug\']`' },
          { line: 9, column: 1, message: 'The `TEMPLATE_DIRS` setting is deprecated since Django 1.8 and removed in 1.10: move its value into the `TEMPLATES` setting, as `TEMPLATES[0][\'DIRS\']`' },
          { line: 13, column: 1, message: 'The `TEMPLATE_CONTEXT_PROCESSORS` setting is deprecated since Django 1.8 and removed in 1.10: move its value into the `TEMPLATES` setting, as `TEMPLATES[0][\'OPTIONS\'][\'context_processors\']`' },
        ],
        output: dedent`
          import os

          BASE_DIR = os.path.dirname(os.path.dirname(__file__))
          DEBUG = True

          INSTALLED_APPS = ('django.contrib.auth', 'shop')

          TEMPLATES = [
              {
                  'BACKEND': 'django.template.backends.django.DjangoTemplates',
                  'DIRS': (
                      # Absolute paths.
                      os.path.join(BASE_DIR, 'templates'),
                  ),
                  'APP_DIRS': True,
                  'OPTIONS': {
                      'context_processors': (
                          'django.contrib.auth.context_processors.auth',
                          'django.core.context_processors.request',
                      ),
                      'debug': DEBUG,
                  },
              },
          ]
          STATIC_URL = '/static/'
        `,
      },
      {
        code: dedent`
          INSTALLED_APPS = ["shop"]
          TEMPLATE_LOADERS = [
              ("django.template.loaders.cached.Loader", [
                  "django.template.loaders.filesystem.Loader",
              ]),
          ]
          TEMPLATE_STRING_IF_INVALID = "!!"
        `,
        filename: 'config/settings/production.py',
        errors: [
          { line: 2, column: 1, message: 'The `TEMPLATE_LOADERS` setting is deprecated since Django 1.8 and removed in 1.10: move its value into the `TEMPLATES` setting, as `TEMPLATES[0][\'OPTIONS\'][\'loaders\']`' },
          { line: 7, column: 1, message: 'The `TEMPLATE_STRING_IF_INVALID` setting is deprecated since Django 1.8 and removed in 1.10: move its value into the `TEMPLATES` setting, as `TEMPLATES[0][\'OPTIONS\'][\'string_if_invalid\']`' },
        ],
        output: dedent`
          INSTALLED_APPS = ["shop"]
          TEMPLATES = [
              {
                  "BACKEND": "django.template.backends.django.DjangoTemplates",
                  "DIRS": [],
                  "OPTIONS": {
                      "context_processors": [
                          "django.contrib.auth.context_processors.auth",
                          "django.template.context_processors.debug",
                          "django.template.context_processors.i18n",
                          "django.template.context_processors.media",
                          "django.template.context_processors.static",
                          "django.template.context_processors.tz",
                          "django.contrib.messages.context_processors.messages",
                      ],
                      "loaders": [
                          ("django.template.loaders.cached.Loader", [
                              "django.template.loaders.filesystem.Loader",
                          ]),
                      ],
                      "string_if_invalid": "!!",
                  },
              },
          ]
        `,
      },
      {
        code: dedent`
          from django.conf import global_settings

          INSTALLED_APPS = ["shop"]
          TEMPLATE_CONTEXT_PROCESSORS = global_settings.TEMPLATE_CONTEXT_PROCESSORS + (
              "shop.context_processors.cart",
          )
        `,
        filename: 'shop_site/settings.py',
        errors: [
          { line: 4, column: 1, message: 'The `TEMPLATE_CONTEXT_PROCESSORS` setting is deprecated since Django 1.8 and removed in 1.10: move its value into the `TEMPLATES` setting, as `TEMPLATES[0][\'OPTIONS\'][\'context_processors\']`' },
        ],
        output: dedent`
          from django.conf import global_settings

          INSTALLED_APPS = ["shop"]
          TEMPLATES = [
              {
                  "BACKEND": "django.template.backends.django.DjangoTemplates",
                  "DIRS": [],
                  "APP_DIRS": True,
                  "OPTIONS": {
                      "context_processors": [
                          "django.contrib.auth.context_processors.auth",
                          "django.template.context_processors.debug",
                          "django.template.context_processors.i18n",
                          "django.template.context_processors.media",
                          "django.template.context_processors.static",
                          "django.template.context_processors.tz",
                          "django.contrib.messages.context_processors.messages",
                          "shop.context_processors.cart",
                      ],
                  },
              },
          ]
        `,
      },
      {
        // Extends another settings module: its TEMPLATES entry must be changed instead.
        code: dedent`
          from .base import *

          TEMPLATE_DEBUG = True
        `,
        filename: 'config/settings/dev.py',
        errors: [
          { line: 3, column: 1, message: 'The `TEMPLATE_DEBUG` setting is deprecated since Django 1.8 and removed in 1.10: move its value into the `TEMPLATES` setting, as `TEMPLATES[0][\'OPTIONS\'][\'debug\']`' },
        ],
      },
      {
        // Read elsewhere in the module: no automatic rewrite.
        code: dedent`
          INSTALLED_APPS = []
          TEMPLATE_DIRS = ["templates"]
          if DEBUG:
              TEMPLATE_DIRS += ["debug_templates"]
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `TEMPLATE_DIRS` setting is deprecated since Django 1.8 and removed in 1.10: move its value into the `TEMPLATES` setting, as `TEMPLATES[0][\'DIRS\']`' },
          { line: 4, column: 5, message: 'The `TEMPLATE_DIRS` setting is deprecated since Django 1.8 and removed in 1.10: move its value into the `TEMPLATES` setting, as `TEMPLATES[0][\'DIRS\']`' },
        ],
      },
    ],
  },
});
