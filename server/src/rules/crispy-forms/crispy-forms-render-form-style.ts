import type { Node } from 'web-tree-sitter';
import { normalizedOrNull, removeElement } from '../../engine/python-edits';
import { enclosingFunction, identifiersSpelled, importsFrom, parametersOf } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';
import { crispyFormsChangelog } from '../shapes/libraries';

/** The layout objects' methods that lost `form_style` in 2.0. */
const methods = new Set(['render', 'get_rendered_fields']);

/**
 * The edits that take `form_style` out of a method: the parameter, and the argument wherever the
 * body passes it on (`super().render(form, form_style, context)`, `render_field(…, form_style=form_style)`);
 * null when the body reads it otherwise.
 */
function removalEdits(text: string, parameter: Node, uses: readonly Node[]): TextEdit[] | null {
  const edits = removeElement(text, parameter.parent!, parameter);
  const removed = new Set<number>();
  for (const use of uses) {
    const parent = use.parent!;
    const argument = parent.type === 'argument_list' ? use : parent.type === 'keyword_argument' && parent.parent?.type === 'argument_list' ? parent : null;
    if (!argument) return null;
    if (removed.has(argument.startIndex)) continue;
    removed.add(argument.startIndex);
    edits.push(...removeElement(text, argument.parent!, argument));
  }
  return normalizedOrNull(edits);
}

