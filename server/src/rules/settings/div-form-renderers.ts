import { dedent } from '../shapes';
import { djangoPathRule } from '../shapes/django-paths';

export default djangoPathRule({
  id: 'div-form-renderers',
  title: '`DjangoDivFormRenderer`/`Jinja2DivFormRenderer` → default renderers',
  category: 'settings',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docs: {
    what: 'Finds the transitional form renderers `django.forms.renderers.DjangoDivFormRenderer` and `Jinja2DivFormRenderer` (in `FORM_RENDERER`, imports and subclasses).',
    why: 'They opted into `<div>` form rendering before Django 5.0 made it the default; Django 6.0 removed them.',
    fixSafety: 'Safe: from Django 5.0 `DjangoTemplates` and `Jinja2` render forms with the same `<div>` templates. Needs Django 5.0+.',
  },
  fix: 'safe',
  fixMinVersion: '5.0',
  checklist: ['django-div-form-renderer', 'jinja2-div-form-renderer'],
  names: [
    { old: 'django.forms.renderers.DjangoDivFormRenderer', replacement: 'django.forms.renderers.DjangoTemplates' },
    { old: 'django.forms.renderers.Jinja2DivFormRenderer', replacement: 'django.forms.renderers.Jinja2' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          FORM_RENDERER = "django.forms.renderers.DjangoDivFormRenderer"
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 17, message: '`django.forms.renderers.DjangoDivFormRenderer` is deprecated since Django 5.0 and removed in 6.0: use `django.forms.renderers.DjangoTemplates`' },
        ],
        output: dedent`
          FORM_RENDERER = "django.forms.renderers.DjangoTemplates"
        `,
      },
      {
        code: dedent`
          from django.forms.renderers import Jinja2DivFormRenderer

          class Renderer(Jinja2DivFormRenderer):
              pass
        `,
        errors: [
          { line: 1, column: 36, message: '`django.forms.renderers.Jinja2DivFormRenderer` is deprecated since Django 5.0 and removed in 6.0: use `django.forms.renderers.Jinja2`' },
          { line: 3, column: 16, message: '`django.forms.renderers.Jinja2DivFormRenderer` is deprecated since Django 5.0 and removed in 6.0: use `django.forms.renderers.Jinja2`' },
        ],
        output: dedent`
          from django.forms.renderers import Jinja2

          class Renderer(Jinja2):
              pass
        `,
      },
    ],
  },
});
