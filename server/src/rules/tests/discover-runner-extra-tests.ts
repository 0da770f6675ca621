import { callArguments, classOfMethod, derivesFrom, functionsNamed, isSelfOfSubclass, methodCalls, parametersOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const runners = ['django.test.runner.DiscoverRunner'];
const methods = ['build_suite', 'run_tests'];

export default definePythonRule({
  id: 'discover-runner-extra-tests',
  title: '`DiscoverRunner.build_suite()`/`run_tests()` `extra_tests`',
  category: 'tests',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  docs: {
    what: 'Finds the `extra_tests` parameter in `build_suite()`/`run_tests()` overrides of `DiscoverRunner` subclasses, and `extra_tests=` passed to them on `self`.',
    why: 'Django 4.0 deprecated `extra_tests`; 5.0 removed it, so Django no longer passes it and calls that pass it raise `TypeError`.',
    fixSafety: 'No automatic fix: add the extra tests in an overridden `build_suite()` (`suite = super().build_suite(...); suite.addTests(...)`).',
  },
  fix: 'none',
  checklist: ['discoverrunner-extra-tests'],
  truth: {
    removedParameters: [
      { symbol: 'django.test.runner.DiscoverRunner.build_suite', name: 'extra_tests' },
      { symbol: 'django.test.runner.DiscoverRunner.run_tests', name: 'extra_tests' },
    ],
  },
  triggers: ['extra_tests'],
  check(context) {
    const advice = 'remove it; add extra tests to the suite `build_suite()` returns';
    for (const fn of functionsNamed(context, methods)) {
      const name = fn.childForFieldName('name')!.text;
      const classNode = classOfMethod(fn);
      if (!classNode || !derivesFrom(context, classNode, runners)) continue;
      const parameter = parametersOf(fn).find((p) => p.name === 'extra_tests');
      if (parameter) context.report({ node: parameter.node, subject: `The \`extra_tests\` parameter of \`${name}()\``, advice });
    }
    for (const { call, receiver, name } of methodCalls(context, methods)) {
      const argument = callArguments(call).keywords.get('extra_tests');
      if (argument && isSelfOfSubclass(context, receiver, runners)) context.report({ node: argument, subject: `\`${name}(extra_tests=…)\``, advice });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.test.runner import DiscoverRunner

          class Runner(DiscoverRunner):
              def build_suite(self, test_labels=None, **kwargs):
                  return super().build_suite(test_labels, **kwargs)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.test.runner import DiscoverRunner

          class Runner(DiscoverRunner):
              def build_suite(self, test_labels=None, extra_tests=None, **kwargs):
                  return super().build_suite(test_labels, extra_tests=extra_tests, **kwargs)
        `,
        errors: [
          { line: 4, column: 45, message: 'The `extra_tests` parameter of `build_suite()` is deprecated since Django 4.0 and removed in 5.0: remove it; add extra tests to the suite `build_suite()` returns' },
          { line: 5, column: 49, message: '`build_suite(extra_tests=…)` is deprecated since Django 4.0 and removed in 5.0: remove it; add extra tests to the suite `build_suite()` returns' },
        ],
      },
    ],
  },
});
