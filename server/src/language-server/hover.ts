// The hover on a finding: the rule's page summary (title, what it finds), the versions that
// decide its severity (when Django deprecated and removed it, what the project runs and targets)
// and a link to the rule's page.
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { ruleSummary, versionsLine } from '../docs/rule-page';
import { productOf, versionsFor } from '../engine/lint';
import type { Rule } from '../engine/types';
import type { DiagnosticFormat } from './diagnostics';
import type { OpenDocuments } from './documents';
import type { ServerSettings } from './settings';
import type { Workspace } from './workspace';

export class Hovers {
  constructor(
    private readonly documents: OpenDocuments,
    private readonly settings: ServerSettings,
    private readonly workspace: Workspace,
    private readonly format: DiagnosticFormat,
  ) {}

  hover(params: HoverParams): Hover | null {
    const uri = params.textDocument.uri;
    const located = this.documents.locate(uri);
    if (!located) return null;
    const { key, open } = located;
    const document = open.document.textDocument;
    // In a notebook cell: the position in the notebook's joined cells.
    const offset = document.offsetAt(open.cells ? open.cells.toJoined(uri, params.position) : params.position);
    const here = this.documents.findingsOf(key).filter((f) => f.start <= offset && (offset < f.end || offset === f.start));
    if (here.length === 0) return null;
    const options = this.settings.lintOptions(this.workspace.projectFor(key));
    // A library rule's versions are the library's (the project's pin and the target release).
    const project = (rule: Rule<any>) => {
      const { current, target } = versionsFor(rule, options);
      return `This project: ${productOf(rule)} ${current ?? '? (not detected)'} → ${target}.`;
    };
    const sections: string[] = [];
    for (const rule of new Map(here.map((f) => [f.rule.id, f.rule])).values()) {
      const link = this.format.documentationLink(rule.id, rule.docsUrl);
      const linkTitle = this.format.documentationCommand ? `Documentation of ${rule.id}` : 'Release notes';
      sections.push([`${ruleSummary(rule)}`, `${versionsLine(rule)}. ${project(rule)}`, `[${linkTitle}](${link})`].join('\n\n'));
    }
    const range = { start: document.positionAt(here[0].start), end: document.positionAt(here[0].end) };
    return {
      contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') },
      range: open.cells ? open.cells.toCell(range)?.range : range,
    };
  }
}
