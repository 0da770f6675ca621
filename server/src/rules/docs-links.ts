// Links to the Django release notes sections that document deprecations and removals.
import type { DjangoVersion } from '../versions/django-version';

const base = 'https://docs.djangoproject.com/en/stable/releases';

export function deprecationNotes(version: DjangoVersion): string {
  return `${base}/${version}/#features-deprecated-in-${version.replace('.', '-')}`;
}

export function removalNotes(version: DjangoVersion): string {
  return `${base}/${version}/#features-removed-in-${version.replace('.', '-')}`;
}

/** A section of one release's notes, for changes that were not announced as deprecations. */
export function releaseNotes(version: DjangoVersion, anchor: string): string {
  return `${base}/${version}/#${anchor}`;
}
