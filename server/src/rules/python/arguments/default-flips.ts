// Defaults that Django flipped after a deprecation: calls that rely on the old default. Code written
// for the new default is indistinguishable, so these rules are opt-in (for projects crossing the change).
import type { PythonRuleContext } from '../../../engine/lint';
import { appendArgument } from '../../../engine/python-edits';
import { deprecationNotes } from '../../docs-links';
import { callArguments, callsTo } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

export const urlFieldAssumeScheme: PythonRule = {
  id: 'urlfield-assume-scheme',
  title: '`forms.URLField()` without `assume_scheme` (default becomes `"https"`)',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  languages: ['python'],
  optIn: true,
  docsUrl: deprecationNotes('5.0'),
  docs: {
    what: 'Opt-in, for projects moving from Django 5.x or older to 6.0: finds `django.forms.URLField(…)` without `assume_scheme`.',
    why: 'A URL typed without a scheme got `http://` until Django 5.2 (with a warning from 5.0 unless `FORMS_URLFIELD_ASSUME_HTTPS` is set); 6.0 assumes `https://`. Code written for 6.0 relies on the new default, hence opt-in.',
    fixSafety: 'Safe: adds `assume_scheme="http"`, which keeps the old behaviour (Django 5.0+); choose `"https"` if that is what you want.',
  },
  fix: 'safe',
  fixMinVersion: '5.0',
  checklist: ['urlfield-assume-http'],
  truth: { replacements: ['django.forms.fields.URLField'], note: 'a default changed ("http" to "https"); `assume_scheme` exists from 5.0' },
  check(context: PythonRuleContext) {
    for (const { call } of callsTo(context, ['django.forms.fields.URLField'])) {
      const { list, keywords, hasSplat } = callArguments(call);
      if (!list || keywords.has('assume_scheme') || hasSplat) continue;
      context.report({
        node: call,
        subject: '`forms.URLField()` without `assume_scheme`',
        advice: 'pass `assume_scheme="https"` (the 6.0 default) or `"http"` (the old one)',
        fix: { title: 'Keep `assume_scheme="http"`', edits: [appendArgument(context.text, list, 'assume_scheme="http"')] },
      });
    }
  },
  examples: {
    valid: [{ code: 'from django import forms\n\nsite = forms.URLField(assume_scheme="https")\n' }],
    invalid: [{ code: 'from django import forms\n\nsite = forms.URLField(required=False)\n', findings: 1, output: 'from django import forms\n\nsite = forms.URLField(required=False, assume_scheme="http")\n' }],
  },
};

const aggregates = ['ArrayAgg', 'JSONBAgg', 'StringAgg'].map((name) => `django.contrib.postgres.aggregates.general.${name}`);

export const postgresAggregateDefault: PythonRule = {
  id: 'postgres-aggregate-empty-default',
  title: '`ArrayAgg`/`JSONBAgg`/`StringAgg` without `default` (empty result becomes `None`)',
  category: 'models',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  languages: ['python'],
  optIn: true,
  docsUrl: deprecationNotes('4.0'),
  docs: {
    what: 'Opt-in, for projects moving from Django 4.x or older to 5.0: finds the PostgreSQL aggregates `ArrayAgg`, `JSONBAgg` and `StringAgg` without `default`.',
    why: 'Over no rows they returned `[]`, `[]` and `""` until Django 4.2 (with a warning from 4.0); 5.0 returns `None` like other aggregates. Code written for 5.0 relies on the new result, hence opt-in.',
    fixSafety: 'No automatic fix: pass `default=Value([])` (`ArrayAgg`), `default=Value("[]")` (`JSONBAgg`) or `default=Value("")` (`StringAgg`) to keep the old result.',
  },
  fix: 'none',
  checklist: ['postgres-agg-empty-default'],
  truth: { replacements: ['django.contrib.postgres.aggregates.general.ArrayAgg'], note: 'the result over no rows changed, not a name' },
  check(context: PythonRuleContext) {
    for (const { call, callee } of callsTo(context, aggregates)) {
      const { keywords, hasSplat } = callArguments(call);
      if (keywords.has('default') || hasSplat) continue;
      const name = callee.text.replace(/^.*\./, '');
      const value = name === 'ArrayAgg' ? 'Value([])' : name === 'JSONBAgg' ? 'Value("[]")' : 'Value("")';
      context.report({ node: callee, subject: `\`${name}\` without \`default\``, advice: `pass \`default=${value}\` to keep the old empty result, or \`default=None\`` });
    }
  },
  examples: {
    valid: [{ code: 'from django.contrib.postgres.aggregates import ArrayAgg\nfrom django.db.models import Value\n\nqs = Shop.objects.annotate(tags=ArrayAgg("tag__name", default=Value([])))\n' }],
    invalid: [{ code: 'from django.contrib.postgres.aggregates import ArrayAgg\n\nqs = Shop.objects.annotate(tags=ArrayAgg("tag__name"))\n', findings: 1 }],
  },
};
