// Checks the TextMate highlighting grammars and the language configuration:
//   - the JSON files parse and have the expected scope names;
//   - every regular expression compiles in JavaScript and avoids Oniguruma-only
//     syntax (so JavaScript and VS Code's Oniguruma agree on them);
//   - every `include` resolves;
//   - when vscode-textmate and vscode-oniguruma are installed, sample templates
//     are tokenized and the Django tokens get the expected scopes (skipped otherwise).
// Run: node --import tsx --test test/grammar/textmate.test.ts
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from './helpers';

const SYNTAXES = path.join(repoRoot(), 'syntaxes');
const GRAMMARS = {
  'text.html.django': path.join(SYNTAXES, 'django-html.tmLanguage.json'),
  'text.django': path.join(SYNTAXES, 'django-txt.tmLanguage.json'),
} as const;
const CONFIGURATION = path.join(SYNTAXES, 'django-language-configuration.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Rule = { [key: string]: Json };

function readJson(file: string): Rule {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Rule;
}

/** Every object under `value` (rules, captures, repository entries), with its JSON path. */
function* objects(value: Json, where = '$'): Generator<[Rule, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* objects(item, `${where}[${i}]`);
  } else if (value && typeof value === 'object') {
    yield [value, where];
    for (const [key, item] of Object.entries(value)) yield* objects(item, `${where}.${key}`);
  }
}

