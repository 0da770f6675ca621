import { removeElement } from '../../engine/python-edits';
import { dictionariesSpelling, dictPairs, literalString } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'database-test-serialize',
  title: 'Remove `DATABASES[…]["TEST"]["SERIALIZE"]`',
  category: 'settings',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds the `SERIALIZE` key of a database\'s `TEST` settings.',
    why: 'Since Django 4.0 the test runner serializes only the databases of test cases with `serialized_rollback = True`; Django 5.0 ignores the key.',
    fixSafety: 'Safe from Django 4.0: removes the key. Test cases that need the serialized copy declare `serialized_rollback = True` (with `SERIALIZE: False` they were broken anyway). Needs Django 4.0+.',
  },
  fix: 'safe',
  fixMinVersion: '4.0',
  checklist: ['test-serialize-setting'],
  truth: { note: 'a key of the TEST database settings read by django.test.utils.setup_databases() up to 4.2, not a name' },
  triggers: ['SERIALIZE'],
  check(context) {
    for (const test of dictionariesSpelling(context, 'SERIALIZE')) {
      const holder = test.parent;
      if (holder?.type !== 'pair' || literalString(holder.childForFieldName('key')) !== 'TEST') continue;
      const entry = dictPairs(test).get('SERIALIZE');
      if (!entry) continue;
      context.report({
        node: entry.key,
        subject: 'The `SERIALIZE` test database setting',
        advice: 'remove it and set `serialized_rollback = True` on the test cases that need it',
        fix: { title: 'Remove `SERIALIZE`', edits: removeElement(context.text, test, entry.pair) },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "TEST": {"NAME": "test.db"}}}
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DATABASES = {
              'default': {
                  'ENGINE': 'django.db.backends.postgresql',
                  'TEST': {
                      'SERIALIZE': False,
                      'NAME': 'test_shop',
                  },
              },
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 5, column: 13, message: 'The `SERIALIZE` test database setting is deprecated since Django 4.0 and removed in 5.0: remove it and set `serialized_rollback = True` on the test cases that need it' },
        ],
        output: dedent`
          DATABASES = {
              'default': {
                  'ENGINE': 'django.db.backends.postgresql',
                  'TEST': {
                      'NAME': 'test_shop',
                  },
              },
          }
        `,
      },
      {
        code: dedent`
          DATABASES = {
              "default": {
                  "ENGINE": "django.db.backends.postgresql",
                  "NAME": "shop",
                  "TEST": {"SERIALIZE": False},
              },
              "replica": {
                  "ENGINE": "django.db.backends.postgresql",
                  "NAME": "shop",
                  "TEST": {"MIRROR": "default", "SERIALIZE": False},
              },
          }
        `,
        filename: 'shop/settings.py',
        errors: [
          { line: 5, column: 18, message: 'The `SERIALIZE` test database setting is deprecated since Django 4.0 and removed in 5.0: remove it and set `serialized_rollback = True` on the test cases that need it' },
          { line: 10, column: 39, message: 'The `SERIALIZE` test database setting is deprecated since Django 4.0 and removed in 5.0: remove it and set `serialized_rollback = True` on the test cases that need it' },
        ],
        output: dedent`
          DATABASES = {
              "default": {
                  "ENGINE": "django.db.backends.postgresql",
                  "NAME": "shop",
                  "TEST": {},
              },
              "replica": {
                  "ENGINE": "django.db.backends.postgresql",
                  "NAME": "shop",
                  "TEST": {"MIRROR": "default"},
              },
          }
        `,
      },
    ],
  },
});
