import { settingAssignments, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** The settings Django 1.5 and 1.6 turned from a string into a one-element tuple. */
const tupleSettings = ['INSTALLED_APPS', 'TEMPLATE_DIRS'];

export default definePythonRule({
  id: 'settings-string-autocorrect',
  title: '`INSTALLED_APPS`/`TEMPLATE_DIRS` as a string → a tuple or list',
  category: 'settings',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  docs: {
    what: 'Finds `INSTALLED_APPS` and `TEMPLATE_DIRS` set to a string, usually a one-element tuple without its comma (`INSTALLED_APPS = ("shop")`).',
    why: 'Django up to 1.6 turned such a string into a one-element tuple (1.5 and 1.6 with a warning); Django 1.7 raises `ImproperlyConfigured` at start-up.',
    fixSafety: 'Safe: adds the comma (or the parentheses and the comma), the one-element tuple Django used to make of it.',
  },
  fix: 'safe',
  onlyIn: ['settings'],
  checklist: ['settings-string-autocorrect'],
  truth: { note: 'a type check, not a name: 1.6.11\'s Settings (django/conf/__init__.py, tuple_settings) wraps the string with a DeprecationWarning, 1.7.11\'s raises ImproperlyConfigured' },
  triggers: tupleSettings,
  check(context) {
    for (const name of tupleSettings) {
      for (const { right } of settingAssignments(context, name)) {
        const value = unparenthesized(right);
        if (!right || !value || (value.type !== 'string' && value.type !== 'concatenated_string')) continue;
        const edits = right.type === 'parenthesized_expression'
          ? [{ start: value.endIndex, end: value.endIndex, text: ',' }]
          : [{ start: value.startIndex, end: value.startIndex, text: '(' }, { start: value.endIndex, end: value.endIndex, text: ',)' }];
        context.report({ node: value, subject: `\`${name}\` as a string`, advice: 'make it a tuple (the comma is missing) or a list', fix: { title: 'Make it a one-element tuple', edits } });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ("shop",)
          TEMPLATE_DIRS = ["/srv/site/templates"]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          INSTALLED_APPS = ("shop")
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 19, message: '`INSTALLED_APPS` as a string is deprecated since Django 1.5 and removed in 1.7: make it a tuple (the comma is missing) or a list' },
        ],
        output: dedent`
          INSTALLED_APPS = ("shop",)
        `,
      },
      {
        code: dedent`
          import os

          BASE_DIR = os.path.dirname(__file__)
          TEMPLATE_DIRS = "/srv/site/templates"
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 4, column: 17, message: '`TEMPLATE_DIRS` as a string is deprecated since Django 1.5 and removed in 1.7: make it a tuple (the comma is missing) or a list' },
        ],
        output: dedent`
          import os

          BASE_DIR = os.path.dirname(__file__)
          TEMPLATE_DIRS = ("/srv/site/templates",)
        `,
      },
    ],
  },
});
