// Function-based views that Django replaced with class-based ones (the auth views, the JavaScript
// catalogs). Every import and use is reported; when each use is the view of a URL pattern, the fix
// imports the class and passes `Class.as_view(...)`, moving the pattern's extra-kwargs dict into
// `as_view()` when each key has a class attribute counterpart.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import type { TextEdit } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { removeElement, moveSymbolsEdits, normalizedOrNull } from '../../../engine/python-edits';
import { splitQualifiedName, dictPairs, literalString, unparenthesized, urlFunctions, urlPatternCalls } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

type RuleSpec = Omit<PythonRule, 'check' | 'languages' | 'truth'>;

/** How an extra-kwargs key of the function view maps to an `as_view()` argument (null: it does not). */
type KwargMap = Record<string, string | ((value: Node) => string | null)>;

interface FunctionView {
  old: string;
  /** The class-based view, e.g. "django.contrib.auth.views.LoginView". */
  view: string;
  kwargs: KwargMap;
}

/** `post_*_redirect` went through `resolve_url()`; `success_url` is used as is: only URL paths carry over. */
const urlPathAs = (name: string) => (value: Node) => {
  const text = literalString(value);
  return text !== null && /^(\/|https?:\/\/)/.test(text) ? name : null;
};
/** The catalogs took `packages` as a list or a "+"-joined string; `as_view()` wants a list. */
const sequenceAs = (name: string) => (value: Node) => (['list', 'tuple'].includes(unparenthesized(value)?.type ?? '') ? name : null);

function asViewArguments(kwargs: KwargMap, dict: Node | null): string | null {
  if (!dict) return '';
  const pairs = dictPairs(dict);
  const node = unparenthesized(dict);
  if (node?.type !== 'dictionary' || pairs.size !== node.namedChildren.filter((c) => c?.type !== 'comment').length) return null;
  const parts: string[] = [];
  for (const [key, { value }] of pairs) {
    const mapping = kwargs[key];
    const name = typeof mapping === 'function' ? mapping(value) : mapping;
    if (!name) return null;
    parts.push(`${name}=${value.text}`);
  }
  return parts.join(', ');
}

export function functionViewsRule(spec: RuleSpec & { views: FunctionView[] }): PythonRule {
  return {
    ...spec,
    truth: { removed: spec.views.map((v) => v.old), replacements: spec.views.map((v) => v.view) },
    languages: ['python'],
    check(context: PythonRuleContext) {
      const { scopes } = context;
      const sites: Array<{ node: Node; view: FunctionView }> = [];
      const uses: Array<{ node: Node; view: FunctionView }> = [];
      for (const view of spec.views) {
        for (const entry of scopes.imports) if (entry.qualifiedName === view.old) sites.push({ node: entry.entry, view });
        for (const reference of scopes.referencesTo(view.old)) {
          sites.push({ node: reference.node, view });
          uses.push({ node: reference.node, view });
        }
      }
      if (sites.length === 0) return;
      const edits = uses.length > 0 ? fixEdits(context, spec.views, uses) : null;
      for (const { node, view } of sites) {
        const className = splitQualifiedName(view.view)[1];
        context.report({
          node,
          subject: `The function view \`${view.old}\``,
          advice: `use \`${className}.as_view()\` (its options become \`as_view()\` arguments)`,
          fix: edits ? { title: `Use \`${className}.as_view()\``, edits } : undefined,
        });
      }
    },
  };
}

function fixEdits(context: PythonRuleContext, views: FunctionView[], uses: Array<{ node: Node; view: FunctionView }>): TextEdit[] | null {
  const patterns = urlPatternCalls(context, urlFunctions);
  const edits: TextEdit[] = [];
  for (const { node, view } of uses) {
    const pattern = patterns.find((p) => p.positional[1]?.startIndex === node.startIndex && p.positional[1]?.endIndex === node.endIndex);
    if (!pattern || !pattern.list || pattern.hasSplat || pattern.keywords.has('kwargs')) return null;
    const dict = pattern.positional[2] ?? null;
    const args = asViewArguments(view.kwargs, dict);
    if (args === null) return null;
    edits.push({ start: node.endIndex, end: node.endIndex, text: `.as_view(${args})` });
    if (dict) edits.push(...removeElement(context.text, pattern.list, dict));
  }
  const moves = moveSymbolsEdits(context, views.map((v) => {
    const [newModule, newName] = splitQualifiedName(v.view);
    return { old: v.old, newModule, newName };
  }));
  if (!moves || moves.safety !== 'safe') return null;
  return normalizedOrNull([...moves.edits, ...edits]);
}

