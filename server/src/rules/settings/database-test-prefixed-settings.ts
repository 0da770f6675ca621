import type { Node } from 'web-tree-sitter';
import { normalizedOrNull, removeElement, replaceNode } from '../../engine/python-edits';
import { dictionariesSpelling, dictPairs, preferredQuote, settingAssignments, stringValue } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';

/** The connection's `TEST_*` keys of Django 1.6, and their names in the `TEST` dict (1.7). */
const keys = new Map([
  ['TEST_NAME', 'NAME'], ['TEST_CHARSET', 'CHARSET'], ['TEST_COLLATION', 'COLLATION'], ['TEST_MIRROR', 'MIRROR'],
  ['TEST_DEPENDENCIES', 'DEPENDENCIES'], ['TEST_CREATE', 'CREATE_DB'], ['TEST_USER', 'USER'], ['TEST_USER_CREATE', 'CREATE_USER'],
  ['TEST_PASSWD', 'PASSWORD'], ['TEST_TBLSPACE', 'TBLSPACE'], ['TEST_TBLSPACE_TMP', 'TBLSPACE_TMP'],
]);

/** One `TEST` dict in place of a connection's `TEST_*` pairs, when it has no `TEST` key yet. */
function mergeEdits(text: string, dict: Node, pairs: Array<{ pair: Node; key: string; value: Node }>, quote: string): TextEdit[] | null {
  if (dictPairs(dict).has('TEST') || pairs.length === 0) return null;
  const entries = pairs.map(({ key, value }) => `${quote}${keys.get(key)}${quote}: ${value.text}`).join(', ');
  const edits = [replaceNode(pairs[0].pair, `${quote}TEST${quote}: {${entries}}`)];
  for (const { pair } of pairs.slice(1)) edits.push(...removeElement(text, dict, pair));
  return normalizedOrNull(edits);
}

export default definePythonRule({
  id: 'database-test-prefixed-settings',
  title: '`DATABASES` `TEST_NAME`, `TEST_CHARSET`, … → the `TEST` dict',
  category: 'settings',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds the `TEST_*` keys (`TEST_NAME`, `TEST_CHARSET`, `TEST_MIRROR`, `TEST_USER`, …) of connections in the `DATABASES` setting.',
    why: 'Django 1.7 moved a connection\'s test settings into a `TEST` dict and read the old keys with a warning; Django 1.9 ignores them, so tests run against the default test database name, charset or mirror (an Oracle test user, a replica mirror) without a word.',
    fixSafety: 'Safe: the fix moves the keys into a new `TEST` dict under their new names (`TEST_CREATE` → `CREATE_DB`, `TEST_USER_CREATE` → `CREATE_USER`, `TEST_PASSWD` → `PASSWORD`), as Django 1.7 and 1.8 did; a connection that already has a `TEST` dict gets the message only. Needs Django 1.7+.',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  onlyIn: ['settings'],
  checklist: ['database-test-prefixed-settings'],
  truth: {
    removed: ['django.db.utils.ConnectionHandler.TEST_SETTING_RENAMES'],
    note: 'TEST_SETTING_RENAMES is the map 1.7 and 1.8 read the old keys through; 1.9 dropped it with them',
  },
  triggers: [...keys.keys()],
  check(context) {
    const databases = settingAssignments(context, 'DATABASES').flatMap((a) => (a.right ? [a.right] : []));
    const inDatabases = (node: Node) => databases.some((d) => d.startIndex <= node.startIndex && node.endIndex <= d.endIndex);
    const dicts = new Map<number, Node>();
    for (const key of keys.keys()) for (const dict of dictionariesSpelling(context, key)) if (inDatabases(dict)) dicts.set(dict.startIndex, dict);
    const quote = preferredQuote(context);
    for (const dict of [...dicts.values()].sort((a, b) => a.startIndex - b.startIndex)) {
      const pairs = [...dictPairs(dict)].filter(([key]) => keys.has(key)).map(([key, { pair, value }]) => ({ pair, key, value }));
      pairs.sort((a, b) => a.pair.startIndex - b.pair.startIndex);
      const edits = mergeEdits(context.text, dict, pairs, quote);
      for (const { pair, key } of pairs) {
        const keyNode = pair.childForFieldName('key')!;
        context.report({
          node: keyNode,
          subject: `The connection setting \`${stringValue(keyNode)}\``,
          advice: `move it into the connection's \`TEST\` dict as \`${keys.get(key)}\``,
          fix: edits ? { title: 'Move into the `TEST` dict', edits } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          DATABASES = {
              "default": {
                  "ENGINE": "django.db.backends.postgresql",
                  "NAME": "shop",
                  "TEST": {"NAME": "shop_test"},
              },
          }
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DATABASES = {
              "default": {
                  "ENGINE": "django.db.backends.mysql",
                  "NAME": "shop",
                  "TEST_NAME": "shop_test",
                  "TEST_CHARSET": "UTF8",
              },
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 5, column: 9, message: 'The connection setting `TEST_NAME` is deprecated since Django 1.7 and removed in 1.9: move it into the connection\'s `TEST` dict as `NAME`' },
          { line: 6, column: 9, message: 'The connection setting `TEST_CHARSET` is deprecated since Django 1.7 and removed in 1.9: move it into the connection\'s `TEST` dict as `CHARSET`' },
        ],
        output: dedent`
          DATABASES = {
              "default": {
                  "ENGINE": "django.db.backends.mysql",
                  "NAME": "shop",
                  "TEST": {"NAME": "shop_test", "CHARSET": "UTF8"},
              },
          }
        `,
      },
      {
        code: dedent`
          DATABASES = {
              'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'},
              'replica': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'replica.sqlite3', 'TEST_MIRROR': 'default'},
          }
        `,
        filename: 'project/settings/base.py',
        errors: [
          { line: 3, column: 84, message: 'The connection setting `TEST_MIRROR` is deprecated since Django 1.7 and removed in 1.9: move it into the connection\'s `TEST` dict as `MIRROR`' },
        ],
        output: dedent`
          DATABASES = {
              'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'},
              'replica': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'replica.sqlite3', 'TEST': {'MIRROR': 'default'}},
          }
        `,
      },
    ],
  },
});
