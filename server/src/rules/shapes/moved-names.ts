// Names and modules that moved or were renamed: every import and use is reported, and the fix
// moves them (python-edits.ts `moveSymbolsEdits`). A rule of this shape holds only data.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { addImports, MoveEdits, MoveOptions, moveSymbolsEdits, normalizedOrNull, removeImportEntries, SymbolMove } from '../../engine/python-edits';
import { importsMayName, importsWithin, lastName, splitQualifiedName } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { definePythonRule, moduleImportPattern, pathWords, PythonRule, RuleSpec } from './define';

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

/** What every moved-name fix does with names it cannot rename everywhere (python-edits.ts). */
const keptNames =
  'A name other modules may import (in `__all__`, or imported and never used: a re-export), one a compatibility fallback binds again (`except ImportError: …`), or one a local name would shadow keeps its old name as an alias of the new one (`from … import new as old`).';

/**
 * A rule that finds every import and use of some names, and moves them when a replacement exists.
 * Triggers: the names' last parts (an import or a use always spells them).
 */
export function movedNamesRule(spec: RuleSpec & { names: MovedName[]; moveOptions?: MoveOptions }): PythonRule {
  const { names, moveOptions, ...rest } = spec;
  const renames = names.some((name) => name.replacement && lastName(name.replacement) !== lastName(name.old));
  return definePythonRule({
    truth: {
      removed: names.filter((name) => name.report !== false).map((name) => name.old),
      replacements: names.map((name) => name.replacement).filter((r): r is string => r !== undefined && r.startsWith('django.')),
    },
    ...rest,
    docs: renames && spec.fix !== 'none' && spec.docs.fixSafety ? { ...spec.docs, fixSafety: `${spec.docs.fixSafety} ${keptNames}` } : spec.docs,
    triggers: names.filter((name) => name.report !== false).map((name) => lastName(name.old)),
    // A name is reported only where every part of its path is a word (`importsMayName`).
    requires: pathWords(names.filter((name) => name.report !== false).map((name) => name.old), rest.requires),
    // Imports, the uses of the names (through the scopes) and the fix's statements: nothing else.
    reads: 'sites',
    check(context) {
      const moves: SymbolMove[] = names
        .filter((name) => name.replacement)
        .map((name) => {
          const [newModule, newName] = splitQualifiedName(name.replacement!);
          return { old: name.old, newModule, newName };
        });
      let moved: MoveEdits | null | undefined;
      for (const name of names) {
        if (name.report === false || !importsMayName(context, name.old)) continue;
        // Built only here: a file that cannot name any of the names never builds the scopes.
        const { scopes } = context;
        const sites: Node[] = [];
        for (const entry of scopes.imports) {
          if (entry.qualifiedName === name.old || entry.qualifiedName.startsWith(`${name.old}.`)) sites.push(entry.entry);
        }
        const oldShort = lastName(name.old);
        // A use through an alias (`ugettext as _` … `_()`) does not spell the old name: the import
        // says it (`spelled`: such uses are not even looked at).
        for (const reference of scopes.referencesTo(name.old, true)) {
          if (reference.node.type === 'identifier' && reference.node.text !== oldShort) continue;
          sites.push(reference.node);
        }
        if (sites.length === 0) continue;
        if (name.replacement && spec.fix !== 'none' && moved === undefined) moved = moveSymbolsEdits(context, moves, moveOptions);
        const newShort = name.replacement ? lastName(name.replacement) : '';
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
  });
}

/** Edits that import from `newModule` wherever the file imported from `oldModule`. */
function moveModuleEdits(context: PythonRuleContext, oldModule: string, newModule: string): TextEdit[] | null {
  const { scopes, text } = context;
  const edits: TextEdit[] = [];
  const [newParent, newLast] = splitQualifiedName(newModule);
  for (const entry of scopes.imports) {
    if (entry.module !== null && (entry.module === oldModule || entry.module.startsWith(`${oldModule}.`))) {
      const moduleNode = entry.statement.childForFieldName('module_name');
      if (moduleNode && !edits.some((e) => e.start === moduleNode.startIndex)) {
        edits.push({ start: moduleNode.startIndex, end: moduleNode.endIndex, text: newModule + entry.module.slice(oldModule.length) });
      }
    } else if (entry.module !== null && entry.qualifiedName === oldModule) {
      // `from django.core import urlresolvers [as x]`: keep the local name with an alias.
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
  return normalizedOrNull(edits);
}

/** A rule for a module that moved: every import from it is reported and rewritten. Trigger: the module's last part. */
export function movedModuleRule(spec: RuleSpec & { oldModule: string; newModule: string }): PythonRule {
  const { oldModule, newModule, ...rest } = spec;
  return definePythonRule({
    truth: { removed: [oldModule], replacements: [newModule] },
    ...rest,
    // Only imports are reported: the import statement spells the module (`moduleImportPattern`).
    requires: pathWords([oldModule], rest.requires),
    triggerPattern: moduleImportPattern([oldModule]),
    check(context) {
      if (!importsWithin(context, oldModule)) return;
      const sites: Node[] = [];
      for (const entry of context.scopes.imports) {
        if (entry.module !== null && (entry.module === oldModule || entry.module.startsWith(`${oldModule}.`))) {
          const moduleNode = entry.statement.childForFieldName('module_name');
          if (moduleNode && !sites.some((s) => s.startIndex === moduleNode.startIndex)) sites.push(moduleNode);
        } else if (entry.qualifiedName === oldModule) {
          sites.push(entry.entry);
        }
      }
      if (sites.length === 0) return;
      const edits = spec.fix === 'none' ? null : moveModuleEdits(context, oldModule, newModule);
      for (const node of sites) {
        context.report({
          node,
          subject: `The module \`${oldModule}\``,
          advice: `import from \`${newModule}\``,
          fix: edits ? { title: `Import from \`${newModule}\``, edits } : undefined,
        });
      }
    },
  });
}
