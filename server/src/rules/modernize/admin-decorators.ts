import type { PythonRuleContext } from '../../engine/lint';
import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import { deleteStatements, indentationAt, lineStartOf, newlineOf } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { releaseNotes } from '../docs-links';
import { attributeAccesses, sameNode } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { identifiersWithin } from '../shapes/django-upgrade';

/** Attribute names Django reads from admin functions → the decorator arguments that replace them. */
const nameMaps = {
  action: { short_description: 'description', allowed_permissions: 'permissions' },
  display: { short_description: 'description', boolean: 'boolean', empty_value_display: 'empty_value', admin_order_field: 'ordering' },
} as const;
type Kind = keyof typeof nameMaps;

const statementsOf = (block: Node) => block.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');

/** The names bound by a statement of a block, for the "defined after the function" check. */
function boundNames(statement: Node): string[] {
  const inner = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
  if (inner?.type === 'function_definition' || inner?.type === 'class_definition') return [inner.childForFieldName('name')!.text];
  if (statement.type === 'import_statement' || statement.type === 'import_from_statement') {
    return statement.childrenForFieldName('name').filter((n): n is Node => n !== null).map((entry) => {
      const alias = entry.type === 'aliased_import' ? entry.childForFieldName('alias') : null;
      const name = entry.type === 'aliased_import' ? entry.childForFieldName('name')! : entry;
      return alias ? alias.text : statement.type === 'import_statement' ? name.text.split('.')[0] : name.text;
    });
  }
  const assignment = statement.type === 'expression_statement' ? statement.firstNamedChild : null;
  const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
  return left?.type === 'identifier' ? [left.text] : [];
}

function positionalParameterCount(fn: Node): number | null {
  let count = 0;
  for (const parameter of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!parameter || parameter.type === 'comment' || parameter.type === 'positional_separator') continue;
    if (['identifier', 'typed_parameter', 'default_parameter', 'typed_default_parameter'].includes(parameter.type)) count++;
    else return null; // *args, **kwargs, keyword-only parameters
  }
  return count;
}

const attributeNames = [...new Set(Object.values(nameMaps).flatMap((map) => Object.keys(map)))];

/**
 * The blocks where a function's attributes can be set, as `f.short_description = …` statements
 * show them: the module, and class bodies (the module first, then the classes in the order of the
 * text). Only blocks holding such a statement can report.
 */
function blocksWithAttributeAssignments(context: PythonRuleContext): Array<{ block: Node; inClass: boolean }> {
  const blocks = new Map<number, { block: Node; inClass: boolean }>();
  for (const name of attributeNames) {
    for (const left of attributeAccesses(context, name)) {
      const statement = left.parent?.type === 'assignment' && sameNode(left.parent.childForFieldName('left'), left) ? left.parent.parent : null;
      const block = statement?.type === 'expression_statement' ? statement.parent : null;
      if (block?.type === 'module') blocks.set(-1, { block, inClass: false });
      else if (block?.type === 'block' && block.parent?.type === 'class_definition') blocks.set(block.startIndex, { block, inClass: true });
    }
  }
  return [...blocks.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry);
}

