// Known vulnerabilities on the lines that pin them: each exact pin of a requirements file,
// pyproject.toml, Pipfile, setup.cfg/setup.py or lock file that the advisory snapshot lists gets a
// diagnostic ("Django 3.2.4: 21 published vulnerabilities; 3.2.25 fixes them"), and, where the
// pin is written by hand, a quick fix that bumps it. Files are read from disk, again when they change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeAction, CodeActionKind, CodeActionParams, Connection, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { advisoryRuleId, bumpTargets, checkPin, hasFindings, isAffected, pinMessage, worstSeverity, PinAdvisories } from '../audit/advisories';
import { today } from '../audit/support-status';
import { exactPins } from '../audit/vulnerabilities';
import type { PinnedPackage } from '../audit/dependencies';
import type { ServerSettings } from './settings';
import type { Workspace } from './workspace';

/** What a diagnostic carries for its quick fix. */
interface BumpData {
  kind: typeof advisoryRuleId;
  name: string;
  /** The releases to bump to, preferred first, with how many of the advisories each clears. */
  bumps: Array<{ version: string; clears: number }>;
  total: number;
  /** The written version's place on the line (0-based). */
  version: { line: number; start: number; end: number };
}

const lockFile = /(^|\/)(poetry\.lock|uv\.lock|Pipfile\.lock)$/;

/** The written version of a pin on its line: "3.2.4" in `Django==3.2.4`, `"==3.2.4"`'s digits in a lock file. */
export function versionSpan(lineText: string, pin: Pick<PinnedPackage, 'pinned' | 'column' | 'endColumn'>): { start: number; end: number } | null {
  const within = lineText.slice(pin.column - 1, pin.endColumn - 1);
  const escaped = pin.pinned!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(^|[=\\s"'])(${escaped})(?![\\w.])`).exec(within);
  if (!match) return null;
  const start = pin.column - 1 + match.index + match[1].length;
  return { start, end: start + pin.pinned!.length };
}

/** pip-compile's hashes pin the file's bytes: a new version needs new hashes, so no hand edit. */
export function carriesHashes(lines: string[], line: number): boolean {
  for (let i = line; i < lines.length; i++) {
    if (/--hash[=\s]/.test(lines[i])) return true;
    if (!/\\\s*$/.test(lines[i])) return false;
  }
  return false;
}

export function advisoryDiagnostic(pin: PinnedPackage, checked: PinAdvisories, lines: string[]): Diagnostic {
  const lineText = lines[pin.line - 1] ?? '';
  const span = versionSpan(lineText, pin);
  const fixable = span !== null && !lockFile.test(pin.file) && !carriesHashes(lines, pin.line - 1);
  const bumps = fixable
    ? bumpTargets(checked).map((version) => ({ version, clears: checked.advisories.filter((r) => !isAffected(r, version)).length }))
    : [];
  const data: BumpData = { kind: advisoryRuleId, name: pin.name, bumps, total: checked.advisories.length, version: { line: pin.line - 1, ...(span ?? { start: 0, end: 0 }) } };
  const first = checked.advisories[0];
  const note = lockFile.test(pin.file) ? ' (update it with your lock tool)' : span && carriesHashes(lines, pin.line - 1) ? ' (regenerate the hashes with pip-compile)' : '';
  return {
    range: { start: { line: pin.line - 1, character: pin.column - 1 }, end: { line: pin.line - 1, character: Math.max(pin.column, pin.endColumn) - 1 } },
    severity: worstSeverity(checked) === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: advisoryRuleId,
    codeDescription: {
      href: first && checked.name.toLowerCase() !== 'django' ? `https://osv.dev/vulnerability/${first.id}` : 'https://docs.djangoproject.com/en/stable/releases/security/',
    },
    source: 'Django Upgrade',
    message: `${pinMessage(checked)}${note}`,
    data,
  };
}

export class DependencyFiles {
  /** The files that have advisory diagnostics now, to clear them when they no longer do. */
  private published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: ServerSettings,
    private readonly workspace: Workspace,
  ) {}

  /** Checks every project of the workspace folders and publishes the pins' diagnostics. */
  refresh(): void {
    const byUri = new Map<string, Diagnostic[]>();
    const roots = new Set(this.workspace.folderPaths().map((folder) => this.workspace.rootOf(folder)));
    const asOf = today();
    for (const root of roots) {
      const settings = this.settings.valuesFor(root);
      if (!settings.enable) continue;
      // `ignore` from the settings or the project's configuration file (it holds the settings' value when set).
      const project = this.workspace.projectFor(pathToFileURL(root).toString());
      if (project && !this.settings.ruleSelectionFor(project).isExtraReported(advisoryRuleId)) continue;
      const texts = new Map<string, string[]>();
      for (const pin of exactPins(root)) {
        const checked = checkPin(pin.name, pin.pinned!, asOf);
        if (!hasFindings(checked)) continue;
        const file = path.join(root, pin.file);
        if (!texts.has(file)) texts.set(file, readLines(file));
        const uri = pathToFileURL(file).toString();
        byUri.set(uri, [...(byUri.get(uri) ?? []), advisoryDiagnostic(pin, checked, texts.get(file)!)]);
      }
    }
    for (const uri of this.published) if (!byUri.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byUri) void this.connection.sendDiagnostics({ uri, diagnostics });
    this.published = new Set(byUri.keys());
  }

  /** Quick fixes for the advisory diagnostics in the request: bump the pin. */
  actions(params: CodeActionParams): CodeAction[] {
    if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      const data = diagnostic.data as BumpData | undefined;
      if (diagnostic.code !== advisoryRuleId || data?.kind !== advisoryRuleId) continue;
      data.bumps.forEach(({ version, clears }, index) => {
        const all = clears === data.total;
        actions.push({
          title: `Bump ${data.name} to ${version} (${all ? `fixes ${data.total === 1 ? 'the published vulnerability' : `all ${data.total} published vulnerabilities`}` : `fixes ${clears} of ${data.total}`})`,
          kind: CodeActionKind.QuickFix,
          isPreferred: index === 0,
          diagnostics: [diagnostic],
          edit: {
            changes: {
              [params.textDocument.uri]: [{ range: { start: { line: data.version.line, character: data.version.start }, end: { line: data.version.line, character: data.version.end } }, newText: version }],
            },
          },
        });
      });
    }
    return actions;
  }
}

function readLines(file: string): string[] {
  try {
    return fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
  } catch {
    return [];
  }
}
