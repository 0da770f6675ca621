// Whether a Django or Python release still receives security fixes, with the source of every date.
// Django's dates are the "end of extended support" of https://www.djangoproject.com/download/#supported-versions
// (as listed, per release, by https://endoflife.date/api/django.json); releases older than the
// table are derived from Django's policy (a feature release is supported until two feature
// releases later; 1.4 LTS until six months after 1.8) with the release dates of
// shared/reference/django-versions.json. Python's are the "end_of_life" of the CPython devguide's
// include/release-cycle.json (https://devguide.python.org/versions/).
import { compareVersions } from '../versions/django-version';
import { comparePython } from './python-version';

export interface SupportDate {
  /** ISO date "2024-04-01", or a month "2026-10" when only the month is published. */
  endOfSupport: string;
  source: string;
}

const djangoDownload = 'djangoproject.com/download#supported-versions (endoflife.date/api/django.json)';
const djangoPolicy = 'derived: supported until two feature releases later (docs/internals/release-process.txt); release dates from django-versions.json';

export const djangoSupport: Record<string, SupportDate> = {
  '1.4': { endOfSupport: '2015-10-01', source: '1.8 release notes: 1.4 LTS supported until six months after 1.8 (released 2015-04-01)' },
  '1.5': { endOfSupport: '2014-09-02', source: `${djangoPolicy} (1.7 released 2014-09-02)` },
  '1.6': { endOfSupport: '2015-04-01', source: `${djangoPolicy} (1.8 released 2015-04-01)` },
  '1.7': { endOfSupport: '2015-12-01', source: `${djangoPolicy} (1.9 released 2015-12-01)` },
  '1.8': { endOfSupport: '2018-04-01', source: `${djangoDownload}; 1.11 release notes: "until April 2018"` },
  '1.9': { endOfSupport: '2017-04-04', source: `${djangoPolicy} (1.11 released 2017-04-04)` },
  '1.10': { endOfSupport: '2017-12-02', source: `${djangoPolicy} (2.0 released 2017-12-02)` },
  '1.11': { endOfSupport: '2020-04-01', source: djangoDownload },
  '2.0': { endOfSupport: '2019-04-01', source: djangoDownload },
  '2.1': { endOfSupport: '2019-12-02', source: djangoDownload },
  '2.2': { endOfSupport: '2022-04-01', source: djangoDownload },
  '3.0': { endOfSupport: '2021-04-06', source: djangoDownload },
  '3.1': { endOfSupport: '2021-12-07', source: djangoDownload },
  '3.2': { endOfSupport: '2024-04-01', source: djangoDownload },
  '4.0': { endOfSupport: '2023-04-01', source: djangoDownload },
  '4.1': { endOfSupport: '2023-12-01', source: djangoDownload },
  '4.2': { endOfSupport: '2026-04-07', source: djangoDownload },
  '5.0': { endOfSupport: '2025-04-02', source: djangoDownload },
  '5.1': { endOfSupport: '2025-12-03', source: djangoDownload },
  '5.2': { endOfSupport: '2028-04-30', source: djangoDownload },
  '6.0': { endOfSupport: '2027-04-30', source: djangoDownload },
};

const devguide = 'devguide.python.org/versions (python/devguide include/release-cycle.json)';

export const pythonSupport: Record<string, SupportDate> = {
  '2.6': { endOfSupport: '2013-10-29', source: devguide },
  '2.7': { endOfSupport: '2020-01-01', source: devguide },
  '3.2': { endOfSupport: '2016-02-20', source: devguide },
  '3.3': { endOfSupport: '2017-09-29', source: devguide },
  '3.4': { endOfSupport: '2019-03-18', source: devguide },
  '3.5': { endOfSupport: '2020-09-30', source: devguide },
  '3.6': { endOfSupport: '2021-12-23', source: devguide },
  '3.7': { endOfSupport: '2023-06-27', source: devguide },
  '3.8': { endOfSupport: '2024-10-07', source: devguide },
  '3.9': { endOfSupport: '2025-10-31', source: devguide },
  '3.10': { endOfSupport: '2026-10', source: devguide },
  '3.11': { endOfSupport: '2027-10', source: devguide },
  '3.12': { endOfSupport: '2028-10', source: devguide },
  '3.13': { endOfSupport: '2029-10', source: devguide },
  '3.14': { endOfSupport: '2030-10', source: devguide },
};

/** The Python versions each Django feature release supports (its newest patch release). */
export const djangoPython: Record<string, string[]> = {
  '1.8': ['2.7', '3.2', '3.3', '3.4', '3.5'],
  '1.9': ['2.7', '3.4', '3.5'],
  '1.10': ['2.7', '3.4', '3.5'],
  '1.11': ['2.7', '3.4', '3.5', '3.6', '3.7'],
  '2.0': ['3.4', '3.5', '3.6', '3.7'],
  '2.1': ['3.5', '3.6', '3.7'],
  '2.2': ['3.5', '3.6', '3.7', '3.8', '3.9'],
  '3.0': ['3.6', '3.7', '3.8', '3.9'],
  '3.1': ['3.6', '3.7', '3.8', '3.9'],
  '3.2': ['3.6', '3.7', '3.8', '3.9', '3.10'],
  '4.0': ['3.8', '3.9', '3.10'],
  '4.1': ['3.8', '3.9', '3.10', '3.11'],
  '4.2': ['3.8', '3.9', '3.10', '3.11', '3.12'],
  '5.0': ['3.10', '3.11', '3.12'],
  '5.1': ['3.10', '3.11', '3.12', '3.13'],
  '5.2': ['3.10', '3.11', '3.12', '3.13', '3.14'],
  '6.0': ['3.12', '3.13', '3.14'],
};
export const djangoPythonSource = 'docs/faq/install.txt "What Python version can I use with Django?" (shared/reference/django-versions.json)';

export interface SupportStatus {
  version: string;
  /** true: still receives security fixes on `asOf`; null: no date known. */
  supported: boolean | null;
  endOfSupport: string | null;
  source: string;
}

/** The last day covered by a date or a month ("2026-10" → "2026-10-31"). */
function lastDay(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [year, month] = date.split('-').map(Number);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(day).padStart(2, '0')}`;
}

function statusFrom(table: Record<string, SupportDate>, version: string, asOf: string, older: (a: string, b: string) => number): SupportStatus {
  const entry = table[version];
  if (entry) return { version, supported: asOf <= lastDay(entry.endOfSupport), endOfSupport: entry.endOfSupport, source: entry.source };
  const known = Object.keys(table).sort(older);
  if (known.length && older(version, known[0]) < 0) {
    return { version, supported: false, endOfSupport: null, source: `older than ${known[0]}, whose support ended ${table[known[0]].endOfSupport} (${table[known[0]].source})` };
  }
  return { version, supported: null, endOfSupport: null, source: 'no end-of-support date known for this release' };
}

export function djangoSupportStatus(version: string, asOf: string): SupportStatus {
  return statusFrom(djangoSupport, version, asOf, compareVersions);
}

export function pythonSupportStatus(version: string, asOf: string): SupportStatus {
  return statusFrom(pythonSupport, version, asOf, comparePython);
}

/** Today as an ISO date (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
