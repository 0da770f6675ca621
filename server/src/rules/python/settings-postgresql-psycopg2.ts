import type { PythonRuleContext } from '../../engine/lint';
import { deprecationNotes } from '../docs-links';
import { stringValue } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

const oldEngine = 'django.db.backends.postgresql_psycopg2';

const rule: PythonRule = {
  id: 'settings-postgresql-psycopg2',
  title: '`postgresql_psycopg2` database engine → `postgresql`',
  category: 'settings',
  deprecatedIn: '2.0',
  removedIn: '3.0',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('2.0'),
  docs: {
    what: 'Finds the `django.db.backends.postgresql_psycopg2` engine path in settings modules (django-upgrade: `settings_database_postgresql`).',
    why: 'The backend was renamed `django.db.backends.postgresql` in Django 1.9; the old module was removed in 3.0.',
    fixSafety: 'Safe: same backend under its new name (Django 1.9+).',
  },
  fix: 'safe',
  checklist: ['postgresql-psycopg2-module'],
  truth: { removed: ['django.db.backends.postgresql_psycopg2'], replacements: ['django.db.backends.postgresql'] },
  fixMinVersion: '1.9',
  check(context: PythonRuleContext) {
    for (const node of context.tree.rootNode.descendantsOfType('string')) {
      if (!node || stringValue(node) !== oldEngine) continue;
      const content = node.descendantsOfType('string_content')[0];
      context.report({
        node,
        subject: 'The `postgresql_psycopg2` database backend',
        advice: 'use `django.db.backends.postgresql`',
        fix: content ? { title: 'Use `django.db.backends.postgresql`', edits: [{ start: content.startIndex, end: content.endIndex, text: 'django.db.backends.postgresql' }] } : undefined,
      });
    }
  },
  examples: {
    valid: [{ code: 'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql"}}\n', filename: 'settings.py' }],
    invalid: [{
      code: "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql_psycopg2',\n        'NAME': 'shop',\n    }\n}\n",
      filename: 'settings.py',
      findings: 1,
      output: "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n    }\n}\n",
    }],
  },
};
export default rule;
