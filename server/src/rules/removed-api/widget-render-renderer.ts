import { widgets } from '../shapes/arguments';
import { appendParameter } from '../../engine/python-edits';
import { dedent, methodOverrideRule } from '../shapes';

export default methodOverrideRule({
  id: 'widget-render-renderer',
  title: '`Widget.render()` overrides need `renderer=None`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docs: {
    what: 'Finds `render()` overrides in subclasses of Django\'s form widgets that do not accept `renderer`.',
    why: 'Django 1.11 renders widgets with templates and passes the form renderer; until 2.1 it checked the signature first, from 2.1 such widgets raise `TypeError`.',
    fixSafety: 'Safe: adds a `renderer=None` parameter that the override ignores, as before.',
  },
  fix: 'safe',
  checklist: ['widget-render-no-renderer'],
  truth: { replacements: ['django.forms.renderers.get_default_renderer'], note: 'the signature of overrides (user code) changed; `Widget.render` takes `renderer` from 1.11' },
  bases: widgets,
  method: 'render',
  inspect(_context, fn, parameters) {
    if (parameters.some((p) => p.name === 'renderer' || p.kind === 'kwargs')) return null;
    const edit = appendParameter(fn, parameters, 'renderer=None');
    return {
      node: fn.childForFieldName('name')!,
      subject: 'A widget\'s `render()` without `renderer`',
      advice: 'accept `renderer=None`',
      title: 'Add `renderer=None`',
      edits: edit ? [edit] : null,
    };
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          class Stars(forms.Widget):
              def render(self, name, value, attrs=None, renderer=None):
                  return ""
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          class Stars(forms.TextInput):
              def render(self, name, value, attrs=None):
                  return super().render(name, value, attrs)
        `,
        errors: [
          { line: 4, column: 9, message: 'A widget\'s `render()` without `renderer` is deprecated since Django 1.11 and removed in 2.1: accept `renderer=None`' },
        ],
        output: dedent`
          from django import forms

          class Stars(forms.TextInput):
              def render(self, name, value, attrs=None, renderer=None):
                  return super().render(name, value, attrs)
        `,
      },
      {
        code: dedent`
          from django.forms.widgets import Select
          from django.utils.safestring import mark_safe


          class ColourSelect(Select):
              def render(self, name, value, attrs=None, choices=()):
                  html = super().render(name, value, attrs)
                  return mark_safe('<div class="colours">%s</div>' % html)
        `,
        errors: [
          { line: 6, column: 9, message: 'A widget\'s `render()` without `renderer` is deprecated since Django 1.11 and removed in 2.1: accept `renderer=None`' },
        ],
        output: dedent`
          from django.forms.widgets import Select
          from django.utils.safestring import mark_safe


          class ColourSelect(Select):
              def render(self, name, value, attrs=None, choices=(), renderer=None):
                  html = super().render(name, value, attrs)
                  return mark_safe('<div class="colours">%s</div>' % html)
        `,
      },
    ],
  },
});
