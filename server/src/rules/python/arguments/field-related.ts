import { deprecationNotes } from '../../docs-links';
import { isFieldExpression } from './field-receivers';
import { attributeUseRule } from '../../shapes';

export default attributeUseRule({
  id: 'field-related',
  title: '`field.related` → `field.remote_field`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds `.related` on relation fields: `_meta.get_field(…).related`, and objects named `field`, `f`, `fk`, `m2m`, `*_field`.',
    why: 'Django 1.8 deprecated the private `Field.related` (it returned `field.rel`, from 1.9 `field.remote_field`); 1.10 removed it.',
    fixSafety: 'Safe: `field.remote_field` is the object `field.related` returned. Needs Django 1.9+ (on 1.8 use `field.rel`).',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['field-related'],
  truth: { removed: ['django.db.models.fields.related.RelatedField.related'], note: '`remote_field` is an instance attribute set in `Field.__init__` (1.9+), not visible to the static check' },
  attributes: [{ name: 'related', object: isFieldExpression, rename: 'remote_field', subject: '`Field.related`', advice: 'use `field.remote_field`' }],
  examples: {
    valid: [{ code: 'rel = Book._meta.get_field("author").remote_field\nnews.related\n' }],
    invalid: [{
      code: 'target = Book._meta.get_field("author").related.model\nfor field in fields:\n    print(field.related)\n',
      findings: 2,
      output: 'target = Book._meta.get_field("author").remote_field.model\nfor field in fields:\n    print(field.remote_field)\n',
    }],
  },
});
