import { dedent } from '../shapes';
import { removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-auth-profile-module',
  title: '`AUTH_PROFILE_MODULE` → a profile model of your own (or a custom user model)',
  category: 'settings',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  setting: 'AUTH_PROFILE_MODULE',
  docs: {
    what: 'Finds the `AUTH_PROFILE_MODULE` setting in settings modules (`user-get-profile` finds the `user.get_profile()` calls that read it).',
    why: 'Django 1.5 brought custom user models and deprecated the site profile; Django 1.7 removed `User.get_profile()`, the only reader of the setting, so it does nothing and every profile lookup through it fails.',
    fixSafety: 'No fix: reach the profile through its one-to-one field (`user.profile`) or move its fields to a custom user model.',
  },
  advice: 'read the profile through its one-to-one field (`user.profile`) or use a custom user model, and remove the setting',
  truth: { removedSettingReads: ['AUTH_PROFILE_MODULE'] },
  checklist: ['auth-profile-module'],
  examples: {
    valid: [
      {
        code: dedent`
          AUTH_USER_MODEL = "accounts.User"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          INSTALLED_APPS = ["django.contrib.auth", "accounts"]
          AUTH_PROFILE_MODULE = "accounts.UserProfile"
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `AUTH_PROFILE_MODULE` setting is deprecated since Django 1.5 and removed in 1.7: read the profile through its one-to-one field (`user.profile`) or use a custom user model, and remove the setting' },
        ],
      },
    ],
  },
});
