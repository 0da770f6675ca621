import type { Node } from 'web-tree-sitter';
import { callsTo, referencesTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'ip-address-field',
  title: '`IPAddressField` → `GenericIPAddressField`',
  category: 'models',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `django.db.models.IPAddressField(…)` fields and every import or use of `django.forms.IPAddressField`.',
    why: 'Django 1.7 deprecated `IPAddressField` (IPv4 only) for `GenericIPAddressField`; Django 1.9 removed the form field, and kept the model field only for historical migrations: a model that defines one fails the system checks (naming the class elsewhere still works).',
  },
  fix: 'none',
  checklist: ['model-ipaddressfield', 'form-ipaddressfield'],
  truth: { removed: ['django.forms.IPAddressField'], replacements: ['django.db.models.GenericIPAddressField', 'django.forms.GenericIPAddressField'], note: 'the model field stays from 1.9 on as a stub for historical migrations (system_check_removed_details), so its removal is not checked as absence' },
  triggers: ['IPAddressField'],
  check(context) {
    for (const { callee } of callsTo(context, ['django.db.models.IPAddressField'])) {
      context.report({ node: callee, subject: '`django.db.models.IPAddressField`', advice: 'use `GenericIPAddressField(protocol="IPv4")` and make a migration' });
    }
    const sites: Node[] = context.scopes.imports.filter((e) => e.qualifiedName === 'django.forms.IPAddressField').map((e) => e.entry);
    for (const reference of referencesTo(context, 'django.forms.IPAddressField')) sites.push(reference.node);
    for (const node of sites) context.report({ node, subject: '`django.forms.IPAddressField`', advice: 'use `forms.GenericIPAddressField(protocol="IPv4")`' });
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          LEGACY_FIELDS = (models.IPAddressField, models.CommaSeparatedIntegerField)
        `,
      },
      {
        code: dedent`
          from django.db import models

          class Visit(models.Model):
              ip = models.GenericIPAddressField(protocol='IPv4')
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class Visit(models.Model):
              ip = models.IPAddressField()
        `,
        errors: [
          { line: 4, column: 10, message: '`django.db.models.IPAddressField` is deprecated since Django 1.7 and removed in 1.9: use `GenericIPAddressField(protocol="IPv4")` and make a migration' },
        ],
      },
      {
        code: dedent`
          from django import forms

          class VisitForm(forms.Form):
              ip = forms.IPAddressField()
        `,
        errors: [
          { line: 4, column: 10, message: '`django.forms.IPAddressField` is deprecated since Django 1.7 and removed in 1.9: use `forms.GenericIPAddressField(protocol="IPv4")`' },
        ],
      },
    ],
  },
});
