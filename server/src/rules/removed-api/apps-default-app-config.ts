import { deleteStatement } from '../../engine/python-edits';
import { moduleAssignments, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'apps-default-app-config',
  title: 'Remove `default_app_config`',
  category: 'removed-api',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  onlyIn: ['init'],
  docs: {
    what: 'Finds `default_app_config = "…"` in a package\'s `__init__.py`.',
    why: 'Django 3.2 finds the `AppConfig` in `apps.py` by itself; 4.1 ignores the variable.',
    fixSafety: 'Safe when `apps.py` has one `AppConfig` subclass (or marks one `default = True`), which 3.2+ then uses. Needs Django 3.2+.',
  },
  upstream: { djangoUpgrade: 'default_app_config' },
  fix: 'safe',
  checklist: ['default-app-config'],
  truth: { replacements: ['django.apps.config.APPS_MODULE_NAME'], note: 'default_app_config is a variable of the user\'s package; the claim checks that 3.2+ looks for AppConfig classes in apps.py (APPS_MODULE_NAME)' },
  fixMinVersion: '3.2',
  triggers: ['default_app_config'],
  check(context) {
    for (const { statement, left, right } of moduleAssignments(context, 'default_app_config')) {
      context.report({
        node: left,
        subject: '`default_app_config`',
        advice: 'remove it; Django finds the `AppConfig` in `apps.py`',
        // Like django-upgrade's `default_app_config`: only a plain string is removed.
        fix: stringValue(right) !== null ? { title: 'Remove `default_app_config`', edits: [deleteStatement(context.text, statement)] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          default_app_config = "blog.apps.BlogConfig"
        `,
        filename: 'blog/apps.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          """The blog app."""
          default_app_config = "blog.apps.BlogConfig"
        `,
        filename: 'blog/__init__.py',
        errors: [
          { line: 2, column: 1, message: '`default_app_config` is deprecated since Django 3.2 and removed in 4.1: remove it; Django finds the `AppConfig` in `apps.py`' },
        ],
        output: dedent`
          """The blog app."""
        `,
      },
      {
        code: dedent`
          """The shop app: products and orders."""
          VERSION = (1, 2)

          default_app_config = "shop.apps.ShopConfig"
          __all__ = ["VERSION"]
        `,
        filename: 'shop/__init__.py',
        errors: [
          { line: 4, column: 1, message: '`default_app_config` is deprecated since Django 3.2 and removed in 4.1: remove it; Django finds the `AppConfig` in `apps.py`' },
        ],
        output: dedent`
          """The shop app: products and orders."""
          VERSION = (1, 2)

          __all__ = ["VERSION"]
        `,
      },
    ],
  },
});
