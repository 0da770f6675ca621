import { deprecationNotes } from '../../docs-links';
import { attributeUseRule } from '../../shapes';

export default attributeUseRule({
  id: 'remote-field-to',
  title: '`field.remote_field.to` → `field.remote_field.model`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `.remote_field.to`.',
    why: 'Django 1.9 renamed `ForeignObjectRel.to` to `model`; 2.0 removed `to` (`AttributeError`).',
    fixSafety: 'Safe: `remote_field.model` is the same model. Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['remote-field-to'],
  truth: { removed: ['django.db.models.fields.reverse_related.ForeignObjectRel.to'] },
  attributes: [{
    name: 'to',
    object: (object) => object.type === 'attribute' && object.childForFieldName('attribute')?.text === 'remote_field',
    rename: 'model',
    subject: '`remote_field.to`',
    advice: 'use `remote_field.model`',
  }],
  examples: {
    valid: [{ code: 'model = field.remote_field.model\nmail.to\n' }],
    invalid: [{ code: 'model = field.remote_field.to\n', findings: 1, output: 'model = field.remote_field.model\n' }],
  },
});
