import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'csrf-legacy-decorators',
  title: '`csrf_view_exempt` → `csrf_exempt`; `csrf_response_exempt`',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds imports and uses of `django.views.decorators.csrf.csrf_view_exempt` and `csrf_response_exempt`.',
    why: 'Since Django 1.2 `csrf_exempt` does what `csrf_view_exempt` did, and `csrf_response_exempt` does nothing (the CSRF middleware no longer rewrites responses); Django 1.4 deprecated both, 1.6 removed them.',
    fixSafety: 'Safe: `csrf_exempt` is what `csrf_view_exempt` did from Django 1.2 on. `csrf_response_exempt` has no fix: delete the decorator.',
  },
  fix: 'safe',
  fixMinVersion: '1.4',
  checklist: ['csrf-view-exempt', 'csrf-response-exempt'],
  names: [
    { old: 'django.views.decorators.csrf.csrf_view_exempt', replacement: 'django.views.decorators.csrf.csrf_exempt' },
    { old: 'django.views.decorators.csrf.csrf_response_exempt', advice: 'delete the decorator: it has done nothing since Django 1.2' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.views.decorators.csrf import csrf_exempt

          @csrf_exempt
          def hook(request):
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.views.decorators.csrf import csrf_view_exempt

          @csrf_view_exempt
          def hook(request):
              pass
        `,
        errors: [
          { line: 1, column: 42, message: '`django.views.decorators.csrf.csrf_view_exempt` is deprecated since Django 1.4 and removed in 1.6: use `django.views.decorators.csrf.csrf_exempt`' },
          { line: 3, column: 2, message: '`django.views.decorators.csrf.csrf_view_exempt` is deprecated since Django 1.4 and removed in 1.6: use `django.views.decorators.csrf.csrf_exempt`' },
        ],
        output: dedent`
          from django.views.decorators.csrf import csrf_exempt

          @csrf_exempt
          def hook(request):
              pass
        `,
      },
      {
        code: dedent`
          from django.views.decorators import csrf

          hook = csrf.csrf_view_exempt(view)
        `,
        errors: [
          { line: 3, column: 8, message: '`django.views.decorators.csrf.csrf_view_exempt` is deprecated since Django 1.4 and removed in 1.6: use `django.views.decorators.csrf.csrf_exempt`' },
        ],
        output: dedent`
          from django.views.decorators import csrf

          hook = csrf.csrf_exempt(view)
        `,
      },
      {
        code: dedent`
          from django.views.decorators.csrf import csrf_response_exempt
        `,
        errors: [
          { line: 1, column: 42, message: '`django.views.decorators.csrf.csrf_response_exempt` is deprecated since Django 1.4 and removed in 1.6: delete the decorator: it has done nothing since Django 1.2' },
        ],
      },
    ],
  },
});
