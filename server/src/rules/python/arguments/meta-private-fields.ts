import type { Node } from 'web-tree-sitter';
import { deprecationNotes } from '../../docs-links';
import { attributeUseRule, keywordArgumentRule } from '../../shapes';

/** `x._meta` and names commonly bound to it (`opts`, `meta`). */
export const isOptions = (object: Node) =>
  (object.type === 'attribute' && object.childForFieldName('attribute')?.text === '_meta') ||
  (object.type === 'identifier' && (object.text === 'opts' || object.text === 'meta' || object.text === 'options'));

export const metaVirtualFields = attributeUseRule({
  id: 'meta-virtual-fields',
  title: '`_meta.virtual_fields` → `_meta.private_fields`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds `virtual_fields` on `Model._meta` (and on names `opts`, `meta`, `options`).',
    why: 'Django 1.10 renamed virtual fields to private fields; 2.0 removed `Options.virtual_fields` (`AttributeError`).',
    fixSafety: 'Safe: `private_fields` is the same list. Needs Django 1.10+.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['meta-virtual-fields'],
  truth: { removed: ['django.db.models.options.Options.virtual_fields'], note: '`private_fields` is an instance attribute set in `Options.__init__`, not visible to the static check' },
  attributes: [{ name: 'virtual_fields', object: isOptions, rename: 'private_fields', subject: '`Options.virtual_fields`', advice: 'use `_meta.private_fields`' }],
  examples: {
    valid: [{ code: 'fields = Book._meta.private_fields\n' }],
    invalid: [{ code: 'for f in Book._meta.virtual_fields:\n    print(f)\n', findings: 1, output: 'for f in Book._meta.private_fields:\n    print(f)\n' }],
  },
});

export const metaAddFieldVirtual = keywordArgumentRule({
  id: 'meta-add-field-virtual',
  title: '`_meta.add_field(virtual=…)` → `private=`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds `virtual=` passed to `add_field()` of `Model._meta` (and of names `opts`, `meta`, `options`).',
    why: 'Django 1.10 renamed virtual fields to private fields; 2.0 removed the `virtual` argument (`TypeError`).',
    fixSafety: 'Safe: renames the keyword. Needs Django 1.10+.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['meta-add-field-virtual'],
  truth: { removedParameters: [{ symbol: 'django.db.models.options.Options.add_field', name: 'virtual' }] },
  sites: { methods: { names: ['add_field'], receiver: (_context, receiver) => isOptions(receiver) } },
  keywords: [{ name: 'virtual', subject: '`Options.add_field(virtual=…)`', rename: 'private', advice: 'pass `private`' }],
  examples: {
    valid: [{ code: 'cls._meta.add_field(self, private=True)\nform.add_field(f, virtual=True)\n' }],
    invalid: [{ code: 'cls._meta.add_field(self, virtual=True)\n', findings: 1, output: 'cls._meta.add_field(self, private=True)\n' }],
  },
});
