// "Django: Fix All in File": asks the server for the fix-all source action of the active editor's
// document and applies its edit.
//
// Not through VS Code's `editor.action.sourceAction`: that command's request belongs to the
// editor's code-action model, which replaces it with an automatic request 250 ms after the cursor
// moves or the file's diagnostics change, and drops the first answer. Fix-all of a long file takes
// longer than that, so the command then did nothing (test/e2e/vscode/suite: "Fix All in File
// applies its edit though the cursor moves…").
import * as vscode from 'vscode';
import { fixAllCodeActionKind } from '../../common/protocol';

const kind = vscode.CodeActionKind.Empty.append(fixAllCodeActionKind);

/** How many times the edit is asked for again when the document changed while it was computed. */
const attempts = 3;

export async function fixAllInFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Django Upgrade: open a Python file or a Django template to fix it.');
    return;
  }
  const document = editor.document;
  const name = vscode.workspace.asRelativePath(document.uri);
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Django Upgrade: fixing ${name}` }, async () => {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const version = document.version;
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', document.uri, whole, kind.value, 1)) ?? [];
      // The edit was computed on the text of `version`: on a newer text its ranges could be wrong.
      if (document.isClosed) return;
      if (document.version !== version) continue;
      const edit = actions.find((action) => action.kind && kind.contains(action.kind) && action.edit)?.edit;
      if (!edit) {
        vscode.window.setStatusBarMessage(`Django Upgrade: nothing to fix in ${name}`, 5000);
        return;
      }
      if (!(await vscode.workspace.applyEdit(edit))) void vscode.window.showWarningMessage(`Django Upgrade: the fixes could not be applied to ${name}.`);
      return;
    }
    void vscode.window.showWarningMessage(`Django Upgrade: ${name} kept changing while its fixes were computed; run Fix All in File again.`);
  });
}
