// Migrations health, read from the files (the project is never imported): per app, the migration
// graph from each file's `dependencies` and `replaces`, and what would stop `migrate` from loading
// it — more than one leaf node (a conflict that needs a merge migration), dependencies on
// migrations that do not exist, duplicate numbers, squashed migrations whose originals are only
// half present, and names in migration files that the target Django version no longer has.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Node } from 'web-tree-sitter';
import type { Analyzer } from '../engine/analyzer';
import { readSourceFile } from '../project/source-files';
import { versionAtLeast } from '../versions/django-version';
import { callsIn, stringValue, withPythonModule } from './python-facts';
import type { AppInventory } from './inventory';

export type MigrationIssueKind = 'conflict' | 'missing-dependency' | 'duplicate-number' | 'partial-replaces' | 'removed-field';

export interface MigrationIssue {
  app: string;
  kind: MigrationIssueKind;
  /** Paths relative to the project root. */
  files: string[];
  message: string;
  /** 1-based line in files[0], when the issue sits on one line. */
  line?: number;
  /** For removed-field: the Django version that no longer loads it. */
  removedIn?: string;
}

export interface MigrationFile {
  app: string;
  name: string;
  path: string;
  dependencies: Array<{ app: string; name: string; line: number }>;
  replaces: Array<{ app: string; name: string }>;
  /** Whether the file defines a Migration class at all. */
  hasMigrationClass: boolean;
}

/**
 * Names that migration files import or call and that a Django release removed without keeping a
 * stub for historical migrations: a migration that uses one fails to load on that release.
 * (NullBooleanField, contrib.postgres JSONField and the CI*Field stubs do still load, so they are
 * not here; the rule catalogue reports them in models.) Checked against the real releases by
 * test/audit/migration-truth.test.ts.
 */
export const removedInMigrations: Array<{ symbol: string; removedIn: string; advice: string }> = [
  { symbol: 'django.utils.timezone.utc', removedIn: '5.0', advice: 'use `datetime.timezone.utc`' },
  { symbol: 'django.contrib.postgres.fields.FloatRangeField', removedIn: '3.1', advice: 'use `django.contrib.postgres.fields.DecimalRangeField`' },
  { symbol: 'django.contrib.postgres.fields.ranges.FloatRangeField', removedIn: '3.1', advice: 'use `django.contrib.postgres.fields.DecimalRangeField`' },
  { symbol: 'django.utils.six', removedIn: '3.0', advice: 'use `six` or plain Python 3' },
  { symbol: 'django.db.models.fields.subclassing', removedIn: '1.10', advice: 'use `from_db_value()` on the field' },
  { symbol: 'django.contrib.contenttypes.generic', removedIn: '1.9', advice: 'import from `django.contrib.contenttypes.fields`' },
  { symbol: 'django.utils.encoding.force_text', removedIn: '4.0', advice: 'use `force_str`' },
  { symbol: 'django.utils.translation.ugettext_lazy', removedIn: '4.0', advice: 'use `gettext_lazy`' },
];

const relationFields = new Set(['django.db.models.ForeignKey', 'django.db.models.OneToOneField', 'django.db.models.fields.related.ForeignKey', 'django.db.models.fields.related.OneToOneField']);

const toPosix = (p: string) => p.split(path.sep).join('/');

/** `('app', '0001_initial')` → {app, name}. */
function pairOf(node: Node): { app: string; name: string } | null {
  if (node.type !== 'tuple' && node.type !== 'list') return null;
  const items = node.namedChildren.filter((c) => c && c.type !== 'comment');
  if (items.length !== 2) return null;
  const app = stringValue(items[0]);
  const name = stringValue(items[1]);
  return app !== null && name !== null ? { app, name } : null;
}

function listOfPairs(node: Node | null): Array<{ app: string; name: string; line: number }> {
  if (!node || (node.type !== 'list' && node.type !== 'tuple')) return [];
  const pairs: Array<{ app: string; name: string; line: number }> = [];
  for (const item of node.namedChildren) {
    if (!item) continue;
    const pair = pairOf(item);
    if (pair) pairs.push({ ...pair, line: item.startPosition.row + 1 });
  }
  return pairs;
}

