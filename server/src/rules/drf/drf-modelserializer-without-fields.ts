import { dedent, definePythonRule } from '../shapes';
import { basesOf, classAssignments, metaClassOf, subclassesOf } from '../../engine/python-queries';
import { appendToClassBody, drfModelSerializers, drfReleaseNotes } from '../shapes/libraries';

export default definePythonRule({
  id: 'drf-modelserializer-without-fields',
  title: 'A `ModelSerializer` must declare `fields` or `exclude`',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.3',
  removedIn: '3.5',
  fixMinVersion: '3.3',
  docsUrl: drfReleaseNotes('3.3'),
  triggers: ['ModelSerializer', 'HyperlinkedModelSerializer'],
  docs: {
    what: "Finds the `Meta` of `ModelSerializer` / `HyperlinkedModelSerializer` subclasses that sets a `model` but neither `fields` nor `exclude` (a `Meta` with bases of its own is left alone: they may set them).",
    why: 'Serializing every field by default leaked new model fields; DRF 3.3 warned, and from 3.5 such a serializer fails with an `AssertionError` when it builds its fields.',
    fixSafety: 'Safe: adds `fields = "__all__"`, what DRF used when neither was set: the same fields. Needs DRF 3.3+. Worth a review: listing the fields keeps the next new model field private.',
  },
  fix: 'safe',
  truth: {
    removed: ["rest_framework.serializers.ModelSerializer.get_field_names mentions 'warnings'"],
    replacements: ['rest_framework.serializers.ALL_FIELDS'],
    deprecated: ["rest_framework.serializers.ModelSerializer.get_field_names mentions 'warnings'"],
  },
  check(context) {
    if (!context.text.includes('Serializer')) return;
    for (const classNode of subclassesOf(context, drfModelSerializers)) {
      const meta = metaClassOf(classNode);
      if (!meta || basesOf(meta).length > 0) continue;
      const sets = (name: string) => classAssignments(meta, name).length > 0;
      if (!sets('model') || sets('fields') || sets('exclude')) continue;
      const edit = appendToClassBody(context.text, meta, 'fields = "__all__"');
      context.report({
        node: meta.childForFieldName('name') ?? meta,
        subject: `The \`Meta\` of \`${classNode.childForFieldName('name')?.text}\` without \`fields\` or \`exclude\``,
        advice: 'list the `fields` (or set `fields = "__all__"`)',
        fix: edit ? { title: 'Add `fields = "__all__"`', edits: [edit] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework import serializers


          class BookSerializer(serializers.ModelSerializer):
              class Meta:
                  model = object
                  fields = "__all__"
        `,
      },
      {
        code: dedent`
          from rest_framework import serializers


          class Base(serializers.ModelSerializer):
              class Meta:
                  read_only_fields = ("created",)


          class BookSerializer(Base):
              class Meta(Base.Meta):
                  model = object
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework import serializers


          class BookSerializer(serializers.ModelSerializer):
              class Meta:
                  model = object
        `,
        errors: [
          { line: 5, column: 11, message: 'The `Meta` of `BookSerializer` without `fields` or `exclude` is deprecated since Django REST Framework 3.3 and removed in 3.5: list the `fields` (or set `fields = "__all__"`)' },
        ],
        output: dedent`
          from rest_framework import serializers


          class BookSerializer(serializers.ModelSerializer):
              class Meta:
                  model = object
                  fields = "__all__"
        `,
      },
      {
        code: dedent`
          from rest_framework.serializers import HyperlinkedModelSerializer


          class AuthorSerializer(HyperlinkedModelSerializer):
              class Meta:
                  model = object
                  read_only_fields = ("created",)  # audit

              def validate(self, data):
                  return data
        `,
        errors: [
          { line: 5, column: 11, message: 'The `Meta` of `AuthorSerializer` without `fields` or `exclude` is deprecated since Django REST Framework 3.3 and removed in 3.5: list the `fields` (or set `fields = "__all__"`)' },
        ],
        output: dedent`
          from rest_framework.serializers import HyperlinkedModelSerializer


          class AuthorSerializer(HyperlinkedModelSerializer):
              class Meta:
                  model = object
                  read_only_fields = ("created",)  # audit
                  fields = "__all__"

              def validate(self, data):
                  return data
        `,
      },
    ],
  },
});
