import { filtersNamed, tagArguments, tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

const filters = ['markdown', 'textile', 'restructuredtext'];

export default defineTemplateRule({
  id: 'template-load-markup',
  title: '`{% load markup %}` (`django.contrib.markup`)',
  category: 'templates',
  deprecatedIn: '1.5',
  removedIn: '1.6',
  docs: {
    what: 'Finds `{% load markup %}` and, in templates that load it, the `markdown`, `textile` and `restructuredtext` filters of `django.contrib.markup`.',
    why: 'Django 1.5 deprecated `django.contrib.markup` (its parsers had security problems) and 1.6 removed it, so the load fails.',
    fixSafety: 'No automatic fix: pick a maintained Markdown library and a filter that sanitises its HTML. (A third-party app that also names its library `markup` is reported too; suppress the line then.)',
  },
  fix: 'none',
  checklist: ['contrib-markup'],
  truth: { note: 'django.contrib.markup was removed in 1.6, before the oldest release the truth test reads' },
  triggers: ['markup'],
  check(context) {
    let loaded = false;
    for (const tag of tagsNamed(context, ['load'])) {
      const args = tagArguments(tag);
      const from = args.findIndex((a) => a.text === 'from');
      for (const library of (from >= 0 ? args.slice(from + 1) : args).filter((a) => a.text === 'markup')) {
        loaded = true;
        context.report({ node: library, subject: 'The `markup` template tag library (`django.contrib.markup`)', advice: 'use a maintained Markdown library with HTML sanitising' });
      }
    }
    if (!loaded) return;
    for (const filter of filtersNamed(context, filters)) {
      const name = filter.childForFieldName('name')!;
      context.report({ node: name, subject: `The \`${name.text}\` filter of \`django.contrib.markup\``, advice: 'render the markup with a maintained library' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% load markdown_deux_tags %}{{ body|markdown }}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% load markup %}
          {{ post.body|markdown:"safe" }}
        `,
        errors: [
          { line: 1, column: 9, message: 'The `markup` template tag library (`django.contrib.markup`) is deprecated since Django 1.5 and removed in 1.6: use a maintained Markdown library with HTML sanitising' },
          { line: 2, column: 14, message: 'The `markdown` filter of `django.contrib.markup` is deprecated since Django 1.5 and removed in 1.6: render the markup with a maintained library' },
        ],
      },
    ],
  },
});
