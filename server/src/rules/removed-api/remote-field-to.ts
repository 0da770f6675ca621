import { attributeUseRule, dedent } from '../shapes';

export default attributeUseRule({
  id: 'remote-field-to',
  title: '`field.remote_field.to` → `field.remote_field.model`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `.remote_field.to`.',
    why: 'Django 1.9 renamed `ForeignObjectRel.to` to `model`; 2.0 removed `to` (`AttributeError`).',
    fixSafety: 'Safe: `remote_field.model` is the same model. Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['remote-field-to'],
  truth: { removed: ['django.db.models.fields.reverse_related.ForeignObjectRel.to'] },
  // `to` is everyday; the object is always a `….remote_field` access: `.to` follows it, or the chain goes on below.
  requires: ['remote_field'],
  triggerPattern: /\bremote_field[ \t]*(?:\.[ \t]*(?:to\b|\\|#|(?![^\n\r]))|\\|#|(?![^\n\r]))/,
  attributes: [{
    name: 'to',
    object: (object) => object.type === 'attribute' && object.childForFieldName('attribute')?.text === 'remote_field',
    rename: 'model',
    subject: '`remote_field.to`',
    advice: 'use `remote_field.model`',
  }],
  examples: {
    valid: [
      {
        code: dedent`
          model = field.remote_field.model
          mail.to
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          model = field.remote_field.to
        `,
        errors: [
          { line: 1, column: 9, message: '`remote_field.to` is deprecated since Django 1.9 and removed in 2.0: use `remote_field.model`' },
        ],
        output: dedent`
          model = field.remote_field.model
        `,
      },
      {
        code: dedent`
          def target_models(model):
              return [f.remote_field.to for f in model._meta.get_fields() if f.remote_field]
        `,
        errors: [
          { line: 2, column: 13, message: '`remote_field.to` is deprecated since Django 1.9 and removed in 2.0: use `remote_field.model`' },
        ],
        output: dedent`
          def target_models(model):
              return [f.remote_field.model for f in model._meta.get_fields() if f.remote_field]
        `,
      },
    ],
  },
});
