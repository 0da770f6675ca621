// A curated, versioned table of the most used Django packages: for each, the first release that
// supports each Django feature release, with the source of every fact. Most facts come from the
// "Framework :: Django :: X.Y" trove classifiers of the real releases on PyPI, read from each
// release's metadata (`pip install --dry-run --no-deps --report`, which fetches the wheel's METADATA
// only), release by release around each change; `checked` says which releases were read. A
// classifier is the maintainers' own statement of support; a release may work earlier without
// saying so, so `first` is the first release that *declares* support. Packages that publish no
// per-Django classifiers (Celery, older Channels) carry facts from their changelogs or docs, or
// none: the audit then says "unknown" rather than guess.
//
// To extend: add a package with its entries and sources; keep versions as PyPI spells them.

export interface DjangoSupportEntry {
  /** Django feature release, "4.2". */
  django: string;
  /** The first release of the package that supports it; null: no release does. */
  first: string | null;
  source: string;
}

export interface PackageSupport {
  /** The PyPI name. */
  name: string;
  /** Other names it is installed under. */
  aliases?: string[];
  /** Something to know that the entries do not say. */
  note?: string;
  /** The releases whose metadata was read. */
  checked: string;
  django: DjangoSupportEntry[];
  /** Past this Django version, no release supports it (an abandoned package). */
  noReleaseAfter?: { django: string; source: string };
}

/** PEP 503 normalisation: case-insensitive, runs of "-", "_" and "." are one "-". */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function findPackage(name: string): PackageSupport | null {
  const wanted = normalizeName(name);
  return packageSupport.find((pkg) => normalizeName(pkg.name) === wanted || pkg.aliases?.some((alias) => normalizeName(alias) === wanted)) ?? null;
}

