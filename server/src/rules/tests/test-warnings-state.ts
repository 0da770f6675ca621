import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'test-warnings-state',
  title: '`get_warnings_state()` / `restore_warnings_state()` → `warnings.catch_warnings`',
  category: 'tests',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  docs: {
    what: 'Finds imports and uses of `django.test.utils.get_warnings_state` and `restore_warnings_state`.',
    why: 'Django 1.5 deprecated them in favour of the standard library\'s `warnings.catch_warnings()`; Django 1.7 removed them.',
  },
  fix: 'none',
  checklist: ['test-utils-get-warnings-state', 'test-utils-restore-warnings-state'],
  names: [
    { old: 'django.test.utils.get_warnings_state', advice: 'use `with warnings.catch_warnings():`' },
    { old: 'django.test.utils.restore_warnings_state', advice: 'use `with warnings.catch_warnings():`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          import warnings

          with warnings.catch_warnings():
              run()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.test.utils import get_warnings_state, restore_warnings_state

          state = get_warnings_state()
          restore_warnings_state(state)
        `,
        errors: [
          { line: 1, column: 31, message: '`django.test.utils.get_warnings_state` is deprecated since Django 1.5 and removed in 1.7: use `with warnings.catch_warnings():`' },
          { line: 1, column: 51, message: '`django.test.utils.restore_warnings_state` is deprecated since Django 1.5 and removed in 1.7: use `with warnings.catch_warnings():`' },
          { line: 3, column: 9, message: '`django.test.utils.get_warnings_state` is deprecated since Django 1.5 and removed in 1.7: use `with warnings.catch_warnings():`' },
          { line: 4, column: 1, message: '`django.test.utils.restore_warnings_state` is deprecated since Django 1.5 and removed in 1.7: use `with warnings.catch_warnings():`' },
        ],
      },
    ],
  },
});
