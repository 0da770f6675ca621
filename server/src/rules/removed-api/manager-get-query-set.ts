import { derivesFrom, enclosingMethod, methodCalls, methodsOf, sameNode, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { callsOwnMethod, definesMethod, importsOtherMetaLibrary } from '../shapes/receivers';

/** The old names and the new ones (Django 1.6). */
const renames = new Map([
  ['get_query_set', 'get_queryset'],
  ['get_prefetch_query_set', 'get_prefetch_queryset'],
]);

/** Classes whose `get_query_set()` Django renamed: managers, and the admin's change list. */
const classes = [
  'django.db.models.manager.Manager', 'django.db.models.manager.BaseManager', 'django.contrib.admin.views.main.ChangeList',
  'django.contrib.auth.models.UserManager', 'django.contrib.auth.models.BaseUserManager', 'django.contrib.auth.base_user.BaseUserManager',
];

export default definePythonRule({
  id: 'manager-get-query-set',
  title: '`get_query_set()` → `get_queryset()`',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds `get_query_set()` and `get_prefetch_query_set()` defined in subclasses of managers and of the admin\'s `ChangeList`, and called anywhere (in a module that imports mongoengine or peewee, only in Django manager subclasses); not in classes that define the new name too (a compatibility alias).',
    why: 'Django 1.6 renamed the methods to `get_queryset()` and `get_prefetch_queryset()` and called the old names through a deprecation shim; Django 1.8 removed the shim, so an override with the old name is no longer called and a call raises `AttributeError`.',
    fixSafety: 'Safe: renames the method or the call to the name Django calls. Needs Django 1.6+.',
  },
  fix: 'safe',
  fixMinVersion: '1.6',
  checklist: ['get-query-set'],
  truth: { note: '1.5.12 defines Manager.get_query_set; 1.6.11 and 1.7.11 map it through the RenameManagerMethods metaclass (which the static check cannot follow); 1.8.19 has only get_queryset' },
  triggers: [...renames.keys()],
  check(context) {
    const calls = methodCalls(context, renames.keys());
    for (const cls of subclassesOf(context, classes)) {
      for (const [old, name] of renames) {
        if (methodsOf(cls, name).length > 0) continue;
        // The class's own `self.old()` calls are renamed with the definition.
        const ownCalls = calls.filter((c) => c.name === old && callsOwnMethod(c.receiver, old) && sameNode(enclosingMethod(c.callee)?.cls, cls));
        for (const { nameNode } of methodsOf(cls, old)) {
          const edits = [nameNode, ...ownCalls.map((c) => c.nameNode)].map((n) => ({ start: n.startIndex, end: n.endIndex, text: name }));
          context.report({ node: nameNode, subject: `\`${old}()\`, overridden here,`, advice: `rename it \`${name}()\``, fix: { title: `Rename to \`${name}\``, edits } });
        }
      }
    }
    for (const { callee, receiver, name: old, nameNode } of calls) {
      const name = renames.get(old)!;
      // `self.old()` in a class that defines `old` itself calls its own method (renamed with it).
      if (callsOwnMethod(receiver, old)) continue;
      // In a class that defines the new name, the old one is an alias kept for old releases.
      const owner = enclosingMethod(callee);
      if (owner && definesMethod(owner.cls, name)) continue;
      // mongoengine's and peewee's managers have a get_query_set() of their own: there, only a
      // method of a Django manager subclass counts.
      if (importsOtherMetaLibrary(context) && !(owner && derivesFrom(context, owner.cls, classes))) continue;
      context.report({ node: callee, subject: `\`${old}()\``, advice: `call \`${name}()\``, fix: { title: `Call \`${name}()\``, edits: [{ start: nameNode.startIndex, end: nameNode.endIndex, text: name }] } });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models


          class PublishedManager(models.Manager):
              def get_queryset(self):
                  return super().get_queryset().filter(published=True)

              def get_query_set(self):
                  return super(PublishedManager, self).get_query_set()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models


          class PublishedManager(models.Manager):
              def get_query_set(self):
                  return super(PublishedManager, self).get_query_set().filter(published=True)
        `,
        errors: [
          { line: 5, column: 9, message: '`get_query_set()`, overridden here, is deprecated since Django 1.6 and removed in 1.8: rename it `get_queryset()`' },
          { line: 6, column: 16, message: '`get_query_set()` is deprecated since Django 1.6 and removed in 1.8: call `get_queryset()`' },
        ],
        output: dedent`
          from django.db import models


          class PublishedManager(models.Manager):
              def get_queryset(self):
                  return super(PublishedManager, self).get_queryset().filter(published=True)
        `,
      },
      {
        code: dedent`
          def drafts(model):
              return model._default_manager.get_query_set().filter(published=False)
        `,
        errors: [
          { line: 2, column: 12, message: '`get_query_set()` is deprecated since Django 1.6 and removed in 1.8: call `get_queryset()`' },
        ],
        output: dedent`
          def drafts(model):
              return model._default_manager.get_queryset().filter(published=False)
        `,
      },
      {
        code: dedent`
          from django.contrib.auth.models import UserManager


          class DocumentUserManager(UserManager):
              def get(self, *args, **kwargs):
                  return self.get_query_set().get(*args, **kwargs)

              def get_query_set(self):
                  return self.model.objects
        `,
        errors: [
          { line: 8, column: 9, message: '`get_query_set()`, overridden here, is deprecated since Django 1.6 and removed in 1.8: rename it `get_queryset()`' },
        ],
        output: dedent`
          from django.contrib.auth.models import UserManager


          class DocumentUserManager(UserManager):
              def get(self, *args, **kwargs):
                  return self.get_queryset().get(*args, **kwargs)

              def get_queryset(self):
                  return self.model.objects
        `,
      },
    ],
  },
});
