// Declarative rule shapes that many catalogue entries share: a name that moved or was renamed,
// and a module that moved. A rule file then holds only data and its examples.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { addImports, removeImportEntries } from '../../engine/python-edits';
import type { Rule, TextEdit } from '../../engine/types';
import { normalizeEdits } from '../../engine/apply-fixes';
import { MoveEdits, MoveOptions, moveSymbolsEdits, splitQualifiedName, SymbolMove } from './move-symbols';

export type PythonRule = Rule<PythonRuleContext>;
type RuleSpec = Omit<PythonRule, 'check' | 'languages'>;

export interface MovedName {
  /** The dotted path of the deprecated name, e.g. "django.utils.encoding.force_text". */
  old: string;
  /** Its replacement, e.g. "django.utils.encoding.force_str"; absent when there is no drop-in one. */
  replacement?: string;
  /** How the message names it; default: the dotted path in backticks. */
  subject?: string;
  /** What to do; default: "use `<replacement>`". */
  advice?: string;
  /**
   * false: not reported, only moved along when the file has findings of the other names (a name
   * that still works at its old path but moves with its neighbours, as django-upgrade moves it).
   */
  report?: boolean;
}

/** What every moved-name fix does with names it cannot rename everywhere (move-symbols.ts). */
const keptNames =
  'A name other modules may import (in `__all__`, or imported and never used: a re-export), one a compatibility fallback binds again (`except ImportError: …`), or one a local name would shadow keeps its old name as an alias of the new one (`from … import new as old`).';

/** A rule that finds every import and use of some names, and moves them when a replacement exists. */
export function movedNamesRule(spec: RuleSpec & { names: MovedName[]; moveOptions?: MoveOptions }): PythonRule {
  const renames = spec.names.some((name) => name.replacement && splitQualifiedName(name.replacement)[1] !== splitQualifiedName(name.old)[1]);
  return {
    truth: {
      removed: spec.names.filter((name) => name.report !== false).map((name) => name.old),
      replacements: spec.names.map((name) => name.replacement).filter((r): r is string => r !== undefined && r.startsWith('django.')),
    },
    ...spec,
    docs: renames && spec.fix !== 'none' && spec.docs.fixSafety ? { ...spec.docs, fixSafety: `${spec.docs.fixSafety} ${keptNames}` } : spec.docs,
    languages: ['python'],
    check(context) {
      const { scopes } = context;
      const moves: SymbolMove[] = spec.names
        .filter((name) => name.replacement)
        .map((name) => {
          const [newModule, newName] = splitQualifiedName(name.replacement!);
          return { old: name.old, newModule, newName };
        });
      let moved: MoveEdits | null | undefined;
      for (const name of spec.names) {
        if (name.report === false) continue;
        const sites: Node[] = [];
        for (const entry of scopes.imports) {
          if (entry.qualifiedName === name.old || entry.qualifiedName.startsWith(`${name.old}.`)) sites.push(entry.entry);
        }
        const oldShort = splitQualifiedName(name.old)[1];
        for (const reference of scopes.referencesTo(name.old)) {
          // A use through an alias (`ugettext as _` … `_()`) does not spell the old name: the import says it.
          if (reference.node.type === 'identifier' && reference.node.text !== oldShort) continue;
          sites.push(reference.node);
        }
        if (sites.length === 0) continue;
        if (name.replacement && spec.fix !== 'none' && moved === undefined) moved = moveSymbolsEdits(context, moves, spec.moveOptions);
        const newShort = name.replacement ? splitQualifiedName(name.replacement)[1] : '';
        for (const node of sites) {
          context.report({
            node,
            subject: name.subject ?? `\`${name.old}\``,
            advice: name.advice ?? `use \`${name.replacement}\``,
            fix: name.replacement && moved
              ? { title: oldShort === newShort ? `Import \`${newShort}\` from \`${splitQualifiedName(name.replacement)[0]}\`` : `Replace \`${oldShort}\` with \`${newShort}\``, edits: moved.edits, safety: moved.safety }
              : undefined,
          });
        }
      }
    },
  };
}

