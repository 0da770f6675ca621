import { stringValue, urlPatternCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** `(?i)`-style groups Django 1.11 stopped supporting in URL patterns (any group whose `?` is followed by one of these). */
const inlineFlag = /(?<!\\)(?:\\\\)*\(\?([iLmsu#])/;

export default definePythonRule({
  id: 'url-regex-inline-flags',
  title: 'Inline flags in URL regexes',
  category: 'urls',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docs: {
    what: 'Finds `url()`/`re_path()` patterns with inline flag groups: `(?i)`, `(?L)`, `(?m)`, `(?s)`, `(?u)` and `(?#…)` comments.',
    why: 'Django 2.1 cannot reverse such patterns (`ValueError: Non-reversible reg-exp portion`); `(?i)` for case-insensitive URLs was the only useful one.',
    fixSafety: 'No automatic fix: spell out the cases a pattern accepts (`[Aa]bout`) or redirect mixed-case URLs in a 404 handler.',
  },
  fix: 'none',
  checklist: ['url-regex-inline-flags'],
  truth: { note: 'a check of the regex text inside url() (django.utils.regex_helper), not a name' },
  // The pattern's text spells the flag group; the call spells `url` or `re_path` (`callsTo`).
  triggerPattern: /\(\?[iLmsu#]/,
  requires: ['django'],
  requiresOneOf: ['url', 're_path'],
  check(context) {
    for (const { positional, keywords, callee } of urlPatternCalls(context, ['django.conf.urls.url', 'django.urls.re_path', 'django.urls.conf.re_path'])) {
      const regex = positional[0] ?? keywords.get('regex')?.childForFieldName('value') ?? keywords.get('route')?.childForFieldName('value') ?? null;
      const value = stringValue(regex);
      const match = value === null ? null : inlineFlag.exec(value);
      if (!regex || !match) continue;
      context.report({
        node: regex,
        subject: `The inline flag group \`(?${match[1]}\` in a \`${callee.text.replace(/^.*\./, '')}()\` pattern`,
        advice: match[1] === 'i' ? 'match both cases explicitly (e.g. `[Aa]`) or redirect mixed-case URLs in a 404 handler' : 'remove it from the pattern',
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.urls import re_path

          urlpatterns = [re_path(r"^(?P<slug>[\w-]+)/\(?i\)$", view)]
        `,
        filename: 'urls.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import url

          urlpatterns = [url(r"(?i)^about/$", about)]
        `,
        filename: 'urls.py',
        errors: [
          { line: 3, column: 20, message: 'The inline flag group `(?i` in a `url()` pattern is deprecated since Django 1.11 and removed in 2.1: match both cases explicitly (e.g. `[Aa]`) or redirect mixed-case URLs in a 404 handler' },
        ],
      },
      {
        code: dedent`
          from django.urls import re_path

          urlpatterns = [re_path(r"^x(?#legacy)/$", x)]
        `,
        filename: 'urls.py',
        errors: [
          { line: 3, column: 24, message: 'The inline flag group `(?#` in a `re_path()` pattern is deprecated since Django 1.11 and removed in 2.1: remove it from the pattern' },
        ],
      },
    ],
  },
});
