import type { Node } from 'web-tree-sitter';
import { indentationAt, newlineOf } from '../../engine/python-edits';
import { dictionariesSpelling, dictPairs, elementsOf, literalString, quoteOf, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

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

export default definePythonRule({
  id: 'pylibmc-behavior-options',
  title: 'pylibmc behaviours → `OPTIONS["behaviors"]`',
  category: 'settings',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds `PyLibMCCache` caches whose `OPTIONS` hold pylibmc behaviours (`tcp_nodelay`, `ketama`, …) at the top level.',
    why: 'Since Django 1.11 `OPTIONS` are passed to `pylibmc.Client()`; Django 2.1 stopped moving unknown keys into `behaviors`, so the client fails on them.',
    fixSafety: 'Safe: moves the behaviour keys into a `behaviors` dictionary (joining an existing one), which is what Django 1.11 did at run time. Needs Django 1.11+.',
  },
  fix: 'safe',
  fixMinVersion: '1.11',
  checklist: ['pylibmc-top-level-options'],
  truth: { replacements: ['django.core.cache.backends.memcached.PyLibMCCache'], note: 'the OPTIONS keys are read at run time; no name appears or disappears' },
  triggers: ['PyLibMCCache'],
  check(context) {
    for (const cache of dictionariesSpelling(context, 'PyLibMCCache')) {
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
    valid: [
      {
        code: dedent`
          CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyLibMCCache", "OPTIONS": {"binary": True, "behaviors": {"tcp_nodelay": True}}}}
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          CACHES = {
              'default': {
                  'BACKEND': 'django.core.cache.backends.memcached.PyLibMCCache',
                  'OPTIONS': {
                      'binary': True,
                      'tcp_nodelay': True,
                      'ketama': True,
                  },
              },
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 6, column: 13, message: 'The pylibmc behaviour `tcp_nodelay` at the top of `OPTIONS` is deprecated since Django 1.11 and removed in 2.1: move it into `OPTIONS["behaviors"]`' },
          { line: 7, column: 13, message: 'The pylibmc behaviour `ketama` at the top of `OPTIONS` is deprecated since Django 1.11 and removed in 2.1: move it into `OPTIONS["behaviors"]`' },
        ],
        output: dedent`
          CACHES = {
              'default': {
                  'BACKEND': 'django.core.cache.backends.memcached.PyLibMCCache',
                  'OPTIONS': {
                      'binary': True,
                      'behaviors': {'tcp_nodelay': True, 'ketama': True},
                  },
              },
          }
        `,
      },
      {
        code: dedent`
          CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyLibMCCache", "OPTIONS": {"behaviors": {"ketama": True}, "tcp_nodelay": True}}}
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 130, message: 'The pylibmc behaviour `tcp_nodelay` at the top of `OPTIONS` is deprecated since Django 1.11 and removed in 2.1: move it into `OPTIONS["behaviors"]`' },
        ],
        output: dedent`
          CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyLibMCCache", "OPTIONS": {"behaviors": {"ketama": True, "tcp_nodelay": True}}}}
        `,
      },
    ],
  },
});
