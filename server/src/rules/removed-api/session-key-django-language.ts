import { stringsEqualTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'session-key-django-language',
  title: 'The session key `"django_language"` → `translation.LANGUAGE_SESSION_KEY`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.8',
  docs: {
    what: 'Finds `session["django_language"]`, `session.get("django_language")` and the other session methods given the key (not the language cookie of the same name, `LANGUAGE_COOKIE_NAME`).',
    why: 'Django 1.7 stores the user\'s language under `translation.LANGUAGE_SESSION_KEY` (`"_language"`) and still read the old key; Django 1.8 reads only the new one, so a language the code stores under `"django_language"` is ignored (the 1.6 release notes announced the change, 1.7 made it).',
    fixSafety: 'No fix: the constant itself goes in Django 4.0 (`language-session-key`), where the language lives in the `LANGUAGE_COOKIE_NAME` cookie; which one to use depends on the target.',
  },
  fix: 'none',
  checklist: ['session-key-django-language'],
  truth: { note: 'a string key: 1.6.11 reads and writes session["django_language"], 1.7.11 reads it as a fallback, 1.8.19 does not' },
  triggers: ['django_language'],
  check(context) {
    for (const { node } of stringsEqualTo(context, ['django_language'])) {
      const parent = node.parent;
      const session =
        parent?.type === 'subscript' ? parent.childForFieldName('value')
          : parent?.type === 'argument_list' && parent.parent?.type === 'call' ? parent.parent.childForFieldName('function')?.childForFieldName('object')
            : parent?.type === 'comparison_operator' ? parent.namedChildren.at(-1)
              : null;
      if (!session || session.startIndex === node.startIndex || !/(^|\.)session$/.test(session.text)) continue;
      context.report({ node, subject: 'The session key `"django_language"`', advice: 'use `translation.LANGUAGE_SESSION_KEY` (until Django 4.0; from 3.0 the language lives in the `LANGUAGE_COOKIE_NAME` cookie)' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          def language_of(request):
              return request.COOKIES.get("django_language")
        `,
      },
      {
        code: dedent`
          LANGUAGE_COOKIE_NAME = "django_language"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          def set_language(request, code):
              request.session["django_language"] = code
              if "django_language" in request.session:
                  return request.session.get("django_language")
        `,
        errors: [
          { line: 2, column: 21, message: 'The session key `"django_language"` is deprecated since Django 1.7 and removed in 1.8: use `translation.LANGUAGE_SESSION_KEY` (until Django 4.0; from 3.0 the language lives in the `LANGUAGE_COOKIE_NAME` cookie)' },
          { line: 3, column: 8, message: 'The session key `"django_language"` is deprecated since Django 1.7 and removed in 1.8: use `translation.LANGUAGE_SESSION_KEY` (until Django 4.0; from 3.0 the language lives in the `LANGUAGE_COOKIE_NAME` cookie)' },
          { line: 4, column: 36, message: 'The session key `"django_language"` is deprecated since Django 1.7 and removed in 1.8: use `translation.LANGUAGE_SESSION_KEY` (until Django 4.0; from 3.0 the language lives in the `LANGUAGE_COOKIE_NAME` cookie)' },
        ],
      },
    ],
  },
});
