// Types and method names shared by the client (client/src) and the language server (server/src).
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

/** The settings under `djangoUpgrade.` that the server reads. */
export interface DjangoUpgradeSettings {
  /** Off: no diagnostics, code actions, hovers or scans. */
  enable: boolean;
  /** Check open documents as they are typed, or only when they are opened and saved. */
  run: 'onType' | 'onSave';
  /** "X.Y", or "" to detect from the workspace's requirement files. */
  currentVersion: string;
  /** "X.Y", or "" for the newest LTS the catalogue knows. */
  targetVersion: string;
  /** Show deprecations that only happen after the target version, as hints. */
  showFutureDeprecations: boolean;
  /** Rule ids or categories to turn on in addition to the defaults ("all" turns on every rule). */
  select: string[];
  /** Rule ids or categories to turn off. */
  ignore: string[];
  /** Files larger than this many bytes are skipped. */
  maxFileSizeBytes: number;
  /** Extra glob patterns of files the workspace scan skips. */
  exclude: string[];
  /** Fix all (in a file, on save, in the workspace) also applies the fixes that may change behaviour. */
  unsafeFixes: boolean;
}

export const defaultSettings: DjangoUpgradeSettings = {
  enable: true,
  run: 'onType',
  currentVersion: '',
  targetVersion: '',
  showFutureDeprecations: false,
  select: [],
  ignore: [],
  maxFileSizeBytes: 2_000_000,
  exclude: [],
  unsafeFixes: false,
};

/** What an editor's client may pass as `initializationOptions` (besides `settings`). */
export interface ClientInitializationOptions {
  /**
   * A client command that opens a rule's page given the rule's id. With it, a diagnostic's code
   * links to that page, and the code actions offer "Show documentation for <id>".
   */
  documentationCommand?: string;
}

/** The VS Code client's command that opens a rule's page (shipped in dist/rule-docs/) given its id. */
/**
 * Node options the editor starts the language server with: a young generation of 4 MB semi-spaces
 * (V8's default grows to 16 MB) keeps the server about 25 MB smaller in memory with large files
 * open, at no measurable cost per keystroke (docs/engine.md, "Memory"). The bench starts the server
 * with the same options.
 */
export const serverNodeOptions = ['--max-semi-space-size=4'];

/**
 * Environment variables the editor adds when it starts the language server. glibc's malloc raises
 * its thresholds for returning freed memory to the system (trim) and for giving large blocks their
 * own mapping up to the largest block freed so far (tens of MB once V8 has compiled large functions
 * or the server has read and written a large file's messages), so memory freed by V8's compiler and
 * GC threads and by the protocol's buffers stayed resident: 20–40 MB in the server with the bench's
 * files open. Setting a threshold keeps both at glibc's default, 128 KB (docs/engine.md,
 * "Memory"). Other C libraries (macOS, Windows, musl) ignore the variables. The bench starts the
 * server with the same environment.
 */
export const serverEnvironment: Record<string, string> = { MALLOC_TRIM_THRESHOLD_: '131072', MALLOC_MMAP_THRESHOLD_: '131072' };

export const showDocumentationCommand = 'djangoUpgrade.showDocumentation';

/** Server → client notification: the versions in force for a document (sent when they change). */
export const versionsNotification = 'djangoUpgrade/versions';
export interface VersionsParams {
  current: string | null;
  currentSource: string;
  target: string;
  targetSource: string;
}
export interface VersionsNotificationParams extends VersionsParams {
  /** The document the versions apply to. */
  uri: string;
}

/** Client → server request: scan every Python and template file of the workspace folders. */
export const scanWorkspaceRequest = 'djangoUpgrade/scanWorkspace';
export interface ScanWorkspaceResult {
  files: number;
  findings: number;
  skipped: number;
  /** The user cancelled: nothing of this scan stays published. */
  cancelled?: boolean;
  /** `djangoUpgrade.enable` is off: nothing was scanned. */
  disabled?: boolean;
}

