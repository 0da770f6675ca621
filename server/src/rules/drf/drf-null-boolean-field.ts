import { dedent, definePythonRule } from '../shapes';
import { drfReleaseNotes, RenamedCall, renamedCalls } from '../shapes/libraries';

const names: RenamedCall[] = ['serializers', 'fields'].map((module) => ({
  old: `rest_framework.${module}.NullBooleanField`,
  replacement: `rest_framework.${module}.BooleanField`,
  argument: { keyword: 'allow_null=True', at: 'first' as const },
}));

export default definePythonRule({
  id: 'drf-null-boolean-field',
  title: 'Serializer `NullBooleanField` → `BooleanField(allow_null=True)`',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.12',
  removedIn: '3.14',
  fixMinVersion: '3.12',
  docsUrl: drfReleaseNotes('3.12'),
  triggers: ['NullBooleanField'],
  docs: {
    what: 'Finds imports and uses of `rest_framework.serializers.NullBooleanField` (and `rest_framework.fields.NullBooleanField`).',
    why: "DRF 3.12 deprecated the field, following Django's model field, and warned; 3.14 removed it.",
    fixSafety:
      'Safe: `NullBooleanField(**kw)` becomes `BooleanField(allow_null=True, **kw)`, the same field. Before 3.12 `BooleanField` refused `allow_null`, so the fix needs DRF 3.12+. A use that is not a call is reported without a fix.',
  },
  fix: 'safe',
  truth: {
    removed: names.map((name) => name.old),
    replacements: ['rest_framework.serializers.BooleanField'],
    deprecated: ["rest_framework.fields.NullBooleanField mentions 'RemovedInDRF314Warning'"],
  },
  check(context) {
    for (const { node, edits } of renamedCalls(context, names)) {
      context.report({ node, subject: '`NullBooleanField`', advice: 'use `BooleanField(allow_null=True)`', fix: edits ? { title: 'Use `BooleanField(allow_null=True)`', edits } : undefined });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework import serializers


          class BookSerializer(serializers.Serializer):
              in_print = serializers.BooleanField(allow_null=True)
        `,
      },
      {
        code: dedent`
          from django.db import models


          class Book(models.Model):
              in_print = models.BooleanField(null=True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework import serializers


          class BookSerializer(serializers.Serializer):
              in_print = serializers.NullBooleanField()
        `,
        errors: [
          { line: 5, column: 16, message: '`NullBooleanField` is deprecated since Django REST Framework 3.12 and removed in 3.14: use `BooleanField(allow_null=True)`' },
        ],
        output: dedent`
          from rest_framework import serializers


          class BookSerializer(serializers.Serializer):
              in_print = serializers.BooleanField(allow_null=True)
        `,
      },
      {
        code: dedent`
          from rest_framework.serializers import NullBooleanField, Serializer


          class BookSerializer(Serializer):
              in_print = NullBooleanField(required=False)
        `,
        errors: [
          { line: 1, column: 40, message: '`NullBooleanField` is deprecated since Django REST Framework 3.12 and removed in 3.14: use `BooleanField(allow_null=True)`' },
          { line: 5, column: 16, message: '`NullBooleanField` is deprecated since Django REST Framework 3.12 and removed in 3.14: use `BooleanField(allow_null=True)`' },
        ],
        output: dedent`
          from rest_framework.serializers import BooleanField, Serializer


          class BookSerializer(Serializer):
              in_print = BooleanField(allow_null=True, required=False)
        `,
      },
    ],
  },
});
