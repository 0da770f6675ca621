// Defaults that Django flipped after a deprecation: calls that rely on the old default. Code written
// for the new default is indistinguishable, so these rules are opt-in (for projects crossing the change).
import { callArguments, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const aggregates = ['ArrayAgg', 'JSONBAgg', 'StringAgg'].map((name) => `django.contrib.postgres.aggregates.general.${name}`);

export default definePythonRule({
  id: 'postgres-aggregate-empty-default',
  title: '`ArrayAgg`/`JSONBAgg`/`StringAgg` without `default` (empty result becomes `None`)',
  category: 'models',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  optIn: true,
  docs: {
    what: 'Opt-in, for projects moving from Django 4.x or older to 5.0: finds the PostgreSQL aggregates `ArrayAgg`, `JSONBAgg` and `StringAgg` without `default`.',
    why: 'Over no rows they returned `[]`, `[]` and `""` until Django 4.2 (with a warning from 4.0); 5.0 returns `None` like other aggregates. Code written for 5.0 relies on the new result, hence opt-in.',
    fixSafety: 'No automatic fix: pass `default=Value([])` (`ArrayAgg`), `default=Value("[]")` (`JSONBAgg`) or `default=Value("")` (`StringAgg`) to keep the old result.',
  },
  fix: 'none',
  checklist: ['postgres-agg-empty-default'],
  truth: { replacements: ['django.contrib.postgres.aggregates.general.ArrayAgg'], note: 'the result over no rows changed, not a name' },
  triggers: ['ArrayAgg', 'JSONBAgg', 'StringAgg'],
  check(context) {
    for (const { call, callee } of callsTo(context, aggregates)) {
      const { keywords, hasSplat } = callArguments(call);
      if (keywords.has('default') || hasSplat) continue;
      const name = callee.text.replace(/^.*\./, '');
      const value = name === 'ArrayAgg' ? 'Value([])' : name === 'JSONBAgg' ? 'Value("[]")' : 'Value("")';
      context.report({ node: callee, subject: `\`${name}\` without \`default\``, advice: `pass \`default=${value}\` to keep the old empty result, or \`default=None\`` });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.postgres.aggregates import ArrayAgg
          from django.db.models import Value

          qs = Shop.objects.annotate(tags=ArrayAgg("tag__name", default=Value([])))
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.postgres.aggregates import ArrayAgg

          qs = Shop.objects.annotate(tags=ArrayAgg("tag__name"))
        `,
        errors: [
          { line: 3, column: 33, message: '`ArrayAgg` without `default` is deprecated since Django 4.0 and removed in 5.0: pass `default=Value([])` to keep the old empty result, or `default=None`' },
        ],
      },
    ],
  },
});
