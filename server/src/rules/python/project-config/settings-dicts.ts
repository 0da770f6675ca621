// Keys inside settings dictionaries: pylibmc behaviours at the top of a cache's `OPTIONS`, and
// `SERIALIZE` in a database's `TEST` dictionary.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { indentationAt, newlineOf, removeElement } from '../../../engine/python-edits';
import { deprecationNotes } from '../../docs-links';
import { dictPairs, elementsOf, literalString, quoteOf, unparenthesized } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

/** Every dict literal of the module. */
function dictionaries(context: PythonRuleContext): Node[] {
  return context.tree.rootNode.descendantsOfType('dictionary').filter((n): n is Node => n !== null);
}

const pylibmcBackend = 'django.core.cache.backends.memcached.PyLibMCCache';
/** `OPTIONS` keys that PyLibMCCache passes to `pylibmc.Client()` itself. */
const clientOptions = ['behaviors', 'binary', 'username', 'password'];

/**
 * The `OPTIONS` dict rewritten with the given pairs moved into `behaviors`, in the dict's own
 * layout (one pair per line when it spans lines), or null when comments would be lost.
 */
function withBehaviors(text: string, options: Node, moved: Array<{ pair: Node }>, kept: Array<{ pair: Node; name: string }>): string | null {
  if (options.namedChildren.some((c) => c?.type === 'comment')) return null;
  const behaviors = kept.find((k) => k.name === 'behaviors');
  const behaviorsValue = behaviors ? unparenthesized(behaviors.pair.childForFieldName('value')) : null;
  if (behaviors && behaviorsValue?.type !== 'dictionary') return null;
  const firstKey = elementsOf(options)[0]?.childForFieldName('key');
  const q = firstKey ? quoteOf(firstKey) : "'";
  const movedText = moved.map((m) => m.pair.text);
  const existing = behaviorsValue ? elementsOf(behaviorsValue).map((p) => p.text) : [];
  const behaviorsPair = `${q}behaviors${q}: {${[...existing, ...movedText].join(', ')}}`;
  const pairs = kept.filter((k) => k !== behaviors).map((k) => k.pair.text);
  pairs.push(behaviorsPair);
  if (!options.text.includes('\n')) return `{${pairs.join(', ')}}`;
  const newline = newlineOf(text);
  const indent = indentationAt(text, elementsOf(options)[0].startIndex);
  const closing = indentationAt(text, options.endIndex - 1);
  return `{${newline}${pairs.map((p) => `${indent}${p},${newline}`).join('')}${closing}}`;
}

export const pylibmcBehaviorOptions: PythonRule = {
  id: 'pylibmc-behavior-options',
  title: 'pylibmc behaviours → `OPTIONS["behaviors"]`',
  category: 'settings',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('1.11'),
  docs: {
    what: 'Finds `PyLibMCCache` caches whose `OPTIONS` hold pylibmc behaviours (`tcp_nodelay`, `ketama`, …) at the top level.',
    why: 'Since Django 1.11 `OPTIONS` are passed to `pylibmc.Client()`; Django 2.1 stopped moving unknown keys into `behaviors`, so the client fails on them.',
    fixSafety: 'Safe: moves the behaviour keys into a `behaviors` dictionary (joining an existing one), which is what Django 1.11 did at run time. Needs Django 1.11+.',
  },
  fix: 'safe',
  fixMinVersion: '1.11',
  checklist: ['pylibmc-top-level-options'],
  truth: { replacements: ['django.core.cache.backends.memcached.PyLibMCCache'], note: 'the OPTIONS keys are read at run time; no name appears or disappears' },
  check(context: PythonRuleContext) {
    for (const cache of dictionaries(context)) {
      const pairs = dictPairs(cache);
      if (literalString(pairs.get('BACKEND')?.value ?? null) !== pylibmcBackend) continue;
      const options = unparenthesized(pairs.get('OPTIONS')?.value ?? null);
      if (options?.type !== 'dictionary') continue;
      const entries = [...dictPairs(options)].map(([name, entry]) => ({ name, ...entry }));
      const moved = entries.filter((e) => !clientOptions.includes(e.name));
      if (moved.length === 0) continue;
      const allLiteral = entries.length === elementsOf(options).length;
      const replacement = allLiteral ? withBehaviors(context.text, options, moved, entries.filter((e) => clientOptions.includes(e.name))) : null;
      for (const { key, name } of moved) {
        context.report({
          node: key,
          subject: `The pylibmc behaviour \`${name}\` at the top of \`OPTIONS\``,
          advice: 'move it into `OPTIONS["behaviors"]`',
          fix: replacement ? { title: 'Move the behaviours into `behaviors`', edits: [{ start: options.startIndex, end: options.endIndex, text: replacement }] } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [{ code: 'CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyLibMCCache", "OPTIONS": {"binary": True, "behaviors": {"tcp_nodelay": True}}}}\n', filename: 'settings.py' }],
    invalid: [
      {
        code: "CACHES = {\n    'default': {\n        'BACKEND': 'django.core.cache.backends.memcached.PyLibMCCache',\n        'OPTIONS': {\n            'binary': True,\n            'tcp_nodelay': True,\n            'ketama': True,\n        },\n    },\n}\n",
        filename: 'settings.py',
        findings: 2,
        output: "CACHES = {\n    'default': {\n        'BACKEND': 'django.core.cache.backends.memcached.PyLibMCCache',\n        'OPTIONS': {\n            'binary': True,\n            'behaviors': {'tcp_nodelay': True, 'ketama': True},\n        },\n    },\n}\n",
      },
      {
        code: 'CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyLibMCCache", "OPTIONS": {"behaviors": {"ketama": True}, "tcp_nodelay": True}}}\n',
        filename: 'settings.py',
        findings: 1,
        output: 'CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyLibMCCache", "OPTIONS": {"behaviors": {"ketama": True, "tcp_nodelay": True}}}}\n',
      },
    ],
  },
};

export const testSerializeSetting: PythonRule = {
  id: 'database-test-serialize',
  title: 'Remove `DATABASES[…]["TEST"]["SERIALIZE"]`',
  category: 'settings',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('4.0'),
  docs: {
    what: 'Finds the `SERIALIZE` key of a database\'s `TEST` settings.',
    why: 'Since Django 4.0 the test runner serializes only the databases of test cases with `serialized_rollback = True`; Django 5.0 ignores the key.',
    fixSafety: 'Safe from Django 4.0: removes the key. Test cases that need the serialized copy declare `serialized_rollback = True` (with `SERIALIZE: False` they were broken anyway). Needs Django 4.0+.',
  },
  fix: 'safe',
  fixMinVersion: '4.0',
  checklist: ['test-serialize-setting'],
  truth: { note: 'a key of the TEST database settings read by django.test.utils.setup_databases() up to 4.2, not a name' },
  check(context: PythonRuleContext) {
    for (const test of dictionaries(context)) {
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
    valid: [{ code: 'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "TEST": {"NAME": "test.db"}}}\n', filename: 'settings.py' }],
    invalid: [{
      code: "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'TEST': {\n            'SERIALIZE': False,\n            'NAME': 'test_shop',\n        },\n    },\n}\n",
      filename: 'settings.py',
      findings: 1,
      output: "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'TEST': {\n            'NAME': 'test_shop',\n        },\n    },\n}\n",
    }],
  },
};
