// The language status item "Django 1.11 → 4.2": the versions in force for the active editor's
// document, which in a multi-root workspace depend on its folder (each project has its own pins
// and may have its own settings). The server sends them per document when they change.
import * as vscode from 'vscode';
import type { VersionsNotificationParams, VersionsParams } from '../../common/protocol';

export class VersionsStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byDocument = new Map<string, VersionsParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('djangoUpgrade.versions', selector);
    this.item.name = 'Django Upgrade versions';
    this.item.command = { title: 'Set target', command: 'workbench.action.openSettings', arguments: ['djangoUpgrade.targetVersion'] };
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.show()),
      vscode.workspace.onDidCloseTextDocument((document) => this.byDocument.delete(document.uri.toString())),
      vscode.workspace.onDidCloseNotebookDocument((notebook) => this.byDocument.delete(notebook.uri.toString())),
    );
    this.show();
  }

  update(params: VersionsNotificationParams): void {
    this.byDocument.set(params.uri, params);
    this.show();
  }

  private show(): void {
    const document = vscode.window.activeTextEditor?.document;
    // A notebook's cells are checked as the notebook: its versions are the notebook's.
    const notebook = document?.uri.scheme === 'vscode-notebook-cell' ? vscode.workspace.notebookDocuments.find((n) => n.getCells().some((c) => c.document === document)) : undefined;
    const uri = (notebook?.uri ?? document?.uri)?.toString();
    const versions = uri ? this.byDocument.get(uri) : undefined;
    if (!versions) {
      this.item.text = 'Django: detecting…';
      this.item.detail = undefined;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    this.item.text = `Django ${versions.current ?? '?'} → ${versions.target}`;
    this.item.detail = `current: ${versions.currentSource}; target: ${versions.targetSource}`;
    this.item.severity = versions.current ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
