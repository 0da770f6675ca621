// `include()` and URL namespaces: the `app_name` argument, 3-tuples (and `include(admin.site.urls)`),
// and instance namespaces without an application namespace.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { removeElement, normalizedOrNull } from '../../../engine/python-edits';
import { moduleAssignments, stringValue, elementsOf, includeCalls, unparenthesized } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

export const includeAppNameArgument: PythonRule = {
  id: 'include-app-name-argument',
  title: '`include(…, app_name=…)` → `include((…, app_name), …)`',
  category: 'urls',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `include()` calls with an `app_name` argument.',
    why: 'Django 2.0 removed the argument: the application namespace comes from the included URLconf\'s `app_name`, or from a `(patterns, app_name)` tuple.',
    fixSafety: 'Safe: `include(x, namespace=n, app_name=a)` becomes `include((x, a), namespace=n)`, which Django resolves the same way (an `app_name` set in the included module still wins). Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['include-app-name-arg'],
  truth: { removedParameters: [{ symbol: 'django.conf.urls.include', name: 'app_name' }] },
  check(context: PythonRuleContext) {
    for (const { list, positional, keywords } of includeCalls(context)) {
      const appName = keywords.get('app_name');
      const value = appName?.childForFieldName('value');
      if (!list || !appName || !value) continue;
      const target = positional[0] ?? keywords.get('arg')?.childForFieldName('value');
      const plain = target && positional.length === 1 && unparenthesized(target)?.type !== 'tuple';
      const edits = plain
        ? normalizedOrNull([{ start: target.startIndex, end: target.endIndex, text: `(${target.text}, ${value.text})` }, ...removeElement(context.text, list, appName)])
        : null;
      context.report({
        node: appName,
        subject: 'The `app_name` argument of `include()`',
        advice: 'set `app_name` in the included URLconf, or pass `include((patterns, app_name), namespace=…)`',
        fix: edits ? { title: 'Pass a `(patterns, app_name)` tuple', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.urls import include, path\n\nurlpatterns = [path("blog/", include(("blog.urls", "blog"), namespace="news"))]\n', filename: 'urls.py' }],
    invalid: [{
      code: "from django.conf.urls import include, url\n\nurlpatterns = [\n    url(r'^blog/', include('blog.urls', namespace='news', app_name='blog')),\n]\n",
      filename: 'urls.py',
      findings: 1,
      output: "from django.conf.urls import include, url\n\nurlpatterns = [\n    url(r'^blog/', include(('blog.urls', 'blog'), namespace='news')),\n]\n",
    }],
  },
};

const adminSiteNames = ['django.contrib.admin.site', 'django.contrib.admin.sites.site'];
const adminSiteClasses = ['django.contrib.admin.AdminSite', 'django.contrib.admin.sites.AdminSite'];

/** Whether `node` is `<admin site>.urls`: the default site, or a module-level `AdminSite(...)` instance. */
function isAdminSiteUrls(context: PythonRuleContext, node: Node): boolean {
  if (node.type !== 'attribute' || node.childForFieldName('attribute')?.text !== 'urls') return false;
  const object = node.childForFieldName('object');
  if (!object) return false;
  const name = context.scopes.qualifiedNameOf(object);
  if (name && adminSiteNames.includes(name)) return true;
  if (object.type !== 'identifier' || name) return false;
  const assignments = moduleAssignments(context, object.text);
  return assignments.length === 1 && assignments[0].right?.type === 'call' &&
    adminSiteClasses.includes(context.scopes.qualifiedNameOf(assignments[0].right.childForFieldName('function')) ?? '');
}

export const includeThreeTuple: PythonRule = {
  id: 'include-3-tuple',
  title: '`include()` of a 3-tuple or of `admin.site.urls`',
  category: 'urls',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `include(admin.site.urls)` (also for `AdminSite` instances of the module) and `include((patterns, app_name, namespace))` 3-tuples.',
    why: 'Django 2.0 only accepts `(patterns, app_name)` 2-tuples: `include()` of a 3-tuple raises `ImproperlyConfigured`, and `admin.site.urls` must be passed to `url()`/`path()` directly.',
    fixSafety: 'Safe: `include(admin.site.urls)` becomes `admin.site.urls` (which `url()` has always accepted), and `include((p, a, n))` becomes `include((p, a), namespace=n)`. Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['include-3-tuple'],
  truth: { note: 'include() checks the tuple length at run time; no name appears or disappears' },
  check(context: PythonRuleContext) {
    for (const { call, list, positional, keywords } of includeCalls(context)) {
      if (!list || positional.length !== 1 || keywords.size > 0) continue;
      const argument = positional[0];
      if (isAdminSiteUrls(context, argument)) {
        context.report({
          node: call,
          subject: `\`include(${argument.text})\``,
          advice: `pass \`${argument.text}\` to \`url()\`/\`path()\` directly`,
          fix: { title: `Pass \`${argument.text}\` directly`, edits: [{ start: call.startIndex, end: call.endIndex, text: argument.text }] },
        });
        continue;
      }
      const tuple = unparenthesized(argument);
      if (tuple?.type !== 'tuple') continue;
      const items = elementsOf(tuple);
      if (items.length !== 3) continue;
      context.report({
        node: argument,
        subject: 'A 3-tuple passed to `include()`',
        advice: 'pass `(patterns, app_name)` and the instance namespace as `namespace=`',
        fix: {
          title: 'Pass the namespace as `namespace=`',
          edits: [{ start: list.startIndex, end: list.endIndex, text: `((${items[0].text}, ${items[1].text}), namespace=${items[2].text})` }],
        },
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.contrib import admin\nfrom django.urls import path\n\nurlpatterns = [path("admin/", admin.site.urls)]\n', filename: 'urls.py' }],
    invalid: [
      {
        code: "from django.conf.urls import include, url\nfrom django.contrib import admin\n\nurlpatterns = [\n    url(r'^admin/', include(admin.site.urls)),\n]\n",
        filename: 'urls.py',
        findings: 1,
        output: "from django.conf.urls import include, url\nfrom django.contrib import admin\n\nurlpatterns = [\n    url(r'^admin/', admin.site.urls),\n]\n",
      },
      {
        code: "from django.conf.urls import include, url\nfrom django.contrib.admin import AdminSite\n\nstaff = AdminSite(name='staff')\nurlpatterns = [\n    url(r'^staff/', include(staff.urls)),\n    url(r'^api/', include((api_patterns, 'api', 'api-v1'))),\n]\n",
        filename: 'urls.py',
        findings: 2,
        output: "from django.conf.urls import include, url\nfrom django.contrib.admin import AdminSite\n\nstaff = AdminSite(name='staff')\nurlpatterns = [\n    url(r'^staff/', staff.urls),\n    url(r'^api/', include((api_patterns, 'api'), namespace='api-v1')),\n]\n",
      },
    ],
  },
};

/** The list a name is bound to at module level (`extra = [url(...), ...]`), or null. */
function localPatternList(context: PythonRuleContext, node: Node): Node | null {
  const value = unparenthesized(node);
  if (value?.type === 'list') return value;
  if (value?.type !== 'identifier' || context.scopes.qualifiedNameOf(value)) return null;
  const assignments = moduleAssignments(context, value.text);
  const right = assignments.length === 1 ? unparenthesized(assignments[0].right) : null;
  return right?.type === 'list' ? right : null;
}

export const includeNamespaceWithoutAppName: PythonRule = {
  id: 'include-namespace-without-app-name',
  title: '`include(patterns, namespace=…)` needs an application namespace',
  category: 'urls',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `include()` of a pattern list of the same module (a list literal or a module-level list) with `namespace=` but no application namespace.',
    why: 'Django 2.0 raises `ImproperlyConfigured` for an instance namespace without an `app_name`. A list has no `app_name`, so this always fails; an included module (`include("blog.urls", namespace=…)`) must set `app_name` itself, which a rule cannot see from the including file.',
    fixSafety: 'Passes `(patterns, namespace)`, using the namespace as the application namespace too. Review: `{% url %}`/`reverse()` with `current_app` resolve application namespaces, so the fix is not part of fix-all. Needs Django 1.9+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.9',
  checklist: ['instance-namespace-without-app'],
  truth: { note: 'include() checks for an app_name at run time; no name appears or disappears' },
  check(context: PythonRuleContext) {
    for (const { positional, keywords } of includeCalls(context)) {
      const namespace = keywords.get('namespace')?.childForFieldName('value');
      if (!namespace || keywords.has('app_name') || positional.length !== 1 || !localPatternList(context, positional[0])) continue;
      const patterns = positional[0];
      context.report({
        node: keywords.get('namespace')!,
        subject: 'An instance namespace without an application namespace',
        advice: `pass \`include((${patterns.text.length > 30 ? 'patterns' : patterns.text}, app_name), namespace=…)\``,
        fix: stringValue(namespace) !== null
          ? { title: 'Use the namespace as the application namespace', edits: [{ start: patterns.startIndex, end: patterns.endIndex, text: `(${patterns.text}, ${namespace.text})` }] }
          : undefined,
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.conf.urls import include, url\n\nurlpatterns = [url(r"^blog/", include("blog.urls", namespace="blog"))]\n', filename: 'urls.py' }],
    invalid: [{
      code: "from django.conf.urls import include, url\n\nextra = [url(r'^a/$', a)]\nurlpatterns = [url(r'^x/', include(extra, namespace='extra'))]\n",
      filename: 'urls.py',
      findings: 1,
      output: "from django.conf.urls import include, url\n\nextra = [url(r'^a/$', a)]\nurlpatterns = [url(r'^x/', include((extra, 'extra'), namespace='extra'))]\n",
    }],
  },
};
