import type { Node } from 'web-tree-sitter';
import { deleteStatement } from '../../engine/python-edits';
import { identifiersNamed, isPlainTopLevel, preferredQuote, settingAssignments } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import type { PythonRuleContext } from '../../engine/lint';
import { dedent, definePythonRule } from '../shapes';
import { allauthReleaseNotes } from '../shapes/libraries';

/** The settings `ACCOUNT_SIGNUP_FIELDS` replaced, with the default allauth reads when one is unset. */
const settings: Record<string, boolean> = {
  ACCOUNT_EMAIL_REQUIRED: false,
  ACCOUNT_USERNAME_REQUIRED: true,
  ACCOUNT_SIGNUP_EMAIL_ENTER_TWICE: false,
  ACCOUNT_SIGNUP_PASSWORD_ENTER_TWICE: true,
};

/** The fields allauth 65.5+ derives from the old settings (`AppSettings.SIGNUP_FIELDS`). */
function signupFields(value: (name: string) => boolean): string[] {
  const email = value('ACCOUNT_EMAIL_REQUIRED');
  const fields = [email ? 'email*' : 'email'];
  if (value('ACCOUNT_SIGNUP_EMAIL_ENTER_TWICE')) fields.push(email ? 'email2*' : 'email2');
  if (value('ACCOUNT_USERNAME_REQUIRED')) fields.push('username*');
  fields.push('password1*');
  if (value('ACCOUNT_SIGNUP_PASSWORD_ENTER_TWICE')) fields.push('password2*');
  return fields;
}

/**
 * The edits that write the module's old settings as one `ACCOUNT_SIGNUP_FIELDS` (at the first one's
 * place, the others deleted), or null: each must be set once, at module level, to `True` or
 * `False`, and be read nowhere else in the module.
 */
function signupFieldsEdits(context: PythonRuleContext, found: Array<{ name: string; statement: Node; left: Node; right: Node | null; plain: boolean }>): TextEdit[] | null {
  if (settingAssignments(context, 'ACCOUNT_SIGNUP_FIELDS').length || settingAssignments(context, 'ACCOUNT_SIGNUP_PASSWORD_VERIFICATION').length) return null;
  const names = found.map((f) => f.name);
  if (new Set(names).size !== names.length) return null;
  if (found.some((f) => !f.plain || (f.right?.type !== 'true' && f.right?.type !== 'false'))) return null;
  if (found.some((f) => identifiersNamed(context, f.name, [f.left]).length > 0)) return null;
  const value = (name: string) => {
    const set = found.find((f) => f.name === name);
    return set ? set.right!.type === 'true' : settings[name];
  };
  const quote = preferredQuote(context);
  const list = `ACCOUNT_SIGNUP_FIELDS = [${signupFields(value).map((field) => `${quote}${field}${quote}`).join(', ')}]`;
  const [first, ...rest] = found;
  return [{ start: first.statement.startIndex, end: first.statement.endIndex, text: list }, ...rest.map((f) => deleteStatement(context.text, f.statement))];
}

