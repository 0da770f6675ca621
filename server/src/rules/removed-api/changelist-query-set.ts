import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { isInstanceOf, isSelfOfSubclass, unparenthesized } from '../../engine/python-queries';
import { attributeUseRule, dedent } from '../shapes';

const changeList = ['django.contrib.admin.views.main.ChangeList'];

/**
 * A change list: `self` in a `ChangeList` subclass, an instance the module creates, or a name
 * Django's admin gives one (`cl`, `changelist`: its template tags' and views' names).
 */
function isChangeList(object: Node, context: PythonRuleContext): boolean {
  const node = unparenthesized(object)!;
  if (node.type === 'identifier' && ['cl', 'changelist', 'change_list'].includes(node.text)) return true;
  return isSelfOfSubclass(context, node, changeList) || isInstanceOf(context, node, changeList);
}

export default attributeUseRule({
  id: 'changelist-query-set',
  title: '`ChangeList.query_set`/`root_query_set` → `queryset`/`root_queryset`',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds `query_set` and `root_query_set` read or set on the admin\'s change list: `self` in a `ChangeList` subclass, an instance the module creates, or a name the admin gives one (`cl`, `changelist`).',
    why: 'Django 1.6 renamed the attributes `queryset` and `root_queryset` and kept the old names as read-only properties that warn; Django 1.8 removed them, so reading one raises `AttributeError`.',
    fixSafety: 'Safe: the same objects under their new names. Needs Django 1.6+.',
  },
  fix: 'safe',
  fixMinVersion: '1.6',
  checklist: ['changelist-query-set', 'changelist-root-query-set'],
  truth: {
    removed: ['django.contrib.admin.views.main.ChangeList.query_set', 'django.contrib.admin.views.main.ChangeList.root_query_set'],
    replacements: ['django.contrib.admin.views.main.ChangeList.get_queryset'],
  },
  attributes: [
    { name: 'query_set', object: isChangeList, rename: 'queryset', subject: '`ChangeList.query_set`', advice: 'use `queryset`' },
    { name: 'root_query_set', object: isChangeList, rename: 'root_queryset', subject: '`ChangeList.root_query_set`', advice: 'use `root_queryset`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.admin.views.main import ChangeList

          class BookChangeList(ChangeList):
              def get_results(self, request):
                  self.queryset = self.queryset.select_related("author")
                  super(BookChangeList, self).get_results(request)
        `,
      },
      {
        code: dedent`
          def report(search):
              return search.query_set.count()
        `,
      },
      {
        code: dedent`
          def changelist_queryset(cl):
              try:
                  return cl.queryset
              except AttributeError:  # Django < 1.6
                  return cl.query_set
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.admin.views.main import ChangeList

          class BookChangeList(ChangeList):
              def get_results(self, request):
                  self.query_set = self.query_set.select_related("author")
                  super(BookChangeList, self).get_results(request)
        `,
        errors: [
          { line: 5, column: 9, message: '`ChangeList.query_set` is deprecated since Django 1.6 and removed in 1.8: use `queryset`' },
          { line: 5, column: 26, message: '`ChangeList.query_set` is deprecated since Django 1.6 and removed in 1.8: use `queryset`' },
        ],
        output: dedent`
          from django.contrib.admin.views.main import ChangeList

          class BookChangeList(ChangeList):
              def get_results(self, request):
                  self.queryset = self.queryset.select_related("author")
                  super(BookChangeList, self).get_results(request)
        `,
      },
      {
        code: dedent`
          from django import template

          register = template.Library()

          @register.simple_tag
          def total_count(cl):
              return cl.root_query_set.count()
        `,
        errors: [
          { line: 7, column: 12, message: '`ChangeList.root_query_set` is deprecated since Django 1.6 and removed in 1.8: use `root_queryset`' },
        ],
        output: dedent`
          from django import template

          register = template.Library()

          @register.simple_tag
          def total_count(cl):
              return cl.root_queryset.count()
        `,
      },
    ],
  },
});
