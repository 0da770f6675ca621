import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-61',
  title: '`RemovedInDjango61Warning` (gone in Django 6.1)',
  category: 'removed-api',
  deprecatedIn: '6.1',
  removedIn: '6.1',
  docs: warningClassDocs('RemovedInDjango61Warning', '5.2', '6.1'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango61Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango61Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango61Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango61Warning` was removed in Django 6.1 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango61Warning` was removed in Django 6.1 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
