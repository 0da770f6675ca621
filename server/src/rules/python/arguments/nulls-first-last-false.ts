import { deprecationNotes } from '../../docs-links';
import { keywordArgumentRule } from '../../shapes';

const isFalse = (value: { type: string }) => value.type === 'false';

export default keywordArgumentRule({
  id: 'nulls-first-last-false',
  title: 'Drop `nulls_first=False`/`nulls_last=False`',
  category: 'models',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docsUrl: deprecationNotes('4.1'),
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
    valid: [{ code: 'from django.db.models import F\n\nqs = Book.objects.order_by(F("price").desc(nulls_last=True))\n' }],
    invalid: [{
      code: 'from django.db.models import F\n\nqs = Book.objects.order_by(F("price").desc(nulls_last=False))\n',
      findings: 1,
      output: 'from django.db.models import F\n\nqs = Book.objects.order_by(F("price").desc())\n',
    }],
  },
});
