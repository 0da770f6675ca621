import { dedent, definePythonRule } from '../shapes';
import { removeFromItsList } from '../shapes/django-paths';
import { allauthReleaseNotes, RemovedProvider, removedProviderSites } from '../shapes/libraries';

const persona: RemovedProvider = { name: 'persona', advice: 'delete it and its login buttons: Mozilla shut Persona down in November 2016' };

export default definePythonRule({
  id: 'allauth-persona-provider',
  title: "django-allauth's Mozilla Persona provider was removed",
  category: 'allauth',
  library: 'django-allauth',
  deprecatedIn: '0.55.0',
  removedIn: '0.55.0',
  docsUrl: allauthReleaseNotes('2023'),
  triggers: ['persona'],
  docs: {
    what: 'Finds `"allauth.socialaccount.providers.persona"` (in `INSTALLED_APPS`) and imports from that package.',
    why: 'django-allauth 0.55.0 removed the Persona provider without a deprecation period: Mozilla shut the service down in November 2016, so no login through it has worked since. Django fails to start with the app installed.',
    fixSafety: 'Unsafe: deletes the entry from `INSTALLED_APPS`; templates that still ask for its login URL (`{% provider_login_url "persona" %}`) fail until their buttons go too. Imports get no fix.',
  },
  fix: 'unsafe',
  truth: { removed: ['allauth.socialaccount.providers.persona.provider'] },
  check(context) {
    for (const { node } of removedProviderSites(context, [persona])) {
      const edits = node.type === 'string' ? removeFromItsList(context.text, node) : null;
      context.report({
        node,
        subject: "django-allauth's `persona` provider",
        advice: persona.advice,
        fix: edits ? { title: 'Delete the Persona provider', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ["allauth", "allauth.socialaccount", "allauth.socialaccount.providers.github"]
        `,
        filename: 'site/settings.py',
      },
      {
        code: dedent`
          PERSONA_LOCALE = "en"
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          INSTALLED_APPS = [
              "allauth",
              "allauth.socialaccount",
              "allauth.socialaccount.providers.persona",
              "allauth.socialaccount.providers.github",
          ]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 4, column: 5, message: 'django-allauth\'s `persona` provider was removed in django-allauth 0.55.0 without a deprecation period: delete it and its login buttons: Mozilla shut Persona down in November 2016' },
        ],
        output: dedent`
          INSTALLED_APPS = [
              "allauth",
              "allauth.socialaccount",
              "allauth.socialaccount.providers.github",
          ]
        `,
      },
      {
        code: dedent`
          INSTALLED_APPS = ("allauth", "allauth.socialaccount", "allauth.socialaccount.providers.persona",)
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 55, message: 'django-allauth\'s `persona` provider was removed in django-allauth 0.55.0 without a deprecation period: delete it and its login buttons: Mozilla shut Persona down in November 2016' },
        ],
        output: dedent`
          INSTALLED_APPS = ("allauth", "allauth.socialaccount",)
        `,
      },
      {
        code: dedent`
          from allauth.socialaccount.providers.persona.provider import PersonaProvider

          PROVIDER_ID = PersonaProvider.id
        `,
        errors: [
          { line: 1, column: 62, message: 'django-allauth\'s `persona` provider was removed in django-allauth 0.55.0 without a deprecation period: delete it and its login buttons: Mozilla shut Persona down in November 2016' },
        ],
      },
    ],
  },
});
