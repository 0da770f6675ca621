import { stringsEqualTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { removeFromItsList } from '../shapes/django-paths';
import { debugToolbarChanges, inSettingValue } from '../shapes/libraries';

const panel = 'debug_toolbar.panels.logging.LoggingPanel';

export default definePythonRule({
  id: 'debug-toolbar-logging-panel',
  title: "Django Debug Toolbar's logging panel was removed",
  category: 'debug-toolbar',
  library: 'django-debug-toolbar',
  deprecatedIn: '4.0.0',
  removedIn: '4.0.0',
  onlyIn: ['settings'],
  docsUrl: debugToolbarChanges,
  triggers: ['LoggingPanel'],
  docs: {
    what: '`"debug_toolbar.panels.logging.LoggingPanel"` in `DEBUG_TOOLBAR_PANELS` (and `DEBUG_TOOLBAR_CONFIG["DISABLE_PANELS"]`) of settings modules.',
    why: 'Django Debug Toolbar 4.0 removed the logging panel without a deprecation period (it leaked memory and was hard to silence); a `DEBUG_TOOLBAR_PANELS` that lists it makes the toolbar fail to import the panel.',
    fixSafety: 'Safe: deletes the entry from its list or tuple; the panel only displayed log records.',
  },
  fix: 'safe',
  truth: { removed: ['debug_toolbar.panels.logging.LoggingPanel'] },
  check(context) {
    for (const { node } of stringsEqualTo(context, [panel])) {
      if (!inSettingValue(context, ['DEBUG_TOOLBAR_PANELS', 'DEBUG_TOOLBAR_CONFIG'], node)) continue;
      const edits = removeFromItsList(context.text, node);
      context.report({ node, subject: `The panel \`${panel}\``, advice: 'delete it', fix: edits ? { title: 'Delete the logging panel', edits } : undefined });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          DEBUG_TOOLBAR_PANELS = ["debug_toolbar.panels.sql.SQLPanel"]
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DEBUG_TOOLBAR_PANELS = [
              "debug_toolbar.panels.sql.SQLPanel",
              "debug_toolbar.panels.logging.LoggingPanel",
              "debug_toolbar.panels.redirects.RedirectsPanel",
          ]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 3, column: 5, message: 'The panel `debug_toolbar.panels.logging.LoggingPanel` was removed in Django Debug Toolbar 4.0.0 without a deprecation period: delete it' },
        ],
        output: dedent`
          DEBUG_TOOLBAR_PANELS = [
              "debug_toolbar.panels.sql.SQLPanel",
              "debug_toolbar.panels.redirects.RedirectsPanel",
          ]
        `,
      },
      {
        code: dedent`
          DEBUG_TOOLBAR_PANELS = ["debug_toolbar.panels.logging.LoggingPanel", "debug_toolbar.panels.cache.CachePanel"]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 25, message: 'The panel `debug_toolbar.panels.logging.LoggingPanel` was removed in Django Debug Toolbar 4.0.0 without a deprecation period: delete it' },
        ],
        output: dedent`
          DEBUG_TOOLBAR_PANELS = ["debug_toolbar.panels.cache.CachePanel"]
        `,
      },
    ],
  },
});
