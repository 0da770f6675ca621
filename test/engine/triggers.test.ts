// Trigger words (docs/engine.md): a rule runs only on files holding one of its `triggers`, so a
// trigger that a finding does not need would cost a run, and a finding without its trigger would
// be lost. These tests prove the second never happens:
//   - on every corpus file, every frozen baseline input and every example, linting with the
//     triggers gives exactly what linting without them (every rule run) gives;
//   - every rule's invalid examples, with each trigger word spelled differently wherever it
//     occurs, give that rule no finding even when it runs;
//   - a rule whose triggers are looked for in code (`triggersInCode`, engine/code-text.ts) finds
//     nothing in its invalid examples written inside a comment or a string, and on every input
//     where it finds something, its code gate lets it through.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codeText } from '../../server/src/engine/code-text';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { isTriggeredInCode, type LintOptions } from '../../server/src/engine/lint';
import { isTriggered } from '../../server/src/engine/tokens';
import type { Finding, Rule } from '../../server/src/engine/types';
import type { SourceLanguage } from '../../server/src/parsing/languages';
import { rules } from '../../server/src/rules';
import { getAnalyzer, newestRelease } from '../helpers/analyzer';
import { readInputs } from './baseline';

const describeFinding = (f: Finding) => `${f.rule.id}@${f.start}-${f.end}: ${f.message}${f.fix ? ` [${f.fix.title}]` : ''}`;

function inputOf(path: string, text: string) {
  const language: SourceLanguage = path.endsWith('.py') ? 'python' : 'django-template';
  return { language, path, text, fileKinds: fileKindsOf(path) };
}

test('every rule of the catalogue names its trigger words or a trigger pattern (a rule with neither never runs)', () => {
  for (const rule of rules) {
    assert.ok(rule.triggers || rule.triggerPattern, `${rule.id}: no triggers and no trigger pattern`);
    if (!rule.triggers) continue;
    assert.ok(rule.triggers.length > 0, `${rule.id}: an empty trigger list would never run`);
    for (const word of rule.triggers) assert.match(word, /^[A-Za-z_][A-Za-z0-9_]*$/, `${rule.id}: trigger ${JSON.stringify(word)} is not a word`);
  }
  for (const rule of rules) {
    if (!rule.requires && !rule.requiresOneOf) continue;
    assert.ok(rule.triggers || rule.triggerPattern, `${rule.id}: required words go with triggers`);
    assert.ok(rule.requiresOneOf?.length !== 0, `${rule.id}: an empty requiresOneOf would never run`);
    for (const word of [...(rule.requires ?? []), ...(rule.requiresOneOf ?? [])]) assert.match(word, /^[A-Za-z_][A-Za-z0-9_]*$/, `${rule.id}: required ${JSON.stringify(word)} is not a word`);
  }
});

