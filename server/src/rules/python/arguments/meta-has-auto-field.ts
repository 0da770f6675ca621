import { deprecationNotes } from '../../docs-links';
import { isOptions } from './meta-private-fields';
import { attributeUseRule } from '../../shapes';

/** Where `x is not None` can stand without parentheses. */
const bareParents = new Set(['if_statement', 'elif_clause', 'while_statement', 'assignment', 'return_statement', 'argument_list', 'keyword_argument', 'parenthesized_expression', 'assert_statement']);

export default attributeUseRule({
  id: 'meta-has-auto-field',
  title: '`_meta.has_auto_field` → `_meta.auto_field is not None`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docsUrl: deprecationNotes('1.11'),
  docs: {
    what: 'Finds `has_auto_field` on `Model._meta` (and on names `opts`, `meta`, `options`).',
    why: 'Django 1.11 deprecated the flag for a test of `Options.auto_field`; 2.1 removed it (`AttributeError`; assignments are silently ignored from 1.11).',
    fixSafety: 'Safe for reads: writes `_meta.auto_field is not None`, what the property returned. Assignments are only reported.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['meta-has-auto-field'],
  truth: { removed: ['django.db.models.options.Options.has_auto_field'], note: '`auto_field` is an instance attribute set in `Options.__init__`, not visible to the static check' },
  attributes: [{
    name: 'has_auto_field',
    object: isOptions,
    subject: '`Options.has_auto_field`',
    advice: 'test `_meta.auto_field is not None`',
    replace(_context, access) {
      const parent = access.parent;
      const isAssigned = parent?.type === 'assignment' && parent.childForFieldName('left')?.startIndex === access.startIndex;
      if (isAssigned) return null;
      const object = access.childForFieldName('object')!;
      const text = `${object.text}.auto_field is not None`;
      return [{ start: access.startIndex, end: access.endIndex, text: parent && bareParents.has(parent.type) ? text : `(${text})` }];
    },
  }],
  examples: {
    valid: [{ code: 'if Book._meta.auto_field is not None:\n    pass\n' }],
    invalid: [{
      code: 'if Book._meta.has_auto_field:\n    pass\nflag = not opts.has_auto_field\n',
      findings: 2,
      output: 'if Book._meta.auto_field is not None:\n    pass\nflag = not (opts.auto_field is not None)\n',
    }],
  },
});
