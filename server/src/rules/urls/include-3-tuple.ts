import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { elementsOf, includeCalls, moduleAssignments, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

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

export default definePythonRule({
  id: 'include-3-tuple',
  title: '`include()` of a 3-tuple or of `admin.site.urls`',
  category: 'urls',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `include(admin.site.urls)` (also for `AdminSite` instances of the module) and `include((patterns, app_name, namespace))` 3-tuples.',
    why: 'Django 2.0 only accepts `(patterns, app_name)` 2-tuples: `include()` of a 3-tuple raises `ImproperlyConfigured`, and `admin.site.urls` must be passed to `url()`/`path()` directly.',
    fixSafety: 'Safe: `include(admin.site.urls)` becomes `admin.site.urls` (which `url()` has always accepted), and `include((p, a, n))` becomes `include((p, a), namespace=n)`. Needs Django 1.9+.',
  },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  fixMinVersion: '1.9',
  checklist: ['include-3-tuple'],
  truth: { note: 'include() checks the tuple length at run time; no name appears or disappears' },
  triggers: ['include'],
  triggersInCode: true,
  check(context) {
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
    valid: [
      {
        code: dedent`
          from django.contrib import admin
          from django.urls import path

          urlpatterns = [path("admin/", admin.site.urls)]
        `,
        filename: 'urls.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import include, url
          from django.contrib import admin

          urlpatterns = [
              url(r'^admin/', include(admin.site.urls)),
          ]
        `,
        filename: 'urls.py',
        errors: [
          { line: 5, column: 21, message: '`include(admin.site.urls)` is deprecated since Django 1.9 and removed in 2.0: pass `admin.site.urls` to `url()`/`path()` directly' },
        ],
        output: dedent`
          from django.conf.urls import include, url
          from django.contrib import admin

          urlpatterns = [
              url(r'^admin/', admin.site.urls),
          ]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import include, url
          from django.contrib.admin import AdminSite

          staff = AdminSite(name='staff')
          urlpatterns = [
              url(r'^staff/', include(staff.urls)),
              url(r'^api/', include((api_patterns, 'api', 'api-v1'))),
          ]
        `,
        filename: 'urls.py',
        errors: [
          { line: 6, column: 21, message: '`include(staff.urls)` is deprecated since Django 1.9 and removed in 2.0: pass `staff.urls` to `url()`/`path()` directly' },
          { line: 7, column: 27, message: 'A 3-tuple passed to `include()` is deprecated since Django 1.9 and removed in 2.0: pass `(patterns, app_name)` and the instance namespace as `namespace=`' },
        ],
        output: dedent`
          from django.conf.urls import include, url
          from django.contrib.admin import AdminSite

          staff = AdminSite(name='staff')
          urlpatterns = [
              url(r'^staff/', staff.urls),
              url(r'^api/', include((api_patterns, 'api'), namespace='api-v1')),
          ]
        `,
      },
    ],
  },
});
