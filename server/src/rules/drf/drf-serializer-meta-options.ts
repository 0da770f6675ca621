import type { Node } from 'web-tree-sitter';
import { dedent, definePythonRule } from '../shapes';
import { basesOf, classAssignments, metaClassOf, stringValue, subclassesOf } from '../../engine/python-queries';
import { drfModelSerializers, drfReleaseNotes } from '../shapes/libraries';

const options = ['write_only_fields', 'view_name', 'lookup_field'];

/** The `extra_kwargs` literal that says what the option said, or null for shapes it cannot read. */
function extraKwargs(option: string, value: Node): string | null {
  if (option === 'write_only_fields') {
    if (value.type !== 'tuple' && value.type !== 'list') return null;
    const names = value.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
    if (names.length === 0 || names.some((n) => stringValue(n) === null)) return null;
    const q = names[0].text.endsWith("'") ? "'" : '"';
    return `{${names.map((name) => `${name.text}: {${q}write_only${q}: True}`).join(', ')}}`;
  }
  const q = value.text.endsWith("'") ? "'" : '"';
  return `{${q}url${q}: {${q}${option}${q}: ${value.text}}}`;
}

export default definePythonRule({
  id: 'drf-serializer-meta-options',
  title: '`Meta.write_only_fields`, `view_name` and `lookup_field` → `extra_kwargs`',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.0',
  removedIn: '3.2',
  fixMinVersion: '3.0',
  docsUrl: drfReleaseNotes('3.0'),
  triggers: options,
  docs: {
    what: 'Finds `write_only_fields`, `view_name` and `lookup_field` in the `Meta` of `ModelSerializer` / `HyperlinkedModelSerializer` subclasses.',
    why: 'DRF 3.0 replaced these options by `extra_kwargs` and warned; from 3.2 they are ignored, so passwords become readable and hyperlinks use the default view name and lookup.',
    fixSafety:
      'Safe: `write_only_fields = ("a",)` becomes `extra_kwargs = {"a": {"write_only": True}}`, `view_name = v` `extra_kwargs = {"url": {"view_name": v}}`, `lookup_field = f` `extra_kwargs = {"url": {"lookup_field": f}}`: the options DRF 3.0 maps them to. Only where the `Meta` has no `extra_kwargs` and sets one of the three; other shapes are reported only. Needs DRF 3.0+.',
  },
  fix: 'safe',
  truth: {
    removed: ["rest_framework.serializers.ModelSerializer mentions 'write_only_fields'", "rest_framework.serializers.ModelSerializer mentions 'lookup_field'"],
    replacements: ["rest_framework.serializers.ModelSerializer mentions 'extra_kwargs'"],
    note: 'Meta.view_name cannot be told apart in the source (the name stays in use for hyperlinked fields); it goes with the two others.',
  },
  check(context) {
    if (!/write_only_fields|view_name|lookup_field/.test(context.text)) return;
    for (const classNode of subclassesOf(context, drfModelSerializers)) {
      const meta = metaClassOf(classNode);
      if (!meta) continue;
      const found = options.flatMap((option) => classAssignments(meta, option).map((assignment) => ({ option, ...assignment })));
      // One option and no extra_kwargs of its own (or from Meta's bases): the literal can be written whole.
      const fixable = found.length === 1 && classAssignments(meta, 'extra_kwargs').length === 0 && basesOf(meta).length === 0;
      for (const { option, statement, left, right } of found) {
        const literal = fixable && right ? extraKwargs(option, right) : null;
        context.report({
          node: left,
          subject: `\`Meta.${option}\``,
          advice: 'use `extra_kwargs`',
          fix: literal ? { title: 'Use `extra_kwargs`', edits: [{ start: statement.startIndex, end: statement.endIndex, text: `extra_kwargs = ${literal}` }] } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework import serializers


          class UserSerializer(serializers.ModelSerializer):
              class Meta:
                  model = object
                  fields = ("username", "password")
                  extra_kwargs = {"password": {"write_only": True}}
        `,
      },
      {
        code: dedent`
          from rest_framework import viewsets


          class Books(viewsets.ModelViewSet):
              lookup_field = "slug"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework import serializers


          class UserSerializer(serializers.ModelSerializer):
              class Meta:
                  model = object
                  fields = ("username", "password")
                  write_only_fields = ("password",)
        `,
        errors: [
          { line: 8, column: 9, message: '`Meta.write_only_fields` is deprecated since Django REST Framework 3.0 and removed in 3.2: use `extra_kwargs`' },
        ],
        output: dedent`
          from rest_framework import serializers


          class UserSerializer(serializers.ModelSerializer):
              class Meta:
                  model = object
                  fields = ("username", "password")
                  extra_kwargs = {"password": {"write_only": True}}
        `,
      },
      {
        code: dedent`
          from rest_framework import serializers


          class BookSerializer(serializers.HyperlinkedModelSerializer):
              class Meta:
                  model = object
                  fields = ('url', 'title')
                  lookup_field = 'slug'
        `,
        errors: [
          { line: 8, column: 9, message: '`Meta.lookup_field` is deprecated since Django REST Framework 3.0 and removed in 3.2: use `extra_kwargs`' },
        ],
        output: dedent`
          from rest_framework import serializers


          class BookSerializer(serializers.HyperlinkedModelSerializer):
              class Meta:
                  model = object
                  fields = ('url', 'title')
                  extra_kwargs = {'url': {'lookup_field': 'slug'}}
        `,
      },
      {
        code: dedent`
          from rest_framework import serializers


          class BookSerializer(serializers.HyperlinkedModelSerializer):
              class Meta:
                  model = object
                  fields = ("url", "title")
                  view_name = "book-detail"
                  lookup_field = "slug"
        `,
        errors: [
          { line: 8, column: 9, message: '`Meta.view_name` is deprecated since Django REST Framework 3.0 and removed in 3.2: use `extra_kwargs`' },
          { line: 9, column: 9, message: '`Meta.lookup_field` is deprecated since Django REST Framework 3.0 and removed in 3.2: use `extra_kwargs`' },
        ],
      },
    ],
  },
});
