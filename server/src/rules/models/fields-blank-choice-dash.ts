import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'fields-blank-choice-dash',
  title: '`BLANK_CHOICE_DASH` → `BLANK_CHOICE_LABEL`',
  category: 'models',
  deprecatedIn: '6.1',
  removedIn: null,
  docs: {
    what: 'Finds imports and uses of `django.db.models.fields.BLANK_CHOICE_DASH` (also through `django.db.models`).',
    why: 'Django 6.1 labels the blank choice of select fields with `BLANK_CHOICE_LABEL` ("- Select an option -") and deprecated the undocumented `BLANK_CHOICE_DASH` constant; the `USE_BLANK_CHOICE_DASH` transitional setting restores the old label meanwhile.',
  },
  fix: 'none',
  names: [{ old: 'django.db.models.fields.BLANK_CHOICE_DASH', advice: 'build the blank choice from `BLANK_CHOICE_LABEL` (`[("", BLANK_CHOICE_LABEL)]`)' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models.fields import BLANK_CHOICE_LABEL

          choices = [("", BLANK_CHOICE_LABEL)]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.fields import BLANK_CHOICE_DASH


          def status_choices():
              return BLANK_CHOICE_DASH + [("open", "Open"), ("closed", "Closed")]
        `,
        errors: [
          { line: 1, column: 37, message: '`django.db.models.fields.BLANK_CHOICE_DASH` is deprecated since Django 6.1: build the blank choice from `BLANK_CHOICE_LABEL` (`[("", BLANK_CHOICE_LABEL)]`)' },
          { line: 5, column: 12, message: '`django.db.models.fields.BLANK_CHOICE_DASH` is deprecated since Django 6.1: build the blank choice from `BLANK_CHOICE_LABEL` (`[("", BLANK_CHOICE_LABEL)]`)' },
        ],
      },
    ],
  },
});
