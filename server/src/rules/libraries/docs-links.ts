// Links to each library's release notes, where its deprecations and removals are announced.

/** Django REST Framework's release notes, at the section of one series ("3.10" → "#310x-series"). */
export function drfReleaseNotes(series: string): string {
  return `https://www.django-rest-framework.org/community/release-notes/#${series.replace('.', '')}x-series`;
}

/** Celery's "What's new" page of a major release ("4.0", "5.0"). */
export function celeryWhatsNew(version: string): string {
  return `https://docs.celeryq.dev/en/stable/history/whatsnew-${version}.html`;
}

/** django-filter's migration guide (one section per release that broke compatibility). */
export const djangoFilterMigration = 'https://django-filter.readthedocs.io/en/stable/guide/migration.html';
