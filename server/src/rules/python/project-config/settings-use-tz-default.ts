import type { PythonRuleContext } from '../../../engine/lint';
import { lineEndOf, newlineOf } from '../../../engine/python-edits';
import { deprecationNotes } from '../../docs-links';
import { moduleAssignments, identifiersNamed, isPlainTopLevel, starImports } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

/** Settings the new line goes after, in order of preference (the last one the module sets wins). */
const neighbours = ['USE_I18N', 'USE_L10N', 'TIME_ZONE'];

const rule: PythonRule = {
  id: 'settings-use-tz-default',
  title: 'Set `USE_TZ` explicitly',
  category: 'settings',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('4.0'),
  docs: {
    what: 'Finds complete settings modules (they set `INSTALLED_APPS` and have no star import) that do not set `USE_TZ`.',
    why: 'The default of `USE_TZ` changes from `False` to `True` in Django 5.0: without the setting, datetimes silently become timezone-aware.',
    fixSafety: 'Safe: writes `USE_TZ = False`, the value the project runs with today (after `USE_I18N`/`TIME_ZONE`, or after `INSTALLED_APPS`). Switch it to `True` deliberately, with the data migration that needs.',
  },
  fix: 'safe',
  checklist: ['use-tz-default'],
  truth: { replacements: ['django.conf.global_settings.USE_TZ'], note: 'the setting stays; its default changed in 5.0' },
  check(context: PythonRuleContext) {
    const installedApps = moduleAssignments(context, 'INSTALLED_APPS');
    if (installedApps.length === 0 || starImports(context).length > 0 || identifiersNamed(context, 'USE_TZ').length > 0) return;
    if (context.scopes.imports.some((entry) => entry.localName === 'USE_TZ')) return;
    const anchors = neighbours.flatMap((name) => moduleAssignments(context, name)).filter(isPlainTopLevel);
    const anchor = anchors.length > 0 ? anchors.reduce((a, b) => (a.statement.startIndex > b.statement.startIndex ? a : b)) : installedApps[0];
    const end = lineEndOf(context.text, anchor.statement.endIndex);
    const canInsert = anchor.statement.parent?.type === 'module';
    context.report({
      node: installedApps[0].left,
      subject: 'Relying on the default of `USE_TZ`',
      advice: 'set `USE_TZ` explicitly: `False` keeps the current behaviour, Django 5.0 defaults to `True`',
      fix: canInsert ? { title: 'Add `USE_TZ = False`', edits: [{ start: end, end, text: `${newlineOf(context.text)}USE_TZ = False` }] } : undefined,
    });
  },
  examples: {
    valid: [
      { code: 'INSTALLED_APPS = ["shop"]\nUSE_TZ = True\n', filename: 'mysite/settings.py' },
      { code: 'from .base import *\n\nINSTALLED_APPS += ["debug_toolbar"]\n', filename: 'mysite/settings/dev.py' },
      { code: 'DEBUG = True\n', filename: 'mysite/local_settings.py' },
    ],
    invalid: [{
      code: 'INSTALLED_APPS = [\n    "shop",\n]\n\nLANGUAGE_CODE = "en-us"\nTIME_ZONE = "UTC"\nUSE_I18N = True\n\nSTATIC_URL = "/static/"\n',
      filename: 'mysite/settings.py',
      findings: 1,
      output: 'INSTALLED_APPS = [\n    "shop",\n]\n\nLANGUAGE_CODE = "en-us"\nTIME_ZONE = "UTC"\nUSE_I18N = True\nUSE_TZ = False\n\nSTATIC_URL = "/static/"\n',
    }],
  },
};
export default rule;
