import { lastName } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { debugToolbarChanges, inSettingValue, MovedLibraryName, movedLibraryNames } from '../shapes/libraries';

/** The panel paths of 0.x that 1.x still translated (`_RENAMED_PANELS`), and their names since 1.0. */
const panels: MovedLibraryName[] = [
  { old: 'debug_toolbar.panels.version.VersionDebugPanel', replacement: 'debug_toolbar.panels.versions.VersionsPanel' },
  { old: 'debug_toolbar.panels.timer.TimerDebugPanel', replacement: 'debug_toolbar.panels.timer.TimerPanel' },
  { old: 'debug_toolbar.panels.settings_vars.SettingsDebugPanel', replacement: 'debug_toolbar.panels.settings.SettingsPanel' },
  { old: 'debug_toolbar.panels.headers.HeaderDebugPanel', replacement: 'debug_toolbar.panels.headers.HeadersPanel' },
  { old: 'debug_toolbar.panels.request_vars.RequestVarsDebugPanel', replacement: 'debug_toolbar.panels.request.RequestPanel' },
  { old: 'debug_toolbar.panels.sql.SQLDebugPanel', replacement: 'debug_toolbar.panels.sql.SQLPanel' },
  { old: 'debug_toolbar.panels.template.TemplateDebugPanel', replacement: 'debug_toolbar.panels.templates.TemplatesPanel' },
  { old: 'debug_toolbar.panels.cache.CacheDebugPanel', replacement: 'debug_toolbar.panels.cache.CachePanel' },
  { old: 'debug_toolbar.panels.signals.SignalDebugPanel', replacement: 'debug_toolbar.panels.signals.SignalsPanel' },
  { old: 'debug_toolbar.panels.redirects.InterceptRedirectsDebugPanel', replacement: 'debug_toolbar.panels.redirects.RedirectsPanel' },
  { old: 'debug_toolbar.panels.profiling.ProfilingDebugPanel', replacement: 'debug_toolbar.panels.profiling.ProfilingPanel' },
  // Renamed `logging.LoggingPanel` in 1.0, which 4.0 removed in turn.
  { old: 'debug_toolbar.panels.logger.LoggingDebugPanel' },
];

/** Where a project lists panels: the panels it shows, and the ones it disables. */
const panelSettings = ['DEBUG_TOOLBAR_PANELS', 'DEBUG_TOOLBAR_CONFIG'];

export default definePythonRule({
  id: 'debug-toolbar-panels',
  title: 'The panel paths of Django Debug Toolbar 0.x (`…VersionDebugPanel`, `…SQLDebugPanel`, …) in `DEBUG_TOOLBAR_PANELS`',
  category: 'debug-toolbar',
  library: 'django-debug-toolbar',
  deprecatedIn: '1.0',
  removedIn: '2.0',
  fixMinVersion: '1.0',
  onlyIn: ['settings'],
  docsUrl: debugToolbarChanges,
  triggers: panels.map((panel) => lastName(panel.old)),
  docs: {
    what: 'Finds the dotted paths of the panels Django Debug Toolbar 1.0 renamed (`debug_toolbar.panels.version.VersionDebugPanel`, `debug_toolbar.panels.sql.SQLDebugPanel`, …) in `DEBUG_TOOLBAR_PANELS` (and `DEBUG_TOOLBAR_CONFIG["DISABLE_PANELS"]`) of settings modules.',
    why: 'Django Debug Toolbar 1.0 renamed its panels (`VersionsPanel`, `SQLPanel`, …) and translated the old paths with a warning; 2.0 dropped the translation, so the toolbar fails to import the listed panel.',
    fixSafety: 'Safe: rewrites each path to the panel it became in 1.0 (what 1.x loaded for it). The old logging panel is reported only: its successor `debug_toolbar.panels.logging.LoggingPanel` was removed in 4.0, so delete the entry.',
  },
  fix: 'safe',
  truth: {
    removed: ["debug_toolbar.settings mentions '_RENAMED_PANELS'"],
    deprecated: ["debug_toolbar.settings mentions '_RENAMED_PANELS'"],
    replacements: panels.filter((panel) => panel.replacement).map((panel) => panel.replacement!),
  },
  check(context) {
    for (const { node, name, edits } of movedLibraryNames(context, panels)) {
      if (!inSettingValue(context, panelSettings, node)) continue;
      context.report({
        node,
        subject: `The panel \`${name.old}\``,
        advice: name.replacement ? `use \`${name.replacement}\`` : 'delete it: the logging panel was removed in 4.0',
        fix: edits ? { title: `Use \`${lastName(name.replacement!)}\``, edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          DEBUG_TOOLBAR_PANELS = [
              "debug_toolbar.panels.versions.VersionsPanel",
              "debug_toolbar.panels.sql.SQLPanel",
          ]
        `,
        filename: 'site/settings.py',
      },
      {
        code: dedent`
          OLD_PANELS = {"debug_toolbar.panels.sql.SQLDebugPanel": "debug_toolbar.panels.sql.SQLPanel"}
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DEBUG_TOOLBAR_PANELS = (
              "debug_toolbar.panels.version.VersionDebugPanel",
              "debug_toolbar.panels.timer.TimerDebugPanel",
              "debug_toolbar.panels.sql.SQLDebugPanel",
          )
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 5, message: 'The panel `debug_toolbar.panels.version.VersionDebugPanel` is deprecated since Django Debug Toolbar 1.0 and removed in 2.0: use `debug_toolbar.panels.versions.VersionsPanel`' },
          { line: 3, column: 5, message: 'The panel `debug_toolbar.panels.timer.TimerDebugPanel` is deprecated since Django Debug Toolbar 1.0 and removed in 2.0: use `debug_toolbar.panels.timer.TimerPanel`' },
          { line: 4, column: 5, message: 'The panel `debug_toolbar.panels.sql.SQLDebugPanel` is deprecated since Django Debug Toolbar 1.0 and removed in 2.0: use `debug_toolbar.panels.sql.SQLPanel`' },
        ],
        output: dedent`
          DEBUG_TOOLBAR_PANELS = (
              "debug_toolbar.panels.versions.VersionsPanel",
              "debug_toolbar.panels.timer.TimerPanel",
              "debug_toolbar.panels.sql.SQLPanel",
          )
        `,
      },
      {
        code: dedent`
          DEBUG_TOOLBAR_PANELS = [
              'debug_toolbar.panels.template.TemplateDebugPanel',
              'debug_toolbar.panels.logger.LoggingDebugPanel',
          ]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 5, message: 'The panel `debug_toolbar.panels.template.TemplateDebugPanel` is deprecated since Django Debug Toolbar 1.0 and removed in 2.0: use `debug_toolbar.panels.templates.TemplatesPanel`' },
          { line: 3, column: 5, message: 'The panel `debug_toolbar.panels.logger.LoggingDebugPanel` is deprecated since Django Debug Toolbar 1.0 and removed in 2.0: delete it: the logging panel was removed in 4.0' },
        ],
        output: dedent`
          DEBUG_TOOLBAR_PANELS = [
              'debug_toolbar.panels.templates.TemplatesPanel',
              'debug_toolbar.panels.logger.LoggingDebugPanel',
          ]
        `,
      },
    ],
  },
});
