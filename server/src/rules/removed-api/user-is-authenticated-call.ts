import { callArguments, classOfMethod, enclosingFunction, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { definesMethod, isUserExpression } from '../shapes/receivers';

export default definePythonRule({
  id: 'user-is-authenticated-call',
  title: '`user.is_authenticated()` → `user.is_authenticated`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `is_authenticated()` and `is_anonymous()` called as methods on a user: a name that says so (`user`, `request.user`, `self.request.user`, `current_user`, `user_obj`), `context[\'user\']`, a name assigned a user (`request.user`, `authenticate(…)`, `get_user(request)`, `User.objects.get(…)` or `get_user_model().objects.get(…)`), the user parameter of an authentication backend\'s permission methods (`has_perm(self, user_obj, …)`), the test function of `user_passes_test`, and `self` in a custom user model. Other receivers are left alone: a session or a token may have a method of that name.',
    why: 'They became properties in Django 1.10; from 2.0 calling them raises `TypeError: \'bool\' object is not callable`.',
    fixSafety: 'Safe: drops the call parentheses. Needs Django 1.10+, where the properties exist.',
  },
  upstream: { djangoUpgrade: 'request_user_attributes' },
  fix: 'safe',
  checklist: ['user-is-authenticated-call', 'user-is-anonymous-call'],
  truth: { replacements: ['django.contrib.auth.base_user.AbstractBaseUser.is_authenticated'], note: 'the change is from a method to a property of the same name' },
  fixMinVersion: '1.10',
  triggers: ['is_authenticated', 'is_anonymous'],
  check(context) {
    for (const { call, name, receiver } of methodCalls(context, ['is_authenticated', 'is_anonymous'])) {
      if (!isUserExpression(context, receiver)) continue;
      // A custom user model that still defines the method itself calls its own method.
      if (receiver.type === 'identifier' && receiver.text === 'self') {
        const fn = enclosingFunction(receiver);
        const cls = fn ? classOfMethod(fn) : null;
        if (cls && definesMethod(cls, name)) continue;
      }
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
      {
        code: dedent`
          class TokenBackend:
              def has_perm(self, token, perm, obj=None):
                  return token.is_authenticated()


          def check(client, resp):
              account = client.login()
              return account.is_authenticated() and resp.data['user'].is_anonymous()
        `,
      },
      {
        code: dedent`
          from django.contrib.auth.models import AbstractBaseUser


          class Member(AbstractBaseUser):
              def is_authenticated(self):
                  return self.is_active

              def can_post(self):
                  return self.is_authenticated()
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
      {
        code: dedent`
          from django.contrib.auth import authenticate, get_user_model
          from django.contrib.auth.backends import ModelBackend


          class ObjectBackend(ModelBackend):
              def has_perm(self, user_obj, perm, obj=None):
                  if not user_obj.is_authenticated():
                      return False
                  return perm in self.get_all_permissions(user_obj, obj)


          def sign_in(request, name, password):
              account = authenticate(username=name, password=password)
              if account.is_anonymous():
                  return None
              member = get_user_model().objects.get(username=name)
              return member.is_authenticated()
        `,
        errors: [
          { line: 7, column: 16, message: '`is_authenticated()` called as a method is deprecated since Django 1.10 and removed in 2.0: use the `is_authenticated` property without parentheses' },
          { line: 14, column: 8, message: '`is_anonymous()` called as a method is deprecated since Django 1.10 and removed in 2.0: use the `is_anonymous` property without parentheses' },
          { line: 17, column: 12, message: '`is_authenticated()` called as a method is deprecated since Django 1.10 and removed in 2.0: use the `is_authenticated` property without parentheses' },
        ],
        output: dedent`
          from django.contrib.auth import authenticate, get_user_model
          from django.contrib.auth.backends import ModelBackend


          class ObjectBackend(ModelBackend):
              def has_perm(self, user_obj, perm, obj=None):
                  if not user_obj.is_authenticated:
                      return False
                  return perm in self.get_all_permissions(user_obj, obj)


          def sign_in(request, name, password):
              account = authenticate(username=name, password=password)
              if account.is_anonymous:
                  return None
              member = get_user_model().objects.get(username=name)
              return member.is_authenticated
        `,
      },
      {
        code: dedent`
          from django.contrib.auth.decorators import user_passes_test


          class PermissionBackend(object):
              def authenticate(self, request, token=None):
                  return None

              def has_module_perms(self, user_obj, app_label):
                  return user_obj.is_authenticated()


          @user_passes_test(lambda u: u.is_authenticated() and u.is_staff)
          def dashboard(request):
              current = request.user
              return current.is_anonymous()


          def test_login(self):
              response = self.client.get("/")
              self.assertTrue(response.context['user'].is_authenticated())
        `,
        errors: [
          { line: 9, column: 16, message: '`is_authenticated()` called as a method is deprecated since Django 1.10 and removed in 2.0: use the `is_authenticated` property without parentheses' },
          { line: 12, column: 29, message: '`is_authenticated()` called as a method is deprecated since Django 1.10 and removed in 2.0: use the `is_authenticated` property without parentheses' },
          { line: 15, column: 12, message: '`is_anonymous()` called as a method is deprecated since Django 1.10 and removed in 2.0: use the `is_anonymous` property without parentheses' },
          { line: 20, column: 21, message: '`is_authenticated()` called as a method is deprecated since Django 1.10 and removed in 2.0: use the `is_authenticated` property without parentheses' },
        ],
        output: dedent`
          from django.contrib.auth.decorators import user_passes_test


          class PermissionBackend(object):
              def authenticate(self, request, token=None):
                  return None

              def has_module_perms(self, user_obj, app_label):
                  return user_obj.is_authenticated


          @user_passes_test(lambda u: u.is_authenticated and u.is_staff)
          def dashboard(request):
              current = request.user
              return current.is_anonymous


          def test_login(self):
              response = self.client.get("/")
              self.assertTrue(response.context['user'].is_authenticated)
        `,
      },
    ],
  },
});
