import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-31',
  title: '`RemovedInDjango31Warning` (gone in Django 3.1)',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '3.1',
  docs: warningClassDocs('RemovedInDjango31Warning', '2.2', '3.1'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango31Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango31Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango31Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango31Warning` was removed in Django 3.1 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango31Warning` was removed in Django 3.1 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
