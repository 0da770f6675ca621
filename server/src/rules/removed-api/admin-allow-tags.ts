import { deleteStatement } from '../../engine/python-edits';
import { attributeAccesses, sameNode } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'admin-allow-tags',
  title: 'Remove `allow_tags = True` from admin methods',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `<function>.allow_tags = True` at module or class level in modules that import the admin.',
    why: 'Django 1.9 deprecated `allow_tags` in favour of `format_html()`; 2.0 ignores it and escapes the HTML the method returns.',
    fixSafety: 'Removes the line, which Django 2.0+ ignores anyway; the method must build its HTML with `format_html()` (or `mark_safe()`) to render it unescaped. Needs Django 2.0+: before that the attribute still had an effect.',
  },
  upstream: { djangoUpgrade: 'admin_allow_tags' },
  fix: 'safe',
  fixMinVersion: '2.0',
  checklist: ['modeladmin-allow-tags'],
  truth: { replacements: ['django.utils.html.format_html'], note: 'allow_tags is an attribute users set on their own functions' },
  triggers: ['allow_tags'],
  check(context) {
    const { scopes } = context;
    const importsAdmin = scopes.imports.some((e) => /^django\.contrib\.(gis\.)?admin(\.|$)/.test(e.qualifiedName));
    if (!importsAdmin) return;
    for (const left of attributeAccesses(context, 'allow_tags')) {
      const assignment = left.parent;
      const statement = assignment?.parent;
      if (assignment?.type !== 'assignment' || !sameNode(assignment.childForFieldName('left'), left) || statement?.type !== 'expression_statement') continue;
      if (assignment.childForFieldName('right')?.type !== 'true') continue;
      const block = statement.parent;
      const atModule = block?.type === 'module';
      const inClass = block?.type === 'block' && block.parent?.type === 'class_definition';
      if (!atModule && !inClass) continue;
      const sole = inClass && block!.namedChildren.filter((c) => c && c.type !== 'comment').length === 1;
      context.report({
        node: left,
        subject: '`allow_tags`',
        advice: 'remove it and build the HTML with `format_html()`',
        fix: sole ? undefined : { title: 'Remove `allow_tags = True`', edits: [deleteStatement(context.text, statement)] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin
          from django.utils.html import format_html

          def thumb(obj):
              return format_html("<img src='{}'>", obj.url)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin

          class PhotoAdmin(admin.ModelAdmin):
              def thumb(self, obj):
                  return "<img src='%s'>" % obj.url
              thumb.allow_tags = True
              thumb.short_description = "Preview"
        `,
        errors: [
          { line: 6, column: 5, message: '`allow_tags` is deprecated since Django 1.9 and removed in 2.0: remove it and build the HTML with `format_html()`' },
        ],
        output: dedent`
          from django.contrib import admin

          class PhotoAdmin(admin.ModelAdmin):
              def thumb(self, obj):
                  return "<img src='%s'>" % obj.url
              thumb.short_description = "Preview"
        `,
      },
      {
        code: dedent`
          from django.contrib import admin
          from django.utils.html import format_html


          def colored_status(obj):
              return format_html('<span class="{}">{}</span>', obj.status, obj.get_status_display())
          colored_status.allow_tags = True
          colored_status.short_description = "Status"
        `,
        errors: [
          { line: 7, column: 1, message: '`allow_tags` is deprecated since Django 1.9 and removed in 2.0: remove it and build the HTML with `format_html()`' },
        ],
        output: dedent`
          from django.contrib import admin
          from django.utils.html import format_html


          def colored_status(obj):
              return format_html('<span class="{}">{}</span>', obj.status, obj.get_status_display())
          colored_status.short_description = "Status"
        `,
      },
    ],
  },
});
