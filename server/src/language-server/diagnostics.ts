// Findings as LSP diagnostics: the same code, link, tag and severity whether a finding comes from
// an open document's live check or from the workspace scan. The code links to the rule's page when
// the client has a command that opens it (VS Code's does), else to the Django release notes.
import { Diagnostic, DiagnosticSeverity, DiagnosticTag, InitializeParams } from 'vscode-languageserver/node';
import type { ClientInitializationOptions, PositionedFinding } from '../../../common/protocol';
import { positionFinding, PositionSource } from '../engine/text-positions';
import type { Finding, Severity } from '../engine/types';
import { rules } from '../rules';

/** The rules with a page (dist/rule-docs/<id>.md); other findings, such as a test log's, link to their docs URL. */
const documented = new Set(rules.map((rule) => rule.id));

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A `command:` link that runs `command` with the rule id, as VS Code opens links in diagnostics and hovers. */
export function commandLink(command: string, ruleId: string): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([ruleId]))}`;
}

export class DiagnosticFormat {
  /** The client's command that opens a rule's page given its id; null when the client has none. */
  documentationCommand: string | null = null;
  /** The diagnostic last made for each finding of an open document (`diagnosticOf`). */
  private readonly made = new WeakMap<Finding, Diagnostic>();

  initialize(params: InitializeParams): void {
    const options = params.initializationOptions as ClientInitializationOptions | undefined;
    const command = options?.documentationCommand;
    this.documentationCommand = typeof command === 'string' && command ? command : null;
  }

  /** Where a rule's code links: its page in the editor (catalogue rules have one), or its release notes. */
  documentationLink(ruleId: string, docsUrl: string): string {
    return this.documentationCommand && documented.has(ruleId) ? commandLink(this.documentationCommand, ruleId) : docsUrl;
  }

  /**
   * The diagnostic of an open document's finding: the object made at the last publication when
   * nothing it shows changed (a check keeps its findings outside the edited statements, the same
   * objects, moved). Frozen, so that the stdio writer may keep its encoding (message-writer.ts).
   */
  diagnosticOf(finding: Finding, positions: PositionSource): Diagnostic {
    const start = positions.positionAt(finding.start);
    const end = positions.positionAt(finding.end);
    const last = this.made.get(finding);
    if (
      last &&
      last.message === finding.message &&
      last.severity === severities[finding.severity] &&
      (last.data as { fixable: boolean }).fixable === Boolean(finding.fix) &&
      samePosition(last.range.start, start) &&
      samePosition(last.range.end, end)
    ) {
      return last;
    }
    const diagnostic = deepFreeze(this.toDiagnostic(positionFinding(finding, positions)));
    this.made.set(finding, diagnostic);
    return diagnostic;
  }

  toDiagnostic(f: PositionedFinding): Diagnostic {
    return {
      range: f.range,
      severity: severities[f.severity],
      code: f.rule,
      codeDescription: { href: this.documentationLink(f.rule, f.docsUrl) },
      source: 'Django Upgrade',
      message: f.message,
      tags: [DiagnosticTag.Deprecated],
      data: { fixable: f.hasFix },
    };
  }
}

function samePosition(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line === b.line && a.character === b.character;
}

/** `value` and every object in it, frozen. */
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object' && !Object.isFrozen(inner)) deepFreeze(inner);
  return Object.freeze(value);
}
