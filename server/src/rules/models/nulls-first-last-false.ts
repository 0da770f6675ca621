import { dedent, keywordArgumentRule } from '../shapes';

const isFalse = (value: { type: string }) => value.type === 'false';

export default keywordArgumentRule({
  id: 'nulls-first-last-false',
  title: 'Drop `nulls_first=False`/`nulls_last=False`',
  category: 'models',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docs: {
    what: 'Finds `nulls_first=False` and `nulls_last=False` passed to `asc()`, `desc()` and `OrderBy`.',
    why: 'Django 4.1 made `None` mean "no preference" and deprecated `False` for it; 5.0 raises `ValueError` for `False`.',
    fixSafety: 'Safe: removing the argument is the same "database default" ordering.',
  },
  fix: 'safe',
  checklist: ['nulls-first-last-false'],
  truth: { replacements: ['django.db.models.expressions.OrderBy'], note: 'an accepted value changed (False), not a name' },
  sites: { callees: ['django.db.models.expressions.OrderBy'], methods: { names: ['asc', 'desc'] } },
  keywords: [
    { name: 'nulls_first', when: isFalse, remove: true, subject: '`nulls_first=False`', advice: 'remove it (`None`, the default, means no preference)' },
    { name: 'nulls_last', when: isFalse, remove: true, subject: '`nulls_last=False`', advice: 'remove it (`None`, the default, means no preference)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models import F

          qs = Book.objects.order_by(F("price").desc(nulls_last=True))
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models import F

          qs = Book.objects.order_by(F("price").desc(nulls_last=False))
        `,
        errors: [
          { line: 3, column: 44, message: '`nulls_last=False` is deprecated since Django 4.1 and removed in 5.0: remove it (`None`, the default, means no preference)' },
        ],
        output: dedent`
          from django.db.models import F

          qs = Book.objects.order_by(F("price").desc())
        `,
      },
      {
        code: dedent`
          from django.db import models
          from django.db.models import F, OrderBy


          class Product(models.Model):
              class Meta:
                  ordering = [OrderBy(F("released"), descending=True, nulls_first=False)]
        `,
        errors: [
          { line: 7, column: 61, message: '`nulls_first=False` is deprecated since Django 4.1 and removed in 5.0: remove it (`None`, the default, means no preference)' },
        ],
        output: dedent`
          from django.db import models
          from django.db.models import F, OrderBy


          class Product(models.Model):
              class Meta:
                  ordering = [OrderBy(F("released"), descending=True)]
        `,
      },
    ],
  },
});