test('triggers never hide a finding: with and without them, the same findings on every input', async () => {
  const analyzer = await getAnalyzer();
  const inputs = readInputs().map((input) => ({ id: input.id, path: input.path, text: input.text, current: input.current }));
  for (const rule of rules) {
    const fallback = rule.languages[0] === 'python' ? 'example.py' : 'templates/example.html';
    [...rule.examples.valid, ...rule.examples.invalid].forEach((example, index) =>
      // A library rule's versions are its library's: its examples run with every rule at a Django version.
      inputs.push({ id: `current example ${rule.id} #${index + 1}`, path: example.filename ?? fallback, text: example.code, current: rule.library ? '1.8' : (example.current ?? rule.fixMinVersion ?? '1.8') }),
    );
  }
  const problems: string[] = [];
  const inCode = rules.filter((rule) => rule.triggersInCode);
  /** Runs of a rule that the text's gate lets through and its code's does not: what the comparison proves the code gate on. */
  let leftOutByCode = 0;
  const notInCode: string[] = [];
  for (const input of inputs) {
    const options: LintOptions = { current: input.current, target: newestRelease, showFuture: true, isEnabled: () => true };
    const gated = analyzer.lint(inputOf(input.path, input.text), options).map(describeFinding);
    const ungated = analyzer.lint(inputOf(input.path, input.text), { ...options, ignoreTriggers: true });
    const everything = ungated.map(describeFinding);
    const lost = everything.filter((line) => !gated.includes(line));
    if (lost.length) problems.push(`${input.id}:\n  ${lost.join('\n  ')}`);
    if (!input.path.endsWith('.py')) continue;
    const code = codeText(input.text);
    if (code === null) continue;
    const present = (word: string) => new RegExp(`(?<![A-Za-z0-9_])${word}(?![A-Za-z0-9_])`).test(input.text);
    for (const rule of inCode) {
      const through = isTriggeredInCode(rule, present, code);
      if (!through && isTriggered(rule, present, input.text)) leftOutByCode++;
      if (!through && ungated.some((finding) => finding.rule === rule)) notInCode.push(`${input.id}: ${rule.id}`);
    }
  }
  assert.deepEqual(problems, [], 'findings only an ungated run makes: the rule needs another trigger word');
  assert.deepEqual(notInCode, [], 'findings of a rule whose triggers its code gate does not find in the code');
  // The examples are small and mostly code: the code gates leave out a few runs here (the
  // examples written in comments and strings below, and Django's source in trigger-waste, many more).
  assert.ok(leftOutByCode >= 10, `the code gates left out only ${leftOutByCode} runs: the comparison proves little`);
});

describe('a rule whose triggers are looked for in code finds nothing in its invalid examples written in a comment or a string', () => {
  for (const rule of rules) {
    if (!rule.triggersInCode) continue;
    test(rule.id, async () => {
      const analyzer = await getAnalyzer();
      const fallback = rule.languages[0] === 'python' ? 'example.py' : 'templates/example.html';
      for (const [index, example] of rule.examples.invalid.entries()) {
        const lines = example.code.split('\n');
        const texts = [lines.map((line) => `# ${line}`).join('\n')];
        for (const quote of ["'''", '"""']) if (!example.code.includes(quote) && !example.code.endsWith(quote[0])) texts.push(`text = r${quote}\n${example.code}${quote}\n`, `def f():\n    r${quote}${lines.join('\n    ')}${quote}\n`);
        for (const text of texts) {
          const options: LintOptions = { current: example.current ?? rule.fixMinVersion ?? '1.8', target: newestRelease, showFuture: true, isEnabled: (r) => r === rule, ignoreTriggers: true };
          const findings = analyzer.lint(inputOf(example.filename ?? fallback, text), options);
          assert.deepEqual(findings.map(describeFinding), [], `invalid #${index + 1} in a comment or string:\n${text}`);
          assert.notEqual(codeText(text), null, `invalid #${index + 1}: the code text of\n${text}`);
        }
      }
    });
  }
});

/**
 * The text with every whole-word occurrence of `words` spelled differently (a letter appended),
 * and every match of `pattern` blanked out.
 */
function withoutTriggers(text: string, words: readonly string[], pattern?: RegExp): string {
  const set = new Set(words);
  const spelled = text.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (word) => (set.has(word) ? `${word}Qz` : word));
  return pattern ? spelled.replace(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`), (match) => ' '.repeat(match.length)) : spelled;
}

/**
 * Asserts that no invalid example of `rule` gives it a finding once `words` are spelled differently
 * (and `pattern` blanked out): `what` names them in the message.
 */
async function assertNoFindingWithout(rule: Rule<any>, words: readonly string[], pattern: RegExp | undefined, what: string): Promise<void> {
  const analyzer = await getAnalyzer();
  const fallback = rule.languages[0] === 'python' ? 'example.py' : 'templates/example.html';
  for (const [index, example] of rule.examples.invalid.entries()) {
    const text = withoutTriggers(example.code, words, pattern);
    const options: LintOptions = { current: example.current ?? rule.fixMinVersion ?? '1.8', target: newestRelease, showFuture: true, isEnabled: (r) => r === rule, ignoreTriggers: true };
    const findings = analyzer.lint(inputOf(example.filename ?? fallback, text), options);
    assert.deepEqual(findings.map(describeFinding), [], `invalid #${index + 1} without ${what}:\n${text}`);
  }
}

