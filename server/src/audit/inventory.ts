// The size and shape of the project being upgraded, read statically: its apps (from
// INSTALLED_APPS and from the folders that look like apps) and, per app, its models, views, URL
// patterns, templates, admin registrations, management commands, Celery tasks and Django REST
// framework viewsets and serializers. Nothing is imported or run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Node } from 'web-tree-sitter';
import type { Analyzer } from '../engine/analyzer';
import { fileKindsOf, findSettingsModules } from '../engine/file-kinds';
import { readSourceFile } from '../project/source-files';
import type { AuditApp, AuditReport } from './audit-types';
import { callsIn, ClassFact, FunctionFact, moduleAssignments, moduleFacts, NameRef, stringValue, withPythonModule } from './python-facts';

// The shapes are the audit's JSON contract (audit-types.ts), written once there.
export type AppInventory = AuditApp;
export type Inventory = AuditReport['inventory'];


export interface ProjectFiles {
  root: string;
  /** Absolute paths of the Python files and templates the scan would check. */
  files: string[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

interface ParsedModule {
  relative: string;
  classes: ClassFact[];
  functions: FunctionFact[];
  calls: Array<{ callee: NameRef; firstArgument: string | null }>;
}

/** INSTALLED_APPS of a settings module: list/tuple literals, `+`, `+=` and names of module-level lists. */
export function installedAppsOf(root: Node): string[] | null {
  const assignments = moduleAssignments(root);
  const values = new Map<string, string[]>();
  const evaluate = (node: Node): string[] | null => {
    if (node.type === 'list' || node.type === 'tuple' || node.type === 'parenthesized_expression') {
      const items: string[] = [];
      for (const child of node.namedChildren) {
        if (!child || child.type === 'comment') continue;
        const value = stringValue(child);
        if (value !== null) items.push(value);
        else {
          const inner = evaluate(child);
          if (inner) items.push(...inner);
        }
      }
      return items;
    }
    if (node.type === 'binary_operator') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const a = left ? evaluate(left) : null;
      const b = right ? evaluate(right) : null;
      return a || b ? [...(a ?? []), ...(b ?? [])] : null;
    }
    if (node.type === 'identifier') return values.get(node.text) ?? null;
    if (node.type === 'call' && ['list', 'tuple'].includes(node.childForFieldName('function')?.text ?? '')) {
      const argument = node.childForFieldName('arguments')?.namedChildren[0];
      return argument ? evaluate(argument) : [];
    }
    return null;
  };
  let found = false;
  for (const { name, operator, value } of assignments) {
    const evaluated = evaluate(value);
    if (evaluated === null) continue;
    const previous = values.get(name) ?? [];
    values.set(name, operator === '+=' ? [...previous, ...evaluated] : evaluated);
    if (name === 'INSTALLED_APPS') found = true;
  }
  return found ? values.get('INSTALLED_APPS') ?? [] : null;
}

/** Folders that look like Django apps: a package with apps.py, models.py/models/ or migrations/. */
function appFolders(root: string, files: string[]): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    const relative = toPosix(path.relative(root, file));
    const parts = relative.split('/');
    const base = parts[parts.length - 1];
    const dirs = parts.slice(0, -1);
    if (base === 'apps.py' || base === 'models.py') folders.add(dirs.join('/'));
    const migrations = dirs.indexOf('migrations');
    if (migrations > 0) folders.add(dirs.slice(0, migrations).join('/'));
    const models = dirs.indexOf('models');
    if (models > 0 && base === '__init__.py' && models === dirs.length - 1) folders.add(dirs.slice(0, models).join('/'));
  }
  folders.delete('');
  // A Django app is a package; a "migrations" folder of some other tool outside a package is not.
  return [...folders].filter((folder) => fs.existsSync(path.join(root, folder, '__init__.py')) || fs.existsSync(path.join(root, folder, 'apps.py'))).sort();
}

/** The settings file with INSTALLED_APPS: DJANGO_SETTINGS_MODULE first, then any settings-kind file. */
function settingsFiles(root: string, files: string[]): string[] {
  const modules = findSettingsModules(root);
  const python = files.filter((f) => f.endsWith('.py'));
  const named: string[] = [];
  for (const module of modules) {
    const asPath = module.split('.').join('/');
    for (const file of python) {
      const relative = toPosix(path.relative(root, file));
      if (relative.endsWith(`${asPath}.py`) || relative.endsWith(`${asPath}/__init__.py`)) named.push(file);
    }
  }
  const others = python.filter((file) => !named.includes(file) && fileKindsOf(toPosix(path.relative(root, file)), modules).has('settings'));
  return [...named, ...others];
}

