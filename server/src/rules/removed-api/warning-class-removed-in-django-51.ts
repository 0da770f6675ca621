import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-51',
  title: '`RemovedInDjango51Warning` (gone in Django 5.1)',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '5.1',
  docs: warningClassDocs('RemovedInDjango51Warning', '4.2', '5.1'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango51Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango51Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango51Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango51Warning` was removed in Django 5.1 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango51Warning` was removed in Django 5.1 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
