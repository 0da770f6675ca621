// "Show documentation": opens a rule's page, generated from the catalogue at build time and
// shipped in the extension (dist/rule-docs/<id>.md), in the Markdown preview; nothing is fetched.
// Code actions, diagnostics' code links and hovers run it with the rule's id; from the command
// palette it asks which rule.
import * as vscode from 'vscode';
import { showDocumentationCommand } from '../../common/protocol';

const ruleIdPattern = /^[a-z0-9][a-z0-9-]*$/;

export function registerRuleDocumentation(extensionUri: vscode.Uri): vscode.Disposable {
  const folder = vscode.Uri.joinPath(extensionUri, 'dist', 'rule-docs');
  return vscode.commands.registerCommand(showDocumentationCommand, async (given?: unknown) => {
    const ruleId = typeof given === 'string' ? given : await pickRule(folder);
    if (!ruleId) return;
    const page = vscode.Uri.joinPath(folder, `${ruleId}.md`);
    if (!ruleIdPattern.test(ruleId) || !(await exists(page))) {
      void vscode.window.showWarningMessage(`Django Upgrade: no documentation for rule "${ruleId}".`);
      return;
    }
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', page);
    } catch {
      // The built-in Markdown extension is turned off: the page as text.
      await vscode.window.showTextDocument(page, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A quick pick of every rule with its title (the page's first bold line). */
async function pickRule(folder: vscode.Uri): Promise<string | undefined> {
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const items = await Promise.all(
    entries
      .filter(([name]) => name.endsWith('.md'))
      .map(async ([name]) => {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)));
        return { label: name.slice(0, -3), description: /^\*\*(.+)\*\*$/m.exec(text)?.[1].replace(/`/g, '') };
      }),
  );
  items.sort((a, b) => a.label.localeCompare(b.label));
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Which rule?', matchOnDescription: true }))?.label;
}
