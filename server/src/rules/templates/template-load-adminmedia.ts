import type { TextEdit } from '../../engine/types';
import { replaceNode } from '../../engine/python-edits';
import { removeLoadArguments, tagArguments, tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

export default defineTemplateRule({
  id: 'template-load-adminmedia',
  title: '`{% load adminmedia %}` and `{% admin_media_prefix %}` → `{% get_static_prefix %}admin/`',
  category: 'templates',
  deprecatedIn: '1.4',
  removedIn: '1.5',
  docs: {
    what: 'Finds the `adminmedia` template tag library and its `{% admin_media_prefix %}` tag.',
    why: 'Django 1.4 moved the admin\'s files to the static files app (`ADMIN_MEDIA_PREFIX` went away); 1.5 removed the library, so templates that load it fail to compile.',
    fixSafety: 'Safe: `{% admin_media_prefix %}` becomes `{% get_static_prefix %}admin/` (the `static` library, loaded in place of `adminmedia`), the URL the admin\'s files are served under. Needs Django 1.4+.',
  },
  fix: 'safe',
  fixMinVersion: '1.4',
  checklist: ['adminmedia-taglib', 'admin-media-prefix-tag'],
  truth: { replacements: ['django.templatetags.static.get_static_prefix'], note: 'the adminmedia library was removed in 1.5, before the oldest release the truth test reads' },
  triggers: ['adminmedia', 'admin_media_prefix'],
  check(context) {
    const edits: TextEdit[] = [];
    const reports: Array<{ node: import('web-tree-sitter').Node; subject: string; advice: string }> = [];
    for (const tag of tagsNamed(context, ['load'])) {
      const args = tagArguments(tag);
      const from = args.findIndex((a) => a.text === 'from');
      const libraries = from >= 0 ? args.slice(from + 1) : args;
      const old = libraries.filter((a) => a.text === 'adminmedia');
      if (old.length === 0) continue;
      const hasStatic = from < 0 && args.some((a) => a.text === 'static');
      if (from >= 0) edits.push(replaceNode(tag, '{% load static %}'));
      else if (hasStatic) edits.push(...removeLoadArguments(context.text, tag, old));
      else edits.push(replaceNode(old[0], 'static'), ...(old.length > 1 ? removeLoadArguments(context.text, tag, old.slice(1)) : []));
      for (const library of old) reports.push({ node: library, subject: 'The `adminmedia` template tag library', advice: 'load `static` and use `{% get_static_prefix %}admin/`' });
    }
    for (const tag of tagsNamed(context, ['admin_media_prefix'])) {
      edits.push(replaceNode(tag, '{% get_static_prefix %}admin/'));
      reports.push({ node: tag, subject: '`{% admin_media_prefix %}`', advice: 'use `{% get_static_prefix %}admin/` (from `{% load static %}`)' });
    }
    const fix = { title: 'Use the `static` library', edits };
    for (const report of reports) context.report({ ...report, fix });
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% load static %}<link href="{% get_static_prefix %}admin/css/base.css">
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% load i18n adminmedia %}
          <link rel="stylesheet" href="{% admin_media_prefix %}css/base.css">
        `,
        errors: [
          { line: 1, column: 14, message: 'The `adminmedia` template tag library is deprecated since Django 1.4 and removed in 1.5: load `static` and use `{% get_static_prefix %}admin/`' },
          { line: 2, column: 30, message: '`{% admin_media_prefix %}` is deprecated since Django 1.4 and removed in 1.5: use `{% get_static_prefix %}admin/` (from `{% load static %}`)' },
        ],
        output: dedent`
          {% load i18n static %}
          <link rel="stylesheet" href="{% get_static_prefix %}admin/css/base.css">
        `,
      },
      {
        code: dedent`
          {% load static adminmedia %}{% admin_media_prefix %}`,
        errors: [
          { line: 1, column: 16, message: 'The `adminmedia` template tag library is deprecated since Django 1.4 and removed in 1.5: load `static` and use `{% get_static_prefix %}admin/`' },
          { line: 1, column: 29, message: '`{% admin_media_prefix %}` is deprecated since Django 1.4 and removed in 1.5: use `{% get_static_prefix %}admin/` (from `{% load static %}`)' },
        ],
        output: dedent`
          {% load static %}{% get_static_prefix %}admin/`,
      },
    ],
  },
});
