import { dedent, positionalToKeywordRule } from '../shapes';

const models = ['django.db.models.base.Model'];

export default positionalToKeywordRule({
  id: 'model-save-positional-arguments',
  title: '`Model.save(True, …)` → keyword arguments',
  category: 'models',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docs: {
    what: 'Finds positional arguments to `self.save()`/`super().save()` (and `asave()`) inside model classes.',
    why: 'Django 5.1 made the arguments of `Model.save()`/`asave()` keyword-only; 6.0 raises `TypeError` for positional ones. (Calls on other objects are not reported: `form.save(False)` is a different method.)',
    fixSafety: 'Safe: names each argument after the parameter it filled (`force_insert`, `force_update`, `using`, `update_fields`).',
  },
  fix: 'safe',
  checklist: ['model-save-positional'],
  truth: { replacements: ['django.db.models.base.Model.save'], note: 'the parameters became keyword-only; their names did not change' },
  sites: { methods: { names: ['save', 'asave'], selfOf: models } },
  names: ['force_insert', 'force_update', 'using', 'update_fields'],
  subject: 'Positional arguments to `Model.save()`',
  advice: 'pass them by keyword (`force_insert=`, `force_update=`, `using=`, `update_fields=`)',
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class Book(models.Model):
              def save(self, *args, **kwargs):
                  super().save(*args, **kwargs)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class Book(models.Model):
              def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
                  super().save(force_insert, force_update, using, update_fields)
        `,
        errors: [
          { line: 5, column: 22, message: 'Positional arguments to `Model.save()` is deprecated since Django 5.1 and removed in 6.0: pass them by keyword (`force_insert=`, `force_update=`, `using=`, `update_fields=`)' },
        ],
        output: dedent`
          from django.db import models

          class Book(models.Model):
              def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
                  super().save(force_insert=force_insert, force_update=force_update, using=using, update_fields=update_fields)
        `,
      },
      {
        code: dedent`
          from django.db import models


          class Invoice(models.Model):
              number = models.CharField(max_length=20)

              def renumber(self, number):
                  self.number = number
                  self.save(False, True)
        `,
        errors: [
          { line: 9, column: 19, message: 'Positional arguments to `Model.save()` is deprecated since Django 5.1 and removed in 6.0: pass them by keyword (`force_insert=`, `force_update=`, `using=`, `update_fields=`)' },
        ],
        output: dedent`
          from django.db import models


          class Invoice(models.Model):
              number = models.CharField(max_length=20)

              def renumber(self, number):
                  self.number = number
                  self.save(force_insert=False, force_update=True)
        `,
      },
    ],
  },
});
