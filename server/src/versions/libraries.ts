// The third-party libraries whose own deprecations the catalogue covers (issue 13), each with the
// rule category its rules belong to and the top-level modules it installs, and the shipped
// snapshot of their releases on PyPI (library-releases.json, written by
// scripts/library-releases.py), which gives each one's default target without the network.
import { compareReleases } from './pep440';
import { normalizeName } from './requirements';
import snapshot from './library-releases.json';

/** A rule category per library: users select or ignore a library's rules by it. */
export type LibraryCategory =
  | 'drf'
  | 'celery'
  | 'django-filter'
  | 'allauth'
  | 'storages'
  | 'crispy-forms'
  | 'debug-toolbar'
  | 'django-extensions'
  | 'cors-headers'
  | 'simplejwt'
  | 'social-auth';

export interface Library {
  /** The PyPI distribution, PEP 503 normalised: "djangorestframework". */
  package: string;
  /** As its maintainers write it, for messages: "Django REST Framework". */
  title: string;
  category: LibraryCategory;
  /** The top-level import packages it installs: ["rest_framework"]. */
  modules: string[];
  /** A distribution the project should move to instead (the library itself is abandoned or renamed). */
  successor?: string;
}

export const libraries: readonly Library[] = [
  { package: 'djangorestframework', title: 'Django REST Framework', category: 'drf', modules: ['rest_framework'] },
  { package: 'celery', title: 'Celery', category: 'celery', modules: ['celery'] },
  { package: 'django-celery', title: 'django-celery (djcelery)', category: 'celery', modules: ['djcelery'], successor: 'django-celery-beat' },
  { package: 'django-celery-beat', title: 'django-celery-beat', category: 'celery', modules: ['django_celery_beat'] },
  { package: 'django-celery-results', title: 'django-celery-results', category: 'celery', modules: ['django_celery_results'] },
  { package: 'django-filter', title: 'django-filter', category: 'django-filter', modules: ['django_filters'] },
  { package: 'django-allauth', title: 'django-allauth', category: 'allauth', modules: ['allauth'] },
  { package: 'django-storages', title: 'django-storages', category: 'storages', modules: ['storages'] },
  { package: 'django-crispy-forms', title: 'django-crispy-forms', category: 'crispy-forms', modules: ['crispy_forms'] },
  { package: 'crispy-bootstrap3', title: 'crispy-bootstrap3', category: 'crispy-forms', modules: ['crispy_bootstrap3'] },
  { package: 'crispy-bootstrap4', title: 'crispy-bootstrap4', category: 'crispy-forms', modules: ['crispy_bootstrap4'] },
  { package: 'crispy-bootstrap5', title: 'crispy-bootstrap5', category: 'crispy-forms', modules: ['crispy_bootstrap5'] },
  { package: 'django-debug-toolbar', title: 'Django Debug Toolbar', category: 'debug-toolbar', modules: ['debug_toolbar'] },
  { package: 'django-extensions', title: 'django-extensions', category: 'django-extensions', modules: ['django_extensions'] },
  { package: 'django-cors-headers', title: 'django-cors-headers', category: 'cors-headers', modules: ['corsheaders'] },
  { package: 'djangorestframework-simplejwt', title: 'Simple JWT', category: 'simplejwt', modules: ['rest_framework_simplejwt'] },
  { package: 'social-auth-app-django', title: 'Python Social Auth (Django app)', category: 'social-auth', modules: ['social_django'] },
  { package: 'social-auth-core', title: 'Python Social Auth (core)', category: 'social-auth', modules: ['social_core'] },
  { package: 'python-social-auth', title: 'python-social-auth', category: 'social-auth', modules: ['social'], successor: 'social-auth-app-django' },
];

export const libraryCategories: readonly LibraryCategory[] = [...new Set(libraries.map((library) => library.category))];

/** The library a distribution name (any spelling: "Django_Filter") stands for; null when the catalogue has none. */
export function findLibrary(name: string): Library | null {
  const wanted = normalizeName(name);
  return libraries.find((library) => library.package === wanted) ?? null;
}

export interface ReleaseSnapshot {
  /** The day the lists were read (ISO date). */
  generated: string;
  /** How they were read. */
  source: string;
  /** Each library's final releases on PyPI, oldest first (pre-releases and yanked releases left out). */
  releases: Record<string, string[]>;
}

export const releaseSnapshot: ReleaseSnapshot = snapshot;

/** The releases of a library in the snapshot, oldest first; empty when the snapshot has none. */
export function releasesOf(name: string): readonly string[] {
  return releaseSnapshot.releases[normalizeName(name)] ?? [];
}

/** The newest release of a library in the snapshot: the default target. */
export function newestRelease(name: string): string | null {
  const list = releasesOf(name);
  return list.length ? list[list.length - 1] : null;
}

/**
 * The first release at or after `version` ("3.15" → "3.15.0", "3.15.1" → "3.15.1"), and the release
 * just before it: where a rule's "removed in" is checked, and the last release that still had it.
 */
export function releaseAt(name: string, version: string): { release: string | null; previous: string | null } {
  const list = releasesOf(name);
  const index = list.findIndex((release) => compareReleases(release, version) >= 0);
  if (index < 0) return { release: null, previous: list.length ? list[list.length - 1] : null };
  return { release: list[index], previous: index > 0 ? list[index - 1] : null };
}
