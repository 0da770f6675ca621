// Uses of attributes Django removed or renamed: `x.name` where the object matches. Triggers: the
// attributes' names.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { attributeAccesses, importsFrom, sameNode } from '../../engine/python-queries';
import type { Fix, TextEdit } from '../../engine/types';
import { definePythonRule, PythonRule, RuleSpec } from './define';

export interface AttributeSpec {
  name: string;
  object?: (object: Node, context: PythonRuleContext) => boolean;
  /** Skip assignments to the attribute, or only report them. */
  assigned?: 'skip' | 'only';
  rename?: string;
  replace?: (context: PythonRuleContext, access: Node) => TextEdit[] | null;
  subject: string;
  advice: string;
}

/** Reports the attribute access; `rename` rewrites the attribute's name, `replace` the whole expression. */
export function attributeUseRule(
  spec: RuleSpec & {
    attributes: AttributeSpec[];
    /** Only in modules that import from one of these modules. */
    fileImports?: string[];
    /** Instead of the attributes' names, for an everyday name: a pattern every use matches (with the name required). */
    triggerPattern?: RegExp;
  },
): PythonRule {
  const { attributes, fileImports, triggerPattern, ...rest } = spec;
  const gate = triggerPattern ? { triggerPattern } : { triggers: attributes.map((attribute) => attribute.name) };
  return definePythonRule({
    ...rest,
    ...gate,
    check(context) {
      if (fileImports && !importsFrom(context, fileImports)) return;
      for (const wanted of attributes) {
        for (const access of attributeAccesses(context, wanted.name)) {
          const attribute = access.childForFieldName('attribute');
          const object = access.childForFieldName('object');
          if (!attribute || !object || (wanted.object && !wanted.object(object, context))) continue;
          const parent = access.parent;
          const isAssigned = parent?.type === 'assignment' && sameNode(parent.childForFieldName('left'), access);
          if ((wanted.assigned === 'skip' && isAssigned) || (wanted.assigned === 'only' && !isAssigned)) continue;
          let fix: Fix | undefined;
          if (wanted.rename) fix = { title: `Use \`${wanted.rename}\``, edits: [{ start: attribute.startIndex, end: attribute.endIndex, text: wanted.rename }] };
          else if (wanted.replace) {
            const edits = wanted.replace(context, access);
            if (edits) fix = { title: `Replace \`${wanted.name}\``, edits };
          }
          context.report({ node: access, subject: wanted.subject, advice: wanted.advice, fix });
        }
      }
    },
  });
}
