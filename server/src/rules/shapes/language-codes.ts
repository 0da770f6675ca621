// Language codes Django renamed (settings, translation.activate()/override()), for the
// language-code-* rules: each rule gives only its own old → new codes.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { replaceStringContent } from '../../engine/python-edits';
import { callsTo, settingAssignments, stringsEqualTo } from '../../engine/python-queries';

const activators = ['django.utils.translation.activate', 'django.utils.translation.override'];

/** Where a language code is Django's: inside `LANGUAGE_CODE`/`LANGUAGES`, or given to `activate()`/`override()`. */
function isDjangoLanguage(context: PythonRuleContext, node: Node): boolean {
  const inside = (outer: Node | null) => !!outer && outer.startIndex <= node.startIndex && node.endIndex <= outer.endIndex;
  if (context.fileKinds.has('settings') && ['LANGUAGE_CODE', 'LANGUAGES'].some((name) => settingAssignments(context, name).some((a) => inside(a.right)))) return true;
  return callsTo(context, activators).some(({ call }) => inside(call.childForFieldName('arguments')?.firstNamedChild ?? null));
}

/** Reports each Django language code of `renamed` (old code as settings spell it → new code), with the rename as its fix. */
export function reportRenamedLanguageCodes(context: PythonRuleContext, renamed: ReadonlyMap<string, string>): void {
  for (const { node, value } of stringsEqualTo(context, [...renamed.keys()])) {
    if (!isDjangoLanguage(context, node)) continue;
    const code = renamed.get(value)!;
    const edit = replaceStringContent(node, code);
    context.report({ node, subject: `The language code \`${value}\``, advice: `use \`${code}\``, fix: edit ? { title: `Use \`${code}\``, edits: [edit] } : undefined });
  }
}
