import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'db-models-choicesmeta',
  title: '`ChoicesMeta` → `ChoicesType`',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docs: {
    what: 'Finds `django.db.models.enums.ChoicesMeta`, the metaclass of `Choices` enums.',
    why: 'Django 5.0 renamed it `ChoicesType`, keeping the old name as a deprecated alias until Django 6.0.',
    fixSafety: 'Safe: the same class under its new name (Django 5.0+).',
  },
  fix: 'safe',
  fixMinVersion: '5.0',
  checklist: ['choicesmeta'],
  names: [{ old: 'django.db.models.enums.ChoicesMeta', replacement: 'django.db.models.enums.ChoicesType', subject: '`ChoicesMeta`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models.enums import ChoicesType
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.enums import ChoicesMeta

          class ColorMeta(ChoicesMeta):
              pass
        `,
        errors: [
          { line: 1, column: 36, message: '`ChoicesMeta` is deprecated since Django 5.0 and removed in 6.0: use `django.db.models.enums.ChoicesType`' },
          { line: 3, column: 17, message: '`ChoicesMeta` is deprecated since Django 5.0 and removed in 6.0: use `django.db.models.enums.ChoicesType`' },
        ],
        output: dedent`
          from django.db.models.enums import ChoicesType

          class ColorMeta(ChoicesType):
              pass
        `,
      },
      {
        code: dedent`
          from django.db import models
          from django.db.models.enums import ChoicesMeta


          class Planet(models.TextChoices):
              MERCURY = "me", "Mercury"
              VENUS = "ve", "Venus"


          PLANET_IS_ENUM = isinstance(Planet, ChoicesMeta)
        `,
        errors: [
          { line: 2, column: 36, message: '`ChoicesMeta` is deprecated since Django 5.0 and removed in 6.0: use `django.db.models.enums.ChoicesType`' },
          { line: 10, column: 37, message: '`ChoicesMeta` is deprecated since Django 5.0 and removed in 6.0: use `django.db.models.enums.ChoicesType`' },
        ],
        output: dedent`
          from django.db import models
          from django.db.models.enums import ChoicesType


          class Planet(models.TextChoices):
              MERCURY = "me", "Mercury"
              VENUS = "ve", "Venus"


          PLANET_IS_ENUM = isinstance(Planet, ChoicesType)
        `,
      },
    ],
  },
});
