import { deprecationNotes } from '../../docs-links';
import { receiverNamed } from '../../../engine/python-queries';
import { removedMethodsRule } from '../../shapes';

const fieldReceiver = receiverNamed('field');

export default removedMethodsRule({
  id: 'forms-field-has-changed-private',
  title: '`forms.Field._has_changed()` → `has_changed()`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docsUrl: deprecationNotes('1.8'),
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
    valid: [{ code: 'from django import forms\n\nclass Tags(forms.CharField):\n    def has_changed(self, initial, data):\n        return True\n' }, { code: 'thing._has_changed(a, b)\n' }],
    invalid: [
      {
        code:
          'from django import forms\n\nclass Tags(forms.CharField):\n    def _has_changed(self, initial, data):\n        return super()._has_changed(initial, data)\n\n' +
          'def changed(form, name):\n    return form.fields[name]._has_changed(form.initial.get(name), form.data.get(name))\n',
        findings: 3,
        output:
          'from django import forms\n\nclass Tags(forms.CharField):\n    def has_changed(self, initial, data):\n        return super().has_changed(initial, data)\n\n' +
          'def changed(form, name):\n    return form.fields[name].has_changed(form.initial.get(name), form.data.get(name))\n',
      },
    ],
  },
});
