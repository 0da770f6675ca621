import { stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { changedSettingsKeys, debugToolbarChanges, SettingsKeyChange } from '../shapes/libraries';

/** The `DEBUG_TOOLBAR_CONFIG` keys 1.0 renamed or dropped, which 1.x still translated and 2.0 ignores. */
const changes: SettingsKeyChange[] = [
  { key: 'RESULTS_STORE_SIZE', replacement: 'RESULTS_CACHE_SIZE' },
  { key: 'ROOT_TAG_ATTRS', replacement: 'ROOT_TAG_EXTRA_ATTRS' },
  { key: 'HIDDEN_STACKTRACE_MODULES', replacement: 'HIDE_IN_STACKTRACES' },
  { key: 'TAG', replacement: 'INSERT_BEFORE' },
  { key: 'HIDE_DJANGO_SQL' },
];

export default definePythonRule({
  id: 'debug-toolbar-config-keys',
  title: '`DEBUG_TOOLBAR_CONFIG` keys of 0.x (`RESULTS_STORE_SIZE`, `ROOT_TAG_ATTRS`, `HIDDEN_STACKTRACE_MODULES`, `TAG`, `HIDE_DJANGO_SQL`)',
  category: 'debug-toolbar',
  library: 'django-debug-toolbar',
  deprecatedIn: '1.0',
  removedIn: '2.0',
  fixMinVersion: '1.3',
  onlyIn: ['settings'],
  docsUrl: debugToolbarChanges,
  triggers: changes.map((change) => change.key),
  docs: {
    what: `Finds the keys ${changes.map((change) => `\`${change.key}\``).join(', ')} of a \`DEBUG_TOOLBAR_CONFIG = {...}\` settings dict.`,
    why: 'Django Debug Toolbar 1.0 renamed three keys (`RESULTS_CACHE_SIZE`, `ROOT_TAG_EXTRA_ATTRS`, `HIDE_IN_STACKTRACES`), replaced `TAG` by `INSERT_BEFORE` and dropped `HIDE_DJANGO_SQL`; 1.x translated the old keys with a warning, 2.0 ignores them.',
    fixSafety:
      'Safe from 1.3 (1.0–1.2 translated the old keys but still read `RESULTS_STORE_SIZE` themselves): a renamed key is respelled (not when the dict has the new key too); `TAG: "body"` becomes `INSERT_BEFORE: "</body>"`, what 1.x did with it (only for a plain string); `HIDE_DJANGO_SQL`, which no release since 1.0 reads, is deleted.',
  },
  fix: 'safe',
  truth: {
    removed: ["debug_toolbar.settings mentions 'HIDE_DJANGO_SQL'", "debug_toolbar.settings mentions 'TAG'", "debug_toolbar.settings mentions '_RENAMED_CONFIG'"],
    // The table of renamed keys came with 1.0; up to 1.2 the toolbar itself still read `RESULTS_STORE_SIZE`, from 1.3 the new name.
    deprecated: ["debug_toolbar.settings mentions '_RENAMED_CONFIG'"],
    replacements: ["debug_toolbar.settings.CONFIG_DEFAULTS['RESULTS_CACHE_SIZE']", "debug_toolbar.settings.CONFIG_DEFAULTS['ROOT_TAG_EXTRA_ATTRS']", "debug_toolbar.settings.CONFIG_DEFAULTS['HIDE_IN_STACKTRACES']", "debug_toolbar.settings.CONFIG_DEFAULTS['INSERT_BEFORE']"],
  },
  check(context) {
    for (const { pair, keyNode, change, edits } of changedSettingsKeys(context, 'DEBUG_TOOLBAR_CONFIG', changes)) {
      let fix = edits;
      if (change.key === 'TAG' && edits) {
        // `TAG: "body"` meant "insert before `</body>`".
        const value = pair.childForFieldName('value');
        const tag = stringValue(value);
        fix = value && tag !== null && /^\w+$/.test(tag) ? [...edits, { start: value.startIndex, end: value.endIndex, text: `${value.text[0]}</${tag}>${value.text[0]}` }] : null;
      }
      const advice = change.key === 'TAG' ? 'use `INSERT_BEFORE` with the closing tag (`"</body>"`)' : change.replacement ? `rename it \`${change.replacement}\`` : 'delete it: no release since 1.0 reads it';
      context.report({
        node: keyNode,
        subject: `The \`DEBUG_TOOLBAR_CONFIG\` key \`${change.key}\``,
        advice,
        fix: fix ? { title: change.replacement ? `Use \`${change.replacement}\`` : `Delete \`${change.key}\``, edits: fix } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          DEBUG_TOOLBAR_CONFIG = {
              "RESULTS_CACHE_SIZE": 25,
              "INSERT_BEFORE": "</body>",
          }
        `,
        filename: 'site/settings.py',
      },
      {
        code: dedent`
          CONFIG = {"TAG": "body"}
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DEBUG_TOOLBAR_CONFIG = {
              "RESULTS_STORE_SIZE": 25,
              "HIDE_DJANGO_SQL": False,
              "SHOW_TEMPLATE_CONTEXT": True,
          }
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 5, message: 'The `DEBUG_TOOLBAR_CONFIG` key `RESULTS_STORE_SIZE` is deprecated since Django Debug Toolbar 1.0 and removed in 2.0: rename it `RESULTS_CACHE_SIZE`' },
          { line: 3, column: 5, message: 'The `DEBUG_TOOLBAR_CONFIG` key `HIDE_DJANGO_SQL` is deprecated since Django Debug Toolbar 1.0 and removed in 2.0: delete it: no release since 1.0 reads it' },
        ],
        output: dedent`
          DEBUG_TOOLBAR_CONFIG = {
              "RESULTS_CACHE_SIZE": 25,
              "SHOW_TEMPLATE_CONTEXT": True,
          }
        `,
      },
      {
        code: dedent`
          DEBUG_TOOLBAR_CONFIG = {"TAG": "div", "ROOT_TAG_ATTRS": "data-turbolinks=false"}
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 25, message: 'The `DEBUG_TOOLBAR_CONFIG` key `TAG` is deprecated since Django Debug Toolbar 1.0 and removed in 2.0: use `INSERT_BEFORE` with the closing tag (`"</body>"`)' },
          { line: 1, column: 39, message: 'The `DEBUG_TOOLBAR_CONFIG` key `ROOT_TAG_ATTRS` is deprecated since Django Debug Toolbar 1.0 and removed in 2.0: rename it `ROOT_TAG_EXTRA_ATTRS`' },
        ],
        output: dedent`
          DEBUG_TOOLBAR_CONFIG = {"INSERT_BEFORE": "</div>", "ROOT_TAG_EXTRA_ATTRS": "data-turbolinks=false"}
        `,
      },
    ],
  },
});
