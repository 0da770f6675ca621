import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { callArguments, callsTo, stringValue } from '../../engine/python-queries';
import { firstStringArgument, tagsNamed } from '../../engine/template-queries';
import type { RuleContext } from '../../engine/types';
import { dedent, defineRule, lastNames } from '../shapes';
import { isViewPath } from '../shapes/project-config';

const reverseFunctions = [
  'django.core.urlresolvers.reverse', 'django.core.urlresolvers.reverse_lazy',
  'django.urls.reverse', 'django.urls.reverse_lazy', 'django.urls.base.reverse', 'django.urls.base.reverse_lazy',
  'django.shortcuts.redirect', 'django.shortcuts.resolve_url',
];

export default defineRule({
  id: 'reverse-dotted-path',
  title: 'Reversing URLs by Python path',
  category: 'urls',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['python', 'django-template'],
  docs: {
    what: 'Finds `reverse()`, `reverse_lazy()`, `redirect()`, `resolve_url()` and `{% url %}` given a view\'s Python path (`"shop.views.index"`) instead of a URL name.',
    why: 'Django 1.10 only reverses URL names (reversing by path imported the module, which was slow and a security issue); a path raises `NoReverseMatch`.',
    fixSafety: 'No automatic fix: give the pattern a `name=` and reverse that name. Only strings with a `views` module part count, since URL names may contain dots.',
  },
  fix: 'none',
  checklist: ['reverse-dotted-path'],
  truth: { note: 'reversing by path is a lookup inside reverse(), not a name' },
  // A view's path has a `views` part (`isViewPath`), in Python and in templates alike.
  triggers: ['views'],
  // A call spells its function's name (`callsTo`); a template spells its `url` tag.
  requiresOneOf: [...lastNames(reverseFunctions)!, 'url'],
  check(context: RuleContext) {
    const report = (node: Node, path: string) =>
      context.report({ node, subject: `Reversing the Python path \`${path}\``, advice: 'name the URL pattern (`name="…"`) and reverse the name' });
    if (context.language === 'django-template') {
      for (const tag of tagsNamed(context, ['url'])) {
        const name = firstStringArgument(tag);
        if (name && isViewPath(name.value)) report(name.node, name.value);
      }
      return;
    }
    for (const { call } of callsTo(context as PythonRuleContext, reverseFunctions)) {
      const first = callArguments(call).positional[0] ?? null;
      const path = stringValue(first);
      if (first && path !== null && isViewPath(path)) report(first, path);
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.urls import reverse

          reverse("shop:index")
          reverse("django.contrib.sitemaps.views.sitemap")
        `,
      },
      {
        code: dedent`
          <a href="{% url 'shop:index' %}">{% url "blog.detail" slug %}</a>
        `,
        filename: 'templates/base.html',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.urlresolvers import reverse
          from django.shortcuts import redirect

          reverse("shop.views.index")
          redirect("django.contrib.auth.views.login")
        `,
        errors: [
          { line: 4, column: 9, message: 'Reversing the Python path `shop.views.index` is deprecated since Django 1.8 and removed in 1.10: name the URL pattern (`name="…"`) and reverse the name' },
          { line: 5, column: 10, message: 'Reversing the Python path `django.contrib.auth.views.login` is deprecated since Django 1.8 and removed in 1.10: name the URL pattern (`name="…"`) and reverse the name' },
        ],
      },
      {
        code: dedent`
          <a href="{% url 'shop.views.detail' pk=1 %}">{# {% url "a.views.b" %} #}</a>
        `,
        filename: 'templates/shop/list.html',
        errors: [
          { line: 1, column: 17, message: 'Reversing the Python path `shop.views.detail` is deprecated since Django 1.8 and removed in 1.10: name the URL pattern (`name="…"`) and reverse the name' },
        ],
      },
    ],
  },
});
