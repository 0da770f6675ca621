import { dedent, definePythonRule } from '../shapes';
import { allauthReleaseNotes, RemovedProvider, removedProviderSites } from '../shapes/libraries';

const providers: RemovedProvider[] = [
  { name: 'cern', advice: 'configure CERN as an `openid_connect` app (`"server_url": "https://auth.cern.ch/auth/realms/cern/.well-known/openid-configuration"`)' },
  { name: 'keycloak', advice: 'configure Keycloak as an `openid_connect` app (`"server_url"`: the realm\'s `.well-known/openid-configuration`)' },
];

export default definePythonRule({
  id: 'allauth-removed-providers',
  title: 'The CERN and Keycloak providers of django-allauth were removed (→ OpenID Connect)',
  category: 'allauth',
  library: 'django-allauth',
  deprecatedIn: '0.56.0',
  removedIn: '0.56.0',
  docsUrl: allauthReleaseNotes('2023'),
  triggers: providers.map((provider) => provider.name),
  docs: {
    what: 'Finds `"allauth.socialaccount.providers.cern"` and `"allauth.socialaccount.providers.keycloak"` (in `INSTALLED_APPS`) and imports from those packages.',
    why: 'django-allauth 0.56.0 removed both providers without a deprecation period: CERN moved to standard OpenID Connect, and Keycloak had been reimplemented on the OpenID Connect provider already. Django fails to start with either app installed.',
    fixSafety: 'No fix: the app becomes an entry of `SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"]` with its `provider_id`, `client_id`, `secret` and `server_url`, and `allauth.socialaccount.providers.openid_connect` replaces it in `INSTALLED_APPS`.',
  },
  fix: 'none',
  truth: {
    removed: providers.map((provider) => `allauth.socialaccount.providers.${provider.name}.provider`),
    replacements: ['allauth.socialaccount.providers.openid_connect.provider'],
  },
  check(context) {
    for (const { node, provider } of removedProviderSites(context, providers)) {
      context.report({ node, subject: `django-allauth's \`${provider.name}\` provider`, advice: provider.advice });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ["allauth", "allauth.socialaccount", "allauth.socialaccount.providers.openid_connect"]
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
              "allauth.socialaccount.providers.keycloak",
          ]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 4, column: 5, message: 'django-allauth\'s `keycloak` provider was removed in django-allauth 0.56.0 without a deprecation period: configure Keycloak as an `openid_connect` app (`"server_url"`: the realm\'s `.well-known/openid-configuration`)' },
        ],
      },
      {
        code: dedent`
          from allauth.socialaccount.providers.cern.views import CernOAuth2Adapter

          adapter = CernOAuth2Adapter
        `,
        errors: [
          { line: 1, column: 56, message: 'django-allauth\'s `cern` provider was removed in django-allauth 0.56.0 without a deprecation period: configure CERN as an `openid_connect` app (`"server_url": "https://auth.cern.ch/auth/realms/cern/.well-known/openid-configuration"`)' },
        ],
      },
    ],
  },
});
