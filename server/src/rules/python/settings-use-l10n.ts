import type { PythonRuleContext } from '../../engine/lint';
import { deleteStatement } from '../../engine/python-edits';
import { deprecationNotes } from '../docs-links';
import { classAssignments, moduleAssignments } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

const rule: PythonRule = {
  id: 'settings-use-l10n',
  title: 'Remove the `USE_L10N` setting',
  category: 'settings',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('4.0'),
  docs: {
    what: 'Finds `USE_L10N = …` in settings modules, at module level or in a settings class (django-upgrade: `use_l10n`).',
    why: 'Localized formatting is always on from Django 5.0; 4.x warns when the setting is present.',
    fixSafety: '`USE_L10N = True` is the default from 4.0, so removing it is safe there. `USE_L10N = False` changes how numbers and dates render; it has no automatic fix.',
  },
  fix: 'safe',
  checklist: ['use-l10n'],
  truth: { removed: ['django.conf.global_settings.USE_L10N'] },
  fixMinVersion: '4.0',
  check(context: PythonRuleContext) {
    // Module level, and class-based settings (django-configurations): a module-level class whose
    // body keeps another statement, as django-upgrade's `use_l10n` does.
    const classLevel = context.tree.rootNode.namedChildren
      .filter((n) => n?.type === 'class_definition' && (n.childForFieldName('body')?.namedChildren.filter((c) => c && c.type !== 'comment').length ?? 0) > 1)
      .flatMap((cls) => classAssignments(cls!, 'USE_L10N'));
    for (const { statement, left, right } of [...moduleAssignments(context, 'USE_L10N'), ...classLevel]) {
      const isTrue = right?.type === 'true';
      context.report({
        node: left,
        subject: 'The `USE_L10N` setting',
        advice: isTrue ? 'remove it: localized formatting is always on' : 'remove it and set the format settings (or `FORMAT_MODULE_PATH`) you relied on',
        fix: isTrue ? { title: 'Remove `USE_L10N = True`', edits: [deleteStatement(context.text, statement)] } : undefined,
      });
    }
  },
  examples: {
    valid: [{ code: 'USE_I18N = True\nUSE_TZ = True\n', filename: 'settings.py' }],
    invalid: [
      { code: 'USE_I18N = True\nUSE_L10N = True\nUSE_TZ = True\n', filename: 'settings.py', findings: 1, output: 'USE_I18N = True\nUSE_TZ = True\n' },
      { code: 'USE_L10N = False\n', filename: 'settings.py', findings: 1 },
      { code: 'class Base(Configuration):\n    USE_I18N = True\n    USE_L10N = True\n', filename: 'project/settings.py', findings: 1, output: 'class Base(Configuration):\n    USE_I18N = True\n' },
    ],
  },
};
export default rule;