const common = { template_name: 'template_name', extra_context: 'extra_context' };

export const authFunctionViews = functionViewsRule({
  id: 'auth-function-views',
  title: 'Auth function views → class-based views',
  category: 'urls',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docsUrl: deprecationNotes('1.11'),
  docs: {
    what: 'Finds the function-based views `login`, `logout`, `password_change`, `password_change_done`, `password_reset`, `password_reset_done`, `password_reset_confirm` and `password_reset_complete` of `django.contrib.auth.views`.',
    why: 'Django 1.11 added class-based equivalents (`LoginView`, `LogoutView`, `PasswordChangeView`, …); Django 2.1 removed the functions, so URLconfs that import them fail to load.',
    fixSafety:
      'When every use is the view of a URL pattern, imports the class and passes `LoginView.as_view(...)`; the extra-kwargs dict of the pattern becomes `as_view()` arguments ' +
      '(`authentication_form`/`password_change_form`/`password_reset_form`/`set_password_form` become `form_class`, and `post_*_redirect` becomes `success_url` when it is a URL path). ' +
      'Other uses (calls from your own views, keys without a class attribute) get the message only. Needs Django 1.11+.',
  },
  fix: 'safe',
  fixMinVersion: '1.11',
  checklist: [
    'auth-views-login', 'auth-views-logout', 'auth-views-password-change', 'auth-views-password-change-done',
    'auth-views-password-reset', 'auth-views-password-reset-done', 'auth-views-password-reset-confirm', 'auth-views-password-reset-complete',
  ],
  views: [
    {
      old: 'django.contrib.auth.views.login',
      view: 'django.contrib.auth.views.LoginView',
      kwargs: { ...common, redirect_field_name: 'redirect_field_name', authentication_form: 'form_class', redirect_authenticated_user: 'redirect_authenticated_user' },
    },
    { old: 'django.contrib.auth.views.logout', view: 'django.contrib.auth.views.LogoutView', kwargs: { ...common, next_page: 'next_page', redirect_field_name: 'redirect_field_name' } },
    {
      old: 'django.contrib.auth.views.password_change',
      view: 'django.contrib.auth.views.PasswordChangeView',
      kwargs: { ...common, password_change_form: 'form_class', post_change_redirect: urlPathAs('success_url') },
    },
    { old: 'django.contrib.auth.views.password_change_done', view: 'django.contrib.auth.views.PasswordChangeDoneView', kwargs: common },
    {
      old: 'django.contrib.auth.views.password_reset',
      view: 'django.contrib.auth.views.PasswordResetView',
      kwargs: {
        ...common, email_template_name: 'email_template_name', subject_template_name: 'subject_template_name', password_reset_form: 'form_class',
        token_generator: 'token_generator', post_reset_redirect: urlPathAs('success_url'), from_email: 'from_email',
        html_email_template_name: 'html_email_template_name', extra_email_context: 'extra_email_context',
      },
    },
    { old: 'django.contrib.auth.views.password_reset_done', view: 'django.contrib.auth.views.PasswordResetDoneView', kwargs: common },
    {
      old: 'django.contrib.auth.views.password_reset_confirm',
      view: 'django.contrib.auth.views.PasswordResetConfirmView',
      kwargs: { ...common, token_generator: 'token_generator', set_password_form: 'form_class', post_reset_redirect: urlPathAs('success_url') },
    },
    { old: 'django.contrib.auth.views.password_reset_complete', view: 'django.contrib.auth.views.PasswordResetCompleteView', kwargs: common },
  ],
  examples: {
    valid: [{ code: 'from django.contrib.auth import login, views\nfrom django.urls import path\n\nurlpatterns = [path("login/", views.LoginView.as_view())]\n', filename: 'urls.py' }],
    invalid: [
      {
        code:
          "from django.conf.urls import url\nfrom django.contrib.auth import views as auth_views\n\nurlpatterns = [\n" +
          "    url(r'^login/$', auth_views.login, {'template_name': 'accounts/login.html'}, name='login'),\n" +
          "    url(r'^logout/$', auth_views.logout, name='logout'),\n]\n",
        filename: 'accounts/urls.py',
        findings: 2,
        output:
          "from django.conf.urls import url\nfrom django.contrib.auth import views as auth_views\n\nurlpatterns = [\n" +
          "    url(r'^login/$', auth_views.LoginView.as_view(template_name='accounts/login.html'), name='login'),\n" +
          "    url(r'^logout/$', auth_views.LogoutView.as_view(), name='logout'),\n]\n",
      },
      {
        code: "from django.conf.urls import url\nfrom django.contrib.auth.views import password_reset\n\nurlpatterns = [url(r'^reset/$', password_reset, {'post_reset_redirect': '/reset/done/'})]\n",
        filename: 'urls.py',
        findings: 2,
        output: "from django.conf.urls import url\nfrom django.contrib.auth.views import PasswordResetView\n\nurlpatterns = [url(r'^reset/$', PasswordResetView.as_view(success_url='/reset/done/'))]\n",
      },
      {
        // Called from a view of the project: message only.
        code: 'from django.contrib.auth.views import login\n\ndef my_login(request):\n    return login(request, template_name="login.html")\n',
        findings: 2,
      },
    ],
  },
});

