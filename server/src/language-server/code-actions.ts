// Code actions on an open document: for each finding in the range its quick fix, an "ignore on
// this line" and (when the client can open rule pages) "Show documentation for <id>", titled with
// whose they are, as ruff-vscode and vscode-eslint do; and the fix-all source action (also what
// `editor.codeActionsOnSave` runs).
import { fileURLToPath } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  TextEdit as LspTextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { fixAllCodeActionKind } from '../../../common/protocol';
import { fixApplies } from '../engine/apply-fixes';
import { suppressionEdit } from '../engine/suppressions';
import { positionFinding, PositionSource } from '../engine/text-positions';
import type { TextEdit } from '../engine/types';
import type { DiagnosticFormat } from './diagnostics';
import type { AnalyzerHandle, OpenDocuments } from './documents';
import type { ServerSettings } from './settings';
import type { Workspace } from './workspace';

export class CodeActions {
  constructor(
    private readonly analyzer: AnalyzerHandle,
    private readonly documents: OpenDocuments,
    private readonly settings: ServerSettings,
    private readonly workspace: Workspace,
    private readonly format: DiagnosticFormat,
  ) {}

  actions(params: CodeActionParams): CodeAction[] {
    const uri = params.textDocument.uri;
    const open = this.documents.get(uri);
    if (!open || !this.analyzer.current) return [];
    const findings = this.documents.findingsOf(uri);
    const document = open.document.textDocument;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const toLsp = (edits: TextEdit[]): LspTextEdit[] =>
      edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text }));
    if (wants(CodeActionKind.QuickFix)) {
      const start = document.offsetAt(params.range.start);
      const end = document.offsetAt(params.range.end);
      const seenSuppressions = new Set<string>();
      const documented = new Set<string>();
      const documentation: CodeAction[] = [];
      for (const finding of findings) {
        if (finding.end < start || finding.start > end) continue;
        const diagnostic = this.format.toDiagnostic(positionFinding(finding, document));
        const command = this.format.documentationCommand;
        if (command && !documented.has(finding.rule.id)) {
          documented.add(finding.rule.id);
          documentation.push({
            title: `Show documentation for ${finding.rule.id}`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: { title: `Show documentation for ${finding.rule.id}`, command, arguments: [finding.rule.id] },
          });
        }
        if (finding.fix) {
          actions.push({
            title: actionTitle(finding.rule.id, finding.fix.title),
            kind: CodeActionKind.QuickFix,
            isPreferred: finding.fix.automatic,
            diagnostics: [diagnostic],
            edit: { changes: { [uri]: toLsp(finding.fix.edits) } },
          });
        }
        const suppressionKey = `${document.positionAt(finding.start).line}:${finding.rule.id}`;
        if (seenSuppressions.has(suppressionKey)) continue;
        seenSuppressions.add(suppressionKey);
        const suppression = suppressionEdit({ tree: open.document.getTree(), text: document.getText(), language: open.language }, finding.start, finding.rule.id);
        if (suppression) {
          actions.push({
            title: actionTitle(finding.rule.id, 'Ignore on this line'),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [uri]: toLsp([suppression]) } },
          });
        }
      }
      // After the fixes and suppressions, as in ruff-vscode's menu.
      actions.push(...documentation);
    }
    const fixAllRequested = only?.some((k) => fixAllCodeActionKind === k || fixAllCodeActionKind.startsWith(`${k}.`) || k === CodeActionKind.SourceFixAll);
    const unsafe = this.settings.valuesFor(fileOf(uri)).unsafeFixes;
    if (fixAllRequested || (!only && findings.some((f) => f.fix && fixApplies(f.fix, unsafe)))) {
      const edit = this.fixAllEdit(uri);
      const title = unsafe ? 'Fix all Django upgrade problems (unsafe fixes included)' : 'Fix all safe Django upgrade problems';
      if (edit) actions.push({ title, kind: fixAllCodeActionKind, edit });
    }
    return actions;
  }

  /** One text edit covering what fix-all changes in an open document, or null when nothing changes. */
  private fixAllEdit(uri: string): WorkspaceEdit | null {
    const open = this.documents.get(uri);
    const analyzer = this.analyzer.current;
    if (!open || !analyzer) return null;
    // Nothing to do without a fix fix-all applies; this also keeps fix-all away from the documents
    // that are not checked (over maxFileSizeBytes, binary, too deeply nested).
    const unsafe = this.settings.valuesFor(fileOf(uri)).unsafeFixes;
    if (!this.documents.findingsOf(uri).some((f) => f.fix && fixApplies(f.fix, unsafe))) return null;
    const text = open.document.text;
    const fixed = analyzer.fix(this.workspace.fileInput(uri, open.language, text), this.settings.lintOptions(this.workspace.projectFor(uri), fileOf(uri)), unsafe);
    if (fixed.text === text) return null;
    return { changes: { [uri]: [minimalEdit(open.document.textDocument, text, fixed.text)] } };
  }
}

/** A quick fix's title says whose it is: "Django Upgrade (conf-urls-url): Replace with path()". */
export function actionTitle(ruleId: string, title: string): string {
  return `Django Upgrade (${ruleId}): ${title}`;
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(document: PositionSource, before: string, after: string): LspTextEdit {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never split a surrogate pair.
  if (prefix > 0 && /[\uD800-\uDBFF]/.test(before[prefix - 1])) prefix--;
  if (suffix > 0 && /[\uDC00-\uDFFF]/.test(before[before.length - suffix])) suffix--;
  return {
    range: { start: document.positionAt(prefix), end: document.positionAt(before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}

/** The file an open document's URI names, or null (an unsaved or virtual document). */
function fileOf(uri: string): string | null {
  return uri.startsWith('file:') ? fileURLToPath(uri) : null;
}
