import { callArguments, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'login-without-user',
  title: '`login(request, None)` relies on `request.user`',
  category: 'removed-api',
  deprecatedIn: '5.2',
  removedIn: '6.1',
  docs: {
    what: 'Finds `django.contrib.auth.login()`/`alogin()` called with `None` as the user.',
    why: 'With `user=None` they fell back to `request.user`; Django 5.2 deprecated the fallback and 6.1 removes it.',
    fixSafety: 'No automatic fix: pass the user explicitly (`login(request, request.user)` if that is what is meant).',
  },
  fix: 'none',
  checklist: ['login-user-none-fallback'],
  truth: { replacements: ['django.contrib.auth.login', 'django.contrib.auth.alogin'], note: 'an accepted value (None) went away, not a name' },
  triggers: ['login', 'alogin'],
  triggersInCode: true,
  check(context) {
    for (const { call, callee } of callsTo(context, ['django.contrib.auth.login', 'django.contrib.auth.alogin'])) {
      const { positional, keywords } = callArguments(call);
      const user = positional[1] ?? keywords.get('user')?.childForFieldName('value');
      if (user?.type !== 'none') continue;
      context.report({ node: user, subject: `\`${callee.text.replace(/^.*\./, '')}()\` with \`None\` as the user`, advice: 'pass the user explicitly' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.auth import login

          def view(request, user):
              login(request, user)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import auth

          def view(request):
              auth.login(request, None)
        `,
        errors: [
          { line: 4, column: 25, message: '`login()` with `None` as the user is deprecated since Django 5.2 and removed in 6.1: pass the user explicitly' },
        ],
      },
    ],
  },
});
