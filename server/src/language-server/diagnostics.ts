// Findings as LSP diagnostics: the same code, link, tag and severity whether a finding comes from
// an open document's live check or from the workspace scan.
import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import type { PositionedFinding } from '../../../common/protocol';
import type { Severity } from '../engine/types';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: PositionedFinding): Diagnostic {
  return {
    range: f.range,
    severity: severities[f.severity],
    code: f.rule,
    codeDescription: { href: f.docsUrl },
    source: 'Django Upgrade',
    message: f.message,
    tags: [DiagnosticTag.Deprecated],
    data: { fixable: f.hasFix },
  };
}
