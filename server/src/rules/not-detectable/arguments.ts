// Checklist entries of the argument/attribute kinds that reading one source file cannot find, and why.
// server/src/rules/not-detectable/index.ts lists them with the others.
import type { NotDetectable } from './index';

export const argumentsNotDetectable: NotDetectable[] = [
  {
    checklist: 'default-related-name-lookup',
    reason: 'a query lookup spelled with the model name (`filter(book__title=…)`) only breaks when the related model sets `Meta.default_related_name`, which lives in another module; the lookup string alone does not show it',
  },
  {
    checklist: 'related-manager-apply-rel-filters',
    reason: 'concerns third-party related managers created by custom descriptors at run time (the removed shim was inside `prefetch_related()`); nothing in source names the missing `_apply_rel_filters()` reliably',
  },
  {
    checklist: 'search-lookup',
    reason: 'the removed MySQL `__search` lookup has the same spelling as the PostgreSQL full-text `__search` lookup of `django.contrib.postgres`, which stays; which one a query uses depends on the database and `INSTALLED_APPS`, not on the file',
  },
  {
    checklist: 'order-by-raw-alias',
    reason: '`order_by("name")` is only wrong when `name` is a raw column alias added by `extra(select=…)` or `raw()`, possibly elsewhere in the query chain or in another module; the string is indistinguishable from a field name',
  },
  {
    checklist: 'errorlist-str-return',
    reason: 'whether a custom `ErrorList`/`ErrorDict` rendering returns `str` or `SafeString` is a run-time type of its return value (often built by helpers), not something the source spells',
  },
  {
    checklist: 'unsaved-instance-related-filter',
    reason: 'whether a model instance passed to a related filter has been saved is run-time state',
  },
  {
    checklist: 'jsonfield-encoded-string-literals',
    reason: 'a string passed to a `JSONField` lookup or `Value()` is only affected when it is JSON-encoded text and the field is a `JSONField`; the field type lives in the model, and the string content is data',
  },
  {
    checklist: 'jsonfield-none-as-json-null',
    reason: '`filter(data=None)` only changes meaning when `data` is a `JSONField`; field types live in the model definitions, usually in another module',
  },
];
