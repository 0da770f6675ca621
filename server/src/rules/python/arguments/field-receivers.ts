// Receivers that are model fields, for attribute rules on `Field` (whose attribute names, such as
// `rel`, are too common to report on any object).
import type { Node } from 'web-tree-sitter';

/** `x._meta.get_field(...)`, `x.field`, and names such as `field`, `f`, `fk`, `m2m`, `parent_field`, `related_field`. */
export function isFieldExpression(node: Node): boolean {
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    return callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'get_field';
  }
  const name = node.type === 'identifier' ? node.text : node.type === 'attribute' ? node.childForFieldName('attribute')?.text ?? '' : '';
  return /^(f|fk|m2m|o2o|field|(\w+_)?field)$/.test(name);
}
