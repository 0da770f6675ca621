// Functions replaced by another callable whose arguments differ: every import and use is
// reported; the fix moves the name (as `movedNamesRule` does) and rewrites each call's arguments.
// There is no fix when some use is not a call `rewriteArguments` can rewrite. Triggers: the old
// names' last parts.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { moveSymbolsEdits, normalizedOrNull } from '../../engine/python-edits';
import { callOf, lastName, mayName, splitQualifiedName } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { definePythonRule, pathWords, PythonRule, RuleSpec } from './define';

export interface MovedCall {
  old: string;
  /** Where the callee moves (a dotted path), written with the same import style. */
  replacement: string;
  subject: string;
  advice: string;
}

export function movedCallRule(spec: RuleSpec & {
  names: MovedCall[];
  fixTitle: string;
  rewriteArguments: (context: PythonRuleContext, call: Node) => TextEdit[] | null;
}): PythonRule {
  const { names, fixTitle, rewriteArguments, ...rest } = spec;
  return definePythonRule({
    truth: {
      removed: names.map((name) => name.old),
      replacements: names.map((name) => name.replacement).filter((r) => r.startsWith('django.')),
    },
    ...rest,
    triggers: names.map((name) => lastName(name.old)),
    // A name is reported only where every part of its path is a word (`mayName`).
    requires: pathWords(names.map((name) => name.old), rest.requires),
    check(context) {
      const { scopes } = context;
      let edits: TextEdit[] | null | undefined;
      const computeEdits = (): TextEdit[] | null => {
        const argumentEdits: TextEdit[] = [];
        for (const name of names) {
          for (const reference of scopes.referencesTo(name.old)) {
            const call = callOf(reference.node);
            if (!call) return null;
            const rewritten = rewriteArguments(context, call);
            if (!rewritten) return null;
            argumentEdits.push(...rewritten);
          }
        }
        const moves = names.map((name) => {
          const [newModule, newName] = splitQualifiedName(name.replacement);
          return { old: name.old, newModule, newName };
        });
        const moved = moveSymbolsEdits(context, moves);
        if (!moved || moved.safety !== 'safe') return null;
        return normalizedOrNull([...moved.edits, ...argumentEdits]);
      };
      for (const name of names) {
        if (!mayName(context, name.old)) continue;
        const sites: Node[] = [];
        for (const entry of scopes.imports) if (entry.qualifiedName === name.old) sites.push(entry.entry);
        const oldShort = lastName(name.old);
        for (const reference of scopes.referencesTo(name.old)) {
          if (reference.node.type === 'identifier' && reference.node.text !== oldShort) continue;
          sites.push(reference.node);
        }
        if (sites.length === 0) continue;
        if (spec.fix !== 'none' && edits === undefined) edits = computeEdits();
        for (const node of sites) {
          context.report({ node, subject: name.subject, advice: name.advice, fix: edits ? { title: fixTitle, edits } : undefined });
        }
      }
    },
  });
}
