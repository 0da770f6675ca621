import { methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { isUserExpression } from '../shapes/receivers';

export default definePythonRule({
  id: 'user-get-profile',
  title: '`user.get_profile()` → the profile\'s one-to-one relation',
  category: 'removed-api',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  docs: {
    what: 'Finds `get_profile()` called on a user (the receivers `user-is-authenticated-call` recognises: `user`, `request.user`, names assigned a user, an authentication backend\'s user parameter…).',
    why: 'Django 1.5 introduced custom user models and deprecated `AUTH_PROFILE_MODULE` with `User.get_profile()`; Django 1.7 removed them (`AttributeError`).',
  },
  fix: 'none',
  checklist: ['user-get-profile'],
  truth: { removed: ['django.contrib.auth.models.AbstractUser.get_profile'] },
  triggers: ['get_profile'],
  check(context) {
    for (const { call, receiver } of methodCalls(context, ['get_profile'])) {
      if (!isUserExpression(context, receiver)) continue;
      context.report({
        node: call,
        subject: '`User.get_profile()`',
        advice: 'follow the profile model\'s one-to-one relation (`user.profile`), or move the fields to a custom user model',
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          def avatar(request):
              return request.user.profile.avatar
        `,
      },
      {
        code: dedent`
          def settings_of(account):
              return account.get_profile()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def avatar(request):
              profile = request.user.get_profile()
              return profile.avatar
        `,
        errors: [
          { line: 2, column: 15, message: '`User.get_profile()` is deprecated since Django 1.5 and removed in 1.7: follow the profile model\'s one-to-one relation (`user.profile`), or move the fields to a custom user model' },
        ],
      },
    ],
  },
});