describe('no finding without a trigger word', () => {
  for (const rule of rules) {
    if (!rule.triggers && !rule.triggerPattern) continue;
    const what = [...(rule.triggers ?? []), ...(rule.triggerPattern ? [String(rule.triggerPattern)] : [])].join(', ');
    test(rule.id, () => assertNoFindingWithout(rule, rule.triggers ?? [], rule.triggerPattern, what));
  }
});

describe('no finding without each required word', () => {
  for (const rule of rules) {
    if (!rule.requires) continue;
    test(rule.id, async () => {
      for (const word of rule.requires!) await assertNoFindingWithout(rule, [word], undefined, word);
    });
  }
});

describe('no finding without any of the words required one of', () => {
  for (const rule of rules) {
    if (!rule.requiresOneOf) continue;
    test(rule.id, () => assertNoFindingWithout(rule, rule.requiresOneOf!, undefined, rule.requiresOneOf!.join(', ')));
  }
});

test('required words: a rule runs only where one of its triggers and all of them occur', async () => {
  const { rulesToRun } = await import('../../server/src/engine/lint');
  const base = rules.find((rule) => rule.languages.includes('python') && rule.triggers && !rule.onlyIn && !rule.notIn && !rule.optIn)!;
  const both = { ...base, id: 'test-requires', triggers: ['create', 'get_or_create'], triggerPattern: undefined, requires: ['ContentType', 'name'] };
  const options: LintOptions = { current: '1.11', target: newestRelease, showFuture: true, isEnabled: () => true };
  const run = (text: string) => rulesToRun({ language: 'python', fileKinds: new Set(), text }, [both], options).map((p) => p.rule.id);
  assert.deepEqual(run('ContentType.objects.create(name="x")\n'), ['test-requires']);
  assert.deepEqual(run('ContentType.objects.get_or_create(app_label="a", name="x")\n'), ['test-requires']);
  assert.deepEqual(run('ContentType.objects.create(model="x")\n'), []);
  assert.deepEqual(run('Thing.objects.create(name="x")\n'), []);
  assert.deepEqual(run('ContentType.objects.filter(name="x")\n'), []);
  assert.deepEqual(rulesToRun({ language: 'python', fileKinds: new Set(), text: 'x = 1\n' }, [both], { ...options, ignoreTriggers: true }).map((p) => p.rule.id), ['test-requires']);
  // requiresOneOf: one of those words too.
  const oneOf = { ...both, id: 'test-one-of', requires: undefined, requiresOneOf: ['TestCase', 'SimpleTestCase'] };
  const runOneOf = (text: string) => rulesToRun({ language: 'python', fileKinds: new Set(), text }, [oneOf], options).map((p) => p.rule.id);
  assert.deepEqual(runOneOf('class T(SimpleTestCase):\n    x = Thing.objects.create()\n'), ['test-one-of']);
  assert.deepEqual(runOneOf('class T(TestCase):\n    x = Thing.objects.get_or_create()\n'), ['test-one-of']);
  assert.deepEqual(runOneOf('class T(Base):\n    x = Thing.objects.create()\n'), []);
  assert.deepEqual(runOneOf('class T(TestCase):\n    x = 1\n'), []);
});

