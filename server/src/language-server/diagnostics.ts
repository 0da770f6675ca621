// Findings as LSP diagnostics: the same code, link, tag and severity whether a finding comes from
// an open document's live check or from the workspace scan.
import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import type { PositionedFinding } from '../project/scan-protocol';
import type { Finding, Severity } from '../engine/types';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(document: { positionAt(offset: number): { line: number; character: number } }, finding: Finding): Diagnostic {
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: severities[finding.severity],
    code: finding.rule.id,
    codeDescription: { href: finding.rule.docsUrl },
    source: 'Django Upgrade',
    message: finding.message,
    tags: [DiagnosticTag.Deprecated],
    data: { fixable: Boolean(finding.fix) },
  };
}

export function positionedDiagnostic(f: PositionedFinding): Diagnostic {
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
