import { normalizeEdits } from '../../engine/apply-fixes';
import { addImports } from '../../engine/python-edits';
import { callArguments, managerChainReceiver, receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

const defaultChars = '"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"';
const defaultManager = receiverNamed('_default_manager');

export default removedMethodsRule({
  id: 'auth-make-random-password',
  title: '`BaseUserManager.make_random_password()` → `get_random_string()`',
  category: 'removed-api',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  docs: {
    what: 'Finds `make_random_password()` called on a model manager (`User.objects…`, `…_default_manager`, `self` in a user manager) and overrides of it in user managers.',
    why: 'Django 4.2 deprecated the helper (a password is better generated with `secrets`, or not at all: `set_unusable_password()`); Django 5.1 removed it.',
    fixSafety:
      'Quick fix only: writes `get_random_string(length, allowed_chars)` with the arguments and defaults the method passed, which is exactly what it returned ' +
      'unless the manager overrides it.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.8',
  checklist: ['make-random-password'],
  classes: ['django.contrib.auth.base_user.BaseUserManager', 'django.contrib.auth.models.BaseUserManager', 'django.contrib.auth.models.UserManager'],
  receiver: (context, receiver) => managerChainReceiver(context, receiver) || defaultManager(context, receiver),
  methods: [
    {
      name: 'make_random_password',
      subject: '`BaseUserManager.make_random_password()`',
      advice: 'use `django.utils.crypto.get_random_string(length, allowed_chars)`, the `secrets` module, or `set_unusable_password()`',
      rewrite(context, call) {
        const { scopes, text } = context;
        const { list, positional, keywords, hasSplat } = callArguments(call);
        if (!list || hasSplat || positional.length > 2 || [...keywords.keys()].some((k) => k !== 'length' && k !== 'allowed_chars')) return null;
        if (scopes.renameSafety('get_random_string', 'django.utils.crypto.get_random_string', [call], 0) !== 'safe') return null;
        const value = (node: import('web-tree-sitter').Node | undefined) => {
          const v = node?.type === 'keyword_argument' ? node.childForFieldName('value') : node;
          return v ? text.slice(v.startIndex, v.endIndex) : undefined;
        };
        const length = value(positional[0] ?? keywords.get('length')) ?? '10';
        const chars = value(positional[1] ?? keywords.get('allowed_chars')) ?? defaultChars;
        try {
          return {
            title: 'Use `get_random_string()`',
            edits: normalizeEdits([
              { start: call.startIndex, end: call.endIndex, text: `get_random_string(${length}, ${chars})` },
              ...addImports(scopes, text, [{ module: 'django.utils.crypto', name: 'get_random_string' }]),
            ]),
          };
        } catch {
          return null;
        }
      },
    },
  ],
  truth: { removed: ['django.contrib.auth.base_user.BaseUserManager.make_random_password'], replacements: ['django.utils.crypto.get_random_string'] },
  examples: {
    valid: [
      {
        code: dedent`
          import secrets

          password = secrets.token_urlsafe(12)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.auth.models import User

          password = User.objects.make_random_password()
          pin = User.objects.make_random_password(length=6, allowed_chars="0123456789")
        `,
        errors: [
          { line: 3, column: 12, message: '`BaseUserManager.make_random_password()` is deprecated since Django 4.2 and removed in 5.1: use `django.utils.crypto.get_random_string(length, allowed_chars)`, the `secrets` module, or `set_unusable_password()`' },
          { line: 4, column: 7, message: '`BaseUserManager.make_random_password()` is deprecated since Django 4.2 and removed in 5.1: use `django.utils.crypto.get_random_string(length, allowed_chars)`, the `secrets` module, or `set_unusable_password()`' },
        ],
        output: dedent`
          from django.contrib.auth.models import User
          from django.utils.crypto import get_random_string

          password = get_random_string(10, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
          pin = get_random_string(6, "0123456789")
        `,
      },
      {
        code: dedent`
          from django.contrib.auth.models import User


          def temporary_password():
              return User._default_manager.make_random_password(length=12, allowed_chars="abcdefgh23456789")
        `,
        errors: [
          { line: 5, column: 12, message: '`BaseUserManager.make_random_password()` is deprecated since Django 4.2 and removed in 5.1: use `django.utils.crypto.get_random_string(length, allowed_chars)`, the `secrets` module, or `set_unusable_password()`' },
        ],
        output: dedent`
          from django.contrib.auth.models import User
          from django.utils.crypto import get_random_string


          def temporary_password():
              return get_random_string(12, "abcdefgh23456789")
        `,
      },
    ],
  },
});
