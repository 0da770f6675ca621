import { dedent, definePythonRule } from '../shapes';
import { removeElement } from '../../engine/python-edits';
import { drfReleaseNotes, settingsKeys } from '../shapes/libraries';

const keys = ['FORM_METHOD_OVERRIDE', 'FORM_CONTENT_OVERRIDE', 'FORM_CONTENTTYPE_OVERRIDE', 'URL_ACCEPT_OVERRIDE'];

export default definePythonRule({
  id: 'drf-removed-settings',
  title: "`REST_FRAMEWORK` keys of the browsable API's form overrides were removed",
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.3',
  removedIn: '3.3',
  docsUrl: drfReleaseNotes('3.3'),
  triggers: keys,
  docs: {
    what: `Finds the ${keys.map((key) => `\`${key}\``).join(', ')} keys of a \`REST_FRAMEWORK = {...}\` settings dict.`,
    why: "DRF 3.3 dropped the browsable API's method, content and accept overrides without a deprecation period; the keys are ignored since.",
    fixSafety: 'Safe: deletes the entry, which the releases that removed it ignore.',
  },
  fix: 'safe',
  truth: { removed: keys.map((key) => `rest_framework.settings.DEFAULTS['${key}']`) },
  check(context) {
    for (const { dictionary, key, pair } of settingsKeys(context, 'REST_FRAMEWORK', keys)) {
      context.report({ node: pair, subject: `The \`REST_FRAMEWORK\` key \`${key}\``, advice: 'delete it: DRF ignores it', fix: { title: `Delete \`${key}\``, edits: removeElement(context.text, dictionary, pair) } });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"], "URL_FORMAT_OVERRIDE": "format"}
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          REST_FRAMEWORK = {
              "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
              "URL_ACCEPT_OVERRIDE": None,
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 3, column: 5, message: 'The `REST_FRAMEWORK` key `URL_ACCEPT_OVERRIDE` was removed in Django REST Framework 3.3 without a deprecation period: delete it: DRF ignores it' },
        ],
        output: dedent`
          REST_FRAMEWORK = {
              "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
          }
        `,
      },
      {
        code: dedent`
          REST_FRAMEWORK = {"FORM_METHOD_OVERRIDE": "_method", "FORM_CONTENT_OVERRIDE": "_content"}
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 19, message: 'The `REST_FRAMEWORK` key `FORM_METHOD_OVERRIDE` was removed in Django REST Framework 3.3 without a deprecation period: delete it: DRF ignores it' },
          { line: 1, column: 54, message: 'The `REST_FRAMEWORK` key `FORM_CONTENT_OVERRIDE` was removed in Django REST Framework 3.3 without a deprecation period: delete it: DRF ignores it' },
        ],
        output: dedent`
          REST_FRAMEWORK = {}
        `,
      },
    ],
  },
});
