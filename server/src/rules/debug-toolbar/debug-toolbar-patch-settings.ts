import { deleteSettingEdits } from '../../engine/python-edits';
import { settingAssignments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { debugToolbarChanges } from '../shapes/libraries';

export default definePythonRule({
  id: 'debug-toolbar-patch-settings',
  title: '`DEBUG_TOOLBAR_PATCH_SETTINGS` and the automatic setup were removed',
  category: 'debug-toolbar',
  library: 'django-debug-toolbar',
  deprecatedIn: '1.6',
  removedIn: '1.6',
  onlyIn: ['settings'],
  docsUrl: debugToolbarChanges,
  triggers: ['DEBUG_TOOLBAR_PATCH_SETTINGS'],
  // The fix deletes the setting only where the module reads the name nowhere else (`deleteSettingEdits`).
  locality: 'file',
  docs: {
    what: 'Finds `DEBUG_TOOLBAR_PATCH_SETTINGS = …` in settings modules.',
    why: 'Up to 1.5 the toolbar patched the settings and the URLconf itself when `DEBUG` was on, unless `DEBUG_TOOLBAR_PATCH_SETTINGS = False`. 1.6 removed that automatic setup and the setting: a project that relied on it loses the toolbar until it adds `debug_toolbar` to `INSTALLED_APPS`, `debug_toolbar.middleware.DebugToolbarMiddleware` to the middleware and the toolbar\'s URLs to the URLconf.',
    fixSafety: 'Safe: deletes the setting, which no release since 1.6 reads (not when the module reads the name itself). The explicit setup is left to you: with `False` it is done already.',
  },
  fix: 'safe',
  truth: { removed: ["debug_toolbar.settings mentions 'DEBUG_TOOLBAR_PATCH_SETTINGS'"] },
  check(context) {
    const assignments = settingAssignments(context, 'DEBUG_TOOLBAR_PATCH_SETTINGS');
    const edits = assignments.length ? deleteSettingEdits(context, 'DEBUG_TOOLBAR_PATCH_SETTINGS', assignments) : null;
    for (const { left, right } of assignments) {
      const explicit = right?.type === 'false';
      context.report({
        node: left,
        subject: 'The setting `DEBUG_TOOLBAR_PATCH_SETTINGS`',
        advice: explicit ? 'delete it: the explicit setup it asked for is the only one now' : 'delete it, and set the toolbar up explicitly (`INSTALLED_APPS`, `DebugToolbarMiddleware`, its URLs)',
        fix: edits ? { title: 'Delete `DEBUG_TOOLBAR_PATCH_SETTINGS`', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ["django.contrib.staticfiles", "debug_toolbar"]
          MIDDLEWARE = ["debug_toolbar.middleware.DebugToolbarMiddleware"]
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DEBUG = True
          DEBUG_TOOLBAR_PATCH_SETTINGS = False
          INTERNAL_IPS = ["127.0.0.1"]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 1, message: 'The setting `DEBUG_TOOLBAR_PATCH_SETTINGS` was removed in Django Debug Toolbar 1.6 without a deprecation period: delete it: the explicit setup it asked for is the only one now' },
        ],
        output: dedent`
          DEBUG = True
          INTERNAL_IPS = ["127.0.0.1"]
        `,
      },
      {
        code: dedent`
          class Development(Configuration):
              DEBUG = True
              DEBUG_TOOLBAR_PATCH_SETTINGS = True
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 3, column: 5, message: 'The setting `DEBUG_TOOLBAR_PATCH_SETTINGS` was removed in Django Debug Toolbar 1.6 without a deprecation period: delete it, and set the toolbar up explicitly (`INSTALLED_APPS`, `DebugToolbarMiddleware`, its URLs)' },
        ],
        output: dedent`
          class Development(Configuration):
              DEBUG = True
        `,
      },
    ],
  },
});
