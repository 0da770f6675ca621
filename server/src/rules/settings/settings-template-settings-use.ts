import { dedent } from '../shapes';
import { runtimeSettingsRule } from '../shapes/runtime-settings';

export default runtimeSettingsRule({
  id: 'settings-template-settings-use',
  title: '`settings.TEMPLATE_DEBUG`, `TEMPLATE_DIRS`, … at run time → `TEMPLATES`',
  category: 'settings',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds the template settings of Django < 1.8 (`TEMPLATE_DIRS`, `TEMPLATE_DEBUG`, `TEMPLATE_LOADERS`, `TEMPLATE_CONTEXT_PROCESSORS`, `TEMPLATE_STRING_IF_INVALID`) used outside the settings module: read or set through `django.conf.settings` (`settings.TEMPLATE_DEBUG = True`), or given to `override_settings()`, `modify_settings()`, `settings.configure()` or a test case\'s `self.settings()`. A module that also names `TEMPLATES` is compatibility code for both and is left alone.',
    why: 'Django 1.8 moved template configuration into `TEMPLATES`; Django 1.10 removed the old settings: reading one raises `AttributeError`, and setting or overriding one changes nothing.',
  },
  fix: 'none',
  checklist: ['setting-template-debug', 'setting-template-dirs'],
  settings: [
    { name: 'TEMPLATE_DIRS', advice: "use `TEMPLATES[0]['DIRS']`" },
    { name: 'TEMPLATE_DEBUG', advice: "use `TEMPLATES[0]['OPTIONS']['debug']`" },
    { name: 'TEMPLATE_LOADERS', advice: "use `TEMPLATES[0]['OPTIONS']['loaders']`" },
    { name: 'TEMPLATE_CONTEXT_PROCESSORS', advice: "use `TEMPLATES[0]['OPTIONS']['context_processors']`" },
    { name: 'TEMPLATE_STRING_IF_INVALID', advice: "use `TEMPLATES[0]['OPTIONS']['string_if_invalid']`" },
  ],
  newSettings: ['TEMPLATES'],
  examples: {
    valid: [
      {
        code: dedent`
          from django.conf import settings


          def template_dirs():
              if hasattr(settings, "TEMPLATES"):
                  return settings.TEMPLATES[0]["DIRS"]
              return settings.TEMPLATE_DIRS
        `,
      },
      {
        code: dedent`
          from myapp import conf as settings

          settings.TEMPLATE_DEBUG = True
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf import settings
          from django.test.utils import override_settings


          def setUpModule():
              settings.TEMPLATE_DEBUG = True


          @override_settings(TEMPLATE_DIRS=("tests/templates",), TEMPLATE_STRING_IF_INVALID="INVALID")
          def test_render():
              pass
        `,
        errors: [
          { line: 6, column: 14, message: 'The `TEMPLATE_DEBUG` setting is deprecated since Django 1.8 and removed in 1.10: use `TEMPLATES[0][\'OPTIONS\'][\'debug\']`' },
          { line: 9, column: 20, message: 'The `TEMPLATE_DIRS` setting is deprecated since Django 1.8 and removed in 1.10: use `TEMPLATES[0][\'DIRS\']`' },
          { line: 9, column: 56, message: 'The `TEMPLATE_STRING_IF_INVALID` setting is deprecated since Django 1.8 and removed in 1.10: use `TEMPLATES[0][\'OPTIONS\'][\'string_if_invalid\']`' },
        ],
      },
      {
        code: dedent`
          import django
          from django.conf import settings

          settings.configure(
              DEBUG=True,
              TEMPLATE_DIRS=["templates"],
              TEMPLATE_CONTEXT_PROCESSORS=getattr(settings, "TEMPLATE_CONTEXT_PROCESSORS", ()),
          )
        `,
        errors: [
          { line: 6, column: 5, message: 'The `TEMPLATE_DIRS` setting is deprecated since Django 1.8 and removed in 1.10: use `TEMPLATES[0][\'DIRS\']`' },
          { line: 7, column: 5, message: 'The `TEMPLATE_CONTEXT_PROCESSORS` setting is deprecated since Django 1.8 and removed in 1.10: use `TEMPLATES[0][\'OPTIONS\'][\'context_processors\']`' },
          { line: 7, column: 51, message: 'The `TEMPLATE_CONTEXT_PROCESSORS` setting is deprecated since Django 1.8 and removed in 1.10: use `TEMPLATES[0][\'OPTIONS\'][\'context_processors\']`' },
        ],
      },
    ],
  },
});
