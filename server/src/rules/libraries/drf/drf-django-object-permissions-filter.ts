import type { PythonRule } from '../../python/rule-factories';
import { drfReleaseNotes } from '../docs-links';
import { movedLibraryNames } from '../queries';

const rule: PythonRule = {
  id: 'drf-django-object-permissions-filter',
  title: '`DjangoObjectPermissionsFilter` moved to djangorestframework-guardian',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.9',
  removedIn: '3.10',
  languages: ['python'],
  docsUrl: drfReleaseNotes('3.9'),
  docs: {
    what: 'Finds imports and uses of `rest_framework.filters.DjangoObjectPermissionsFilter`, and its dotted path in settings.',
    why: 'DRF 3.9 moved the django-guardian integration to the third-party djangorestframework-guardian package and warned; 3.10 removed it from DRF.',
    fixSafety: 'No fix: the replacement, `rest_framework_guardian.filters.ObjectPermissionsFilter`, is another distribution to install.',
  },
  fix: 'none',
  truth: {
    removed: ['rest_framework.filters.DjangoObjectPermissionsFilter'],
    deprecated: ["rest_framework.filters.DjangoObjectPermissionsFilter mentions 'warnings'"],
  },
  check(context) {
    for (const { node } of movedLibraryNames(context, [{ old: 'rest_framework.filters.DjangoObjectPermissionsFilter' }])) {
      context.report({ node, subject: '`DjangoObjectPermissionsFilter`', advice: 'install djangorestframework-guardian and use `rest_framework_guardian.filters.ObjectPermissionsFilter`' });
    }
  },
  examples: {
    valid: [{ code: 'from rest_framework.filters import SearchFilter\n\nbackends = [SearchFilter]\n' }],
    invalid: [
      { code: 'from rest_framework.filters import DjangoObjectPermissionsFilter\n\nbackends = [DjangoObjectPermissionsFilter]\n', findings: 2 },
      { code: 'REST_FRAMEWORK = {"DEFAULT_FILTER_BACKENDS": ["rest_framework.filters.DjangoObjectPermissionsFilter"]}\n', filename: 'settings.py', findings: 1 },
    ],
  },
};
export default rule;
