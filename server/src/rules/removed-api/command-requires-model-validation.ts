import { dedent, subclassAttributeRule } from '../shapes';

export default subclassAttributeRule({
  id: 'command-requires-model-validation',
  title: '`requires_model_validation` → `requires_system_checks`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `requires_model_validation` set on management commands (subclasses of `BaseCommand`, `AppCommand`, `LabelCommand`, `NoArgsCommand`).',
    why: 'Django 1.7 replaced model validation with the system checks and read `requires_model_validation` only as a fallback for `requires_system_checks`; Django 1.9 stopped reading it, so the command runs the checks again.',
  },
  fix: 'none',
  checklist: ['requires-model-validation'],
  truth: { note: '1.7 and 1.8 read `requires_model_validation` with `hasattr()` in `BaseCommand.__init__`; it was never a class attribute' },
  bases: ['django.core.management.base.BaseCommand', 'django.core.management.base.AppCommand', 'django.core.management.base.LabelCommand', 'django.core.management.base.NoArgsCommand', 'django.core.management.BaseCommand'],
  baseName: 'BaseCommand',
  members: [{ name: 'requires_model_validation', advice: 'set `requires_system_checks` instead (from Django 3.2 a list of tags, `[]` for none)' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.management.base import BaseCommand

          class Command(BaseCommand):
              requires_system_checks = []
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.management.base import BaseCommand

          class Command(BaseCommand):
              requires_model_validation = False

              def handle(self, *args, **options):
                  pass
        `,
        errors: [
          { line: 4, column: 5, message: '`BaseCommand.requires_model_validation` is deprecated since Django 1.7 and removed in 1.9: set `requires_system_checks` instead (from Django 3.2 a list of tags, `[]` for none)' },
        ],
      },
    ],
  },
});
