import { dedent, definePythonRule } from '../shapes';
import { allauthReleaseNotes, RemovedProvider, removedProviderSites } from '../shapes/libraries';

const azure: RemovedProvider = {
  name: 'azure',
  advice: 'use the `microsoft` provider (`allauth.socialaccount.providers.microsoft`, its settings under `SOCIALACCOUNT_PROVIDERS["microsoft"]`, its social apps with `provider="microsoft"`)',
};

export default definePythonRule({
  id: 'allauth-azure-provider',
  title: "django-allauth's Azure provider was removed (→ `microsoft`)",
  category: 'allauth',
  library: 'django-allauth',
  deprecatedIn: '0.58.0',
  removedIn: '0.58.0',
  docsUrl: allauthReleaseNotes('2023'),
  triggers: ['azure'],
  docs: {
    what: 'Finds `"allauth.socialaccount.providers.azure"` (in `INSTALLED_APPS`) and imports from that package (`AzureOAuth2Adapter`, `AzureProvider`).',
    why: 'django-allauth 0.58.0 removed the Azure provider without a deprecation period, keeping the Microsoft provider that served the same purpose (Microsoft identity platform, any tenant). Django fails to start with the app installed.',
    fixSafety: 'No fix: the provider id changes from `azure` to `microsoft`, so besides `INSTALLED_APPS` the `SOCIALACCOUNT_PROVIDERS` key, the stored social apps and social accounts (`provider` column), and any adapter subclass move to the Microsoft provider together.',
  },
  fix: 'none',
  truth: {
    removed: ['allauth.socialaccount.providers.azure.provider', 'allauth.socialaccount.providers.azure.views.AzureOAuth2Adapter'],
    replacements: ['allauth.socialaccount.providers.microsoft.provider', 'allauth.socialaccount.providers.microsoft.views.MicrosoftGraphOAuth2Adapter'],
  },
  check(context) {
    for (const { node } of removedProviderSites(context, [azure])) context.report({ node, subject: "django-allauth's `azure` provider", advice: azure.advice });
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ["allauth", "allauth.socialaccount", "allauth.socialaccount.providers.microsoft"]
          STORAGES = {"default": {"BACKEND": "storages.backends.azure_storage.AzureStorage"}}
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
              "allauth.socialaccount.providers.azure",
          ]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 4, column: 5, message: 'django-allauth\'s `azure` provider was removed in django-allauth 0.58.0 without a deprecation period: use the `microsoft` provider (`allauth.socialaccount.providers.microsoft`, its settings under `SOCIALACCOUNT_PROVIDERS["microsoft"]`, its social apps with `provider="microsoft"`)' },
        ],
      },
      {
        code: dedent`
          from allauth.socialaccount.providers.azure.views import AzureOAuth2Adapter


          class TenantAdapter(AzureOAuth2Adapter):
              pass
        `,
        errors: [
          { line: 1, column: 57, message: 'django-allauth\'s `azure` provider was removed in django-allauth 0.58.0 without a deprecation period: use the `microsoft` provider (`allauth.socialaccount.providers.microsoft`, its settings under `SOCIALACCOUNT_PROVIDERS["microsoft"]`, its social apps with `provider="microsoft"`)' },
        ],
      },
    ],
  },
});
