import { callArguments, callsTo, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const builtInConverters = ['int', 'path', 'slug', 'str', 'uuid'];

export default definePythonRule({
  id: 'register-converter-override',
  title: '`register_converter()` must not replace a converter',
  category: 'urls',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docs: {
    what: 'Finds `register_converter()` calls that register a built-in converter name (`int`, `path`, `slug`, `str`, `uuid`) or a name the same module already registered.',
    why: 'Django 6.0 raises `ValueError` when a converter name is registered twice; 5.1 only warned.',
    fixSafety: 'No automatic fix: the converter needs a new name, and the patterns that use it must change too.',
  },
  fix: 'none',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  checklist: ['register-converter-override'],
  truth: { replacements: ['django.urls.converters.register_converter'], note: 'the change is a check inside register_converter(), not a name' },
  triggers: ['register_converter'],
  check(context) {
    const seen = new Set<string>();
    for (const { call } of callsTo(context, ['django.urls.register_converter', 'django.urls.converters.register_converter'])) {
      const { positional, keywords } = callArguments(call);
      const nameNode = positional[1] ?? keywords.get('type_name')?.childForFieldName('value') ?? null;
      const name = stringValue(nameNode);
      if (!nameNode || name === null) continue;
      if (builtInConverters.includes(name) || seen.has(name)) {
        context.report({
          node: nameNode,
          subject: `Registering the path converter \`${name}\` again`,
          advice: builtInConverters.includes(name) ? `give your converter its own name (the built-in \`${name}\` converter cannot be replaced)` : 'give each converter its own name',
        });
      }
      seen.add(name);
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.urls import register_converter

          register_converter(FourDigitYearConverter, "yyyy")
        `,
        filename: 'urls.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.urls import register_converter

          register_converter(LooseSlugConverter, "slug")
        `,
        filename: 'urls.py',
        errors: [
          { line: 3, column: 40, message: 'Registering the path converter `slug` again is deprecated since Django 5.1 and removed in 6.0: give your converter its own name (the built-in `slug` converter cannot be replaced)' },
        ],
      },
      {
        code: dedent`
          from django.urls import converters

          converters.register_converter(A, "yyyy")
          converters.register_converter(B, "yyyy")
        `,
        filename: 'urls.py',
        errors: [
          { line: 4, column: 34, message: 'Registering the path converter `yyyy` again is deprecated since Django 5.1 and removed in 6.0: give each converter its own name' },
        ],
      },
    ],
  },
});
