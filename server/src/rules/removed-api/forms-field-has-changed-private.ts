import { receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

const fieldReceiver = receiverNamed('field');

export default removedMethodsRule({
  id: 'forms-field-has-changed-private',
  title: '`forms.Field._has_changed()` → `has_changed()`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what:
      'Finds `_has_changed()` overridden in subclasses of Django form fields, and called on `self`/`super()` there, on a form field the file creates, ' +
      'on `field` or on `form.fields[...]`.',
    why: 'Django 1.8 made the method public as `has_changed()`; the old name was an alias until Django 1.10 removed it, so an override stops being called.',
    fixSafety: 'Safe: renames the method (same arguments). Needs Django 1.8+.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['form-has-changed-private'],
  classes: [/^django\.(.+\.)?forms(\..+)?\.[A-Za-z]*Field$/],
  receiver: (context, receiver) => fieldReceiver(context, receiver) || (receiver.type === 'subscript' && /(^|\.)fields$/.test(receiver.childForFieldName('value')?.text ?? '')),
  methods: [{ name: '_has_changed', rename: 'has_changed', subject: '`Field._has_changed()`', advice: 'use `has_changed()`' }],
  truth: {
    replacements: ['django.forms.fields.Field.has_changed'],
    note: 'in 1.8 and 1.9 `Field._has_changed` is an alias made at run time by the RenameFieldMethods metaclass, which the static check cannot see',
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          class Tags(forms.CharField):
              def has_changed(self, initial, data):
                  return True
        `,
      },
      {
        code: dedent`
          thing._has_changed(a, b)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          class Tags(forms.CharField):
              def _has_changed(self, initial, data):
                  return super()._has_changed(initial, data)

          def changed(form, name):
              return form.fields[name]._has_changed(form.initial.get(name), form.data.get(name))
        `,
        errors: [
          { line: 4, column: 9, message: '`Field._has_changed()`, overridden here, is deprecated since Django 1.8 and removed in 1.10: use `has_changed()`' },
          { line: 5, column: 16, message: '`Field._has_changed()` is deprecated since Django 1.8 and removed in 1.10: use `has_changed()`' },
          { line: 8, column: 12, message: '`Field._has_changed()` is deprecated since Django 1.8 and removed in 1.10: use `has_changed()`' },
        ],
        output: dedent`
          from django import forms

          class Tags(forms.CharField):
              def has_changed(self, initial, data):
                  return super().has_changed(initial, data)

          def changed(form, name):
              return form.fields[name].has_changed(form.initial.get(name), form.data.get(name))
        `,
      },
      {
        code: dedent`
          from django import forms

          email = forms.EmailField(required=False)


          def email_changed():
              return email._has_changed("old@example.com", "new@example.com")
        `,
        errors: [
          { line: 7, column: 12, message: '`Field._has_changed()` is deprecated since Django 1.8 and removed in 1.10: use `has_changed()`' },
        ],
        output: dedent`
          from django import forms

          email = forms.EmailField(required=False)


          def email_changed():
              return email.has_changed("old@example.com", "new@example.com")
        `,
      },
    ],
  },
});
