import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'formtools-old-wizard',
  title: 'The old `formtools.wizard.FormWizard` → `SessionWizardView`/`CookieWizardView`',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds imports and uses of `django.contrib.formtools.wizard.FormWizard` (and of its module, `django.contrib.formtools.wizard.legacy`).',
    why: 'Django 1.4 rewrote the form wizard as class-based views (`SessionWizardView`, `CookieWizardView`) and kept the old `FormWizard` as `wizard.legacy`; Django 1.6 removed it, so the import fails.',
    fixSafety: 'No fix: the wizard views have another API (`done(form_list, **kwargs)`, steps in the session or a cookie, `get_form_kwargs()`); `formtools` itself left Django in 1.8 (the `formtools` package on PyPI).',
  },
  fix: 'none',
  checklist: ['formtools-old-wizard'],
  truth: {
    removed: ['django.contrib.formtools.wizard.FormWizard', 'django.contrib.formtools.wizard.legacy'],
    note: 'the wizard views are not claimed as a replacement: django.contrib.formtools itself left Django in 1.8',
  },
  names: [
    { old: 'django.contrib.formtools.wizard.FormWizard', advice: 'subclass `SessionWizardView` (or `CookieWizardView`) from `django.contrib.formtools.wizard.views`' },
    { old: 'django.contrib.formtools.wizard.legacy.FormWizard', advice: 'subclass `SessionWizardView` (or `CookieWizardView`) from `django.contrib.formtools.wizard.views`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.formtools.wizard.views import SessionWizardView

          class OrderWizard(SessionWizardView):
              def done(self, form_list, **kwargs):
                  return redirect("/thanks/")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.formtools.wizard import FormWizard

          class OrderWizard(FormWizard):
              def done(self, request, form_list):
                  return HttpResponseRedirect("/thanks/")
        `,
        errors: [
          { line: 1, column: 45, message: '`django.contrib.formtools.wizard.FormWizard` is deprecated since Django 1.4 and removed in 1.6: subclass `SessionWizardView` (or `CookieWizardView`) from `django.contrib.formtools.wizard.views`' },
          { line: 3, column: 19, message: '`django.contrib.formtools.wizard.FormWizard` is deprecated since Django 1.4 and removed in 1.6: subclass `SessionWizardView` (or `CookieWizardView`) from `django.contrib.formtools.wizard.views`' },
        ],
      },
    ],
  },
});
