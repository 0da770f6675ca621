import { callArguments, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'user-is-authenticated-call',
  title: '`user.is_authenticated()` → `user.is_authenticated`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `is_authenticated()` and `is_anonymous()` called as methods on a user (`user`, `request.user`, `self.request.user`).',
    why: 'They became properties in Django 1.10; from 2.0 calling them raises `TypeError: \'bool\' object is not callable`.',
    fixSafety: 'Safe: drops the call parentheses. Needs Django 1.10+, where the properties exist.',
  },
  upstream: { djangoUpgrade: 'request_user_attributes' },
  fix: 'safe',
  checklist: ['user-is-authenticated-call'],
  truth: { replacements: ['django.contrib.auth.base_user.AbstractBaseUser.is_authenticated'], note: 'the change is from a method to a property of the same name' },
  fixMinVersion: '1.10',
  triggers: ['is_authenticated', 'is_anonymous'],
  check(context) {
    for (const { call, name, receiver } of methodCalls(context, ['is_authenticated', 'is_anonymous'])) {
      if (!/(^|\.|_)user$/i.test(receiver.text.replace(/\s+/g, ''))) continue;
      const { list, positional, keywords, hasSplat } = callArguments(call);
      if (!list || positional.length || keywords.size || hasSplat) continue;
      context.report({
        node: call,
        subject: `\`${name}()\` called as a method`,
        advice: `use the \`${name}\` property without parentheses`,
        fix: { title: `Use the \`${name}\` property`, edits: [{ start: list.startIndex, end: list.endIndex, text: '' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          if request.user.is_authenticated:
              pass
        `,
      },
      {
        code: dedent`
          if session.is_authenticated():
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def view(request):
              if request.user.is_authenticated():
                  return 1
              return user.is_anonymous()
        `,
        errors: [
          { line: 2, column: 8, message: '`is_authenticated()` called as a method is deprecated since Django 1.10 and removed in 2.0: use the `is_authenticated` property without parentheses' },
          { line: 4, column: 12, message: '`is_anonymous()` called as a method is deprecated since Django 1.10 and removed in 2.0: use the `is_anonymous` property without parentheses' },
        ],
        output: dedent`
          def view(request):
              if request.user.is_authenticated:
                  return 1
              return user.is_anonymous
        `,
      },
      {
        code: dedent`
          class Profile(View):
              def get(self, request):
                  if not self.request.user.is_authenticated():
                      return redirect("login")
                  return render(request, "profile.html")
        `,
        errors: [
          { line: 3, column: 16, message: '`is_authenticated()` called as a method is deprecated since Django 1.10 and removed in 2.0: use the `is_authenticated` property without parentheses' },
        ],
        output: dedent`
          class Profile(View):
              def get(self, request):
                  if not self.request.user.is_authenticated:
                      return redirect("login")
                  return render(request, "profile.html")
        `,
      },
    ],
  },
});
