import { dedent, keywordArgumentRule } from '../shapes';

const isSafeUrl = 'django.utils.http.is_safe_url';

export default keywordArgumentRule({
  id: 'is-safe-url-host',
  title: '`is_safe_url(host=…)` → `allowed_hosts={…}`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docs: {
    what: 'Finds the `host` argument of `django.utils.http.is_safe_url()`.',
    why: 'Django 1.11 replaced it with `allowed_hosts`, a set of hosts; 2.1 removed `host` (`TypeError`).',
    fixSafety: 'Safe: `host=h` becomes `allowed_hosts={h}` (unless the call already passes `allowed_hosts`). Needs Django 1.11+.',
  },
  fix: 'safe',
  fixMinVersion: '1.11',
  checklist: ['is-safe-url-host'],
  truth: { removedParameters: [{ symbol: isSafeUrl, name: 'host' }] },
  sites: { callees: [isSafeUrl] },
  keywords: [{
    name: 'host',
    advice: 'pass `allowed_hosts={host}`',
    replace(_context, { argument, value, keywords }) {
      if (keywords.has('allowed_hosts')) return null;
      return [{ start: argument.startIndex, end: argument.endIndex, text: value.type === 'none' ? 'allowed_hosts=None' : `allowed_hosts={${value.text}}` }];
    },
  }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.http import is_safe_url

          ok = is_safe_url(url, allowed_hosts={request.get_host()})
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.http import is_safe_url

          ok = is_safe_url(url=next_url, host=request.get_host())
        `,
        errors: [
          { line: 3, column: 32, message: '`is_safe_url(host=…)` is deprecated since Django 1.11 and removed in 2.1: pass `allowed_hosts={host}`' },
        ],
        output: dedent`
          from django.utils.http import is_safe_url

          ok = is_safe_url(url=next_url, allowed_hosts={request.get_host()})
        `,
      },
      {
        code: dedent`
          from django.shortcuts import redirect
          from django.utils import http


          def login_done(request):
              next_url = request.GET.get("next", "/")
              if not http.is_safe_url(next_url, host=request.get_host()):
                  next_url = "/"
              return redirect(next_url)
        `,
        errors: [
          { line: 7, column: 39, message: '`is_safe_url(host=…)` is deprecated since Django 1.11 and removed in 2.1: pass `allowed_hosts={host}`' },
        ],
        output: dedent`
          from django.shortcuts import redirect
          from django.utils import http


          def login_done(request):
              next_url = request.GET.get("next", "/")
              if not http.is_safe_url(next_url, allowed_hosts={request.get_host()}):
                  next_url = "/"
              return redirect(next_url)
        `,
      },
    ],
  },
});