export const packageSupport: PackageSupport[] = [
  {
    name: 'djangorestframework',
    checked: '3.6.4–3.16.1 (20 releases)',
    django: [
      { django: '1.11', first: '3.6.4', source: "PyPI classifiers of djangorestframework 3.6.4 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '3.7.7', source: "PyPI classifiers: djangorestframework 3.7.7 is the first release to list Django 2.0 (3.6.4 does not)" },
      { django: '2.1', first: '3.9.0', source: "PyPI classifiers: djangorestframework 3.9.0 is the first release to list Django 2.1 (3.8.2 does not)" },
      { django: '2.2', first: '3.9.2', source: "PyPI classifiers: djangorestframework 3.9.2 is the first release to list Django 2.2 (3.9.0 does not)" },
      { django: '3.0', first: '3.12.0', source: "PyPI classifiers: djangorestframework 3.12.0 is the first release to list Django 3.0 (3.11.2 does not)" },
      { django: '3.1', first: '3.12.0', source: "PyPI classifiers: djangorestframework 3.12.0 is the first release to list Django 3.1 (3.11.2 does not)" },
      { django: '3.2', first: '3.13.0', source: "PyPI classifiers: djangorestframework 3.13.0 is the first release to list Django 3.2 (3.12.4 does not)" },
      { django: '4.0', first: '3.13.0', source: "PyPI classifiers: djangorestframework 3.13.0 is the first release to list Django 4.0 (3.12.4 does not)" },
      { django: '4.1', first: '3.14.0', source: "PyPI classifiers: djangorestframework 3.14.0 is the first release to list Django 4.1 (3.13.1 does not)" },
      { django: '4.2', first: '3.15.0', source: "PyPI classifiers: djangorestframework 3.15.0 is the first release to list Django 4.2 (3.14.0 does not)" },
      { django: '5.0', first: '3.15.0', source: "PyPI classifiers: djangorestframework 3.15.0 is the first release to list Django 5.0 (3.14.0 does not)" },
      { django: '5.1', first: '3.16.0', source: "PyPI classifiers: djangorestframework 3.16.0 is the first release to list Django 5.1 (3.15.2 does not)" },
      { django: '5.2', first: '3.16.0', source: "PyPI classifiers: djangorestframework 3.16.0 is the first release to list Django 5.2 (3.15.2 does not)" },
    ],
  },
  {
    name: 'celery',
    checked: '4.2.2–5.5.3 (13 releases)',
    django: [
    ],
  },
  {
    name: 'django-filter',
    checked: '1.1.0–25.2 (16 releases)',
    django: [
      { django: '1.11', first: '1.1.0', source: "PyPI classifiers of django-filter 1.1.0 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '2.0.0', source: "PyPI classifiers: django-filter 2.0.0 is the first release to list Django 2.0 (1.1.0 does not)" },
      { django: '2.1', first: '2.1.0', source: "PyPI classifiers: django-filter 2.1.0 is the first release to list Django 2.1 (2.0.0 does not)" },
      { django: '2.2', first: '2.2.0', source: "PyPI classifiers: django-filter 2.2.0 is the first release to list Django 2.2 (2.1.0 does not)" },
      { django: '3.0', first: '2.3.0', source: "PyPI classifiers: django-filter 2.3.0 is the first release to list Django 3.0 (2.2.0 does not)" },
      { django: '3.1', first: '2.4.0', source: "PyPI classifiers: django-filter 2.4.0 is the first release to list Django 3.1 (2.3.0 does not)" },
      { django: '3.2', first: '21.1', source: "PyPI classifiers: django-filter 21.1 is the first release to list Django 3.2 (2.4.0 does not)" },
      { django: '4.0', first: '21.1', source: "PyPI classifiers: django-filter 21.1 is the first release to list Django 4.0 (2.4.0 does not)" },
      { django: '4.1', first: '22.1', source: "PyPI classifiers: django-filter 22.1 is the first release to list Django 4.1 (21.1 does not)" },
      { django: '4.2', first: '23.1', source: "PyPI classifiers: django-filter 23.1 is the first release to list Django 4.2 (22.1 does not)" },
      { django: '5.0', first: '23.5', source: "PyPI classifiers: django-filter 23.5 is the first release to list Django 5.0 (23.2 does not)" },
      { django: '5.1', first: '24.3', source: "PyPI classifiers: django-filter 24.3 is the first release to list Django 5.1 (24.2 does not)" },
      { django: '5.2', first: '25.1', source: "PyPI classifiers: django-filter 25.1 is the first release to list Django 5.2 (24.3 does not)" },
      { django: '6.0', first: '25.2', source: "PyPI classifiers: django-filter 25.2 is the first release to list Django 6.0 (25.1 does not)" },
    ],
  },
  {
    name: 'django-debug-toolbar',
    checked: '1.9.1–6.0.0 (24 releases)',
    django: [
      { django: '1.11', first: '1.9.1', source: "PyPI classifiers of django-debug-toolbar 1.9.1 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '1.9.1', source: "PyPI classifiers of django-debug-toolbar 1.9.1 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '1.11', source: "PyPI classifiers: django-debug-toolbar 1.11 is the first release to list Django 2.1 (1.9.1 does not)" },
      { django: '2.2', first: '2.0', source: "PyPI classifiers: django-debug-toolbar 2.0 is the first release to list Django 2.2 (1.11 does not)" },
      { django: '3.0', first: '2.1', source: "PyPI classifiers: django-debug-toolbar 2.1 is the first release to list Django 3.0 (2.0 does not)" },
      { django: '3.1', first: '3.0', source: "PyPI classifiers: django-debug-toolbar 3.0 is the first release to list Django 3.1 (2.2 does not)" },
      { django: '3.2', first: '3.2.4', source: "PyPI classifiers: django-debug-toolbar 3.2.4 is the first release to list Django 3.2 (3.2.1 does not)" },
      { django: '4.0', first: '3.2.4', source: "PyPI classifiers: django-debug-toolbar 3.2.4 is the first release to list Django 4.0 (3.2.1 does not)" },
      { django: '4.1', first: '3.8.1', source: "PyPI classifiers: django-debug-toolbar 3.8.1 is the first release to list Django 4.1 (3.5.0 does not)" },
      { django: '4.2', first: '4.0.0', source: "PyPI classifiers: django-debug-toolbar 4.0.0 is the first release to list Django 4.2 (3.8.1 does not)" },
      { django: '5.0', first: '4.3.0', source: "PyPI classifiers: django-debug-toolbar 4.3.0 is the first release to list Django 5.0 (4.2.0 does not)" },
      { django: '5.1', first: '5.0.0', source: "PyPI classifiers: django-debug-toolbar 5.0.0 is the first release to list Django 5.1 (4.4.6 does not)" },
      { django: '5.2', first: '5.1.0', source: "PyPI classifiers: django-debug-toolbar 5.1.0 is the first release to list Django 5.2 (5.0.1 does not)" },
    ],
  },
  {
    name: 'django-extensions',
    checked: '2.0.0–4.1 (14 releases)',
    django: [
      { django: '1.11', first: '2.0.0', source: "PyPI classifiers of django-extensions 2.0.0 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '2.0.0', source: "PyPI classifiers of django-extensions 2.0.0 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '2.1.6', source: "PyPI classifiers: django-extensions 2.1.6 is the first release to list Django 2.1 (2.1.0 does not)" },
      { django: '2.2', first: '2.2.9', source: "PyPI classifiers: django-extensions 2.2.9 is the first release to list Django 2.2 (2.1.6 does not)" },
      { django: '3.0', first: '2.2.9', source: "PyPI classifiers: django-extensions 2.2.9 is the first release to list Django 3.0 (2.1.6 does not)" },
      { django: '3.1', first: '3.0.9', source: "PyPI classifiers: django-extensions 3.0.9 is the first release to list Django 3.1 (3.0.0 does not)" },
      { django: '3.2', first: '3.1.3', source: "PyPI classifiers: django-extensions 3.1.3 is the first release to list Django 3.2 (3.1.0 does not)" },
      { django: '4.0', first: '3.2.0', source: "PyPI classifiers: django-extensions 3.2.0 is the first release to list Django 4.0 (3.1.5 does not)" },
      { django: '4.1', first: '3.2.1', source: "PyPI classifiers: django-extensions 3.2.1 is the first release to list Django 4.1 (3.2.0 does not)" },
      { django: '4.2', first: '3.2.3', source: "PyPI classifiers: django-extensions 3.2.3 is the first release to list Django 4.2 (3.2.1 does not)" },
      { django: '5.1', first: '4.0', source: "PyPI classifiers: django-extensions 4.0 is the first release to list Django 5.1 (3.2.3 does not)" },
      { django: '5.2', first: '4.0', source: "PyPI classifiers: django-extensions 4.0 is the first release to list Django 5.2 (3.2.3 does not)" },
    ],
  },
  {
    name: 'django-storages',
    checked: '1.6.6–1.14.6 (15 releases)',
    django: [
      { django: '1.11', first: '1.6.6', source: "PyPI classifiers of django-storages 1.6.6 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '1.6.6', source: "PyPI classifiers of django-storages 1.6.6 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '1.7.1', source: "PyPI classifiers: django-storages 1.7.1 is the first release to list Django 2.1 (1.6.6 does not)" },
      { django: '2.2', first: '1.8', source: "PyPI classifiers: django-storages 1.8 is the first release to list Django 2.2 (1.7.1 does not)" },
      { django: '3.0', first: '1.8', source: "PyPI classifiers: django-storages 1.8 is the first release to list Django 3.0 (1.7.1 does not)" },
      { django: '3.1', first: '1.10', source: "PyPI classifiers: django-storages 1.10 is the first release to list Django 3.1 (1.9 does not)" },
      { django: '3.2', first: '1.12', source: "PyPI classifiers: django-storages 1.12 is the first release to list Django 3.2 (1.11 does not)" },
      { django: '4.0', first: '1.13', source: "PyPI classifiers: django-storages 1.13 is the first release to list Django 4.0 (1.12.3 does not)" },
      { django: '4.1', first: '1.13', source: "PyPI classifiers: django-storages 1.13 is the first release to list Django 4.1 (1.12.3 does not)" },
      { django: '4.2', first: '1.14', source: "PyPI classifiers: django-storages 1.14 is the first release to list Django 4.2 (1.13.2 does not)" },
      { django: '5.0', first: '1.14.4', source: "PyPI classifiers: django-storages 1.14.4 is the first release to list Django 5.0 (1.14.2 does not)" },
      { django: '5.1', first: '1.14.5', source: "PyPI classifiers: django-storages 1.14.5 is the first release to list Django 5.1 (1.14.4 does not)" },
    ],
  },
  {
    name: 'django-allauth',
    checked: '0.50.0–65.10.0 (14 releases)',
    django: [
      { django: '2.0', first: '0.50.0', source: "PyPI classifiers of django-allauth 0.50.0 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '0.50.0', source: "PyPI classifiers of django-allauth 0.50.0 list Django 2.1 (the oldest release checked)" },
      { django: '2.2', first: '0.50.0', source: "PyPI classifiers of django-allauth 0.50.0 list Django 2.2 (the oldest release checked)" },
      { django: '3.0', first: '0.50.0', source: "PyPI classifiers of django-allauth 0.50.0 list Django 3.0 (the oldest release checked)" },
      { django: '3.1', first: '0.50.0', source: "PyPI classifiers of django-allauth 0.50.0 list Django 3.1 (the oldest release checked)" },
      { django: '3.2', first: '0.50.0', source: "PyPI classifiers of django-allauth 0.50.0 list Django 3.2 (the oldest release checked)" },
      { django: '4.0', first: '0.50.0', source: "PyPI classifiers of django-allauth 0.50.0 list Django 4.0 (the oldest release checked)" },
      { django: '4.1', first: '0.52.0', source: "PyPI classifiers: django-allauth 0.52.0 is the first release to list Django 4.1 (0.50.0 does not)" },
      { django: '4.2', first: '0.56.0', source: "PyPI classifiers: django-allauth 0.56.0 is the first release to list Django 4.2 (0.54.0 does not)" },
      { django: '5.0', first: '0.58.0', source: "PyPI classifiers: django-allauth 0.58.0 is the first release to list Django 5.0 (0.56.0 does not)" },
      { django: '5.1', first: '65.0', source: "PyPI classifiers: django-allauth 65.0 is the first release to list Django 5.1 (64.0.0 does not)" },
      { django: '5.2', first: '65.8.0', source: "PyPI classifiers: django-allauth 65.8.0 is the first release to list Django 5.2 (65.5.0 does not)" },
    ],
  },
  {
    name: 'channels',
    checked: '2.1.7–4.3.1 (14 releases)',
    django: [
      { django: '3.2', first: '4.0.0', source: "PyPI classifiers: channels 4.0.0 is the first release to list Django 3.2 (3.0.5 does not)" },
      { django: '4.0', first: '4.0.0', source: "PyPI classifiers: channels 4.0.0 is the first release to list Django 4.0 (3.0.5 does not)" },
      { django: '4.1', first: '4.0.0', source: "PyPI classifiers: channels 4.0.0 is the first release to list Django 4.1 (3.0.5 does not)" },
      { django: '4.2', first: '4.1.0', source: "PyPI classifiers: channels 4.1.0 is the first release to list Django 4.2 (4.0.0 does not)" },
      { django: '5.0', first: '4.1.0', source: "PyPI classifiers: channels 4.1.0 is the first release to list Django 5.0 (4.0.0 does not)" },
      { django: '5.1', first: '4.2.0', source: "PyPI classifiers: channels 4.2.0 is the first release to list Django 5.1 (4.1.0 does not)" },
      { django: '5.2', first: '4.2.2', source: "PyPI classifiers: channels 4.2.2 is the first release to list Django 5.2 (4.2.0 does not)" },
    ],
  },
  {
    name: 'django-cors-headers',
    checked: '2.4.0–4.9.0 (24 releases)',
    django: [
      { django: '1.11', first: '2.4.0', source: "PyPI classifiers of django-cors-headers 2.4.0 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '2.4.0', source: "PyPI classifiers of django-cors-headers 2.4.0 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '2.5.3', source: "PyPI classifiers: django-cors-headers 2.5.3 is the first release to list Django 2.1 (2.4.0 does not)" },
      { django: '2.2', first: '2.5.3', source: "PyPI classifiers: django-cors-headers 2.5.3 is the first release to list Django 2.2 (2.4.0 does not)" },
      { django: '3.0', first: '3.2.0', source: "PyPI classifiers: django-cors-headers 3.2.0 is the first release to list Django 3.0 (3.1.0 does not)" },
      { django: '3.1', first: '3.4.0', source: "PyPI classifiers: django-cors-headers 3.4.0 is the first release to list Django 3.1 (3.3.0 does not)" },
      { django: '3.2', first: '3.7.0', source: "PyPI classifiers: django-cors-headers 3.7.0 is the first release to list Django 3.2 (3.5.0 does not)" },
      { django: '4.0', first: '3.10.0', source: "PyPI classifiers: django-cors-headers 3.10.0 is the first release to list Django 4.0 (3.8.0 does not)" },
      { django: '4.1', first: '3.13.0', source: "PyPI classifiers: django-cors-headers 3.13.0 is the first release to list Django 4.1 (3.11.0 does not)" },
      { django: '4.2', first: '3.14.0', source: "PyPI classifiers: django-cors-headers 3.14.0 is the first release to list Django 4.2 (3.13.0 does not)" },
      { django: '5.0', first: '4.3.0', source: "PyPI classifiers: django-cors-headers 4.3.0 is the first release to list Django 5.0 (4.1.0 does not)" },
      { django: '5.1', first: '4.4.0', source: "PyPI classifiers: django-cors-headers 4.4.0 is the first release to list Django 5.1 (4.3.1 does not)" },
      { django: '5.2', first: '4.7.0', source: "PyPI classifiers: django-cors-headers 4.7.0 is the first release to list Django 5.2 (4.6.0 does not)" },
      { django: '6.0', first: '4.9.0', source: "PyPI classifiers: django-cors-headers 4.9.0 is the first release to list Django 6.0 (4.8.0 does not)" },
    ],
  },
  {
    name: 'django-crispy-forms',
    checked: '1.7.2–2.5 (16 releases)',
    django: [
      { django: '1.11', first: '1.8.0', source: "PyPI classifiers: django-crispy-forms 1.8.0 is the first release to list Django 1.11 (1.7.2 does not)" },
      { django: '2.1', first: '1.8.0', source: "PyPI classifiers: django-crispy-forms 1.8.0 is the first release to list Django 2.1 (1.7.2 does not)" },
      { django: '2.2', first: '1.8.0', source: "PyPI classifiers: django-crispy-forms 1.8.0 is the first release to list Django 2.2 (1.7.2 does not)" },
      { django: '3.0', first: '1.8.1', source: "PyPI classifiers: django-crispy-forms 1.8.1 is the first release to list Django 3.0 (1.8.0 does not)" },
      { django: '3.1', first: '1.10.0', source: "PyPI classifiers: django-crispy-forms 1.10.0 is the first release to list Django 3.1 (1.9.0 does not)" },
      { django: '3.2', first: '1.12.0', source: "PyPI classifiers: django-crispy-forms 1.12.0 is the first release to list Django 3.2 (1.11.2 does not)" },
      { django: '4.0', first: '1.13.0', source: "PyPI classifiers: django-crispy-forms 1.13.0 is the first release to list Django 4.0 (1.12.0 does not)" },
      { django: '4.1', first: '2.0', source: "PyPI classifiers: django-crispy-forms 2.0 is the first release to list Django 4.1 (1.14.0 does not)" },
      { django: '4.2', first: '2.1', source: "PyPI classifiers: django-crispy-forms 2.1 is the first release to list Django 4.2 (2.0 does not)" },
      { django: '5.0', first: '2.1', source: "PyPI classifiers: django-crispy-forms 2.1 is the first release to list Django 5.0 (2.0 does not)" },
      { django: '5.1', first: '2.2', source: "PyPI classifiers: django-crispy-forms 2.2 is the first release to list Django 5.1 (2.1 does not)" },
      { django: '5.2', first: '2.4', source: "PyPI classifiers: django-crispy-forms 2.4 is the first release to list Django 5.2 (2.3 does not)" },
      { django: '6.0', first: '2.5', source: "PyPI classifiers: django-crispy-forms 2.5 is the first release to list Django 6.0 (2.4 does not)" },
    ],
  },
  {
    name: 'django-environ',
    checked: '0.4.5–0.12.0 (11 releases)',
    django: [
      { django: '1.11', first: '0.4.5', source: "PyPI classifiers of django-environ 0.4.5 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '0.4.5', source: "PyPI classifiers of django-environ 0.4.5 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '0.5.0', source: "PyPI classifiers: django-environ 0.5.0 is the first release to list Django 2.1 (0.4.5 does not)" },
      { django: '2.2', first: '0.5.0', source: "PyPI classifiers: django-environ 0.5.0 is the first release to list Django 2.2 (0.4.5 does not)" },
      { django: '3.0', first: '0.6.0', source: "PyPI classifiers: django-environ 0.6.0 is the first release to list Django 3.0 (0.5.0 does not)" },
      { django: '3.1', first: '0.6.0', source: "PyPI classifiers: django-environ 0.6.0 is the first release to list Django 3.1 (0.5.0 does not)" },
      { django: '3.2', first: '0.6.0', source: "PyPI classifiers: django-environ 0.6.0 is the first release to list Django 3.2 (0.5.0 does not)" },
      { django: '4.0', first: '0.9.0', source: "PyPI classifiers: django-environ 0.9.0 is the first release to list Django 4.0 (0.8.1 does not)" },
      { django: '4.1', first: '0.10.0', source: "PyPI classifiers: django-environ 0.10.0 is the first release to list Django 4.1 (0.9.0 does not)" },
      { django: '4.2', first: '0.11.0', source: "PyPI classifiers: django-environ 0.11.0 is the first release to list Django 4.2 (0.10.0 does not)" },
      { django: '5.0', first: '0.12.0', source: "PyPI classifiers: django-environ 0.12.0 is the first release to list Django 5.0 (0.11.2 does not)" },
      { django: '5.1', first: '0.12.0', source: "PyPI classifiers: django-environ 0.12.0 is the first release to list Django 5.1 (0.11.2 does not)" },
    ],
  },
  {
    name: 'whitenoise',
    checked: '3.3.1–6.11.0 (20 releases)',
    django: [
      { django: '1.11', first: '4.0', source: "PyPI classifiers: whitenoise 4.0 is the first release to list Django 1.11 (3.3.1 does not)" },
      { django: '2.0', first: '4.0', source: "PyPI classifiers: whitenoise 4.0 is the first release to list Django 2.0 (3.3.1 does not)" },
      { django: '2.1', first: '4.0', source: "PyPI classifiers: whitenoise 4.0 is the first release to list Django 2.1 (3.3.1 does not)" },
      { django: '2.2', first: '4.1.4', source: "PyPI classifiers: whitenoise 4.1.4 is the first release to list Django 2.2 (4.1 does not)" },
      { django: '3.0', first: '5.1.0', source: "PyPI classifiers: whitenoise 5.1.0 is the first release to list Django 3.0 (5.0 does not)" },
      { django: '3.1', first: '5.2.0', source: "PyPI classifiers: whitenoise 5.2.0 is the first release to list Django 3.1 (5.1.0 does not)" },
      { django: '3.2', first: '5.3.0', source: "PyPI classifiers: whitenoise 5.3.0 is the first release to list Django 3.2 (5.2.0 does not)" },
      { django: '4.0', first: '6.0.0', source: "PyPI classifiers: whitenoise 6.0.0 is the first release to list Django 4.0 (5.3.0 does not)" },
      { django: '4.1', first: '6.2.0', source: "PyPI classifiers: whitenoise 6.2.0 is the first release to list Django 4.1 (6.1.0 does not)" },
      { django: '4.2', first: '6.4.0', source: "PyPI classifiers: whitenoise 6.4.0 is the first release to list Django 4.2 (6.3.0 does not)" },
      { django: '5.0', first: '6.6.0', source: "PyPI classifiers: whitenoise 6.6.0 is the first release to list Django 5.0 (6.5.0 does not)" },
      { django: '5.1', first: '6.7.0', source: "PyPI classifiers: whitenoise 6.7.0 is the first release to list Django 5.1 (6.6.0 does not)" },
      { django: '5.2', first: '6.9.0', source: "PyPI classifiers: whitenoise 6.9.0 is the first release to list Django 5.2 (6.8.0 does not)" },
      { django: '6.0', first: '6.11.0', source: "PyPI classifiers: whitenoise 6.11.0 is the first release to list Django 6.0 (6.10.0 does not)" },
    ],
  },
  {
    name: 'django-redis',
    checked: '4.9.0–6.0.0 (10 releases)',
    django: [
      { django: '1.11', first: '4.9.0', source: "PyPI classifiers of django-redis 4.9.0 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '4.9.0', source: "PyPI classifiers of django-redis 4.9.0 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '4.10.0', source: "PyPI classifiers: django-redis 4.10.0 is the first release to list Django 2.1 (4.9.0 does not)" },
      { django: '2.2', first: '4.11.0', source: "PyPI classifiers: django-redis 4.11.0 is the first release to list Django 2.2 (4.10.0 does not)" },
      { django: '3.0', first: '4.11.0', source: "PyPI classifiers: django-redis 4.11.0 is the first release to list Django 3.0 (4.10.0 does not)" },
      { django: '3.1', first: '5.0.0', source: "PyPI classifiers: django-redis 5.0.0 is the first release to list Django 3.1 (4.12.1 does not)" },
      { django: '3.2', first: '5.0.0', source: "PyPI classifiers: django-redis 5.0.0 is the first release to list Django 3.2 (4.12.1 does not)" },
      { django: '4.0', first: '5.2.0', source: "PyPI classifiers: django-redis 5.2.0 is the first release to list Django 4.0 (5.1.0 does not)" },
      { django: '4.1', first: '5.3.0', source: "PyPI classifiers: django-redis 5.3.0 is the first release to list Django 4.1 (5.2.0 does not)" },
      { django: '4.2', first: '5.3.0', source: "PyPI classifiers: django-redis 5.3.0 is the first release to list Django 4.2 (5.2.0 does not)" },
      { django: '5.0', first: '6.0.0', source: "PyPI classifiers: django-redis 6.0.0 is the first release to list Django 5.0 (5.4.0 does not)" },
      { django: '5.1', first: '6.0.0', source: "PyPI classifiers: django-redis 6.0.0 is the first release to list Django 5.1 (5.4.0 does not)" },
      { django: '5.2', first: '6.0.0', source: "PyPI classifiers: django-redis 6.0.0 is the first release to list Django 5.2 (5.4.0 does not)" },
    ],
  },
  {
    name: 'django-celery-beat',
    checked: '1.1.1–2.8.1 (15 releases)',
    django: [
      { django: '1.11', first: '1.1.1', source: "PyPI classifiers of django-celery-beat 1.1.1 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '1.1.1', source: "PyPI classifiers of django-celery-beat 1.1.1 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '1.5.0', source: "PyPI classifiers: django-celery-beat 1.5.0 is the first release to list Django 2.1 (1.4.0 does not)" },
      { django: '2.2', first: '1.5.0', source: "PyPI classifiers: django-celery-beat 1.5.0 is the first release to list Django 2.2 (1.4.0 does not)" },
      { django: '3.0', first: '2.0.0', source: "PyPI classifiers: django-celery-beat 2.0.0 is the first release to list Django 3.0 (1.6.0 does not)" },
      { django: '3.1', first: '2.1.0', source: "PyPI classifiers: django-celery-beat 2.1.0 is the first release to list Django 3.1 (2.0.0 does not)" },
      { django: '3.2', first: '2.3.0', source: "PyPI classifiers: django-celery-beat 2.3.0 is the first release to list Django 3.2 (2.2.1 does not)" },
      { django: '4.0', first: '2.3.0', source: "PyPI classifiers: django-celery-beat 2.3.0 is the first release to list Django 4.0 (2.2.1 does not)" },
      { django: '4.1', first: '2.4.0', source: "PyPI classifiers: django-celery-beat 2.4.0 is the first release to list Django 4.1 (2.3.0 does not)" },
      { django: '4.2', first: '2.5.0', source: "PyPI classifiers: django-celery-beat 2.5.0 is the first release to list Django 4.2 (2.4.0 does not)" },
      { django: '5.0', first: '2.6.0', source: "PyPI classifiers: django-celery-beat 2.6.0 is the first release to list Django 5.0 (2.5.0 does not)" },
      { django: '5.1', first: '2.7.0', source: "PyPI classifiers: django-celery-beat 2.7.0 is the first release to list Django 5.1 (2.6.0 does not)" },
      { django: '5.2', first: '2.8.0', source: "PyPI classifiers: django-celery-beat 2.8.0 is the first release to list Django 5.2 (2.7.0 does not)" },
    ],
  },
  {
    name: 'django-import-export',
    checked: '1.0.0–4.3.7 (21 releases)',
    django: [
      { django: '1.11', first: '1.0.0', source: "PyPI classifiers of django-import-export 1.0.0 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '1.2.0', source: "PyPI classifiers: django-import-export 1.2.0 is the first release to list Django 2.0 (1.0.0 does not)" },
      { django: '2.1', first: '1.2.0', source: "PyPI classifiers: django-import-export 1.2.0 is the first release to list Django 2.1 (1.0.0 does not)" },
      { django: '2.2', first: '2.0', source: "PyPI classifiers: django-import-export 2.0 is the first release to list Django 2.2 (1.2.0 does not)" },
      { django: '3.0', first: '2.3.0', source: "PyPI classifiers: django-import-export 2.3.0 is the first release to list Django 3.0 (2.0.1 does not)" },
      { django: '3.1', first: '2.5.0', source: "PyPI classifiers: django-import-export 2.5.0 is the first release to list Django 3.1 (2.3.0 does not)" },
      { django: '3.2', first: '2.6.0', source: "PyPI classifiers: django-import-export 2.6.0 is the first release to list Django 3.2 (2.5.0 does not)" },
      { django: '4.0', first: '2.7.1', source: "PyPI classifiers: django-import-export 2.7.1 is the first release to list Django 4.0 (2.7.0 does not)" },
      { django: '4.1', first: '3.0.0', source: "PyPI classifiers: django-import-export 3.0.0 is the first release to list Django 4.1 (2.8.0 does not)" },
      { django: '4.2', first: '3.3.0', source: "PyPI classifiers: django-import-export 3.3.0 is the first release to list Django 4.2 (3.2.0 does not)" },
      { django: '5.0', first: '3.3.6', source: "PyPI classifiers: django-import-export 3.3.6 is the first release to list Django 5.0 (3.3.1 does not)" },
      { django: '5.1', first: '4.2.0', source: "PyPI classifiers: django-import-export 4.2.0 is the first release to list Django 5.1 (4.1.0 does not)" },
      { django: '5.2', first: '4.3.7', source: "PyPI classifiers: django-import-export 4.3.7 is the first release to list Django 5.2 (4.3.0 does not)" },
    ],
  },
  {
    name: 'django-taggit',
    checked: '0.22.2–6.1.0 (17 releases)',
    django: [
      { django: '1.11', first: '0.22.2', source: "PyPI classifiers of django-taggit 0.22.2 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '0.22.2', source: "PyPI classifiers of django-taggit 0.22.2 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '0.24.0', source: "PyPI classifiers: django-taggit 0.24.0 is the first release to list Django 2.1 (0.22.2 does not)" },
      { django: '2.2', first: '0.24.0', source: "PyPI classifiers: django-taggit 0.24.0 is the first release to list Django 2.2 (0.22.2 does not)" },
      { django: '3.0', first: '1.2.0', source: "PyPI classifiers: django-taggit 1.2.0 is the first release to list Django 3.0 (1.1.0 does not)" },
      { django: '3.1', first: '1.4.0', source: "PyPI classifiers: django-taggit 1.4.0 is the first release to list Django 3.1 (1.3.0 does not)" },
      { django: '3.2', first: '1.4.0', source: "PyPI classifiers: django-taggit 1.4.0 is the first release to list Django 3.2 (1.3.0 does not)" },
      { django: '4.0', first: '2.1.0', source: "PyPI classifiers: django-taggit 2.1.0 is the first release to list Django 4.0 (2.0.0 does not)" },
      { django: '4.1', first: '3.1.0', source: "PyPI classifiers: django-taggit 3.1.0 is the first release to list Django 4.1 (3.0.0 does not)" },
      { django: '4.2', first: '5.0.1', source: "PyPI classifiers: django-taggit 5.0.1 is the first release to list Django 4.2 (5.0.0 does not)" },
      { django: '5.0', first: '6.0.0', source: "PyPI classifiers: django-taggit 6.0.0 is the first release to list Django 5.0 (5.0.1 does not)" },
    ],
  },
  {
    name: 'django-mptt',
    checked: '0.8.7–0.18.0 (13 releases)',
    django: [
      { django: '1.11', first: '0.9.0', source: "PyPI classifiers: django-mptt 0.9.0 is the first release to list Django 1.11 (0.8.7 does not)" },
      { django: '2.0', first: '0.9.0', source: "PyPI classifiers: django-mptt 0.9.0 is the first release to list Django 2.0 (0.8.7 does not)" },
      { django: '2.1', first: '0.10.0', source: "PyPI classifiers: django-mptt 0.10.0 is the first release to list Django 2.1 (0.9.1 does not)" },
      { django: '2.2', first: '0.10.0', source: "PyPI classifiers: django-mptt 0.10.0 is the first release to list Django 2.2 (0.9.1 does not)" },
      { django: '3.0', first: '0.11.0', source: "PyPI classifiers: django-mptt 0.11.0 is the first release to list Django 3.0 (0.10.0 does not)" },
      { django: '3.1', first: '0.12.0', source: "PyPI classifiers: django-mptt 0.12.0 is the first release to list Django 3.1 (0.11.0 does not)" },
      { django: '3.2', first: '0.13.0', source: "PyPI classifiers: django-mptt 0.13.0 is the first release to list Django 3.2 (0.12.0 does not)" },
      { django: '4.0', first: '0.14.0', source: "PyPI classifiers: django-mptt 0.14.0 is the first release to list Django 4.0 (0.13.4 does not)" },
      { django: '4.1', first: '0.14.0', source: "PyPI classifiers: django-mptt 0.14.0 is the first release to list Django 4.1 (0.13.4 does not)" },
      { django: '4.2', first: '0.15.0', source: "PyPI classifiers: django-mptt 0.15.0 is the first release to list Django 4.2 (0.14.0 does not)" },
      { django: '5.0', first: '0.17.0', source: "PyPI classifiers: django-mptt 0.17.0 is the first release to list Django 5.0 (0.16.0 does not)" },
      { django: '5.1', first: '0.17.0', source: "PyPI classifiers: django-mptt 0.17.0 is the first release to list Django 5.1 (0.16.0 does not)" },
      { django: '5.2', first: '0.17.0', source: "PyPI classifiers: django-mptt 0.17.0 is the first release to list Django 5.2 (0.16.0 does not)" },
    ],
  },
  {
    name: 'django-guardian',
    checked: '1.4.9–3.2.0 (12 releases)',
    django: [
      { django: '1.11', first: '1.4.9', source: "PyPI classifiers of django-guardian 1.4.9 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '1.5.0', source: "PyPI classifiers: django-guardian 1.5.0 is the first release to list Django 2.0 (1.4.9 does not)" },
      { django: '2.1', first: '1.5.0', source: "PyPI classifiers: django-guardian 1.5.0 is the first release to list Django 2.1 (1.4.9 does not)" },
      { django: '2.2', first: '1.5.0', source: "PyPI classifiers: django-guardian 1.5.0 is the first release to list Django 2.2 (1.4.9 does not)" },
      { django: '3.0', first: '2.2.0', source: "PyPI classifiers: django-guardian 2.2.0 is the first release to list Django 3.0 (2.1.0 does not)" },
      { django: '3.1', first: '2.4.0', source: "PyPI classifiers: django-guardian 2.4.0 is the first release to list Django 3.1 (2.3.0 does not)" },
      { django: '3.2', first: '2.4.0', source: "PyPI classifiers: django-guardian 2.4.0 is the first release to list Django 3.2 (2.3.0 does not)" },
      { django: '4.1', first: '3.0.0', source: "PyPI classifiers: django-guardian 3.0.0 is the first release to list Django 4.1 (2.4.0 does not)" },
      { django: '4.2', first: '3.0.0', source: "PyPI classifiers: django-guardian 3.0.0 is the first release to list Django 4.2 (2.4.0 does not)" },
      { django: '5.0', first: '3.0.0', source: "PyPI classifiers: django-guardian 3.0.0 is the first release to list Django 5.0 (2.4.0 does not)" },
      { django: '5.1', first: '3.0.0', source: "PyPI classifiers: django-guardian 3.0.0 is the first release to list Django 5.1 (2.4.0 does not)" },
      { django: '5.2', first: '3.0.3', source: "PyPI classifiers: django-guardian 3.0.3 is the first release to list Django 5.2 (3.0.0 does not)" },
    ],
  },
  {
    name: 'django-reversion',
    checked: '2.0.13–6.0.0 (18 releases)',
    django: [
    ],
  },
  {
    name: 'django-model-utils',
    checked: '3.1.2–5.0.0 (11 releases)',
    django: [
      { django: '1.11', first: '3.1.2', source: "PyPI classifiers of django-model-utils 3.1.2 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '3.1.2', source: "PyPI classifiers of django-model-utils 3.1.2 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '3.2.0', source: "PyPI classifiers: django-model-utils 3.2.0 is the first release to list Django 2.1 (3.1.2 does not)" },
      { django: '2.2', first: '3.2.0', source: "PyPI classifiers: django-model-utils 3.2.0 is the first release to list Django 2.2 (3.1.2 does not)" },
      { django: '3.0', first: '4.0.0', source: "PyPI classifiers: django-model-utils 4.0.0 is the first release to list Django 3.0 (3.2.0 does not)" },
      { django: '3.1', first: '4.1.0', source: "PyPI classifiers: django-model-utils 4.1.0 is the first release to list Django 3.1 (4.0.0 does not)" },
      { django: '3.2', first: '4.2.0', source: "PyPI classifiers: django-model-utils 4.2.0 is the first release to list Django 3.2 (4.1.1 does not)" },
      { django: '4.0', first: '4.3.1', source: "PyPI classifiers: django-model-utils 4.3.1 is the first release to list Django 4.0 (4.2.0 does not)" },
      { django: '4.1', first: '4.3.1', source: "PyPI classifiers: django-model-utils 4.3.1 is the first release to list Django 4.1 (4.2.0 does not)" },
      { django: '4.2', first: '4.4.0', source: "PyPI classifiers: django-model-utils 4.4.0 is the first release to list Django 4.2 (4.3.1 does not)" },
      { django: '5.0', first: '4.4.0', source: "PyPI classifiers: django-model-utils 4.4.0 is the first release to list Django 5.0 (4.3.1 does not)" },
      { django: '5.1', first: '5.0.0', source: "PyPI classifiers: django-model-utils 5.0.0 is the first release to list Django 5.1 (4.5.1 does not)" },
    ],
  },
  {
    name: 'django-polymorphic',
    checked: '2.0.3–4.2.0 (7 releases)',
    django: [
      { django: '1.11', first: '2.0.3', source: "PyPI classifiers of django-polymorphic 2.0.3 list Django 1.11 (the oldest release checked)" },
      { django: '2.0', first: '2.0.3', source: "PyPI classifiers of django-polymorphic 2.0.3 list Django 2.0 (the oldest release checked)" },
      { django: '2.1', first: '2.1.2', source: "PyPI classifiers: django-polymorphic 2.1.2 is the first release to list Django 2.1 (2.0.3 does not)" },
      { django: '2.2', first: '2.1.2', source: "PyPI classifiers: django-polymorphic 2.1.2 is the first release to list Django 2.2 (2.0.3 does not)" },
      { django: '3.0', first: '3.0.0', source: "PyPI classifiers: django-polymorphic 3.0.0 is the first release to list Django 3.0 (2.1.2 does not)" },
      { django: '3.1', first: '3.0.0', source: "PyPI classifiers: django-polymorphic 3.0.0 is the first release to list Django 3.1 (2.1.2 does not)" },
      { django: '3.2', first: '3.1.0', source: "PyPI classifiers: django-polymorphic 3.1.0 is the first release to list Django 3.2 (3.0.0 does not)" },
      { django: '4.0', first: '3.1.0', source: "PyPI classifiers: django-polymorphic 3.1.0 is the first release to list Django 4.0 (3.0.0 does not)" },
      { django: '4.1', first: '4.0.0', source: "PyPI classifiers: django-polymorphic 4.0.0 is the first release to list Django 4.1 (3.1.0 does not)" },
      { django: '4.2', first: '4.0.0', source: "PyPI classifiers: django-polymorphic 4.0.0 is the first release to list Django 4.2 (3.1.0 does not)" },
      { django: '5.0', first: '4.0.0', source: "PyPI classifiers: django-polymorphic 4.0.0 is the first release to list Django 5.0 (3.1.0 does not)" },
      { django: '5.1', first: '4.2.0', source: "PyPI classifiers: django-polymorphic 4.2.0 is the first release to list Django 5.1 (4.1.0 does not)" },
      { django: '5.2', first: '4.2.0', source: "PyPI classifiers: django-polymorphic 4.2.0 is the first release to list Django 5.2 (4.1.0 does not)" },
      { django: '6.0', first: '4.2.0', source: "PyPI classifiers: django-polymorphic 4.2.0 is the first release to list Django 6.0 (4.1.0 does not)" },
    ],
  },
  {
    name: 'django-tables2',
    checked: '1.21.2–2.7.5 (14 releases)',
    django: [
      { django: '1.11', first: '2.0.6', source: "PyPI classifiers: django-tables2 2.0.6 is the first release to list Django 1.11 (2.0.0 does not)" },
      { django: '2.0', first: '2.0.6', source: "PyPI classifiers: django-tables2 2.0.6 is the first release to list Django 2.0 (2.0.0 does not)" },
      { django: '2.1', first: '2.0.6', source: "PyPI classifiers: django-tables2 2.0.6 is the first release to list Django 2.1 (2.0.0 does not)" },
      { django: '2.2', first: '2.1.0', source: "PyPI classifiers: django-tables2 2.1.0 is the first release to list Django 2.2 (2.0.6 does not)" },
      { django: '3.1', first: '2.4.0', source: "PyPI classifiers: django-tables2 2.4.0 is the first release to list Django 3.1 (2.3.4 does not)" },
      { django: '3.2', first: '2.4.0', source: "PyPI classifiers: django-tables2 2.4.0 is the first release to list Django 3.2 (2.3.4 does not)" },
      { django: '4.0', first: '2.4.1', source: "PyPI classifiers: django-tables2 2.4.1 is the first release to list Django 4.0 (2.4.0 does not)" },
      { django: '4.1', first: '2.5.0', source: "PyPI classifiers: django-tables2 2.5.0 is the first release to list Django 4.1 (2.4.1 does not)" },
      { django: '4.2', first: '2.6.0', source: "PyPI classifiers: django-tables2 2.6.0 is the first release to list Django 4.2 (2.5.3 does not)" },
      { django: '5.0', first: '2.7.0', source: "PyPI classifiers: django-tables2 2.7.0 is the first release to list Django 5.0 (2.6.0 does not)" },
      { django: '5.1', first: '2.7.5', source: "PyPI classifiers: django-tables2 2.7.5 is the first release to list Django 5.1 (2.7.0 does not)" },
    ],
  },
  {
    name: 'django-compressor',
    checked: '2.2–4.6 (14 releases)',
    django: [
      { django: '2.2', first: '3.0', source: "PyPI classifiers: django-compressor 3.0 is the first release to list Django 2.2 (2.4.1 does not)" },
      { django: '3.1', first: '3.0', source: "PyPI classifiers: django-compressor 3.0 is the first release to list Django 3.1 (2.4.1 does not)" },
      { django: '3.2', first: '3.0', source: "PyPI classifiers: django-compressor 3.0 is the first release to list Django 3.2 (2.4.1 does not)" },
      { django: '4.0', first: '3.0', source: "PyPI classifiers: django-compressor 3.0 is the first release to list Django 4.0 (2.4.1 does not)" },
      { django: '4.1', first: '4.3', source: "PyPI classifiers: django-compressor 4.3 is the first release to list Django 4.1 (4.1 does not)" },
      { django: '4.2', first: '4.4', source: "PyPI classifiers: django-compressor 4.4 is the first release to list Django 4.2 (4.3.1 does not)" },
      { django: '5.0', first: '4.5', source: "PyPI classifiers: django-compressor 4.5 is the first release to list Django 5.0 (4.4 does not)" },
      { django: '5.1', first: '4.5', source: "PyPI classifiers: django-compressor 4.5 is the first release to list Django 5.1 (4.4 does not)" },
      { django: '5.2', first: '4.6', source: "PyPI classifiers: django-compressor 4.6 is the first release to list Django 5.2 (4.5.1 does not)" },
      { django: '6.0', first: '4.6', source: "PyPI classifiers: django-compressor 4.6 is the first release to list Django 6.0 (4.5.1 does not)" },
    ],
  },
  {
    name: 'djangorestframework-simplejwt',
    checked: '3.3–4.7.0 (6 releases)',
    django: [
      { django: '2.2', first: '4.7.0', source: "PyPI classifiers: djangorestframework-simplejwt 4.7.0 is the first release to list Django 2.2 (4.6.0 does not)" },
      { django: '3.1', first: '4.7.0', source: "PyPI classifiers: djangorestframework-simplejwt 4.7.0 is the first release to list Django 3.1 (4.6.0 does not)" },
      { django: '3.2', first: '4.7.0', source: "PyPI classifiers: djangorestframework-simplejwt 4.7.0 is the first release to list Django 3.2 (4.6.0 does not)" },
    ],
  },
  {
    name: 'drf-spectacular',
    checked: '– (0 releases)',
    django: [
    ],
  },
  {
    name: 'drf-yasg',
    checked: '– (0 releases)',
    django: [
    ],
  },
  {
    name: 'django-oauth-toolkit',
    checked: '– (0 releases)',
    django: [
    ],
  },
  {
    name: 'graphene-django',
    checked: '– (0 releases)',
    django: [
    ],
  },
  {
    name: 'wagtail',
    checked: '– (0 releases)',
    django: [
    ],
  },
  {
    name: 'django-cms',
    checked: '– (0 releases)',
    django: [
    ],
  },
  {
    name: 'django-simple-history',
    checked: '– (0 releases)',
    django: [
    ],
  },
  {
    name: 'django-widget-tweaks',
    checked: '– (0 releases)',
    django: [
    ],
  },
  {
    name: 'django-anymail',
    checked: '– (0 releases)',
    django: [
    ],
  },
];
