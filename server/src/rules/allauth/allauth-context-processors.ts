import { stringsEqualTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { removeFromItsList } from '../shapes/django-paths';
import { allauthReleaseNotes } from '../shapes/libraries';

const processors: Record<string, string> = {
  'allauth.account.context_processors.account': 'delete it: it returned nothing',
  'allauth.socialaccount.context_processors.socialaccount': 'delete it, and in templates use `{% load socialaccount %}{% get_providers as socialaccount_providers %}` instead of `socialaccount.providers`',
};

export default definePythonRule({
  id: 'allauth-context-processors',
  title: "django-allauth's context processors were removed",
  category: 'allauth',
  library: 'django-allauth',
  deprecatedIn: '0.22.0',
  removedIn: '0.22.0',
  fixMinVersion: '0.22.0',
  docsUrl: allauthReleaseNotes('2015'),
  triggers: ['context_processors'],
  docs: {
    what: `Finds the dotted paths ${Object.keys(processors).map((path) => `\`${path}\``).join(' and ')} (in \`TEMPLATES\`' \`context_processors\` or \`TEMPLATE_CONTEXT_PROCESSORS\`).`,
    why: "django-allauth 0.22.0 stopped using template context processors and removed both modules: the account one was already empty, the social account one (`socialaccount.providers`) became the `{% get_providers %}` template tag. Django fails on the first rendered template that cannot import a listed context processor.",
    fixSafety: "Deletes the entry: safe for the account processor, which returned nothing; review templates that read `socialaccount.providers` for the social account one (they need `{% get_providers %}`).",
  },
  fix: 'safe',
  truth: {
    removed: Object.keys(processors),
    replacements: ['{% load socialaccount %} get_providers'],
  },
  check(context) {
    for (const { node, value } of stringsEqualTo(context, Object.keys(processors))) {
      const edits = removeFromItsList(context.text, node);
      const social = value.includes('socialaccount');
      context.report({
        node,
        subject: `The context processor \`${value}\``,
        advice: processors[value],
        fix: edits ? { title: 'Delete the context processor', edits, ...(social ? { safety: 'unsafe' as const } : {}) } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "OPTIONS": {"context_processors": ["django.template.context_processors.request"]}}]
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          TEMPLATE_CONTEXT_PROCESSORS = (
              "django.contrib.auth.context_processors.auth",
              "django.core.context_processors.request",
              "allauth.account.context_processors.account",
          )
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 4, column: 5, message: 'The context processor `allauth.account.context_processors.account` was removed in django-allauth 0.22.0 without a deprecation period: delete it: it returned nothing' },
        ],
        output: dedent`
          TEMPLATE_CONTEXT_PROCESSORS = (
              "django.contrib.auth.context_processors.auth",
              "django.core.context_processors.request",
          )
        `,
      },
      {
        // Two entries and a trailing comma: the tuple keeps one comma.
        code: dedent`
          TEMPLATE_CONTEXT_PROCESSORS = ("django.contrib.auth.context_processors.auth", "allauth.account.context_processors.account",)
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 79, message: 'The context processor `allauth.account.context_processors.account` was removed in django-allauth 0.22.0 without a deprecation period: delete it: it returned nothing' },
        ],
        output: dedent`
          TEMPLATE_CONTEXT_PROCESSORS = ("django.contrib.auth.context_processors.auth",)
        `,
      },
      {
        code: dedent`
          TEMPLATE_CONTEXT_PROCESSORS = (
              "django.contrib.auth.context_processors.auth",
              "allauth.account.context_processors.account",  # django-allauth < 0.22
          )
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 3, column: 5, message: 'The context processor `allauth.account.context_processors.account` was removed in django-allauth 0.22.0 without a deprecation period: delete it: it returned nothing' },
        ],
        output: dedent`
          TEMPLATE_CONTEXT_PROCESSORS = (
              "django.contrib.auth.context_processors.auth",
          )
        `,
      },
      {
        code: dedent`
          TEMPLATES = [
              {
                  "BACKEND": "django.template.backends.django.DjangoTemplates",
                  "OPTIONS": {
                      "context_processors": [
                          "django.template.context_processors.request",
                          "allauth.account.context_processors.account",
                          "allauth.socialaccount.context_processors.socialaccount",
                      ],
                  },
              },
          ]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 7, column: 17, message: 'The context processor `allauth.account.context_processors.account` was removed in django-allauth 0.22.0 without a deprecation period: delete it: it returned nothing' },
          { line: 8, column: 17, message: 'The context processor `allauth.socialaccount.context_processors.socialaccount` was removed in django-allauth 0.22.0 without a deprecation period: delete it, and in templates use `{% load socialaccount %}{% get_providers as socialaccount_providers %}` instead of `socialaccount.providers`' },
        ],
        output: dedent`
          TEMPLATES = [
              {
                  "BACKEND": "django.template.backends.django.DjangoTemplates",
                  "OPTIONS": {
                      "context_processors": [
                          "django.template.context_processors.request",
                      ],
                  },
              },
          ]
        `,
      },
    ],
  },
});
