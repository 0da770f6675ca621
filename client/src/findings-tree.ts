// The "Django Upgrade" tree view in the explorer: the workspace scan's findings grouped by the
// Django version that removes them, then by rule, then by file, with counts and fixable marks.
import * as vscode from 'vscode';
import type { WorkspaceFinding } from '../../common/protocol';

type Node =
  | { kind: 'version'; label: string; findings: WorkspaceFinding[] }
  | { kind: 'rule'; rule: string; title: string; findings: WorkspaceFinding[] }
  | { kind: 'file'; uri: string; findings: WorkspaceFinding[] }
  | { kind: 'finding'; finding: WorkspaceFinding };

const runtimeGroup = 'Seen at run time (test log)';

/** The tree's top level: Django's removal release, or a library's ("djangorestframework: removed in 3.10"). */
function versionGroup(f: WorkspaceFinding): string {
  if (f.library) return `${f.library}: ${f.removedIn ? `removed in ${f.removedIn}` : 'deprecated, not yet removed'}`;
  return f.removedIn ? `Removed in Django ${f.removedIn}` : f.deprecatedIn ? 'Deprecated, not yet removed' : 'Modernisations (opt-in)';
}

function versionKey(label: string): number {
  const match = /(\d+)\.(\d+)/.exec(label);
  return match ? Number(match[1]) * 100 + Number(match[2]) : 10_000;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const counts = (findings: WorkspaceFinding[]) => {
  const fixable = findings.filter((f) => f.fixable).length;
  return `${findings.length}${fixable ? ` · ${fixable} fixable` : ''}`;
};

export class FindingsTree implements vscode.TreeDataProvider<Node> {
  private findings: WorkspaceFinding[] = [];
  /** What a loaded test log adds (warnings no rule flags), shown in a group of their own. */
  private runtime: WorkspaceFinding[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  update(findings: WorkspaceFinding[]): void {
    this.findings = findings;
    void vscode.commands.executeCommand('setContext', 'djangoUpgrade.hasScanResults', true);
    this.changed.fire();
  }

  updateRuntime(findings: WorkspaceFinding[]): void {
    this.runtime = findings;
    if (findings.length) void vscode.commands.executeCommand('setContext', 'djangoUpgrade.hasScanResults', true);
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const byVersion = groupBy(this.findings, versionGroup);
      // Django's groups first, then each library's (its versions are its own releases).
      const library = (label: string) => (label.includes(':') ? label.slice(0, label.indexOf(':')) : '');
      const groups: Node[] = [...byVersion]
        .sort(([a], [b]) => library(a).localeCompare(library(b)) || versionKey(a) - versionKey(b))
        .map(([label, findings]) => ({ kind: 'version', label, findings }));
      if (this.runtime.length) groups.push({ kind: 'version', label: runtimeGroup, findings: this.runtime });
      return groups;
    }
    if (node.kind === 'version') {
      return [...groupBy(node.findings, (f) => f.rule)]
        .sort(([, a], [, b]) => b.length - a.length)
        .map(([rule, findings]) => ({ kind: 'rule', rule, title: findings[0].title, findings }));
    }
    if (node.kind === 'rule') {
      return [...groupBy(node.findings, (f) => f.uri)]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([uri, findings]) => ({ kind: 'file', uri, findings }));
    }
    if (node.kind === 'file') {
      return [...node.findings]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map((finding) => ({ kind: 'finding', finding }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'version': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = counts(node.findings);
        item.iconPath = new vscode.ThemeIcon(node.label === runtimeGroup ? 'debug-console' : node.label.startsWith('Removed') ? 'error' : 'warning');
        return item;
      }
      case 'rule': {
        const item = new vscode.TreeItem(node.rule, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.title.replace(/`/g, '')} (${counts(node.findings)})`;
        item.tooltip = node.findings[0].message;
        item.iconPath = new vscode.ThemeIcon(node.findings.some((f) => f.fixable) ? 'lightbulb-autofix' : 'symbol-event');
        return item;
      }
      case 'file': {
        const uri = vscode.Uri.parse(node.uri);
        const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${vscode.workspace.asRelativePath(uri, false)} (${counts(node.findings)})`;
        return item;
      }
      case 'finding': {
        const { finding } = node;
        const item = new vscode.TreeItem(`${finding.range.start.line + 1}: ${finding.message}`, vscode.TreeItemCollapsibleState.None);
        item.description = finding.fixable ? 'fixable' : undefined;
        item.tooltip = new vscode.MarkdownString(finding.message);
        const range = new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character);
        item.command = { title: 'Open', command: 'vscode.open', arguments: [vscode.Uri.parse(finding.uri), { selection: range }] };
        return item;
      }
    }
  }
}
