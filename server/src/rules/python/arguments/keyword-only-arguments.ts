// Django APIs whose optional arguments became keyword-only.
import { deprecationNotes } from '../../docs-links';
import { signers } from '../../shapes/arguments';
import { positionalToKeywordRule } from '../../shapes';

export const signerPositionalArguments = positionalToKeywordRule({
  id: 'signer-positional-arguments',
  title: '`Signer(key, sep, salt)` → keyword arguments',
  category: 'removed-api',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  docsUrl: deprecationNotes('4.2'),
  docs: {
    what: 'Finds positional arguments to `django.core.signing.Signer` and `TimestampSigner`.',
    why: 'Django 4.2 made their arguments keyword-only; 5.1 raises `TypeError` for positional ones.',
    fixSafety: 'Safe: names each argument after the parameter it filled (`key`, `sep`, `salt`, `algorithm`, `fallback_keys`); these keywords exist in every version that has the parameter.',
  },
  fix: 'safe',
  checklist: ['signer-positional-args'],
  truth: { replacements: ['django.core.signing.Signer'], note: 'the parameters became keyword-only; their names did not change' },
  sites: { callees: signers },
  names: ['key', 'sep', 'salt', 'algorithm', 'fallback_keys'],
  subject: 'Positional arguments to `Signer`',
  advice: 'pass them by keyword (`key=`, `sep=`, `salt=`, …)',
  examples: {
    valid: [{ code: 'from django.core.signing import Signer\n\nsigner = Signer(key="k", salt="s")\n' }],
    invalid: [{
      code: 'from django.core import signing\n\nsigner = signing.TimestampSigner("k", ":", "orders")\n',
      findings: 1,
      output: 'from django.core import signing\n\nsigner = signing.TimestampSigner(key="k", sep=":", salt="orders")\n',
    }],
  },
});

export const baseConstraintPositionalArguments = positionalToKeywordRule({
  id: 'base-constraint-positional-arguments',
  title: '`BaseConstraint(name, violation_error_message)` → keyword arguments',
  category: 'models',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.0'),
  docs: {
    what: 'Finds positional arguments to `django.db.models.BaseConstraint`, and to `super().__init__()` in its direct subclasses (custom constraints).',
    why: 'Django 5.0 made `name` and `violation_error_message` keyword-only; 6.0 raises `TypeError` for positional ones.',
    fixSafety: 'Safe: names the arguments `name=` and `violation_error_message=`, keywords every version accepts.',
  },
  fix: 'safe',
  checklist: ['baseconstraint-positional'],
  truth: { replacements: ['django.db.models.constraints.BaseConstraint'], note: 'the parameters became keyword-only; their names did not change' },
  sites: { callees: ['django.db.models.constraints.BaseConstraint'], methods: { names: ['__init__'], selfOf: ['django.db.models.constraints.BaseConstraint'], receiver: () => false } },
  names: ['name', 'violation_error_message'],
  subject: 'Positional arguments to `BaseConstraint`',
  advice: 'pass `name=` and `violation_error_message=` by keyword',
  examples: {
    valid: [{ code: 'from django.db.models import BaseConstraint\n\nclass Even(BaseConstraint):\n    def __init__(self, *, field, name):\n        super().__init__(name=name)\n' }],
    invalid: [{
      code: 'from django.db.models import BaseConstraint\n\nclass Even(BaseConstraint):\n    def __init__(self, field, name):\n        super().__init__(name, "Must be even")\n',
      findings: 1,
      output: 'from django.db.models import BaseConstraint\n\nclass Even(BaseConstraint):\n    def __init__(self, field, name):\n        super().__init__(name=name, violation_error_message="Must be even")\n',
    }],
  },
});

const models = ['django.db.models.base.Model'];

export const modelSavePositionalArguments = positionalToKeywordRule({
  id: 'model-save-positional-arguments',
  title: '`Model.save(True, …)` → keyword arguments',
  category: 'models',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.1'),
  docs: {
    what: 'Finds positional arguments to `self.save()`/`super().save()` (and `asave()`) inside model classes.',
    why: 'Django 5.1 made the arguments of `Model.save()`/`asave()` keyword-only; 6.0 raises `TypeError` for positional ones. (Calls on other objects are not reported: `form.save(False)` is a different method.)',
    fixSafety: 'Safe: names each argument after the parameter it filled (`force_insert`, `force_update`, `using`, `update_fields`).',
  },
  fix: 'safe',
  checklist: ['model-save-positional'],
  truth: { replacements: ['django.db.models.base.Model.save'], note: 'the parameters became keyword-only; their names did not change' },
  sites: { methods: { names: ['save', 'asave'], selfOf: models, receiver: () => false } },
  names: ['force_insert', 'force_update', 'using', 'update_fields'],
  subject: 'Positional arguments to `Model.save()`',
  advice: 'pass them by keyword (`force_insert=`, `force_update=`, `using=`, `update_fields=`)',
  examples: {
    valid: [{ code: 'from django.db import models\n\nclass Book(models.Model):\n    def save(self, *args, **kwargs):\n        super().save(*args, **kwargs)\n' }],
    invalid: [{
      code: 'from django.db import models\n\nclass Book(models.Model):\n    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):\n        super().save(force_insert, force_update, using, update_fields)\n',
      findings: 1,
      output: 'from django.db import models\n\nclass Book(models.Model):\n    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):\n        super().save(force_insert=force_insert, force_update=force_update, using=using, update_fields=update_fields)\n',
    }],
  },
});
