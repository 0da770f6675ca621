// Checklist entries of this group (settings, URLs, models, commands, middleware, other) that no
// rule can find by reading source, with the reason. Listed by server/src/rules/not-detectable/index.ts.
import type { NotDetectable } from './index';

const signedData = (what: string) =>
  `${what} made by an older Django is stored data (cookies, database rows, links in sent e-mails), not source code; it stops validating after the upgrade and users get new ones`;

export const projectConfigNotDetectable: NotDetectable[] = [
  {
    checklist: 'naive-db-aware-param-conversion',
    reason: 'whether a raw SQL parameter holds an aware datetime, on a backend without time zone support, is only known at run time',
  },
  {
    checklist: 'meta-ordering-group-by',
    reason: 'a behaviour change of aggregation queries: which queryset of which model (declared in another module) is grouped is not visible where `values().annotate()` is written',
  },
  { checklist: 'messages-cookie-pre31-format', reason: signedData('a messages cookie') },
  { checklist: 'messages-cookie-pre32-format', reason: signedData('a messages cookie') },
  { checklist: 'password-reset-token-sha1', reason: signedData('a SHA-1 password reset token') },
  { checklist: 'session-pre31-encoding', reason: signedData('a session encoded in the pre-3.1 format') },
  { checklist: 'signer-sha1-signatures', reason: signedData('a SHA-1 `Signer` signature') },
  { checklist: 'signing-dumps-sha1', reason: signedData('a SHA-1 `signing.dumps()` value') },
  { checklist: 'user-sessions-sha1', reason: signedData('a SHA-1 session auth hash') },
  {
    checklist: 'setuptestdata-non-deepcopyable',
    reason: 'whether an object assigned in `setUpTestData()` can be deep-copied depends on its type at run time (open files, connections, locks…)',
  },
  {
    checklist: 'sitemap-default-protocol',
    reason: 'the default only changes for sitemaps rendered outside a request (`get_urls()` without `protocol`, from code whose receiver type is not visible); inside the sitemap view the request\'s scheme is used',
  },
  {
    checklist: 'pytz-support',
    reason: 'pytz objects reach Django at run time (`tzinfo` of values, `activate()` arguments); the `USE_DEPRECATED_PYTZ` setting and the `is_dst` arguments have their own rules',
  },
  {
    checklist: 'form-default-table-rendering',
    reason: 'a rendering change of every `{{ form }}`; which template variables are forms is not visible in a template (the `django/forms/default.html` names and the transitional renderers have their own rules)',
  },
  {
    checklist: 'cx-oracle',
    reason: 'which Oracle driver is installed is a matter of the requirements and the environment, not of Django API use in the source',
  },
];
