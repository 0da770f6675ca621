import { methodsOf } from '../../engine/python-queries';
import { dedent, methodOverrideRule } from '../shapes';

export default methodOverrideRule({
  id: 'appcommand-handle-app',
  title: '`AppCommand.handle_app()` → `handle_app_config()`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `handle_app()` defined in subclasses of `AppCommand` that do not define `handle_app_config()` too.',
    why: 'Django 1.7\'s app registry gives an app command an `AppConfig` (`handle_app_config(app_config, **options)`) instead of the app\'s models module; it called `handle_app()` with a warning until Django 1.9, where the command raises `NotImplementedError`.',
    fixSafety: 'No fix: the method receives an `AppConfig`; its `models_module` is what `handle_app()` received.',
  },
  fix: 'none',
  checklist: ['appcommand-handle-app'],
  truth: {
    replacements: ['django.core.management.base.AppCommand.handle_app_config'],
    note: '1.6.11 defines AppCommand.handle_app; 1.7.11 and 1.8.19 call an override of it from handle_app_config with a warning; 1.9.13 does not',
  },
  bases: ['django.core.management.base.AppCommand'],
  method: 'handle_app',
  inspect(_context, fn, _parameters, classNode) {
    if (methodsOf(classNode, 'handle_app_config').length > 0) return null;
    return {
      node: fn.childForFieldName('name') ?? fn,
      subject: '`AppCommand.handle_app()`, overridden here,',
      advice: 'define `handle_app_config(self, app_config, **options)` (`app_config.models_module` is the old argument)',
    };
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.management.base import AppCommand

          class Command(AppCommand):
              def handle_app_config(self, app_config, **options):
                  return app_config.label
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.management.base import AppCommand

          class Command(AppCommand):
              help = "Lists the models of the given apps."

              def handle_app(self, app, **options):
                  return ", ".join(m.__name__ for m in models.get_models(app))
        `,
        filename: 'shop/management/commands/listmodels.py',
        errors: [
          { line: 6, column: 9, message: '`AppCommand.handle_app()`, overridden here, is deprecated since Django 1.7 and removed in 1.9: define `handle_app_config(self, app_config, **options)` (`app_config.models_module` is the old argument)' },
        ],
      },
    ],
  },
});
