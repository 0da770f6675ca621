// The shape of the advisory snapshot (advisories-data.json, written by scripts/advisories.ts).
// Types only, so the generator and the client can import them without the data.

export interface AdvisoryRange {
  /** The first affected version; "0" for every release before `fixed`. */
  introduced: string;
  /** The first release that is no longer affected; null when none is known. */
  fixed: string | null;
  /** When no fix is known: the last affected release, if the source gives it. */
  lastAffected?: string;
}

export interface AdvisorySeverity {
  /** "low", "moderate", "high" (Django's policy) or a CVSS rating ("medium", "critical", …). */
  level: string;
  /** CVSS 3 base score, with its vector, when the source gives one. */
  score?: number;
  vector?: string;
  /** Who rated it when it is not a CVSS score, e.g. "Django security policy". */
  source?: string;
}

export interface AdvisoryRecord {
  /** The OSV id (PYSEC-…, GHSA-…), or the CVE for an issue only Django's archive has. */
  id: string;
  /** Other ids of the same issue (CVE, GHSA), without `id`. */
  aliases: string[];
  summary: string;
  /** ISO date of the disclosure. */
  published: string;
  severity?: AdvisorySeverity;
  /** Affected when inside any [introduced, fixed) range (PEP 440 order). */
  ranges: AdvisoryRange[];
  /** Affected releases listed one by one, for records without ranges. */
  versions?: string[];
  /** Where the record comes from: the PyPA database ("osv"), Django's archive and notes ("django"), or both. */
  source: 'osv' | 'django' | 'osv+django';
}

export interface AdvisorySource {
  name: string;
  /** The newest date the source covers (ISO). */
  asOf: string;
  licence: string;
  /** What exactly was read, e.g. "docs/releases/ of the Django 6.1.3 sdist". */
  detail: string;
  /** The attribution its licence asks for, shown wherever the data is. */
  credit: string;
}

export interface AdvisorySnapshot {
  /** The day the snapshot was generated (ISO). */
  generated: string;
  /** The Django release whose docs/releases/ the Django records come from, e.g. "6.1.3". */
  djangoRelease: string;
  sources: AdvisorySource[];
  /** By normalised package name (PEP 503), newest first. */
  packages: Record<string, AdvisoryRecord[]>;
}
