// The audit's JSON contract (`djupgrade audit --format json`, version 1). Other tools and the
// editor's report view read it: add fields, never rename or remove them. No Node imports here, so
// the VS Code client can import these types and the HTML renderer.

import type { ReportedFinding } from '../cli/output-formats';
import type { RuntimeWarning } from '../warnings/merge';

/** One app of the project, as the inventory reports it. */
export interface AuditApp {
  /** The app label (the folder's name, or the AppConfig's `label`). */
  label: string;
  /** The dotted module, e.g. "shop" or "apps.shop". */
  module: string;
  /** The folder, relative to the project root ("/"-separated). */
  path: string;
  /** Listed in INSTALLED_APPS (false: a folder that looks like an app but is not listed). */
  installed: boolean;
  models: string[];
  views: string[];
  urlPatterns: number;
  templates: number;
  adminRegistrations: string[];
  managementCommands: string[];
  celeryTasks: string[];
  drfViewsets: string[];
  drfSerializers: string[];
}

export interface SupportInfo {
  /** true: still receives security fixes on `asOf`; false: no longer; null: unknown. */
  supported: boolean | null;
  endOfSupport: string | null;
  source: string;
}

/** Known vulnerabilities of the pinned releases, from the advisory snapshot shipped with the tool. */
export interface AuditVulnerabilities {
  /** When the snapshot was made and from what (with the credit its licences ask for). */
  snapshot: {
    generated: string;
    sources: Array<{ name: string; asOf: string; licence: string; detail: string; credit: string }>;
  };
  /** Packages with an exact pin (==, or a lock file) that were checked. */
  checked: number;
  /** Declared packages without an exact pin, which were not checked. */
  notExact: string[];
  /** Each pinned release with advisories, or a Django series past its support. */
  packages: Array<{
    name: string;
    version: string;
    /** One line, as the editor shows it: "Django 3.2.4: 21 published vulnerabilities; 3.2.25 fixes them". */
    message: string;
    /** Where it is pinned: file (relative to the current directory) and 1-based line. */
    declared: Array<{ file: string; line: number }>;
    advisories: Array<{
      id: string;
      aliases: string[];
      summary: string;
      published: string;
      severity: { level: string; score?: number; vector?: string; source?: string } | null;
      fixedIn: string[];
    }>;
    /** The lowest release that clears every advisory listed; null when none is known. */
    fixedBy: string | null;
    /** The newest fix in the pinned X.Y series among them. */
    seriesFix: string | null;
    /** What the editor's quick fix bumps the pin to. */
    bumpTo: string | null;
    /** Django only: the series is past its end of support, and how many issues were disclosed since. */
    unsupported: { series: string; since: string; disclosedSince: number; ids: string[] } | null;
  }>;
}

/** What a test log's deprecation warnings add to the audit (`djupgrade audit --warnings LOG`, or a log loaded in the editor). */
export interface AuditRuntimeWarnings {
  /** The log, relative to the current directory. */
  log: string;
  summary: { read: number; distinct: number; static: number; runtimeOnly: number; external: number };
  warnings: RuntimeWarning[];
}

/**
 * A library around Django that the project declares, or whose rules found something: its own
 * versions and what its deprecations leave to do (the findings of its rule category).
 */
export interface AuditLibrary {
  /** The PyPI distribution, PEP 503 normalised: "djangorestframework". */
  name: string;
  /** As its maintainers write it: "Django REST Framework". */
  title: string;
  /** The rule category of its rules (select or ignore it like any category). */
  category: string;
  /** The release the project runs; null when no pin says it (its rules still ran). */
  current: string | null;
  /** Where the current version came from ("requirements.txt:2"), or why it is unknown. */
  source: string;
  target: string;
  targetSource: string;
  /** Findings of its rules. */
  findings: number;
  /** Of those, what the library removed by the target (errors). */
  blocking: number;
  /** Of those, what `djupgrade fix` rewrites (safe, and supported by the current version). */
  fixable: number;
  /** The rules behind the findings, most frequent first. */
  rules: Array<{ rule: string; count: number }>;
  /** A distribution that replaces this one (django-celery → django-celery-beat); null when none. */
  successor: string | null;
}

export interface AuditReport {
  version: 1;
  /** The date support statuses were computed for (ISO). */
  asOf: string;
  /** The audited folder, relative to the current directory ("." for the current directory). */
  root: string;
  django: {
    current: string | null;
    target: string;
    /** Where the current version came from, e.g. "requirements.txt:1"; or why it is unknown. */
    source: string;
    targetSource: string;
    support: SupportInfo | null;
    targetSupport: SupportInfo | null;
  };
  python: {
    current: string | null;
    source: string;
    support: SupportInfo | null;
    /** Whether the target Django version supports the current Python; null when either is unknown. */
    supportedByTarget: boolean | null;
  };
  path: Array<{
    /**
     * "django": an upgrade to `django`. "python3": the move of a Python 2 project to Python 3 while it
     * runs `django` (1.11, or the 1.x release it runs); it comes before any Django 2.0+ step and counts
     * the findings of the python2 rule category, which no Django step counts.
     */
    kind: 'django' | 'python3';
    /** "Django 2.2", "Python 2.7 → 3.x on Django 1.11". */
    title: string;
    django: string;
    python: string[];
    /**
     * When the project's Python is not among `python`: the oldest Python this step supports; else null.
     * For the "python3" step: the Python 3 release to move to.
     */
    pythonUpgrade: string | null;
    blocking: number;
    fixable: number;
    dependencies: Array<{ name: string; pinned: string | null; minimum: string | null; source: string }>;
    rules: Array<{ rule: string; count: number }>;
  }>;
  /** The libraries around Django (their own deprecations, beside Django's path). */
  libraries: AuditLibrary[];
  dependencies: Array<{
    name: string;
    pinned: string | null;
    /** For the target: "supported", "upgrade" (to `minimum`), "no-release" (none supports it) or "unknown". */
    status: 'supported' | 'upgrade' | 'no-release' | 'unknown';
    minimum: string | null;
    source: string;
    /** The declaration: file (relative to the current directory) and 1-based line. */
    file: string;
    line: number;
  }>;
  migrations: Array<{
    app: string;
    kind: 'conflict' | 'missing-dependency' | 'duplicate-number' | 'partial-replaces' | 'removed-field';
    files: string[];
    message: string;
    line?: number;
  }>;
  inventory: {
    /** The settings file INSTALLED_APPS was read from, relative to the root; null when none was found. */
    settings: string | null;
    /** Every INSTALLED_APPS entry, as written. */
    installedApps: string[];
    /** The project's own apps. */
    apps: AuditApp[];
    /** Templates outside any app (e.g. a project-level templates/ folder). */
    projectTemplates: number;
    /** URL patterns in URLconfs outside any app (the root URLconf). */
    projectUrlPatterns: number;
    pythonFiles: number;
  };
  summary: {
    /** Files scanned (Python and templates). */
    files: number;
    findings: number;
    fixable: number;
    /** Findings removed by the target (errors): Django's by the Django target, a library's by that library's target. */
    blocking: number;
  };
  /** The scan's findings (the same rows as `djupgrade scan --format json`), then the dependencies'. */
  findings: ReportedFinding[];
  vulnerabilities: AuditVulnerabilities;
  /** Present when a test log was given. */
  runtimeWarnings?: AuditRuntimeWarnings;
}
