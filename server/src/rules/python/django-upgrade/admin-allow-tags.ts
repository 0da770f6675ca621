import type { PythonRuleContext } from '../../../engine/lint';
import { deleteStatement } from '../../../engine/python-edits';
import { deprecationNotes } from '../../docs-links';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'admin-allow-tags',
  title: 'Remove `allow_tags = True` from admin methods',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `<function>.allow_tags = True` at module or class level in modules that import the admin (django-upgrade: `admin_allow_tags`).',
    why: 'Django 1.9 deprecated `allow_tags` in favour of `format_html()`; 2.0 ignores it and escapes the HTML the method returns.',
    fixSafety: 'Removes the line, which Django 2.0+ ignores anyway; the method must build its HTML with `format_html()` (or `mark_safe()`) to render it unescaped. Needs Django 2.0+: before that the attribute still had an effect.',
  },
  fix: 'safe',
  fixMinVersion: '2.0',
  checklist: ['modeladmin-allow-tags'],
  truth: { replacements: ['django.utils.html.format_html'], note: 'allow_tags is an attribute users set on their own functions' },
  check(context: PythonRuleContext) {
    const { scopes } = context;
    const importsAdmin = scopes.imports.some((e) => /^django\.contrib\.(gis\.)?admin(\.|$)/.test(e.qualifiedName));
    if (!importsAdmin) return;
    for (const assignment of context.tree.rootNode.descendantsOfType('assignment')) {
      const statement = assignment?.parent;
      const left = assignment?.childForFieldName('left');
      if (!assignment || statement?.type !== 'expression_statement' || left?.type !== 'attribute') continue;
      if (left.childForFieldName('attribute')?.text !== 'allow_tags' || assignment.childForFieldName('right')?.type !== 'true') continue;
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
    valid: [{ code: 'from django.contrib import admin\nfrom django.utils.html import format_html\n\ndef thumb(obj):\n    return format_html("<img src=\'{}\'>", obj.url)\n' }],
    invalid: [{
      code: 'from django.contrib import admin\n\nclass PhotoAdmin(admin.ModelAdmin):\n    def thumb(self, obj):\n        return "<img src=\'%s\'>" % obj.url\n    thumb.allow_tags = True\n    thumb.short_description = "Preview"\n',
      findings: 1,
      output: 'from django.contrib import admin\n\nclass PhotoAdmin(admin.ModelAdmin):\n    def thumb(self, obj):\n        return "<img src=\'%s\'>" % obj.url\n    thumb.short_description = "Preview"\n',
    }],
  },
};
export default rule;