export default definePythonRule({
  id: 'crispy-forms-render-form-style',
  title: 'Layout objects\' `render(form, form_style, context)` → `render(form, context)`',
  category: 'crispy-forms',
  library: 'django-crispy-forms',
  deprecatedIn: '2.0',
  removedIn: '2.0',
  fixMinVersion: '2.0',
  docsUrl: crispyFormsChangelog,
  triggers: ['form_style'],
  docs: {
    what: 'Finds custom layout objects\' `render()` and `get_rendered_fields()` methods whose parameters are `(self, form, form_style, context, …)`, in modules that import django-crispy-forms.',
    why: 'django-crispy-forms 2.0 dropped the `form_style` parameter from every layout object\'s `render()`, from `get_rendered_fields()` and from `render_field()`: it now calls `render(form, context, template_pack=…)`, so an override that still takes `form_style` gets the context in its place and fails, as do calls that pass `form_style` on.',
    fixSafety: 'Safe once the project runs 2.0 (the fix needs it: 1.x still passes `form_style`): removes the parameter and the `form_style` arguments the method passes on; no fix when the method reads `form_style` otherwise.',
  },
  fix: 'safe',
  truth: {
    removedParameters: [
      { symbol: 'crispy_forms.layout.Layout.render', name: 'form_style' },
      { symbol: 'crispy_forms.layout.Div.render', name: 'form_style' },
      { symbol: 'crispy_forms.layout.LayoutObject.get_rendered_fields', name: 'form_style' },
      { symbol: 'crispy_forms.utils.render_field', name: 'form_style' },
    ],
  },
  check(context) {
    if (!importsFrom(context, ['crispy_forms'])) return;
    const spelled = identifiersSpelled(context, 'form_style');
    for (const identifier of spelled) {
      const fn = enclosingFunction(identifier);
      const name = fn?.childForFieldName('name')?.text;
      if (!fn || !name || !methods.has(name)) continue;
      const parameters = parametersOf(fn);
      // The 1.x signature: (self, form, form_style, context, …).
      if (parameters[2]?.node.startIndex !== identifier.startIndex || parameters[1]?.name !== 'form' || parameters[3]?.name !== 'context') continue;
      const body = fn.childForFieldName('body')!;
      const uses = spelled.filter((n) => n.startIndex >= body.startIndex && n.endIndex <= body.endIndex && !(n.parent?.type === 'keyword_argument' && n.parent.childForFieldName('name')?.startIndex === n.startIndex));
      const edits = removalEdits(context.text, identifier, uses);
      context.report({
        node: identifier,
        subject: `The \`form_style\` parameter of \`${name}()\``,
        advice: `take \`${name}(self, form, context, …)\` and stop passing \`form_style\` on`,
        fix: edits ? { title: 'Remove `form_style`', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from crispy_forms.layout import LayoutObject, TEMPLATE_PACK
          from crispy_forms.utils import render_field


          class Card(LayoutObject):
              def render(self, form, context, template_pack=TEMPLATE_PACK, **kwargs):
                  return render_field(self.field, form, context, template_pack=template_pack)
        `,
      },
      {
        code: dedent`
          class Widget:
              def render(self, form, form_style, context):
                  return form_style
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from crispy_forms.layout import Div, TEMPLATE_PACK


          class Card(Div):
              def render(self, form, form_style, context, template_pack=TEMPLATE_PACK, **kwargs):
                  html = super().render(form, form_style, context, template_pack=template_pack, **kwargs)
                  return '<div class="card">%s</div>' % html
        `,
        errors: [
          { line: 5, column: 28, message: 'The `form_style` parameter of `render()` was removed in django-crispy-forms 2.0 without a deprecation period: take `render(self, form, context, …)` and stop passing `form_style` on' },
        ],
        output: dedent`
          from crispy_forms.layout import Div, TEMPLATE_PACK


          class Card(Div):
              def render(self, form, context, template_pack=TEMPLATE_PACK, **kwargs):
                  html = super().render(form, context, template_pack=template_pack, **kwargs)
                  return '<div class="card">%s</div>' % html
        `,
      },
      {
        code: dedent`
          from crispy_forms.layout import LayoutObject, TEMPLATE_PACK
          from crispy_forms.utils import render_field


          class InlineFields(LayoutObject):
              def __init__(self, *fields):
                  self.fields = list(fields)

              def get_rendered_fields(self, form, form_style, context, template_pack=TEMPLATE_PACK, **kwargs):
                  return "".join(render_field(field, form, form_style, context, template_pack=template_pack) for field in self.fields)

              def render(self, form, form_style, context, template_pack=TEMPLATE_PACK, **kwargs):
                  return self.get_rendered_fields(form, form_style=form_style, context=context, template_pack=template_pack)
        `,
        errors: [
          { line: 9, column: 41, message: 'The `form_style` parameter of `get_rendered_fields()` was removed in django-crispy-forms 2.0 without a deprecation period: take `get_rendered_fields(self, form, context, …)` and stop passing `form_style` on' },
          { line: 12, column: 28, message: 'The `form_style` parameter of `render()` was removed in django-crispy-forms 2.0 without a deprecation period: take `render(self, form, context, …)` and stop passing `form_style` on' },
        ],
        output: dedent`
          from crispy_forms.layout import LayoutObject, TEMPLATE_PACK
          from crispy_forms.utils import render_field


          class InlineFields(LayoutObject):
              def __init__(self, *fields):
                  self.fields = list(fields)

              def get_rendered_fields(self, form, context, template_pack=TEMPLATE_PACK, **kwargs):
                  return "".join(render_field(field, form, context, template_pack=template_pack) for field in self.fields)

              def render(self, form, context, template_pack=TEMPLATE_PACK, **kwargs):
                  return self.get_rendered_fields(form, context=context, template_pack=template_pack)
        `,
      },
      {
        code: dedent`
          from crispy_forms.layout import Field


          class Money(Field):
              def render(self, form, form_style, context, template_pack="bootstrap4", **kwargs):
                  if form_style == "inline":
                      self.attrs["class"] = "inline"
                  return super().render(form, form_style, context, template_pack, **kwargs)
        `,
        errors: [
          { line: 5, column: 28, message: 'The `form_style` parameter of `render()` was removed in django-crispy-forms 2.0 without a deprecation period: take `render(self, form, context, …)` and stop passing `form_style` on' },
        ],
      },
    ],
  },
});
