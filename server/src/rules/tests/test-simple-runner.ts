import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'test-simple-runner',
  title: '`django.test.simple` and `django.test._doctest` → `django.test.runner`',
  category: 'tests',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds imports of `django.test.simple` (`DjangoTestSuiteRunner`) and `django.test._doctest`.',
    why: 'Django 1.6 replaced the test runner with `DiscoverRunner` and stopped running doctests; Django 1.8 removed the old modules.',
  },
  fix: 'none',
  checklist: ['test-simple-module', 'test-doctest'],
  modules: [
    { module: 'django.test.simple', advice: 'subclass `django.test.runner.DiscoverRunner`' },
    { module: 'django.test._doctest', advice: 'use the standard library\'s `doctest`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.test.runner import DiscoverRunner
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.test.simple import DjangoTestSuiteRunner

          class Runner(DjangoTestSuiteRunner):
              pass
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.test.simple` is deprecated since Django 1.6 and removed in 1.8: subclass `django.test.runner.DiscoverRunner`' },
        ],
      },
      {
        code: dedent`
          from django.test import _doctest as doctest
        `,
        errors: [
          { line: 1, column: 25, message: 'The module `django.test._doctest` is deprecated since Django 1.6 and removed in 1.8: use the standard library\'s `doctest`' },
        ],
      },
    ],
  },
});
