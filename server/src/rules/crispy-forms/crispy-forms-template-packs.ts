import { quoteOf, settingAssignments, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { crispyFormsChangelog, insertAfterElement, settingsListStrings } from '../shapes/libraries';

/** The template packs 1.x shipped, and the distribution and app each moved to in 2.0 (none for uni_form). */
const packs: Record<string, { distribution: string; app: string } | null> = {
  bootstrap: { distribution: 'crispy-forms-bootstrap2', app: 'crispy_forms_bootstrap2' },
  bootstrap3: { distribution: 'crispy-bootstrap3', app: 'crispy_bootstrap3' },
  bootstrap4: { distribution: 'crispy-bootstrap4', app: 'crispy_bootstrap4' },
  uni_form: null,
};

export default definePythonRule({
  id: 'crispy-forms-template-packs',
  title: 'The Bootstrap and uni-form template packs left django-crispy-forms in 2.0',
  category: 'crispy-forms',
  library: 'django-crispy-forms',
  deprecatedIn: '2.0',
  removedIn: '2.0',
  onlyIn: ['settings'],
  docsUrl: crispyFormsChangelog,
  triggers: ['CRISPY_TEMPLATE_PACK'],
  // What it finds in one statement depends on others (INSTALLED_APPS): it runs on the whole file after every edit.
  locality: 'file',
  docs: {
    what: 'Finds `CRISPY_TEMPLATE_PACK = "bootstrap"`, `"bootstrap3"`, `"bootstrap4"` or `"uni_form"` in a settings module whose `INSTALLED_APPS` lacks the app of that pack (`crispy_bootstrap4`, …).',
    why: 'django-crispy-forms 2.0 removed its template packs: each Bootstrap pack is now a distribution of its own (crispy-bootstrap3, crispy-bootstrap4, crispy-forms-bootstrap2) to install and add to `INSTALLED_APPS`, and uni-form is gone. Without it every `{% crispy %}` and `|crispy` fails with `TemplateDoesNotExist`.',
    fixSafety: 'Unsafe: adds the pack\'s app (`"crispy_bootstrap4"`) to `INSTALLED_APPS` right after `"crispy_forms"`, which needs its distribution installed (add it to the requirements). Not offered for uni-form, nor when `INSTALLED_APPS` is not a literal list naming `"crispy_forms"`.',
  },
  fix: 'unsafe',
  truth: {
    removed: ['template bootstrap4/field.html', 'template bootstrap3/field.html', 'template bootstrap/field.html', 'template uni_form/field.html'],
    replacements: ['template bootstrap4/field.html in crispy_bootstrap4', 'template bootstrap3/field.html in crispy_bootstrap3'],
  },
  check(context) {
    const apps = settingsListStrings(context, 'INSTALLED_APPS');
    for (const { left, right } of settingAssignments(context, 'CRISPY_TEMPLATE_PACK')) {
      const pack = stringValue(right);
      if (pack === null || !(pack in packs)) continue;
      const target = packs[pack];
      if (target && apps.some((app) => app.value === target.app)) continue;
      const crispy = apps.find((app) => app.value === 'crispy_forms');
      const edit = target && crispy ? insertAfterElement(context.text, crispy.node, `${quoteOf(crispy.node)}${target.app}${quoteOf(crispy.node)}`) : null;
      context.report({
        node: right ?? left,
        subject: `The built-in template pack \`${pack}\``,
        advice: target ? `install ${target.distribution} and add \`"${target.app}"\` to \`INSTALLED_APPS\`` : 'move to a maintained pack (crispy-bootstrap5, crispy-tailwind, …): uni-form has no successor',
        fix: edit ? { title: `Add \`${target!.app}\` to \`INSTALLED_APPS\``, edits: [edit] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ["crispy_forms", "crispy_bootstrap4"]
          CRISPY_TEMPLATE_PACK = "bootstrap4"
        `,
        filename: 'site/settings.py',
      },
      {
        code: dedent`
          INSTALLED_APPS = ["crispy_forms", "crispy_bootstrap5"]
          CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
          CRISPY_TEMPLATE_PACK = "bootstrap5"
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          INSTALLED_APPS = [
              "django.contrib.staticfiles",
              "crispy_forms",
          ]
          CRISPY_TEMPLATE_PACK = "bootstrap4"
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 5, column: 24, message: 'The built-in template pack `bootstrap4` was removed in django-crispy-forms 2.0 without a deprecation period: install crispy-bootstrap4 and add `"crispy_bootstrap4"` to `INSTALLED_APPS`' },
        ],
        output: dedent`
          INSTALLED_APPS = [
              "django.contrib.staticfiles",
              "crispy_forms",
              "crispy_bootstrap4",
          ]
          CRISPY_TEMPLATE_PACK = "bootstrap4"
        `,
      },
      {
        code: dedent`
          INSTALLED_APPS = ('crispy_forms', 'shop')
          CRISPY_TEMPLATE_PACK = 'bootstrap3'
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 24, message: 'The built-in template pack `bootstrap3` was removed in django-crispy-forms 2.0 without a deprecation period: install crispy-bootstrap3 and add `"crispy_bootstrap3"` to `INSTALLED_APPS`' },
        ],
        output: dedent`
          INSTALLED_APPS = ('crispy_forms', 'crispy_bootstrap3', 'shop')
          CRISPY_TEMPLATE_PACK = 'bootstrap3'
        `,
      },
      {
        code: dedent`
          CRISPY_TEMPLATE_PACK = "uni_form"
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 24, message: 'The built-in template pack `uni_form` was removed in django-crispy-forms 2.0 without a deprecation period: move to a maintained pack (crispy-bootstrap5, crispy-tailwind, …): uni-form has no successor' },
        ],
      },
    ],
  },
});
