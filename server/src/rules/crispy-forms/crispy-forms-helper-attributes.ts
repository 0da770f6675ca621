import type { Node } from 'web-tree-sitter';
import { deleteWholeLines } from '../../engine/python-edits';
import { attributeAccesses, importsFrom } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { crispyFormsChangelog } from '../shapes/libraries';

const attributes: Record<string, string> = {
  form_style: 'delete it: 2.0 renders no uni-form styles',
  html5_required: 'delete it: Django renders the `required` attribute itself',
};

/** The statement `helper.name = value` when `attribute` is its whole target and its object is named as a helper (`self.helper`, `form_helper`). */
function assignmentStatement(attribute: Node): Node | null {
  const object = attribute.childForFieldName('object');
  if (!object || !/(^|[._])helper$/i.test(object.text)) return null;
  const assignment = attribute.parent;
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('left')?.startIndex !== attribute.startIndex) return null;
  return assignment.parent?.type === 'expression_statement' ? assignment.parent : null;
}

export default definePythonRule({
  id: 'crispy-forms-helper-attributes',
  title: '`FormHelper.form_style` and `FormHelper.html5_required` were removed',
  category: 'crispy-forms',
  library: 'django-crispy-forms',
  deprecatedIn: '2.0',
  removedIn: '2.0',
  docsUrl: crispyFormsChangelog,
  triggers: Object.keys(attributes),
  docs: {
    what: 'Finds assignments to `.form_style` and `.html5_required` of an object named as a helper (`self.helper`, `form.helper`, `helper`, `form_helper`) in modules that import django-crispy-forms.',
    why: 'django-crispy-forms 2.0 removed the uni-form pack\'s `form_style` ("default"/"inline") and `html5_required`, which every supported Django makes redundant; the assignments do nothing since.',
    fixSafety: 'Safe: deletes the assignment, which 2.0 ignores (only when it stands alone on its lines).',
  },
  fix: 'safe',
  truth: { removed: ['crispy_forms.helper.FormHelper.form_style', 'crispy_forms.helper.FormHelper.html5_required'] },
  check(context) {
    if (!importsFrom(context, ['crispy_forms'])) return;
    for (const [name, advice] of Object.entries(attributes)) {
      for (const attribute of attributeAccesses(context, name)) {
        const statement = assignmentStatement(attribute);
        if (!statement) continue;
        const edit = deleteWholeLines(context.text, statement);
        context.report({ node: attribute, subject: `\`FormHelper.${name}\``, advice, fix: edit ? { title: `Delete the \`${name}\` assignment`, edits: [edit] } : undefined });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from crispy_forms.helper import FormHelper

          helper = FormHelper()
          helper.form_tag = False
        `,
      },
      {
        code: dedent`
          class Page:
              def __init__(self):
                  self.form_style = "inline"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from crispy_forms.helper import FormHelper
          from django import forms


          class SearchForm(forms.Form):
              q = forms.CharField()

              def __init__(self, *args, **kwargs):
                  super().__init__(*args, **kwargs)
                  self.helper = FormHelper()
                  self.helper.form_style = "inline"
                  self.helper.form_method = "get"
        `,
        errors: [
          { line: 11, column: 9, message: '`FormHelper.form_style` was removed in django-crispy-forms 2.0 without a deprecation period: delete it: 2.0 renders no uni-form styles' },
        ],
        output: dedent`
          from crispy_forms.helper import FormHelper
          from django import forms


          class SearchForm(forms.Form):
              q = forms.CharField()

              def __init__(self, *args, **kwargs):
                  super().__init__(*args, **kwargs)
                  self.helper = FormHelper()
                  self.helper.form_method = "get"
        `,
      },
      {
        code: dedent`
          from crispy_forms.helper import FormHelper

          helper = FormHelper()
          helper.html5_required = True
          helper.form_tag = False
        `,
        errors: [
          { line: 4, column: 1, message: '`FormHelper.html5_required` was removed in django-crispy-forms 2.0 without a deprecation period: delete it: Django renders the `required` attribute itself' },
        ],
        output: dedent`
          from crispy_forms.helper import FormHelper

          helper = FormHelper()
          helper.form_tag = False
        `,
      },
    ],
  },
});
