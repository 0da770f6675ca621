// Template entries of the deprecation checklist that no rule can find by reading templates.
import type { NotDetectable } from './index';

export const templateNotDetectable: NotDetectable[] = [
  {
    checklist: 'cycle-autoescape',
    reason: 'from 1.8 `{% cycle %}` escapes its output: every use is affected the same way, and whether the output changes depends on the values (HTML in them), which a template does not show; the `{% load cycle from future %}` opt-in has its own rule',
  },
  {
    checklist: 'firstof-autoescape',
    reason: 'from 1.8 `{% firstof %}` escapes its output: whether anything changes depends on the values at render time (HTML in them); the `{% load firstof from future %}` opt-in has its own rule',
  },
  {
    checklist: 'for-tag-unpack-mismatch',
    reason: 'whether `{% for a, b in items %}` unpacks the wrong number of values depends on the items passed in at render time',
  },
  {
    checklist: 'unordered-list-old-syntax',
    reason: 'the old nested-list format of `|unordered_list` is a shape of the data passed in at render time, not of the template',
  },
  {
    checklist: 'include-tag-silencing',
    reason: 'a behaviour change of every `{% include %}` (render errors propagate from 2.1); which included templates fail is only known at render time',
  },
  {
    checklist: 'sitemap-index-flat-context',
    reason: 'custom sitemap index templates print `SitemapIndexItem` objects through loop variables whose type a template does not declare (and are usually `.xml` files outside the template file types)',
  },
  {
    checklist: 'urlize-default-http',
    reason: 'a default change of every `|urlize`/`|urlizetrunc`: only links written without a scheme render differently, which depends on the text at render time; the `URLIZE_ASSUME_HTTPS` setting has its own rule',
  },
];
