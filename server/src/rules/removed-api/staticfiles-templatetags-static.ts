import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'staticfiles-templatetags-static',
  title: '`django.contrib.staticfiles.templatetags.staticfiles.static()` → `django.templatetags.static.static()`',
  category: 'removed-api',
  deprecatedIn: '2.1',
  removedIn: '3.0',
  docs: {
    what: 'Finds `static` imported from `django.contrib.staticfiles.templatetags.staticfiles`.',
    why: 'Django 2.1 deprecated the staticfiles template tag library; 3.0 removed it. `django.templatetags.static.static()` uses the staticfiles storage when the app is installed.',
    fixSafety: 'Safe: same result. Needs Django 1.10+, where `django.templatetags.static.static()` consults staticfiles.',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['staticfiles-templatetags-static'],
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [{ old: 'django.contrib.staticfiles.templatetags.staticfiles.static', replacement: 'django.templatetags.static.static', subject: '`django.contrib.staticfiles.templatetags.staticfiles.static()`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.templatetags.static import static

          url = static("logo.png")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.staticfiles.templatetags.staticfiles import static

          url = static("logo.png")
        `,
        errors: [
          { line: 1, column: 65, message: '`django.contrib.staticfiles.templatetags.staticfiles.static()` is deprecated since Django 2.1 and removed in 3.0: use `django.templatetags.static.static`' },
          { line: 3, column: 7, message: '`django.contrib.staticfiles.templatetags.staticfiles.static()` is deprecated since Django 2.1 and removed in 3.0: use `django.templatetags.static.static`' },
        ],
        output: dedent`
          from django.templatetags.static import static

          url = static("logo.png")
        `,
      },
      {
        code: dedent`
          from django.contrib.staticfiles.templatetags.staticfiles import static


          def asset_url(path):
              return static(path)
        `,
        errors: [
          { line: 1, column: 65, message: '`django.contrib.staticfiles.templatetags.staticfiles.static()` is deprecated since Django 2.1 and removed in 3.0: use `django.templatetags.static.static`' },
          { line: 5, column: 12, message: '`django.contrib.staticfiles.templatetags.staticfiles.static()` is deprecated since Django 2.1 and removed in 3.0: use `django.templatetags.static.static`' },
        ],
        output: dedent`
          from django.templatetags.static import static


          def asset_url(path):
              return static(path)
        `,
      },
    ],
  },
});
