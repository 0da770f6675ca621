import { dedent, definePythonRule } from '../shapes';
import { allauthReleaseNotes, RemovedProvider, removedProviderSites } from '../shapes/libraries';

const providers: RemovedProvider[] = [
  { name: 'bitbucket', advice: 'use `bitbucket_oauth2` (`allauth.socialaccount.providers.bitbucket_oauth2`, with an OAuth 2.0 consumer registered at Bitbucket)' },
  { name: 'linkedin', advice: 'configure LinkedIn as an `openid_connect` app (`"server_url": "https://www.linkedin.com/oauth"`); `linkedin_oauth2` is deprecated too' },
];

export default definePythonRule({
  id: 'allauth-oauth1-providers',
  title: "django-allauth's OAuth 1.0 Bitbucket and LinkedIn providers were removed (→ their OAuth 2.0 providers)",
  category: 'allauth',
  library: 'django-allauth',
  deprecatedIn: '0.59.0',
  removedIn: '0.59.0',
  docsUrl: allauthReleaseNotes('2023'),
  triggers: providers.map((provider) => provider.name),
  docs: {
    what: 'Finds `"allauth.socialaccount.providers.bitbucket"` and `"allauth.socialaccount.providers.linkedin"` (in `INSTALLED_APPS`) and imports from those packages; their OAuth 2.0 siblings (`bitbucket_oauth2`, `linkedin_oauth2`) are left alone.',
    why: 'django-allauth 0.59.0 removed the two providers built on OAuth 1.0 without a deprecation period; both services had moved to OAuth 2.0 long before. Django fails to start with either app installed.',
    fixSafety: 'No fix: an OAuth 2.0 provider needs its own consumer (client id and secret) registered with the service, and its provider id differs, so the stored social apps and accounts move with it.',
  },
  fix: 'none',
  truth: {
    removed: providers.map((provider) => `allauth.socialaccount.providers.${provider.name}.provider`),
    replacements: ['allauth.socialaccount.providers.bitbucket_oauth2.provider', 'allauth.socialaccount.providers.linkedin_oauth2.provider', 'allauth.socialaccount.providers.openid_connect.provider'],
  },
  check(context) {
    for (const { node, provider } of removedProviderSites(context, providers)) context.report({ node, subject: `django-allauth's \`${provider.name}\` provider`, advice: provider.advice });
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = [
              "allauth.socialaccount.providers.bitbucket_oauth2",
              "allauth.socialaccount.providers.linkedin_oauth2",
          ]
        `,
        filename: 'site/settings.py',
      },
      {
        code: dedent`
          from allauth.socialaccount.providers.linkedin_oauth2.views import LinkedInOAuth2Adapter
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          INSTALLED_APPS = [
              "allauth",
              "allauth.socialaccount",
              "allauth.socialaccount.providers.bitbucket",
              "allauth.socialaccount.providers.linkedin",
          ]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 4, column: 5, message: 'django-allauth\'s `bitbucket` provider was removed in django-allauth 0.59.0 without a deprecation period: use `bitbucket_oauth2` (`allauth.socialaccount.providers.bitbucket_oauth2`, with an OAuth 2.0 consumer registered at Bitbucket)' },
          { line: 5, column: 5, message: 'django-allauth\'s `linkedin` provider was removed in django-allauth 0.59.0 without a deprecation period: configure LinkedIn as an `openid_connect` app (`"server_url": "https://www.linkedin.com/oauth"`); `linkedin_oauth2` is deprecated too' },
        ],
      },
      {
        code: dedent`
          from allauth.socialaccount.providers.linkedin.views import LinkedInOAuthAdapter

          adapter_class = LinkedInOAuthAdapter
        `,
        errors: [
          { line: 1, column: 60, message: 'django-allauth\'s `linkedin` provider was removed in django-allauth 0.59.0 without a deprecation period: configure LinkedIn as an `openid_connect` app (`"server_url": "https://www.linkedin.com/oauth"`); `linkedin_oauth2` is deprecated too' },
        ],
      },
    ],
  },
});