export default definePythonRule({
  id: 'allauth-signup-fields',
  title: '`ACCOUNT_EMAIL_REQUIRED`, `ACCOUNT_USERNAME_REQUIRED`, `ACCOUNT_SIGNUP_*_ENTER_TWICE` → `ACCOUNT_SIGNUP_FIELDS`',
  category: 'allauth',
  library: 'django-allauth',
  deprecatedIn: '65.5.0',
  removedIn: null,
  fixMinVersion: '65.5.0',
  onlyIn: ['settings'],
  docsUrl: allauthReleaseNotes('2025'),
  triggers: Object.keys(settings),
  docs: {
    what: `Finds the settings ${Object.keys(settings).map((name) => `\`${name}\``).join(', ')} in settings modules.`,
    why: 'django-allauth 65.5.0 replaced the four settings that shaped the signup form by one list, `ACCOUNT_SIGNUP_FIELDS` (`["email*", "username*", "password1*", "password2*"]`, `*` for required); the old ones are read only while it is unset, and reading them warns.',
    fixSafety:
      "Unsafe: writes the `ACCOUNT_SIGNUP_FIELDS` allauth derives from the module's values (and its defaults for the others) in place of the first setting and deletes the rest; a settings module split over several files may set some of them elsewhere, which the new list then overrides. Only when each is set once at module level to `True`/`False` and not read in the module.",
  },
  fix: 'unsafe',
  // Whether the fix is offered depends on another statement (ACCOUNT_SIGNUP_FIELDS set): it runs on the whole file after every edit.
  locality: 'file',
  truth: {
    deprecated: ['allauth.account.app_settings.AppSettings.SIGNUP_FIELDS'],
    replacements: ['allauth.account.app_settings.AppSettings.SIGNUP_FIELDS'],
  },
  check(context) {
    const found = Object.keys(settings).flatMap((name) => settingAssignments(context, name).map((a) => ({ name, statement: a.statement, left: a.left, right: a.right, plain: isPlainTopLevel(a) })));
    if (found.length === 0) return;
    found.sort((a, b) => a.statement.startIndex - b.statement.startIndex);
    const edits = signupFieldsEdits(context, found);
    for (const { name, left } of found) {
      context.report({
        node: left,
        subject: `The setting \`${name}\``,
        advice: 'list the signup form\'s fields in `ACCOUNT_SIGNUP_FIELDS` (`"email*"`, `"username*"`, `"password1*"`, `"password2*"`; `*` for required)',
        fix: edits ? { title: 'Use `ACCOUNT_SIGNUP_FIELDS`', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          ACCOUNT_EMAIL_REQUIRED = True
          ACCOUNT_USERNAME_REQUIRED = False
          ACCOUNT_EMAIL_VERIFICATION = "mandatory"
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 1, message: 'The setting `ACCOUNT_EMAIL_REQUIRED` is deprecated since django-allauth 65.5.0: list the signup form\'s fields in `ACCOUNT_SIGNUP_FIELDS` (`"email*"`, `"username*"`, `"password1*"`, `"password2*"`; `*` for required)' },
          { line: 2, column: 1, message: 'The setting `ACCOUNT_USERNAME_REQUIRED` is deprecated since django-allauth 65.5.0: list the signup form\'s fields in `ACCOUNT_SIGNUP_FIELDS` (`"email*"`, `"username*"`, `"password1*"`, `"password2*"`; `*` for required)' },
        ],
        output: dedent`
          ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
          ACCOUNT_EMAIL_VERIFICATION = "mandatory"
        `,
      },
      {
        code: dedent`
          ACCOUNT_SIGNUP_EMAIL_ENTER_TWICE = True
          ACCOUNT_SIGNUP_PASSWORD_ENTER_TWICE = False
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 1, message: 'The setting `ACCOUNT_SIGNUP_EMAIL_ENTER_TWICE` is deprecated since django-allauth 65.5.0: list the signup form\'s fields in `ACCOUNT_SIGNUP_FIELDS` (`"email*"`, `"username*"`, `"password1*"`, `"password2*"`; `*` for required)' },
          { line: 2, column: 1, message: 'The setting `ACCOUNT_SIGNUP_PASSWORD_ENTER_TWICE` is deprecated since django-allauth 65.5.0: list the signup form\'s fields in `ACCOUNT_SIGNUP_FIELDS` (`"email*"`, `"username*"`, `"password1*"`, `"password2*"`; `*` for required)' },
        ],
        output: dedent`
          ACCOUNT_SIGNUP_FIELDS = ['email', 'email2', 'username*', 'password1*']
        `,
      },
      {
        code: dedent`
          import os

          ACCOUNT_EMAIL_REQUIRED = os.environ.get("EMAIL_REQUIRED") == "1"
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 3, column: 1, message: 'The setting `ACCOUNT_EMAIL_REQUIRED` is deprecated since django-allauth 65.5.0: list the signup form\'s fields in `ACCOUNT_SIGNUP_FIELDS` (`"email*"`, `"username*"`, `"password1*"`, `"password2*"`; `*` for required)' },
        ],
      },
    ],
  },
});
