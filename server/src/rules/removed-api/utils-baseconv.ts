import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'utils-baseconv',
  title: '`django.utils.baseconv` removed',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  docs: {
    what: 'Finds imports of the undocumented `django.utils.baseconv` module (`base62`, `base36`, `BaseConverter`…).',
    why: 'Django stopped using it (signing moved to `django.core.signing.b62_encode()`), deprecated it in 4.0 and removed it in 5.0.',
    fixSafety: 'No fix: copy the converter into the project, or use `int(value, 36)`/`numpy.base_repr()`-style helpers; `django.utils.http.int_to_base36()`/`base36_to_int()` cover base 36.',
  },
  fix: 'none',
  checklist: ['utils-baseconv'],
  modules: [{ module: 'django.utils.baseconv', advice: 'copy the converter you use into the project (or use `django.utils.http.int_to_base36()` for base 36)' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.http import int_to_base36
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.baseconv import base62

          token = base62.encode(42)
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.utils.baseconv` is deprecated since Django 4.0 and removed in 5.0: copy the converter you use into the project (or use `django.utils.http.int_to_base36()` for base 36)' },
        ],
      },
    ],
  },
});
