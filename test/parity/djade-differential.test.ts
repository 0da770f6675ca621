// Differential test against the real Djade (installed from PyPI into .cache/venvs): every template
// invalid example of the catalogue and the templates in test/parity/fixtures/djade are migrated
// by Djade (`--target-version V`) and by `djupgrade fix --select all --current V --target V`.
// Djade is also a formatter (tag spacing, `{{ x|y }}`, merging adjacent `{% load %}` tags), so the
// outputs are compared after the same formatting; any other difference must be listed below with
// its reason. docs/parity.md shows the same table.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { rules } from '../../server/src/rules';
import { compareVersions } from '../../server/src/versions/django-version';
import {
  CaseResult, collect, copyTree, ensureTool, fixtureCase, layOut, listFiles, ParityCase, repoRoot, runOurs, runTool, showDifference, tempDir,
} from './harness';

export const djadeVersion = '1.10.0';

/** Djade's six fixers and the rules that do what each does: each rule names its fixer (`upstream.djade`). */
export const djadeFixerRules: Record<string, string[]> = {};
for (const rule of rules) if (rule.upstream?.djade) (djadeFixerRules[rule.upstream.djade] ??= []).push(rule.id);

export interface KnownDifference {
  case: string;
  versions?: string[];
  reason: string;
}

/** Where this project deliberately writes something else than Djade 1.10.0 (after formatting). */
export const knownDifferences: KnownDifference[] = [
  {
    case: 'template-length-is#1',
    versions: ['4.2', '6.1'],
    reason: '`length_is:"3"`: Django compared `len(value) == int("3")`, so the rule writes `length == 3`; Djade converts only integer and variable arguments and leaves the quoted one (which then fails to compile on 5.1+)',
  },
  {
    case: 'fixture:legacy-templates/templates/shop/product.html',
    versions: ['3.1', '4.2', '6.1'],
    reason: 'Djade also rewrites the tags inside `{% comment %}…{% endcomment %}`; the catalogue never touches commented-out template code',
  },
];

/** The releases Djade's --target-version accepts. */
const djadeTargets = ['2.1', '2.2', '3.0', '3.1', '3.2', '4.1', '4.2', '5.0', '5.1', '5.2', '6.0', '6.1'];
const newest = '6.1';

/** The oldest Djade target at or after `version`. */
function djadeTarget(version: string): string {
  return djadeTargets.find((v) => compareVersions(v, version) >= 0) ?? newest;
}

/**
 * Djade's formatting, so that only migrations are compared: one space inside tag and variable
 * delimiters and between tag arguments, no spaces around `|` and `:` in variables, adjacent
 * `{% load a %}{% load b %}` merged into one sorted `{% load a b %}`, sorted names in
 * `{% load a b from lib %}`, and `{% endblock name %}`.
 */
export function canonicalTemplate(text: string): string {
  const tokens = text.split(/(\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\})/);
  const out: string[] = [];
  const words = (inner: string): string[] => inner.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('{%')) {
      let parts = words(token.slice(2, -2));
      // Djade names the block an endblock closes, and sorts the names of `{% load a b from lib %}`.
      if (parts[0] === 'endblock') parts = ['endblock'];
      const from = parts.indexOf('from');
      if (parts[0] === 'load' && from > 1) parts = ['load', ...parts.slice(1, from).sort(), ...parts.slice(from)];
      out.push(`{% ${parts.join(' ')} %}`);
    } else if (token.startsWith('{{')) {
      const inner = token.slice(2, -2).trim().replace(/\s*([|:])\s*/g, '$1');
      out.push(`{{ ${inner} }}`);
    } else {
      out.push(token);
    }
  }
  // Merge runs of simple load tags separated by whitespace only.
  const merged: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const simpleLoad = (t: string) => /^\{% load [^%]+ %\}$/.test(t) && !/ from /.test(t);
    if (!simpleLoad(out[i])) {
      merged.push(out[i]);
      continue;
    }
    const libraries = new Set(out[i].slice(8, -3).split(' '));
    let j = i;
    while (j + 2 < out.length && /^\s*$/.test(out[j + 1]) && simpleLoad(out[j + 2])) {
      for (const library of out[j + 2].slice(8, -3).split(' ')) libraries.add(library);
      j += 2;
    }
    merged.push(`{% load ${[...libraries].sort().join(' ')} %}`);
    i = j;
  }
  // Djade ends a file with one newline.
  return `${merged.join('').replace(/\s+$/, '')}\n`;
}

const parityRuleIds = new Set(Object.values(djadeFixerRules).flat());
const fixturesDir = path.join(repoRoot, 'test', 'parity', 'fixtures', 'djade');
const fixtureVersions = ['2.1', '3.1', '4.2', newest];