/**
 * A finding with its place in the text: what the scan's worker threads send the server, what the
 * server publishes as a diagnostic and sends the tree view, and what the CLI's JSON and SARIF
 * report (there 1-based). Made by `positionFinding` in server/src/engine/text-positions.ts.
 */
export interface PositionedFinding {
  /** The rule's id. */
  rule: string;
  /** The rule's title. */
  title: string;
  message: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  deprecatedIn: string | null;
  removedIn: string | null;
  /** A library rule's PyPI distribution ("djangorestframework"), whose releases deprecatedIn/removedIn are; absent for Django's. */
  library?: string;
  docsUrl: string;
  /** Fix-all would fix it. */
  fixable: boolean;
  /** It has a quick fix (automatic or not). */
  hasFix: boolean;
  /** 0-based, UTF-16 (LSP positions). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** One finding of the workspace, as the tree view shows it. */
export interface WorkspaceFinding extends PositionedFinding {
  uri: string;
}

/** Server → client notification: every finding of the last workspace scan (for the tree view). */
export const scanResultsNotification = 'djangoUpgrade/scanResults';
export interface ScanResultsParams {
  findings: WorkspaceFinding[];
}

/** Client → server request: the upgrade audit of a workspace folder, as self-contained HTML. */
export const auditReportRequest = 'djangoUpgrade/auditReport';
export interface AuditReportParams {
  /** A file or folder URI inside the project; default: the first workspace folder. */
  uri?: string;
}
export interface AuditReportResult {
  html: string;
  root: string;
}

/**
 * Client → server request: read a test log (the output of `python -Wd manage.py test`, of pytest,
 * or a JUnit XML report) against the project's findings. What no rule flags is published as
 * diagnostics and sent in `runtimeFindingsNotification`; the upgrade report lists every warning.
 */
export const loadWarningsLogRequest = 'djangoUpgrade/loadWarningsLog';
export interface LoadWarningsLogParams {
  /** The log file. */
  logUri: string;
  /** A file or folder inside the project; default: the first workspace folder. */
  uri?: string;
}
export interface LoadWarningsLogResult {
  root: string;
  /** The files whose diagnostics changed (the log's files, and those of the log it replaced). */
  uris: string[];
  /** Deprecation warnings read, distinct ones, and how many a rule flags, only the run saw, or were raised in installed packages. */
  read: number;
  distinct: number;
  static: number;
  runtimeOnly: number;
  external: number;
}

/** Server → client notification: the findings loaded test logs add, for the tree view. */
export const runtimeFindingsNotification = 'djangoUpgrade/runtimeFindings';
export interface RuntimeFindingsParams {
  findings: WorkspaceFinding[];
}

/**
 * Client → server request: the workspace edit that applies every safe fix in the workspace. The
 * server reports its progress on the request's `workDoneToken` and stops when it is cancelled.
 */
export const fixAllWorkspaceRequest = 'djangoUpgrade/fixAllWorkspace';
export interface FixAllWorkspaceParams {
  workDoneToken?: string | number;
}
export interface FixAllWorkspaceResult {
  /** null when nothing is left to fix, or when cancelled. */
  edit: WorkspaceEdit | null;
  /** The files the edit changes. */
  files: number;
  cancelled?: boolean;
  /** `djangoUpgrade.enable` is off. */
  disabled?: boolean;
}

/** The code action kind of the fix-all source action (works with editor.codeActionsOnSave). */
export const fixAllCodeActionKind = 'source.fixAll.djangoUpgrade';

/** The language ids the server handles. */
export const pythonLanguageId = 'python';
export const templateLanguageIds = ['django-html', 'django-txt'];

/** How the server's log starts a line about a rejected promise nothing waited for (server.ts, `startServer`). */
export const unhandledRejectionMark = 'internal error (a rejected promise nothing waited for)';
