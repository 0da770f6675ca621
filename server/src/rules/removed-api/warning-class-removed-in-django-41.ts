import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-41',
  title: '`RemovedInDjango41Warning` (gone in Django 4.1)',
  category: 'removed-api',
  deprecatedIn: '4.1',
  removedIn: '4.1',
  docs: warningClassDocs('RemovedInDjango41Warning', '3.2', '4.1'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango41Warning', advice: warningClassAdvice }],
  examples: {
    valid: [
      {
        code: dedent`
          import warnings

          warnings.simplefilter("error", DeprecationWarning)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import warnings

          from django.utils.deprecation import RemovedInDjango41Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango41Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango41Warning` was removed in Django 4.1 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango41Warning` was removed in Django 4.1 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
