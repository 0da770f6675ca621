import { starImports } from '../../engine/python-queries';
import { dedent, movedModuleRule } from '../shapes';

// `from django.conf.urls.defaults import *` (the way most URLconfs of the time imported it) binds
// no name the moved-module shape sees: its module name is reported and renamed here.
const oldModule = 'django.conf.urls.defaults';

const rule = movedModuleRule({
  id: 'conf-urls-defaults',
  title: '`django.conf.urls.defaults` → `django.conf.urls`',
  category: 'urls',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds imports from the `django.conf.urls.defaults` module.',
    why: 'Django 1.4 moved `patterns()`, `url()`, `include()` and the `handler*` names to `django.conf.urls`; Django 1.6 removed the old module.',
    fixSafety: 'Safe: `django.conf.urls` exports the same names from Django 1.4 on.',
  },
  fix: 'safe',
  fixMinVersion: '1.4',
  checklist: ['conf-urls-defaults'],
  oldModule: 'django.conf.urls.defaults',
  newModule: 'django.conf.urls',
  examples: {
    valid: [
      {
        code: dedent`
          from django.conf.urls import include, url
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls.defaults import *
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.conf.urls.defaults` is deprecated since Django 1.4 and removed in 1.6: import from `django.conf.urls`' },
        ],
        output: dedent`
          from django.conf.urls import *
        `,
      },
      {
        code: dedent`
          from django.conf.urls.defaults import include, url
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.conf.urls.defaults` is deprecated since Django 1.4 and removed in 1.6: import from `django.conf.urls`' },
        ],
        output: dedent`
          from django.conf.urls import include, url
        `,
      },
    ],
  },
});

export default {
  ...rule,
  check(context: Parameters<typeof rule.check>[0]) {
    rule.check(context);
    for (const statement of starImports(context)) {
      const module = statement.childForFieldName('module_name');
      if (module?.text !== oldModule) continue;
      context.report({
        node: module,
        subject: `The module \`${oldModule}\``,
        advice: 'import from `django.conf.urls`',
        fix: { title: 'Import from `django.conf.urls`', edits: [{ start: module.startIndex, end: module.endIndex, text: 'django.conf.urls' }] },
      });
    }
  },
};
