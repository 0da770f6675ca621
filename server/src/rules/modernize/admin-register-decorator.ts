import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import { deleteStatement, indentationAt, lineStartOf, newlineOf } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { releaseNotes } from '../docs-links';
import { callArguments, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { callsWithin } from '../shapes/django-upgrade';

const statementsOf = (block: Node) => block.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
/** django-upgrade's test for an admin module: "admin" as a word of the path. */
const adminPath = /(\b|_)admin(\b|_)/;

interface AdminClass {
  statement: Node;
  block: Node;
  /** Site name ("" for admin.site) → model names. */
  sites: Map<string, Set<string>>;
  registrations: Node[];
}

/** `super(Cls, self)` in `__init__`/`__new__` breaks under the decorator (the name is bound later). */
function usesFullSuper(cls: Node): boolean {
  for (const statement of statementsOf(cls.childForFieldName('body')!)) {
    const fn = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (fn?.type !== 'function_definition' || !['__init__', '__new__'].includes(fn.childForFieldName('name')!.text)) continue;
    for (const call of callsWithin(fn)) {
      const callee = call.childForFieldName('function');
      if (callee?.type === 'identifier' && callee.text === 'super' && callArguments(call).positional.length === 2) return true;
    }
  }
  return false;
}

/** Where module-level names are first bound (imports, definitions, simple assignments), as positions. */
function moduleDefinitions(root: Node): Map<string, number> {
  const defined = new Map<string, number>();
  const set = (name: string, at: number) => {
    if (!defined.has(name)) defined.set(name, at);
  };
  for (const statement of statementsOf(root)) {
    if (statement.type === 'import_from_statement' || statement.type === 'import_statement') {
      for (const entry of statement.childrenForFieldName('name')) {
        if (!entry) continue;
        const alias = entry.type === 'aliased_import' ? entry.childForFieldName('alias') : null;
        const name = entry.type === 'aliased_import' ? entry.childForFieldName('name')! : entry;
        set(alias ? alias.text : statement.type === 'import_statement' ? name.text.split('.')[0] : name.text, statement.startIndex);
      }
      continue;
    }
    const inner = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (inner?.type === 'function_definition' || inner?.type === 'class_definition') {
      set(inner.childForFieldName('name')!.text, statement.startIndex);
      continue;
    }
    const assignment = statement.type === 'expression_statement' ? statement.firstNamedChild : null;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    if (left?.type === 'identifier' && assignment?.childForFieldName('right')) set(left.text, statement.startIndex);
  }
  return defined;
}

export default definePythonRule({
  id: 'admin-register-decorator',
  title: '`admin.site.register(Model, ModelAdmin)` → `@admin.register(Model)`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  docsUrl: releaseNotes('1.7', 'minor-features'),
  docs: {
    what: 'Finds `admin.site.register(Model, SomeAdmin)` statements (and `custom_site.register(…)` in admin modules) whose admin class is defined above in the same block.',
    why: 'The `@admin.register()` decorator (Django 1.7) puts the registration next to the class.',
    fixSafety: 'Safe under django-upgrade\'s conditions: `admin` imported from `django.contrib`, the class does not call `super(Cls, self)` in `__init__`/`__new__`, the models are defined above the class, nothing unregisters them first, and a custom site is defined above the class.',
  },
  upstream: { djangoUpgrade: 'admin_register' },
  fix: 'safe',
  fixMinVersion: '1.7',
  truth: { replacements: ['django.contrib.admin.register'], note: 'a modernisation: site.register() stays' },
  triggers: ['register'],
  check(context) {
    const { scopes, text } = context;
    const admin = scopes.imports.find((e) => e.localName === 'admin' && !e.aliasNode && e.module !== null && ['django.contrib.admin', 'django.contrib.gis.admin'].includes(e.qualifiedName) && e.scope === scopes.moduleScope);
    // Registrations are `<site>.register(…)` calls: without one there is nothing to move. The
    // statements of the module are then read in order (django-upgrade's fixer is a state machine
    // over them: definitions, unregistrations and registrations), not the expressions inside them.
    if (!admin || methodCalls(context, ['register']).length === 0) return;
    const looksLikeAdminFile = adminPath.test(context.path);
    const root = context.tree.rootNode;
    const defined = moduleDefinitions(root);
    const classes = new Map<string, AdminClass | null>();
    const unregistered = new Map<string, Set<string> | true>();
    const siteOf = (callee: Node, method: string): string | null => {
      if (callee.type !== 'attribute' || callee.childForFieldName('attribute')!.text !== method) return null;
      const object = callee.childForFieldName('object')!;
      if (object.type === 'attribute' && object.childForFieldName('attribute')!.text === 'site' && object.childForFieldName('object')!.text === 'admin') return '';
      if (looksLikeAdminFile && object.type === 'identifier' && object.text.endsWith('site')) return object.text;
      return null;
    };
    const namesOf = (node: Node | undefined): string[] | null => {
      if (!node) return null;
      if (node.type === 'identifier') return [node.text];
      if ((node.type === 'tuple' || node.type === 'list') && statementsOf(node).length > 0 && statementsOf(node).every((n) => n.type === 'identifier')) return statementsOf(node).map((n) => n.text);
      return null;
    };
    const visit = (block: Node) => {
      for (const statement of statementsOf(block)) {
        const inner = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
        if (inner?.type === 'class_definition') {
          const name = inner.childForFieldName('name')!.text;
          if (!usesFullSuper(inner)) classes.set(name, classes.has(name) ? null : { statement, block, sites: new Map(), registrations: [] });
          visit(inner.childForFieldName('body')!);
          continue;
        }
        if (statement.type === 'expression_statement' && statement.firstNamedChild?.type === 'call') {
          const call = statement.firstNamedChild;
          const callee = call.childForFieldName('function')!;
          const { positional, keywords, list } = callArguments(call);
          const items = list ? statementsOf(list) : [];
          const register = siteOf(callee, 'register');
          if (register !== null) {
            const adminArg = positional.length === 2 && keywords.size === 0 && items.length === 2 ? positional[1]
              : positional.length === 1 && keywords.size === 1 && keywords.has('admin_class') && items.length === 2 ? keywords.get('admin_class')!.childForFieldName('value')! : null;
            const models = namesOf(positional[0]);
            if (!adminArg || adminArg.type !== 'identifier' || !models) continue;
            const details = classes.get(adminArg.text);
            const removed = unregistered.get(register) ?? new Set<string>();
            const classAt = details?.statement.startIndex ?? 0;
            if (
              removed !== true && !models.some((m) => removed.has(m)) && details && details.block.startIndex === block.startIndex && details.block.endIndex === block.endIndex &&
              !(register && !adminArg.text.endsWith('Admin')) &&
              (register === '' || (defined.get(register) ?? Infinity) < classAt) &&
              !models.some((m) => (defined.get(m) ?? -1) > classAt)
            ) {
              const set = details.sites.get(register) ?? new Set<string>();
              for (const m of models) set.add(m);
              details.sites.set(register, set);
              details.registrations.push(statement);
            }
            continue;
          }
          const unregister = siteOf(callee, 'unregister');
          if (unregister !== null) {
            const models = positional.length === 1 ? namesOf(positional[0]) : null;
            const previous = unregistered.get(unregister);
            if (!models) unregistered.set(unregister, true);
            else if (previous !== true) unregistered.set(unregister, new Set([...(previous ?? []), ...models]));
          }
          continue;
        }
        for (const child of ['body', 'consequence', 'alternative'].flatMap((f) => inner?.childrenForFieldName(f) ?? [])) {
          if (child?.type === 'block') visit(child);
        }
      }
    };
    visit(root);
    const newline = newlineOf(text);
    for (const details of classes.values()) {
      if (!details || details.registrations.length === 0) continue;
      const indent = indentationAt(text, details.statement.startIndex);
      const decorators = [...details.sites.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([site, models]) => `${indent}@admin.register(${[...models].sort().join(', ')}${site ? `, site=${site}` : ''})${newline}`).join('');
      const start = lineStartOf(text, details.statement.startIndex);
      const edits: TextEdit[] = [{ start, end: start, text: decorators }, ...details.registrations.map((s) => deleteStatement(text, s))];
      let fix;
      try {
        fix = { title: 'Use the `@admin.register()` decorator', edits: normalizeEdits(edits) };
      } catch {
        fix = undefined;
      }
      for (const registration of details.registrations) {
        context.report({ node: registration.firstNamedChild!, subject: '`site.register()` for a `ModelAdmin` defined above', advice: 'decorate the class with `@admin.register()`', fix });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin

          @admin.register(Book)
          class BookAdmin(admin.ModelAdmin):
              pass
        `,
      },
      {
        code: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def __init__(self, *args):
                  super(BookAdmin, self).__init__(*args)

          admin.site.register(Book, BookAdmin)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin
          from shop.models import Author, Book

          class BookAdmin(admin.ModelAdmin):
              list_display = ["title"]

          admin.site.register(Book, BookAdmin)
          admin.site.register((Author,), admin_class=BookAdmin)
        `,
        errors: [
          { line: 7, column: 1, message: '`site.register()` for a `ModelAdmin` defined above: decorate the class with `@admin.register()`' },
          { line: 8, column: 1, message: '`site.register()` for a `ModelAdmin` defined above: decorate the class with `@admin.register()`' },
        ],
        output: dedent`
          from django.contrib import admin
          from shop.models import Author, Book

          @admin.register(Author, Book)
          class BookAdmin(admin.ModelAdmin):
              list_display = ["title"]

        `,
      },
      {
        code: dedent`
          from django.contrib import admin
          from shop.models import Order


          class OrderAdmin(admin.ModelAdmin):
              list_display = ["number", "created"]
              search_fields = ["number"]


          admin.site.register(Order, OrderAdmin)
        `,
        filename: 'shop/admin.py',
        errors: [
          { line: 10, column: 1, message: '`site.register()` for a `ModelAdmin` defined above: decorate the class with `@admin.register()`' },
        ],
        output: dedent`
          from django.contrib import admin
          from shop.models import Order


          @admin.register(Order)
          class OrderAdmin(admin.ModelAdmin):
              list_display = ["number", "created"]
              search_fields = ["number"]


        `,
      },
    ],
  },
});
