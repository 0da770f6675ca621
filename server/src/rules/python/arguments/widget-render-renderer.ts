import { deprecationNotes } from '../../docs-links';
import { widgets } from './shared-paths';
import { appendParameter } from '../../../engine/python-edits';
import { methodOverrideRule } from '../../shapes';

export default methodOverrideRule({
  id: 'widget-render-renderer',
  title: '`Widget.render()` overrides need `renderer=None`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docsUrl: deprecationNotes('1.11'),
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
    valid: [{ code: 'from django import forms\n\nclass Stars(forms.Widget):\n    def render(self, name, value, attrs=None, renderer=None):\n        return ""\n' }],
    invalid: [{
      code: 'from django import forms\n\nclass Stars(forms.TextInput):\n    def render(self, name, value, attrs=None):\n        return super().render(name, value, attrs)\n',
      findings: 1,
      output: 'from django import forms\n\nclass Stars(forms.TextInput):\n    def render(self, name, value, attrs=None, renderer=None):\n        return super().render(name, value, attrs)\n',
    }],
  },
});