test('a trigger pattern runs a rule on the texts it matches, for constructs no word spells', async () => {
  const { rulesToRun } = await import('../../server/src/engine/lint');
  const notEqual = rules.find((rule) => rule.languages.includes('python') && rule.triggers && !rule.onlyIn && !rule.notIn && !rule.optIn)!;
  const patterned = { ...notEqual, id: 'test-pattern', triggers: undefined, triggerPattern: /<>/, requires: undefined };
  const worded = { ...notEqual, id: 'test-words', triggers: ['ugettext'], triggerPattern: undefined, requires: undefined };
  const options: LintOptions = { current: '1.11', target: newestRelease, showFuture: true, isEnabled: () => true };
  const run = (text: string) => rulesToRun({ language: 'python', fileKinds: new Set(), text }, [patterned, worded], options).map((p) => p.rule.id);
  assert.deepEqual(run('if a <> b:\n    pass\n'), ['test-pattern']);
  assert.deepEqual(run('if a != b:\n    pass\n'), []);
  assert.deepEqual(run('from django.utils.translation import ugettext\nx = a <> b\n'), ['test-pattern', 'test-words']);
});

test('a modernisation that a release makes necessary (removedIn without deprecatedIn) is an error from that release', async () => {
  const { severityFor } = await import('../../server/src/engine/lint');
  const rule = { ...rules[0], deprecatedIn: null, removedIn: '2.0' };
  assert.equal(severityFor(rule, { target: '1.11', showFuture: false }), 'information');
  assert.equal(severityFor(rule, { target: '2.0', showFuture: false }), 'error');
  assert.equal(severityFor({ ...rule, removedIn: null }, { target: '5.2', showFuture: false }), 'information');
});

test('the python2 trigger patterns admit every raise, except clause and parameter list that may hold the construct, and leave out clean ones', async () => {
  const { raiseCommaGate, exceptCommaGate, tupleParameterGate } = await import('../../server/src/rules/shapes/python2-gates');
  const admitted = (pattern: RegExp, texts: string[]) => texts.filter((text) => !pattern.test(text));
  const left = (pattern: RegExp, texts: string[]) => texts.filter((text) => pattern.test(text));
  assert.deepEqual(admitted(raiseCommaGate, ['raise E, V', 'raise E(\n  x), y', 'raise \\\n E, V', 'raise "x", "y"', 'raise E(a], b', 'raise E(((((1))))), b', 'raise E(\n "a",\n)', 'raise E("""a"b"""), c']), []);
  assert.deepEqual(left(raiseCommaGate, ['raise E("a,b")', 'raise E("%s, %s" % (a, f(b)))', 'raise E(x[0], {1: 2})', 'raise', 'raise E from e', 'raise E("it\\"s")', 'x = 1; raise E; y, z = 1, 2']), []);
  assert.deepEqual(admitted(exceptCommaGate, ['except E, e:', 'except (A, B), e:', 'except socket.error, (errno, msg):', 'except (A,\n B), e:', 'except f(lambda: 1), e:', 'except lambda: E, e:', 'except E, \\\n e:']), []);
  assert.deepEqual(left(exceptCommaGate, ['except (A, B) as e:', 'except:', 'except E as e:', 'except (A, B):  # a, b']), []);
  assert.deepEqual(
    admitted(tupleParameterGate, [
      'def f(a, (b, c)):', 'def f(a=(1,2), (b, c)):', 'def f(\n  self,\n  (b, c)=(1,2)):', 'def f(a=foo(1, (2)), (b,c)):', 'def f(a="""x"y""", (b, c)):',
      'def f(a, # c\n (b, c)):', 'def f(x=[1, (2)], (b,c)):', 'def f[T](x):', 'f = lambda (k, v): k', 'f = lambda x="a:b", (c, d): c', 'def f(a, \\\n (b, c)):',
      'f(lambda a,\n (b, c): b)', 'g = lambda x=lambda: 1, (a, b): a',
    ]),
    [],
  );
  assert.deepEqual(left(tupleParameterGate, ['def f(self, *args, **kwargs):', 'def f(self, x=()):', 'def f(x: List[int] = [], y={}):', 'f = lambda k, v: k', 'f = lambda: 1']), []);
});
