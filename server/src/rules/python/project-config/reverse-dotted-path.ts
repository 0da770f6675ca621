// Reversing URLs by the view's Python path (`reverse("shop.views.index")`, `{% url "shop.views.index" %}`,
// `LOGIN_URL = "accounts.views.login"`), which Django 1.10 stopped supporting.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import type { RuleContext } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { callsTo, moduleAssignments, stringValue, callArguments } from '../../../engine/python-queries';
import { tagsNamed, firstStringArgument } from '../../../engine/template-queries';
import type { PythonRule } from '../../shapes';

/** URL names the sitemaps documentation gives its patterns (and `ping_google()` reverses): names, not paths. */
const documentedNames = ['django.contrib.sitemaps.views.index', 'django.contrib.sitemaps.views.sitemap', 'django.contrib.gis.sitemaps.views.kml', 'django.contrib.gis.sitemaps.views.kmz'];

/**
 * A string that is a view's Python path rather than a URL name: dotted identifiers with a `views`
 * module (`shop.views.index`, `django.contrib.auth.views.login`). URL names may contain dots, so
 * dotted names without a `views` part are left alone.
 */
export function isViewPath(value: string): boolean {
  if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/.test(value) || documentedNames.includes(value)) return false;
  const parts = value.split('.');
  return parts.slice(0, -1).includes('views');
}

const reverseFunctions = [
  'django.core.urlresolvers.reverse', 'django.core.urlresolvers.reverse_lazy',
  'django.urls.reverse', 'django.urls.reverse_lazy', 'django.urls.base.reverse', 'django.urls.base.reverse_lazy',
  'django.shortcuts.redirect', 'django.shortcuts.resolve_url',
];

export const reverseDottedPath: PythonRule = {
  id: 'reverse-dotted-path',
  title: 'Reversing URLs by Python path',
  category: 'urls',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['python', 'django-template'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds `reverse()`, `reverse_lazy()`, `redirect()`, `resolve_url()` and `{% url %}` given a view\'s Python path (`"shop.views.index"`) instead of a URL name.',
    why: 'Django 1.10 only reverses URL names (reversing by path imported the module, which was slow and a security issue); a path raises `NoReverseMatch`.',
    fixSafety: 'No automatic fix: give the pattern a `name=` and reverse that name. Only strings with a `views` module part count, since URL names may contain dots.',
  },
  fix: 'none',
  checklist: ['reverse-dotted-path'],
  truth: { note: 'reversing by path is a lookup inside reverse(), not a name' },
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
      { code: 'from django.urls import reverse\n\nreverse("shop:index")\nreverse("django.contrib.sitemaps.views.sitemap")\n' },
      { code: '<a href="{% url \'shop:index\' %}">{% url "blog.detail" slug %}</a>\n', filename: 'templates/base.html' },
    ],
    invalid: [
      { code: 'from django.core.urlresolvers import reverse\nfrom django.shortcuts import redirect\n\nreverse("shop.views.index")\nredirect("django.contrib.auth.views.login")\n', findings: 2 },
      { code: '<a href="{% url \'shop.views.detail\' pk=1 %}">{# {% url "a.views.b" %} #}</a>\n', filename: 'templates/shop/list.html', findings: 1 },
    ],
  },
};

export const settingsLoginUrlDottedPath: PythonRule = {
  id: 'settings-login-url-dotted-path',
  title: '`LOGIN_URL`/`LOGIN_REDIRECT_URL` as a Python path',
  category: 'settings',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds `LOGIN_URL` and `LOGIN_REDIRECT_URL` set to a view\'s dotted Python path (with a `views` module part, since URL names may contain dots) in settings modules.',
    why: 'They are resolved with `reverse()`, which stopped accepting Python paths in Django 1.10; the path is then used as a relative URL and redirects break.',
    fixSafety: 'No automatic fix: use the URL pattern\'s name (e.g. `"login"`) or a path (`"/accounts/login/"`).',
  },
  fix: 'none',
  checklist: ['login-url-dotted-path'],
  truth: { replacements: ['django.conf.global_settings.LOGIN_URL', 'django.conf.global_settings.LOGIN_REDIRECT_URL'], note: 'the settings stay; reversing them by Python path went away' },
  check(context: PythonRuleContext) {
    for (const setting of ['LOGIN_URL', 'LOGIN_REDIRECT_URL']) {
      for (const { right } of moduleAssignments(context, setting)) {
        const value = stringValue(right);
        if (!right || value === null || !isViewPath(value)) continue;
        context.report({ node: right, subject: `\`${setting}\` as the Python path \`${value}\``, advice: 'use the URL pattern\'s name or a URL path' });
      }
    }
  },
  examples: {
    valid: [{ code: 'LOGIN_URL = "login"\nLOGIN_REDIRECT_URL = "accounts.profile"\n', filename: 'settings.py' }],
    invalid: [{ code: "LOGIN_URL = 'django.contrib.auth.views.login'\nLOGIN_REDIRECT_URL = 'accounts.views.profile'\n", filename: 'settings.py', findings: 2 }],
  },
};