export const i18nCatalogViews = functionViewsRule({
  id: 'i18n-catalog-function-views',
  title: '`javascript_catalog`/`json_catalog` → `JavaScriptCatalog`/`JSONCatalog`',
  category: 'urls',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds the function views `django.views.i18n.javascript_catalog` and `json_catalog`.',
    why: 'Django 1.10 replaced them with the class-based `JavaScriptCatalog` and `JSONCatalog`; Django 2.0 removed the functions.',
    fixSafety:
      'When every use is the view of a URL pattern, passes `JavaScriptCatalog.as_view(...)` (`packages` given as a list or tuple and `domain` move into `as_view()`). ' +
      'Review: without `packages` the class serves the translations of every installed app rather than only Django\'s, and it takes the language from the request rather than a `?language=` parameter, so the fix is not part of fix-all. Needs Django 1.10+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.10',
  checklist: ['javascript-catalog-view', 'json-catalog-view'],
  views: [
    { old: 'django.views.i18n.javascript_catalog', view: 'django.views.i18n.JavaScriptCatalog', kwargs: { domain: 'domain', packages: sequenceAs('packages') } },
    { old: 'django.views.i18n.json_catalog', view: 'django.views.i18n.JSONCatalog', kwargs: { domain: 'domain', packages: sequenceAs('packages') } },
  ],
  examples: {
    valid: [{ code: 'from django.conf.urls import url\nfrom django.views.i18n import JavaScriptCatalog\n\nurlpatterns = [url(r"^jsi18n/$", JavaScriptCatalog.as_view())]\n', filename: 'urls.py' }],
    invalid: [{
      code: "from django.conf.urls import url\nfrom django.views.i18n import javascript_catalog\n\njs_info = {'packages': ('shop',)}\nurlpatterns = [\n    url(r'^jsi18n/$', javascript_catalog, {'packages': ('shop',)}, name='jsi18n'),\n]\n",
      filename: 'urls.py',
      findings: 2,
      output: "from django.conf.urls import url\nfrom django.views.i18n import JavaScriptCatalog\n\njs_info = {'packages': ('shop',)}\nurlpatterns = [\n    url(r'^jsi18n/$', JavaScriptCatalog.as_view(packages=('shop',)), name='jsi18n'),\n]\n",
    }],
  },
});