// Oniguruma syntax that JavaScript lacks or reads differently.
const ONIGURUMA_ONLY: Array<[RegExp, string]> = [
  [/\(\?>/, 'atomic group (?>'],
  [/\(\?[imx]+[:)-]/, 'inline flags'],
  [/\\[AGzZhHK]/, 'anchor/class \\A \\G \\z \\Z \\h \\H \\K'],
  [/\\p\{/, 'Unicode property \\p{'],
  [/[*+?}][+]/, 'possessive quantifier'],
  [/\[\[:/, 'POSIX bracket'],
];

describe('TextMate grammars', () => {
  for (const [scopeName, file] of Object.entries(GRAMMARS)) {
    test(`${path.basename(file)} is valid`, () => {
      const grammar = readJson(file);
      assert.equal(grammar.scopeName, scopeName);
      assert.equal(typeof grammar.name, 'string');
      assert.ok(Array.isArray(grammar.patterns) && grammar.patterns.length > 0);
      const repository = grammar.repository as Record<string, Json>;
      assert.ok(repository && typeof repository === 'object');
      const allowedExternal = scopeName === 'text.html.django' ? ['text.html.basic'] : [];
      let regexes = 0;
      for (const [rule, where] of objects(grammar)) {
        for (const key of ['match', 'begin', 'end', 'while']) {
          const source = rule[key];
          if (typeof source !== 'string') continue;
          regexes++;
          for (const [bad, what] of ONIGURUMA_ONLY) {
            assert.ok(!bad.test(source), `${where}.${key} uses ${what}: ${source}`);
          }
          // In end/while, \1..\9 are replaced by the begin captures before compiling.
          const compiled = key === 'end' || key === 'while' ? source.replace(/\\[1-9]/g, '') : source;
          assert.doesNotThrow(() => new RegExp(compiled), `${where}.${key} does not compile: ${source}`);
        }
        if (rule.begin !== undefined) assert.equal(typeof rule.end, 'string', `${where}: begin without end`);
        const include = rule.include;
        if (typeof include !== 'string') continue;
        if (include.startsWith('#')) {
          assert.ok(include.slice(1) in repository, `${where}: unknown repository rule ${include}`);
        } else if (include !== '$self' && include !== '$base') {
          assert.ok(allowedExternal.includes(include), `${where}: unexpected include ${include}`);
        }
      }
      assert.ok(regexes > 20, `only ${regexes} regular expressions found`);
    });
  }

  test('django-html embeds text.html.basic and injects Django tokens into HTML', () => {
    const grammar = readJson(GRAMMARS['text.html.django']);
    assert.ok(JSON.stringify(grammar.patterns).includes('"text.html.basic"'));
    const injections = grammar.injections as Record<string, Json>;
    assert.ok(injections && Object.keys(injections).some((s) => s.includes('text.html.django')));
  });

  test('the language configuration is valid', () => {
    const configuration = readJson(CONFIGURATION);
    assert.deepEqual((configuration.comments as Rule).blockComment, ['{#', '#}']);
    const brackets = (configuration.brackets as Json[]).map((b) => JSON.stringify(b));
    for (const pair of [['{%', '%}'], ['{{', '}}'], ['{#', '#}']]) assert.ok(brackets.includes(JSON.stringify(pair)));
    const opens = (configuration.autoClosingPairs as Rule[]).map((p) => p.open);
    for (const open of ['{%', '{{', '{#', '{']) assert.ok(opens.includes(open), `no auto-closing pair for ${open}`);
    const markers = (configuration.folding as Rule).markers as Rule;
    const start = new RegExp(markers.start as string);
    const end = new RegExp(markers.end as string);
    assert.ok(start.test('  {% block content %}') && start.test('{% if a %}'));
    assert.ok(!start.test('{% if a %}x{% endif %}'));
    assert.ok(end.test('  {% endblock %}') && !end.test('{% block x %}'));
    assert.doesNotThrow(() => new RegExp(configuration.wordPattern as string));
  });
});

// --- Tokenization with VS Code's own engine, when it is installed -------------

interface TextMate {
  tokenize(scopeName: string, text: string): Promise<Array<{ text: string; scopes: string[] }>>;
}

async function loadTextMate(): Promise<TextMate | undefined> {
  const require = createRequire(path.join(repoRoot(), 'package.json'));
  let vsctm: any;
  let onig: any;
  let wasm: Buffer;
  try {
    const textmateModule = 'vscode-textmate';
    const onigurumaModule = 'vscode-oniguruma';
    vsctm = await import(textmateModule);
    onig = await import(onigurumaModule);
    wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  } catch {
    return undefined;
  }
  vsctm = vsctm.default ?? vsctm;
  onig = onig.default ?? onig;
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  // text.html.basic is not available outside VS Code: an empty stand-in keeps
  // the HTML as plain text, which is enough to check the Django tokens.
  const stub = JSON.stringify({ scopeName: 'text.html.basic', patterns: [], repository: {} });
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = (GRAMMARS as Record<string, string>)[scopeName];
      if (file) return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      if (scopeName === 'text.html.basic') return vsctm.parseRawGrammar(stub, 'html.json');
      return null;
    },
  });
  return {
    async tokenize(scopeName, text) {
      const grammar = await registry.loadGrammar(scopeName);
      const tokens: Array<{ text: string; scopes: string[] }> = [];
      let state = vsctm.INITIAL;
      for (const line of text.split('\n')) {
        const result = grammar.tokenizeLine(line, state);
        for (const t of result.tokens) tokens.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
        state = result.ruleStack;
      }
      return tokens;
    },
  };
}

