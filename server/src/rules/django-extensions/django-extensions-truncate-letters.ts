import type { TextEdit } from '../../engine/types';
import { filtersNamed, removeLoadArguments, tagArguments, tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';
import { djangoExtensionsChangelog } from '../shapes/libraries';

export default defineTemplateRule({
  id: 'django-extensions-truncate-letters',
  title: "django-extensions' `{% load truncate_letters %}` / `|truncateletters` → Django's `|truncatechars`",
  category: 'django-extensions',
  library: 'django-extensions',
  deprecatedIn: '2.1.7',
  removedIn: '3.0.0',
  fixMinVersion: '2.1.7',
  docsUrl: djangoExtensionsChangelog,
  triggers: ['truncate_letters', 'truncateletters'],
  docs: {
    what: 'Finds `{% load truncate_letters %}` and the `truncateletters` filter.',
    why: "django-extensions 2.1.7 deprecated its `truncate_letters` library, whose filter had become Django's `truncatechars` under another name, and 3.0 removed it: the template no longer compiles.",
    fixSafety: "Safe from 2.1.7, where `truncateletters` returns `truncatechars`' result: the filters are renamed `truncatechars` and `truncate_letters` leaves the `{% load %}` (the whole tag when it was the only library).",
  },
  fix: 'safe',
  truth: {
    removed: ['{% load truncate_letters %} truncateletters'],
    deprecated: ["django_extensions.templatetags.truncate_letters.truncateletters mentions 'truncatechars'"],
  },
  check(context) {
    const filters = filtersNamed(context, ['truncateletters']);
    const loads = tagsNamed(context, ['load']).flatMap((tag) => {
      const args = tagArguments(tag);
      return args.some((a) => a.text === 'from') ? [] : args.filter((a) => a.text === 'truncate_letters').map((arg) => ({ tag, arg }));
    });
    const edits: TextEdit[] = [
      ...filters.map((filter) => {
        const name = filter.childForFieldName('name')!;
        return { start: name.startIndex, end: name.endIndex, text: 'truncatechars' };
      }),
      ...loads.flatMap(({ tag, arg }) => removeLoadArguments(context.text, tag, [arg])),
    ];
    const fix = { title: 'Use `truncatechars`', edits };
    for (const { arg } of loads) context.report({ node: arg, subject: 'The `truncate_letters` template tag library', advice: 'remove it and use Django\'s `|truncatechars`', fix });
    for (const filter of filters) context.report({ node: filter, subject: 'The `truncateletters` filter', advice: 'use Django\'s `|truncatechars`', fix });
  },
  examples: {
    valid: [
      {
        code: dedent`
          {{ article.title|truncatechars:40 }}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% load truncate_letters %}
          <h1>{{ article.title|truncateletters:40 }}</h1>
        `,
        errors: [
          { line: 1, column: 9, message: 'The `truncate_letters` template tag library is deprecated since django-extensions 2.1.7 and removed in 3.0.0: remove it and use Django\'s `|truncatechars`' },
          { line: 2, column: 21, message: 'The `truncateletters` filter is deprecated since django-extensions 2.1.7 and removed in 3.0.0: use Django\'s `|truncatechars`' },
        ],
        output: dedent`
          <h1>{{ article.title|truncatechars:40 }}</h1>
        `,
      },
      {
        code: dedent`
          {% load i18n truncate_letters %}
          {% trans "Title" %}: {{ title|truncateletters:20|upper }}
        `,
        errors: [
          { line: 1, column: 14, message: 'The `truncate_letters` template tag library is deprecated since django-extensions 2.1.7 and removed in 3.0.0: remove it and use Django\'s `|truncatechars`' },
          { line: 2, column: 30, message: 'The `truncateletters` filter is deprecated since django-extensions 2.1.7 and removed in 3.0.0: use Django\'s `|truncatechars`' },
        ],
        output: dedent`
          {% load i18n %}
          {% trans "Title" %}: {{ title|truncatechars:20|upper }}
        `,
      },
    ],
  },
});