/** The `class Migration(...)` body's `dependencies` and `replaces`. */
function migrationAttributes(root: Node): { found: boolean; dependencies: Node | null; replaces: Node | null } {
  for (const child of root.namedChildren) {
    const definition = child?.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (definition?.type !== 'class_definition' || definition.childForFieldName('name')?.text !== 'Migration') continue;
    let dependencies: Node | null = null;
    let replaces: Node | null = null;
    for (const statement of definition.childForFieldName('body')?.namedChildren ?? []) {
      const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : null;
      if (assignment?.type !== 'assignment') continue;
      const name = assignment.childForFieldName('left')?.text;
      if (name === 'dependencies') dependencies = assignment.childForFieldName('right');
      if (name === 'replaces') replaces = assignment.childForFieldName('right');
    }
    return { found: true, dependencies, replaces };
  }
  return { found: false, dependencies: null, replaces: null };
}

export interface MigrationsReport {
  /** Migration files per app label. */
  graph: Record<string, string[]>;
  issues: MigrationIssue[];
}

export function checkMigrations(analyzer: Analyzer, root: string, apps: AppInventory[], target: string): MigrationsReport {
  const files: MigrationFile[] = [];
  const issues: MigrationIssue[] = [];
  const byApp = new Map<string, MigrationFile[]>();
  for (const app of apps) {
    const dir = path.join(root, app.path, 'migrations');
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => n.endsWith('.py') && !n.startsWith('_') && !n.startsWith('~')).sort();
    } catch {
      continue;
    }
    for (const fileName of names) {
      const file = path.join(dir, fileName);
      const read = readSourceFile(file, 5_000_000);
      if ('skipped' in read) continue;
      const relative = toPosix(path.relative(root, file));
      const migration = withPythonModule(analyzer, read.text, (tree, scopes) => {
        const attributes = migrationAttributes(tree);
        // Names the target no longer has, and relations without on_delete (required since 2.0).
        for (const removed of removedInMigrations) {
          if (!versionAtLeast(target, removed.removedIn)) continue;
          const uses = [...scopes.referencesTo(removed.symbol), ...scopes.imports.filter((entry) => entry.qualifiedName === removed.symbol || entry.qualifiedName.startsWith(`${removed.symbol}.`)).map((entry) => ({ node: entry.entry }))];
          if (uses.length === 0) continue;
          const line = Math.min(...uses.map((use) => use.node.startPosition.row + 1));
          issues.push({
            app: app.label,
            kind: 'removed-field',
            files: [relative],
            line,
            removedIn: removed.removedIn,
            message: `\`${removed.symbol}\` is used by migration ${app.label}.${fileName.replace(/\.py$/, '')} and was removed in Django ${removed.removedIn}, which then cannot load the migration: ${removed.advice} in the migration file.`,
          });
        }
        if (versionAtLeast(target, '2.0')) {
          for (const call of callsIn(tree, scopes)) {
            if (!call.callee.qualifiedName || !relationFields.has(call.callee.qualifiedName)) continue;
            const args = call.node.childForFieldName('arguments')?.namedChildren.filter((c) => c && c.type !== 'comment') ?? [];
            const positional = args.filter((c) => c!.type !== 'keyword_argument').length;
            if (call.keywords.includes('on_delete') || positional >= 2) continue;
            issues.push({
              app: app.label,
              kind: 'removed-field',
              files: [relative],
              line: call.line,
              removedIn: '2.0',
              message: `\`${call.callee.text}\` without \`on_delete\` in migration ${app.label}.${fileName.replace(/\.py$/, '')}: Django 2.0 made \`on_delete\` required, so the migration no longer loads; add \`on_delete=models.CASCADE\` (the old default).`,
            });
          }
        }
        return {
          app: app.label,
          name: fileName.replace(/\.py$/, ''),
          path: relative,
          dependencies: listOfPairs(attributes.dependencies),
          replaces: listOfPairs(attributes.replaces).map(({ app: a, name }) => ({ app: a, name })),
          hasMigrationClass: attributes.found,
        };
      });
      if (!migration.hasMigrationClass) continue;
      files.push(migration);
      const list = byApp.get(app.label) ?? [];
      list.push(migration);
      byApp.set(app.label, list);
    }
  }

  const key = (app: string, name: string) => `${app}.${name}`;
  const present = new Map(files.map((f) => [key(f.app, f.name), f]));
  // Squashed migrations: Django uses the squash when all or none of its originals are present
  // (none: the squash replaces them; all: whichever the database state needs), and remaps
  // dependencies on a replaced migration to the squash.
  const replacedBy = new Map<string, MigrationFile>();
  for (const file of files) {
    if (!file.replaces.length) continue;
    const missing = file.replaces.filter((r) => !present.has(key(r.app, r.name)));
    if (missing.length && missing.length < file.replaces.length) {
      issues.push({
        app: file.app,
        kind: 'partial-replaces',
        files: [file.path, ...file.replaces.filter((r) => present.has(key(r.app, r.name))).map((r) => present.get(key(r.app, r.name))!.path)],
        message: `${file.app}.${file.name} replaces ${file.replaces.length} migrations but only ${file.replaces.length - missing.length} are present (missing: ${missing.map((r) => `${r.app}.${r.name}`).join(', ')}): delete the remaining originals only after every database has applied the squash, or restore the missing ones.`,
      });
    }
    for (const r of file.replaces) replacedBy.set(key(r.app, r.name), file);
  }

  const appLabels = new Set(apps.map((a) => a.label));
  for (const file of files) {
    for (const dependency of file.dependencies) {
      if (!appLabels.has(dependency.app)) continue; // another project's or Django's app: not ours to check
      if (dependency.name === '__first__' || dependency.name === '__latest__') {
        if (!byApp.get(dependency.app)?.length) {
          issues.push({ app: file.app, kind: 'missing-dependency', files: [file.path], line: dependency.line, message: `${file.app}.${file.name} depends on ${dependency.app}.${dependency.name}, but app ${dependency.app} has no migrations.` });
        }
        continue;
      }
      const k = key(dependency.app, dependency.name);
      if (present.has(k) || replacedBy.has(k)) continue;
      issues.push({
        app: file.app,
        kind: 'missing-dependency',
        files: [file.path],
        line: dependency.line,
        message: `${file.app}.${file.name} depends on ${dependency.app}.${dependency.name}, which does not exist: \`migrate\` stops with NodeNotFoundError.`,
      });
    }
  }

  const graph: Record<string, string[]> = {};
  for (const [app, list] of [...byApp.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    graph[app] = list.map((f) => f.name);
    // Duplicate numbers: 0003_a and 0003_b (usually two branches made at the same time).
    const byNumber = new Map<string, MigrationFile[]>();
    for (const file of list) {
      // A squash is named after the first migration it replaces (0001_squashed_0004_x): not a duplicate.
      if (file.replaces.length) continue;
      const number = /^(\d+)_/.exec(file.name)?.[1];
      if (!number) continue;
      const same = byNumber.get(number) ?? [];
      same.push(file);
      byNumber.set(number, same);
    }
    for (const [number, same] of byNumber) {
      if (same.length < 2) continue;
      const merged = list.some((f) => same.every((s) => f.dependencies.some((d) => d.app === app && d.name === s.name)));
      issues.push({
        app,
        kind: 'duplicate-number',
        files: same.map((f) => f.path),
        message: `${same.length} migrations of ${app} share number ${number} (${same.map((f) => f.name).join(', ')})${merged ? ', joined by a merge migration' : ''}: rename them so the order is clear.`,
      });
    }
    // Leaves: nodes no other migration of the app depends on. Squashed originals are collapsed
    // into their squash when every original is present (Django then treats them as one node).
    const collapse = (name: string) => {
      const squash = replacedBy.get(key(app, name));
      if (!squash) return name;
      const complete = squash.replaces.every((r) => present.has(key(r.app, r.name)));
      return complete || !present.has(key(app, name)) ? squash.name : name;
    };
    const nodes = new Set(list.map((f) => collapse(f.name)));
    const hasChild = new Set<string>();
    for (const file of list) {
      const from = collapse(file.name);
      for (const dependency of file.dependencies) {
        if (dependency.app !== app) continue;
        const to = collapse(dependency.name);
        if (to !== from) hasChild.add(to);
      }
      for (const r of file.replaces) if (r.app === app && collapse(r.name) !== from) hasChild.add(collapse(r.name));
    }
    const leaves = [...nodes].filter((n) => !hasChild.has(n)).sort();
    if (leaves.length > 1) {
      issues.push({
        app,
        kind: 'conflict',
        files: leaves.map((leaf) => present.get(key(app, leaf))!.path),
        message: `Conflicting migrations in ${app}: ${leaves.length} leaf nodes (${leaves.join(', ')}); \`migrate\` refuses to run until \`makemigrations --merge\` adds a merge migration.`,
      });
    }
  }
  issues.sort((a, b) => a.app.localeCompare(b.app) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.files[0].localeCompare(b.files[0]) || (a.line ?? 0) - (b.line ?? 0));
  return { graph, issues };
}

const kindOrder: MigrationIssueKind[] = ['conflict', 'missing-dependency', 'duplicate-number', 'partial-replaces', 'removed-field'];