export default definePythonRule({
  id: 'admin-decorators',
  title: 'Admin function attributes → `@admin.action`/`@admin.display`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  docsUrl: releaseNotes('3.2', 'django-contrib-admin'),
  docs: {
    what: 'Finds attributes set on admin action and display functions (`short_description`, `allowed_permissions`, `boolean`, `empty_value_display`, `admin_order_field`) in modules that import `admin`.',
    why: 'Django 3.2 added the `@admin.action()` and `@admin.display()` decorators, which say the same next to the function.',
    fixSafety: 'Safe: the decorators set the same attributes. A function with three positional parameters is an action, one (two in a class, with `self`) a display function; values that use names defined after the function are left alone. Needs Django 3.2+.',
  },
  upstream: { djangoUpgrade: 'admin_decorators' },
  fix: 'safe',
  fixMinVersion: '3.2',
  truth: { replacements: ['django.contrib.admin.display', 'django.contrib.admin.action'], note: 'a modernisation: the attributes still work' },
  triggers: ['short_description', 'allowed_permissions', 'boolean', 'empty_value_display', 'admin_order_field'],
  check(context) {
    const { scopes, text } = context;
    const admin = scopes.imports.find((e) => e.localName === 'admin' && !e.aliasNode && e.module !== null && ['django.contrib.admin', 'django.contrib.gis.admin'].includes(e.qualifiedName) && e.scope === scopes.moduleScope);
    if (!admin) return;
    const blocks = blocksWithAttributeAssignments(context);
    const newline = newlineOf(text);
    for (const { block, inClass } of blocks) {
      const definedLines = new Map<string, number>();
      const functions = new Map<string, { fn: Node; statement: Node; kind: Kind; assignments: Map<string, Node> }>();
      for (const statement of statementsOf(block)) {
        for (const name of boundNames(statement)) if (!definedLines.has(name)) definedLines.set(name, statement.startIndex);
        const fn = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
        if (fn?.type === 'function_definition' && !fn.text.startsWith('async')) {
          const count = positionalParameterCount(fn);
          const kind: Kind | null = count === 3 ? 'action' : count === (inClass ? 2 : 1) ? 'display' : null;
          const name = fn.childForFieldName('name')!.text;
          if (kind) functions.set(name, { fn, statement, kind, assignments: new Map() });
          else functions.delete(name);
          continue;
        }
        const assignment = statement.type === 'expression_statement' ? statement.firstNamedChild : null;
        const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
        const right = assignment?.childForFieldName('right');
        if (left?.type !== 'attribute' || !right) continue;
        const target = left.childForFieldName('object');
        const attribute = left.childForFieldName('attribute')!.text;
        const details = target?.type === 'identifier' ? functions.get(target.text) : undefined;
        if (!details || !(attribute in nameMaps[details.kind])) continue;
        const usesLaterName = [right, ...identifiersWithin(right)].some(
          (n) => n?.type === 'identifier' && (definedLines.get(n.text) ?? details.statement.startIndex) > details.statement.startIndex,
        );
        if (usesLaterName) continue;
        details.assignments.set((nameMaps[details.kind] as Record<string, string>)[attribute], statement);
      }
      for (const { statement, kind, assignments } of functions.values()) {
        if (assignments.size === 0) continue;
        const indent = indentationAt(text, statement.startIndex);
        const order = Object.values(nameMaps[kind]) as string[];
        const args = order.filter((name) => assignments.has(name)).map((name) => {
          const value = assignments.get(name)!.firstNamedChild!.childForFieldName('right')!.text.replace(/\n/g, `${newline}${indent}    `);
          return `${indent}    ${name}=${value}${assignments.size > 1 ? ',' : ''}${newline}`;
        });
        const start = lineStartOf(text, statement.startIndex);
        const edits: TextEdit[] = [
          { start, end: start, text: `${indent}@admin.${kind}(${newline}${args.join('')}${indent})${newline}` },
          ...deleteStatements(text, [...assignments.values()]),
        ];
        let fix;
        try {
          fix = { title: `Use \`@admin.${kind}()\``, edits: normalizeEdits(edits) };
        } catch {
          fix = undefined;
        }
        for (const assignment of assignments.values()) {
          const left = assignment.firstNamedChild!.childForFieldName('left')!;
          context.report({ node: left, subject: `\`${left.text}\``, advice: `use the \`@admin.${kind}()\` decorator`, fix });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin

          @admin.display(description="Name")
          def upper_name(obj):
              return obj.name.upper()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin

          def make_published(modeladmin, request, queryset):
              queryset.update(status="p")

          make_published.short_description = "Publish"

          class ArticleAdmin(admin.ModelAdmin):
              def is_new(self, obj):
                  return obj.new
              is_new.boolean = True
              is_new.short_description = "New?"
        `,
        errors: [
          { line: 6, column: 1, message: '`make_published.short_description`: use the `@admin.action()` decorator' },
          { line: 11, column: 5, message: '`is_new.boolean`: use the `@admin.display()` decorator' },
          { line: 12, column: 5, message: '`is_new.short_description`: use the `@admin.display()` decorator' },
        ],
        output: dedent`
          from django.contrib import admin

          @admin.action(
              description="Publish"
          )
          def make_published(modeladmin, request, queryset):
              queryset.update(status="p")


          class ArticleAdmin(admin.ModelAdmin):
              @admin.display(
                  description="New?",
                  boolean=True,
              )
              def is_new(self, obj):
                  return obj.new
        `,
      },
      {
        code: dedent`
          from django.contrib import admin


          def mark_shipped(modeladmin, request, queryset):
              queryset.update(status="shipped")
          mark_shipped.short_description = "Mark selected orders as shipped"
          mark_shipped.allowed_permissions = ("change",)


          class OrderAdmin(admin.ModelAdmin):
              actions = [mark_shipped]

              def is_paid(self, obj):
                  return obj.paid_at is not None
              is_paid.boolean = True
              is_paid.admin_order_field = "paid_at"
        `,
        errors: [
          { line: 6, column: 1, message: '`mark_shipped.short_description`: use the `@admin.action()` decorator' },
          { line: 7, column: 1, message: '`mark_shipped.allowed_permissions`: use the `@admin.action()` decorator' },
          { line: 15, column: 5, message: '`is_paid.boolean`: use the `@admin.display()` decorator' },
          { line: 16, column: 5, message: '`is_paid.admin_order_field`: use the `@admin.display()` decorator' },
        ],
        output: dedent`
          from django.contrib import admin


          @admin.action(
              description="Mark selected orders as shipped",
              permissions=("change",),
          )
          def mark_shipped(modeladmin, request, queryset):
              queryset.update(status="shipped")


          class OrderAdmin(admin.ModelAdmin):
              actions = [mark_shipped]

              @admin.display(
                  boolean=True,
                  ordering="paid_at",
              )
              def is_paid(self, obj):
                  return obj.paid_at is not None
        `,
      },
    ],
  },
});
