// Modules removed without a drop-in replacement: every import of (or from) one is reported.
// Trigger: each module's last part, which an import of it or from it spells.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { importsWithin, lastName } from '../../engine/python-queries';
import { definePythonRule, moduleImportPattern, pathWords, PythonRule, RuleSpec } from './define';

export interface RemovedModule {
  module: string;
  advice: string;
}

export function removedModulesRule(spec: RuleSpec & { modules: RemovedModule[] }): PythonRule {
  const { modules, ...rest } = spec;
  return definePythonRule({
    truth: { removed: modules.map((m) => m.module) },
    ...rest,
    // Only imports are reported: the import statement spells the module (`moduleImportPattern`).
    requires: pathWords(modules.map((m) => m.module), rest.requires),
    requiresOneOf: modules.map((m) => lastName(m.module)),
    triggerPattern: moduleImportPattern(modules.map((m) => m.module)),
    check(context) {
      reportModuleImports(context, modules);
    },
  });
}

/** Reports every import of (or from) one of `modules`, once per import; returns how many it reported. */
export function reportModuleImports(context: PythonRuleContext, modules: readonly RemovedModule[]): number {
  const seen = new Set<number>();
  let count = 0;
  const named = modules.filter(({ module }) => importsWithin(context, module));
  if (named.length === 0) return 0;
  for (const entry of context.scopes.imports) {
    for (const { module, advice } of named) {
      const inside = (name: string | null) => name !== null && (name === module || name.startsWith(`${module}.`));
      let node: Node | null = null;
      if (inside(entry.module)) node = entry.statement.childForFieldName('module_name');
      else if (inside(entry.qualifiedName)) node = entry.entry;
      if (!node || seen.has(node.startIndex)) continue;
      seen.add(node.startIndex);
      count++;
      context.report({ node, subject: `The module \`${module}\``, advice });
    }
  }
  return count;
}
