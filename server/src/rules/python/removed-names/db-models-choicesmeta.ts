import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'db-models-choicesmeta',
  title: '`ChoicesMeta` → `ChoicesType`',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.0'),
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
    valid: [{ code: 'from django.db.models.enums import ChoicesType\n' }],
    invalid: [
      {
        code: 'from django.db.models.enums import ChoicesMeta\n\nclass ColorMeta(ChoicesMeta):\n    pass\n',
        findings: 2,
        output: 'from django.db.models.enums import ChoicesType\n\nclass ColorMeta(ChoicesType):\n    pass\n',
      },
    ],
  },
});