describe('TextMate tokenization', async () => {
  const textmate = await loadTextMate();
  const options = textmate ? {} : { skip: 'vscode-textmate and vscode-oniguruma are not installed' };

  /** The scopes of the first token with exactly this text (after `after`, when given). */
  async function scopesOf(scopeName: string, source: string, tokenText: string, nth = 0): Promise<string[]> {
    const tokens = (await textmate!.tokenize(scopeName, source)).filter((t) => t.text === tokenText);
    assert.ok(tokens[nth], `no token ${JSON.stringify(tokenText)} in ${JSON.stringify(source)}`);
    return tokens[nth].scopes;
  }

  for (const scopeName of Object.keys(GRAMMARS)) {
    test(`${scopeName}: tags, variables, filters, strings, numbers`, options, async () => {
      const source = `{% if user.age >= 18 and not x %}{{ user.name|default:"n/a"|truncatechars:9 }}{% endif %}{% url 'a' pk=1 as u %}{{ _("Hi") }}`;
      assert.ok((await scopesOf(scopeName, source, 'if')).includes('keyword.control.tag.django'));
      assert.ok((await scopesOf(scopeName, source, 'endif')).includes('keyword.control.tag.django'));
      assert.ok((await scopesOf(scopeName, source, '{%')).includes('punctuation.section.embedded.begin.django'));
      assert.ok((await scopesOf(scopeName, source, '>=')).includes('keyword.operator.comparison.django'));
      assert.ok((await scopesOf(scopeName, source, 'and')).includes('keyword.operator.logical.django'));
      assert.ok((await scopesOf(scopeName, source, '18')).includes('constant.numeric.django'));
      assert.ok((await scopesOf(scopeName, source, '9')).includes('constant.numeric.django'));
      assert.ok((await scopesOf(scopeName, source, 'name')).includes('variable.other.django'));
      assert.ok((await scopesOf(scopeName, source, '|')).includes('keyword.operator.filter.django'));
      assert.ok((await scopesOf(scopeName, source, 'default')).includes('support.function.filter.django'));
      assert.ok((await scopesOf(scopeName, source, ':')).includes('punctuation.separator.argument.django'));
      assert.ok((await scopesOf(scopeName, source, '"n/a"')).includes('string.quoted.double.django'));
      assert.ok((await scopesOf(scopeName, source, "'a'")).includes('string.quoted.single.django'));
      assert.ok((await scopesOf(scopeName, source, 'pk')).includes('variable.parameter.django'));
      assert.ok((await scopesOf(scopeName, source, 'as')).includes('keyword.other.django'));
      assert.ok((await scopesOf(scopeName, source, '_(')).includes('support.function.i18n.django'));
    });

    test(`${scopeName}: comments and verbatim`, options, async () => {
      const source = '{# note {{ x }} #}\n{% comment "why" %}\n{% if a %}{{ b }}\n{% endcomment %}\n{% verbatim v %}{{ raw }}{% endverbatim %}{% endverbatim v %}{{ after }}';
      const tokens = await textmate!.tokenize(scopeName, source);
      const inComment = (text: string) =>
        tokens.filter((t) => t.text.includes(text)).every((t) => t.scopes.includes('comment.block.django'));
      assert.ok(inComment('note'));
      assert.ok(inComment('{% if a %}'));
      assert.ok(inComment('endcomment'));
      const raw = tokens.find((t) => t.text.includes('{{ raw }}'));
      assert.ok(raw && !raw.scopes.includes('meta.template.variable.django'), 'verbatim content is not Django');
      assert.ok((await scopesOf(scopeName, source, 'after')).includes('variable.other.django'));
    });

    test(`${scopeName}: delimiters need their closer on the same line, like Django`, options, async () => {
      const source = '{{ not a variable\n}} {% not a tag\n%}\n{{ "a}}" }}';
      const tokens = await textmate!.tokenize(scopeName, source);
      const first = tokens.find((t) => t.text.includes('not a variable'));
      assert.ok(first && !first.scopes.some((s) => s.startsWith('meta.template')));
      const tag = tokens.find((t) => t.text.includes('not a tag'));
      assert.ok(tag && !tag.scopes.some((s) => s.startsWith('meta.template')));
      // Django ends the variable at the first }}: the string is not closed.
      assert.ok(!tokens.some((t) => t.text === '"a}}"'));
    });
  }

  test('text.html.django: Django tokens inside HTML attribute values', options, async () => {
    const real = await scopesOf('text.html.django', '<a href="{% url "home" %}" class="{{ cls }}">', 'url');
    assert.ok(real.includes('keyword.control.tag.django'));
  });
});
