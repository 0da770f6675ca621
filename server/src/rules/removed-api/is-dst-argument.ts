import { dedent, keywordArgumentRule } from '../shapes';

const truncs = ['Trunc', 'TruncYear', 'TruncQuarter', 'TruncMonth', 'TruncWeek', 'TruncDay', 'TruncHour', 'TruncMinute', 'TruncSecond', 'TruncBase']
  .map((name) => `django.db.models.functions.datetime.${name}`);

export default keywordArgumentRule({
  id: 'is-dst-argument',
  title: '`is_dst=` of `make_aware()`, `QuerySet.datetimes()` and `Trunc*`',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  docs: {
    what: 'Finds `is_dst=` passed to `django.utils.timezone.make_aware()`, the `Trunc` functions and `QuerySet.datetimes()`.',
    why: 'With `zoneinfo` (Django 4.0) the argument has no effect; 5.0 removed it (`TypeError`). Ambiguous and missing times are resolved by `zoneinfo`\'s `fold` rules.',
    fixSafety: 'No automatic fix: removing it is right, but code that relied on `is_dst=None` raising for ambiguous times must check `fold` itself.',
  },
  fix: 'none',
  checklist: ['is-dst-argument'],
  truth: {
    removedParameters: [
      { symbol: 'django.utils.timezone.make_aware', name: 'is_dst' },
      { symbol: 'django.db.models.query.QuerySet.datetimes', name: 'is_dst' },
      { symbol: 'django.db.models.functions.datetime.Trunc', name: 'is_dst' },
      { symbol: 'django.db.models.functions.datetime.TruncBase', name: 'is_dst' },
    ],
  },
  sites: { callees: ['django.utils.timezone.make_aware', ...truncs], methods: { names: ['datetimes'] } },
  keywords: [{ name: 'is_dst', advice: 'remove it (with `zoneinfo`, ambiguous times use `fold`)' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils import timezone

          when = timezone.make_aware(naive)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.functions import TruncDay
          from django.utils import timezone

          when = timezone.make_aware(naive, is_dst=False)
          days = Order.objects.annotate(day=TruncDay("created", is_dst=True))
          seen = Order.objects.datetimes("created", "day", is_dst=False)
        `,
        errors: [
          { line: 4, column: 35, message: '`make_aware(is_dst=…)` is deprecated since Django 4.0 and removed in 5.0: remove it (with `zoneinfo`, ambiguous times use `fold`)' },
          { line: 5, column: 55, message: '`TruncDay(is_dst=…)` is deprecated since Django 4.0 and removed in 5.0: remove it (with `zoneinfo`, ambiguous times use `fold`)' },
          { line: 6, column: 50, message: '`datetimes(is_dst=…)` is deprecated since Django 4.0 and removed in 5.0: remove it (with `zoneinfo`, ambiguous times use `fold`)' },
        ],
      },
    ],
  },
});
