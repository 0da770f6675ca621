import { newlineOf } from '../../engine/python-edits';
import type { Node } from 'web-tree-sitter';
import { basesOf, callsWithArguments, classAssignments, classBody, metaClassOf, preferredQuote, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const modelForms = ['django.forms.models.ModelForm'];
const factories = ['django.forms.models.modelform_factory', 'django.forms.models.modelformset_factory'];

/** Whether a `Meta` stands alone: no base (or `object`), so no other `Meta` can give it `fields`. */
function standsAlone(meta: Node): boolean {
  return basesOf(meta).every((base) => base.type === 'identifier' && base.text === 'object');
}

export default definePythonRule({
  id: 'modelform-without-fields',
  title: '`ModelForm` without `fields` or `exclude` → list the fields',
  category: 'models',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds the `Meta` of a `ModelForm` subclass that names a `model` but neither `fields` nor `exclude` (a `Meta` of its own, without bases, so nothing else can give them), and `modelform_factory()`/`modelformset_factory()` called without `fields`, `exclude` or a `form`.',
    why: 'A form with every field of its model makes each new model field editable by whoever can post the form, unnoticed. Django 1.6 deprecated it; since Django 1.8 defining the form raises `ImproperlyConfigured` at import.',
    fixSafety: 'Unsafe: the fix adds `fields = "__all__"`, which keeps today\'s behaviour (every field editable): listing the fields the form needs is the point of the change. Needs Django 1.6+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.6',
  checklist: ['modelform-without-fields'],
  truth: { replacements: ['django.forms.models.ALL_FIELDS'], note: 'the check is Django\'s own ModelFormMetaclass (1.8.19: ImproperlyConfigured when Meta has neither fields nor exclude); what is checked is the replacement' },
  triggers: ['ModelForm', 'modelform_factory', 'modelformset_factory'],
  check(context) {
    const quote = preferredQuote(context);
    for (const form of subclassesOf(context, modelForms)) {
      const meta = metaClassOf(form);
      if (!meta || !standsAlone(meta)) continue;
      const model = classAssignments(meta, 'model').at(-1);
      if (!model || classAssignments(meta, 'fields').length > 0 || classAssignments(meta, 'exclude').length > 0) continue;
      // Anything else in Meta that could set them (a loop, a conditional) leaves it alone.
      if (classBody(meta).some((s) => s.type !== 'expression_statement' && s.type !== 'pass_statement')) continue;
      const indent = ' '.repeat(model.statement.startPosition.column);
      context.report({
        node: meta.childForFieldName('name') ?? meta,
        subject: 'A `ModelForm` `Meta` without `fields` or `exclude`',
        advice: `list the form's fields (\`fields = [...]\`), or write \`fields = ${quote}__all__${quote}\``,
        fix: { title: 'Add `fields = "__all__"`', edits: [{ start: model.statement.endIndex, end: model.statement.endIndex, text: `${newlineOf(context.text)}${indent}fields = ${quote}__all__${quote}` }] },
      });
    }
    for (const { call, callee, positional, keywords, hasSplat } of callsWithArguments(context, factories)) {
      if (hasSplat || positional.length !== 1 || keywords.has('fields') || keywords.has('exclude') || keywords.has('form')) continue;
      context.report({
        node: callee,
        subject: `\`${callee.text}()\` without \`fields\` or \`exclude\``,
        advice: `pass the form's fields (\`fields=[...]\`), or \`fields=${quote}__all__${quote}\``,
        fix: call.childForFieldName('arguments') && positional[0]
          ? { title: 'Add `fields="__all__"`', edits: [{ start: positional[0].endIndex, end: positional[0].endIndex, text: `, fields=${quote}__all__${quote}` }] }
          : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          class BookForm(forms.ModelForm):
              class Meta:
                  model = Book
                  fields = ["title", "author"]
        `,
      },
      {
        code: dedent`
          from django import forms

          class BookForm(forms.ModelForm):
              class Meta(BaseBookForm.Meta):
                  model = Book
        `,
      },
      {
        code: dedent`
          from django.forms.models import modelform_factory

          BookForm = modelform_factory(Book, form=BaseBookForm)
          ReviewForm = modelform_factory(Review, exclude=["author"])
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          class BookForm(forms.ModelForm):
              class Meta:
                  model = Book
                  widgets = {"summary": forms.Textarea}
        `,
        errors: [
          { line: 4, column: 11, message: 'A `ModelForm` `Meta` without `fields` or `exclude` is deprecated since Django 1.6 and removed in 1.8: list the form\'s fields (`fields = [...]`), or write `fields = "__all__"`' },
        ],
        output: dedent`
          from django import forms

          class BookForm(forms.ModelForm):
              class Meta:
                  model = Book
                  fields = "__all__"
                  widgets = {"summary": forms.Textarea}
        `,
      },
      {
        code: dedent`
          from django.forms import ModelForm
          from django.forms.models import modelformset_factory

          class AuthorForm(ModelForm):
              class Meta:
                  model = Author

          AuthorFormSet = modelformset_factory(Author)
        `,
        errors: [
          { line: 5, column: 11, message: 'A `ModelForm` `Meta` without `fields` or `exclude` is deprecated since Django 1.6 and removed in 1.8: list the form\'s fields (`fields = [...]`), or write `fields = \'__all__\'`' },
          { line: 8, column: 17, message: '`modelformset_factory()` without `fields` or `exclude` is deprecated since Django 1.6 and removed in 1.8: pass the form\'s fields (`fields=[...]`), or `fields=\'__all__\'`' },
        ],
        output: dedent`
          from django.forms import ModelForm
          from django.forms.models import modelformset_factory

          class AuthorForm(ModelForm):
              class Meta:
                  model = Author
                  fields = '__all__'

          AuthorFormSet = modelformset_factory(Author, fields='__all__')
        `,
      },
    ],
  },
});
