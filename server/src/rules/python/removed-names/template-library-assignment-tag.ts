import { deprecationNotes } from '../../docs-links';
import { attributeAccesses, isInstanceOf } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const libraries = ['django.template.Library', 'django.template.base.Library', 'django.template.library.Library'];

const rule: PythonRule = {
  id: 'template-library-assignment-tag',
  title: '`Library.assignment_tag` → `simple_tag`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `assignment_tag` on a template `Library` the file creates (`register = template.Library()`), as a decorator or a call.',
    why: 'Since Django 1.9 `simple_tag` can store its result in a context variable (`{% tag as var %}`), so `assignment_tag` was deprecated; Django 2.0 removed it.',
    fixSafety: 'Safe: with `as var`, the only way an assignment tag could be used, `simple_tag` stores the same unescaped value. Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['assignment-tag'],
  truth: { removed: ['django.template.library.Library.assignment_tag'], replacements: ['django.template.library.Library.simple_tag'] },
  check(context) {
    for (const attribute of attributeAccesses(context, 'assignment_tag')) {
      const name = attribute.childForFieldName('attribute');
      if (!name || !isInstanceOf(context, attribute.childForFieldName('object'), libraries)) continue;
      context.report({
        node: attribute,
        subject: '`Library.assignment_tag`',
        advice: 'use `simple_tag` (templates keep using `{% tag … as var %}`)',
        fix: { title: 'Use `simple_tag`', edits: [{ start: name.startIndex, end: name.endIndex, text: 'simple_tag' }] },
      });
    }
  },
  examples: {
    valid: [{ code: 'from django import template\n\nregister = template.Library()\n\n@register.simple_tag\ndef latest():\n    return []\n' }, { code: '@registry.assignment_tag\ndef latest():\n    pass\n' }],
    invalid: [
      {
        code:
          'from django import template\n\nregister = template.Library()\n\n@register.assignment_tag\ndef latest_posts():\n    return []\n\n' +
          '@register.assignment_tag(takes_context=True)\ndef user_posts(context):\n    return []\n',
        findings: 2,
        output:
          'from django import template\n\nregister = template.Library()\n\n@register.simple_tag\ndef latest_posts():\n    return []\n\n' +
          '@register.simple_tag(takes_context=True)\ndef user_posts(context):\n    return []\n',
      },
    ],
  },
};
export default rule;