/** Edits that import from `newModule` wherever the file imported from `oldModule`. */
function moveModuleEdits(context: PythonRuleContext, oldModule: string, newModule: string): TextEdit[] | null {
  const { scopes, text } = context;
  const edits: TextEdit[] = [];
  const [newParent, newLast] = splitQualifiedName(newModule);
  const byStatement = new Map<number, Node[]>();
  for (const entry of scopes.imports) {
    if (entry.module !== null && (entry.module === oldModule || entry.module.startsWith(`${oldModule}.`))) {
      const moduleNode = entry.statement.childForFieldName('module_name');
      if (moduleNode && !edits.some((e) => e.start === moduleNode.startIndex)) {
        edits.push({ start: moduleNode.startIndex, end: moduleNode.endIndex, text: newModule + entry.module.slice(oldModule.length) });
      }
    } else if (entry.module !== null && entry.qualifiedName === oldModule) {
      // `from django.core import urlresolvers [as x]`: keep the local name with an alias.
      byStatement.set(entry.statement.startIndex, [...(byStatement.get(entry.statement.startIndex) ?? []), entry.entry]);
      const alias = entry.localName;
      const only = entry.statement.childrenForFieldName('name').filter(Boolean).length === 1;
      const item = { module: newParent, name: newLast, alias: alias === newLast ? undefined : alias };
      if (only) edits.push(...addImports(scopes, text, [item], { anchor: entry.statement, replaceAnchor: true, exclude: new Set([entry.entry]) }));
      else {
        edits.push(...removeImportEntries(text, entry.statement, [entry.entry]));
        edits.push(...addImports(scopes, text, [item], { anchor: entry.statement }));
      }
    } else if (entry.module === null && entry.qualifiedName === oldModule) {
      const nameNode = entry.aliasNode ? entry.entry.childForFieldName('name') : entry.entry;
      if (!nameNode) return null;
      edits.push({ start: nameNode.startIndex, end: nameNode.endIndex, text: newModule });
      if (!entry.aliasNode) {
        // `import a.b.old` then `a.b.old.x`: rewrite the dotted uses too.
        for (const reference of scopes.referencesTo(oldModule)) {
          if (reference.importEntry === entry && reference.node.type === 'attribute') {
            edits.push({ start: reference.node.startIndex, end: reference.node.endIndex, text: newModule });
          }
        }
      }
    }
  }
  try {
    return normalizeEdits(edits);
  } catch {
    return null;
  }
}

/** A rule for a module that moved: every import from it is reported and rewritten. */
export function movedModuleRule(spec: RuleSpec & { oldModule: string; newModule: string }): PythonRule {
  return {
    truth: { removed: [spec.oldModule], replacements: [spec.newModule] },
    ...spec,
    languages: ['python'],
    check(context) {
      const sites: Node[] = [];
      for (const entry of context.scopes.imports) {
        if (entry.module !== null && (entry.module === spec.oldModule || entry.module.startsWith(`${spec.oldModule}.`))) {
          const moduleNode = entry.statement.childForFieldName('module_name');
          if (moduleNode && !sites.some((s) => s.startIndex === moduleNode.startIndex)) sites.push(moduleNode);
        } else if (entry.qualifiedName === spec.oldModule) {
          sites.push(entry.entry);
        }
      }
      if (sites.length === 0) return;
      const edits = spec.fix === 'none' ? null : moveModuleEdits(context, spec.oldModule, spec.newModule);
      for (const node of sites) {
        context.report({
          node,
          subject: `The module \`${spec.oldModule}\``,
          advice: `import from \`${spec.newModule}\``,
          fix: edits ? { title: `Import from \`${spec.newModule}\``, edits } : undefined,
        });
      }
    },
  };
}