function cases(): Map<string, ParityCase[]> {
  const byVersion = new Map<string, ParityCase[]>();
  const add = (version: string, parityCase: ParityCase) => byVersion.set(version, [...(byVersion.get(version) ?? []), parityCase]);
  for (const rule of rules) {
    if (!rule.languages.includes('django-template')) continue;
    // A library rule's versions are its library's, not Django's.
    const floor = djadeTarget((rule.library ? ['2.1'] : [rule.fixMinVersion, rule.deprecatedIn, '2.1']).filter((v): v is string => !!v).reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b)));
    rule.examples.invalid.forEach((example, index) => {
      const parityCase = { name: `${rule.id}#${index + 1}`, files: { [example.filename ?? 'templates/example.html']: example.code } };
      for (const version of new Set([floor, newest])) add(version, parityCase);
    });
  }
  if (fs.existsSync(fixturesDir)) {
    for (const entry of fs.readdirSync(fixturesDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const fixture = fixtureCase(`fixture:${entry.name}`, path.join(fixturesDir, entry.name), /\.(html|txt)$/);
      for (const version of fixtureVersions) add(version, fixture);
    }
  }
  return byVersion;
}

function runAt(tool: string, version: string, parityCases: ParityCase[]): CaseResult[] {
  const base = tempDir('djadediff');
  try {
    const input = path.join(base, 'in');
    const roots = layOut(input, parityCases);
    const theirs = path.join(base, 'theirs');
    const ours = path.join(base, 'ours');
    copyTree(input, theirs);
    copyTree(input, ours);
    runTool(tool, ['--target-version', version], theirs, listFiles(theirs, /\.(html|txt)$/));
    runOurs(ours, version);
    return collect(roots, theirs, ours, version);
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}

type Verdict = 'same' | 'formatting' | 'beyond' | 'documented' | 'different';

function judge(result: CaseResult, ruleId: string | null, used: Set<KnownDifference>): Verdict {
  if (result.files.every((f) => f.theirs === f.ours)) return 'same';
  if (result.files.every((f) => canonicalTemplate(f.theirs) === canonicalTemplate(f.ours))) return 'formatting';
  const documented = knownDifferences.find((d) => d.case === result.name && (!d.versions || d.versions.includes(result.version)));
  if (documented) {
    used.add(documented);
    return 'documented';
  }
  // Djade only formatted the file: the rule fixes something Djade has no fixer for.
  if (ruleId && !parityRuleIds.has(ruleId) && result.files.every((f) => canonicalTemplate(f.theirs) === canonicalTemplate(f.input))) return 'beyond';
  return 'different';
}

test('Djade parity: every fixer maps to rules of the catalogue', () => {
  const ids = new Set(rules.map((rule) => rule.id));
  assert.equal(Object.keys(djadeFixerRules).length, 6);
  assert.deepEqual(Object.values(djadeFixerRules).flat().filter((id) => !ids.has(id)), []);
});

test('Djade canonical formatting', () => {
  assert.equal(canonicalTemplate('{%load  staticfiles%}{% load i18n %}\n{%load static%}{{x | lower}}'), '{% load i18n static staticfiles %}{{ x|lower }}\n');
  assert.equal(canonicalTemplate('{% load a %}<p>{% load b %}\n\n'), '{% load a %}<p>{% load b %}\n');
});

test('docs/parity.md lists every Djade fixer, its rule and every known difference', () => {
  const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'parity.md'), 'utf8');
  const missing = [
    ...Object.keys(djadeFixerRules).filter((fixer) => !doc.includes(`| \`${fixer}\` |`)),
    ...Object.values(djadeFixerRules).flat().filter((id) => !doc.includes(`\`${id}\``)),
    ...knownDifferences.map((d) => d.case).filter((name) => !doc.includes(`\`${name}\``)),
  ];
  assert.deepEqual(missing, []);
});

test('Djade differential: template examples and fixtures', { timeout: 600_000 }, (t) => {
  const tool = ensureTool('djade', 'djade', djadeVersion, 'djade');
  const counts: Record<Verdict, number> = { same: 0, formatting: 0, beyond: 0, documented: 0, different: 0 };
  const used = new Set<KnownDifference>();
  const failures: string[] = [];
  for (const [version, parityCases] of [...cases()].sort((a, b) => compareVersions(a[0], b[0]))) {
    const results = runAt(tool, version, parityCases).flatMap((result) =>
      result.files.length === 1 ? [result] : result.files.map((file) => ({ ...result, name: `${result.name}/${file.path}`, files: [file] })));
    for (const result of results) {
      const ruleId = result.name.startsWith('fixture:') ? null : result.name.replace(/#\d+$/, '');
      const verdict = judge(result, ruleId, used);
      counts[verdict]++;
      if (verdict === 'different') failures.push(result.files.map((f) => showDifference(`${result.name} @ ${version}`, f)).join('\n'));
    }
  }
  t.diagnostic(
    `Djade ${djadeVersion}: ${counts.same} identical, ${counts.formatting} identical after Djade's formatting, ${counts.documented} documented differences, ` +
      `${counts.beyond} beyond Djade (it only formats them), ${counts.different} undocumented differences`,
  );
  assert.equal(failures.length, 0, `outputs differ from Djade; fix the rule or add the case to knownDifferences with the reason:\n${failures.join('\n\n')}`);
  assert.deepEqual(knownDifferences.filter((d) => !used.has(d)).map((d) => d.case), [], 'documented differences that no longer differ');
});