const modelBase = /^(django\.(contrib\.[\w.]+\.|db\.)?models\.\w*Model|django\.contrib\.auth\.models\.Abstract\w+|[\w.]+\.models\.\w*Model)$/;
const viewBase = /^(django\.views\.|django\.contrib\.\w+\.views\.|rest_framework\.(views|generics)\.)/;
const viewsetBase = /^rest_framework\.viewsets\./;
const serializerBase = /^rest_framework\.serializers\./;
const urlFunctions = new Set(['django.urls.path', 'django.urls.re_path', 'django.conf.urls.url', 'django.conf.urls.patterns']);
const celeryDecorators = /^(celery\.(shared_task|task|decorators\.(task|periodic_task))|celery\.app\.task\.\w+)$/;

function labelOf(root: string, folder: string): string {
  const apps = readSourceFile(path.join(root, folder, 'apps.py'), 200_000);
  if (!('skipped' in apps)) {
    const label = /^\s+label\s*=\s*["']([\w]+)["']/m.exec(apps.text);
    if (label) return label[1];
  }
  return folder.split('/').pop()!;
}

/** Which local folder an INSTALLED_APPS entry names ("shop", "shop.apps.ShopConfig", "apps.shop"). */
function folderOfEntry(entry: string, folders: string[]): string | null {
  const parts = entry.split('.');
  for (let n = parts.length; n > 0; n--) {
    const dotted = parts.slice(0, n).join('/');
    const match = folders.find((folder) => folder === dotted || folder.endsWith(`/${dotted}`));
    if (match) return match;
  }
  return null;
}

export function buildInventory(analyzer: Analyzer, project: ProjectFiles): Inventory {
  const { root, files } = project;
  const folders = appFolders(root, files);
  let settings: string | null = null;
  let installedApps: string[] = [];
  for (const file of settingsFiles(root, files)) {
    const read = readSourceFile(file, 2_000_000);
    if ('skipped' in read) continue;
    const apps = withPythonModule(analyzer, read.text, (tree) => installedAppsOf(tree));
    if (apps) {
      settings = toPosix(path.relative(root, file));
      installedApps = apps;
      break;
    }
  }
  const installedFolders = new Map<string, string>();
  for (const entry of installedApps) {
    const folder = folderOfEntry(entry, folders);
    if (folder && !installedFolders.has(folder)) installedFolders.set(folder, entry);
  }
  // The innermost app folder owns a file (apps can be nested in a project package).
  const ownerOf = (relative: string): string | null => {
    let best: string | null = null;
    for (const folder of folders) if (relative.startsWith(`${folder}/`) && (!best || folder.length > best.length)) best = folder;
    return best;
  };

  const parsed = new Map<string, ParsedModule[]>();
  let projectTemplates = 0;
  const templateCounts = new Map<string, number>();
  let pythonFiles = 0;
  let projectUrlPatterns = 0;
  for (const file of files) {
    const relative = toPosix(path.relative(root, file));
    const owner = ownerOf(relative);
    if (!file.endsWith('.py')) {
      if (owner && relative.startsWith(`${owner}/templates/`)) templateCounts.set(owner, (templateCounts.get(owner) ?? 0) + 1);
      else projectTemplates++;
      continue;
    }
    pythonFiles++;
    const kinds = fileKindsOf(relative);
    if (!owner) {
      // A project-level URLconf (e.g. mysite/urls.py) has patterns too.
      if (kinds.has('urls')) {
        const read = readSourceFile(file, 2_000_000);
        if (!('skipped' in read)) {
          projectUrlPatterns += withPythonModule(analyzer, read.text, (tree, scopes) =>
            callsIn(tree, scopes).filter((call) => call.callee.qualifiedName && urlFunctions.has(call.callee.qualifiedName)).length,
          );
        }
      }
      continue;
    }
    if (kinds.has('migrations') || relative.includes('/migrations/')) continue;
    const read = readSourceFile(file, 2_000_000);
    if ('skipped' in read) continue;
    const module = withPythonModule(analyzer, read.text, (tree, scopes) => {
      const facts = moduleFacts(tree, scopes);
      const calls = callsIn(tree, scopes).map(({ callee, firstArgument }) => ({ callee, firstArgument }));
      return { relative, classes: facts.classes, functions: facts.functions, calls };
    });
    const list = parsed.get(owner) ?? [];
    list.push(module);
    parsed.set(owner, list);
  }

  // Classes are classified by their bases; a local base counts when it is itself classified
  // (e.g. `class Post(TimeStamped)` where `TimeStamped(models.Model)`), so iterate to a fixpoint.
  const kindsByName = new Map<string, Set<string>>();
  const classify = (base: NameRef): Set<string> => {
    const kinds = new Set<string>();
    const qname = base.qualifiedName;
    if (qname) {
      if (modelBase.test(qname)) kinds.add('model');
      if (viewsetBase.test(qname)) kinds.add('viewset');
      else if (viewBase.test(qname)) kinds.add('view');
      if (serializerBase.test(qname)) kinds.add('serializer');
    }
    const local = base.text.split('.').pop()!;
    for (const kind of kindsByName.get(local) ?? []) kinds.add(kind);
    if (!qname && /ViewSet$/.test(local)) kinds.add('viewset');
    return kinds;
  };
  const allClasses = [...parsed.values()].flat().flatMap((m) => m.classes);
  for (let changed = true, rounds = 0; changed && rounds < 10; rounds++) {
    changed = false;
    for (const cls of allClasses) {
      const kinds = kindsByName.get(cls.name) ?? new Set<string>();
      const before = kinds.size;
      for (const base of cls.bases) for (const kind of classify(base)) kinds.add(kind);
      if (kinds.size !== before) {
        kindsByName.set(cls.name, kinds);
        changed = true;
      }
    }
  }

  const apps: AppInventory[] = [];
  for (const folder of folders) {
    const modules = parsed.get(folder) ?? [];
    const app: AppInventory = {
      label: labelOf(root, folder),
      module: folder.split('/').join('.'),
      path: folder,
      installed: installedFolders.has(folder),
      models: [],
      views: [],
      urlPatterns: 0,
      templates: templateCounts.get(folder) ?? 0,
      adminRegistrations: [],
      managementCommands: [],
      celeryTasks: [],
      drfViewsets: [],
      drfSerializers: [],
    };
    for (const module of modules) {
      const base = module.relative.split('/').pop()!;
      const inViews = /(^|\/)views(\.py|\/)/.test(module.relative.slice(folder.length));
      const isTest = fileKindsOf(module.relative).has('tests');
      if (isTest) continue;
      if (/\/management\/commands\/[^/_][^/]*\.py$/.test(module.relative) && base !== '__init__.py') {
        app.managementCommands.push(base.replace(/\.py$/, ''));
      }
      for (const cls of module.classes) {
        const kinds = kindsByName.get(cls.name) ?? new Set<string>();
        const own = new Set<string>();
        for (const b of cls.bases) for (const kind of classify(b)) own.add(kind);
        if (own.has('model')) app.models.push(cls.name);
        if (own.has('viewset')) app.drfViewsets.push(cls.name);
        else if (own.has('view') || (inViews && kinds.has('view'))) app.views.push(cls.name);
        if (own.has('serializer')) app.drfSerializers.push(cls.name);
      }
      for (const fn of module.functions) {
        const decorators = fn.decorators.map((d) => d.qualifiedName ?? d.text);
        const isTask = fn.decorators.some(
          (d) => (d.qualifiedName && celeryDecorators.test(d.qualifiedName)) || /(^|\.)(task|shared_task|periodic_task)$/.test(d.text),
        );
        if (isTask) {
          app.celeryTasks.push(fn.name);
          continue;
        }
        const isApiView = decorators.some((d) => d === 'rest_framework.decorators.api_view');
        if ((inViews && fn.firstParameter === 'request' && !fn.name.startsWith('_')) || isApiView) app.views.push(fn.name);
      }
      // `admin.site.register(Model)` and the `@admin.register(Model)` decorator (a call too).
      for (const call of module.calls) {
        const qname = call.callee.qualifiedName;
        if (qname === 'django.contrib.admin.site.register' || qname === 'django.contrib.admin.register') {
          if (call.firstArgument) app.adminRegistrations.push(call.firstArgument.replace(/^[([]|[)\]]$/g, ''));
        } else if (qname && urlFunctions.has(qname)) {
          app.urlPatterns++;
        }
      }
    }
    app.adminRegistrations = [...new Set(app.adminRegistrations)];
    apps.push(app);
  }
  return { settings, installedApps, apps, projectTemplates, projectUrlPatterns, pythonFiles };
}
