import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'module-loading-import-by-path',
  title: '`import_by_path()` → `import_string()`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of `django.utils.module_loading.import_by_path`.',
    why: 'Django 1.7 added `import_string()` and deprecated `import_by_path()`; Django 1.9 removed it.',
  },
  fix: 'none',
  checklist: ['import-by-path'],
  names: [
    { old: 'django.utils.module_loading.import_by_path', advice: 'use `django.utils.module_loading.import_string()` (it raises `ImportError` where `import_by_path()` raised `ImproperlyConfigured`)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.module_loading import import_string
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.module_loading import import_by_path

          Backend = import_by_path(settings.BACKEND)
        `,
        errors: [
          { line: 1, column: 41, message: '`django.utils.module_loading.import_by_path` is deprecated since Django 1.7 and removed in 1.9: use `django.utils.module_loading.import_string()` (it raises `ImportError` where `import_by_path()` raised `ImproperlyConfigured`)' },
          { line: 3, column: 11, message: '`django.utils.module_loading.import_by_path` is deprecated since Django 1.7 and removed in 1.9: use `django.utils.module_loading.import_string()` (it raises `ImportError` where `import_by_path()` raised `ImproperlyConfigured`)' },
        ],
      },
    ],
  },
});
