import { stringsEqualTo } from '../../engine/python-queries';
import { dedent, definePythonRule, movedNamesRule } from '../shapes';

const advice = 'read the language from the `LANGUAGE_COOKIE_NAME` cookie (`set_language()` stores it there) or use `translation.get_language()`';

const names = movedNamesRule({
  id: 'language-session-key',
  title: 'The language in the session (`LANGUAGE_SESSION_KEY`)',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docs: {
    what: 'Finds `django.utils.translation.LANGUAGE_SESSION_KEY` and reads of `request.session["_language"]`.',
    why: 'Django 3.0 stopped reading the language from the session and 4.0 stopped `set_language()` writing it there and removed the constant: the language lives in the `LANGUAGE_COOKIE_NAME` cookie.',
    fixSafety: 'No automatic fix: code that reads or writes the session key must use the language cookie (or `translation.activate()` per request) instead.',
  },
  fix: 'none',
  checklist: ['set-language-session'],
  names: [{ old: 'django.utils.translation.LANGUAGE_SESSION_KEY', advice }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.conf import settings

          language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.translation import LANGUAGE_SESSION_KEY

          request.session[LANGUAGE_SESSION_KEY] = "de"
        `,
        errors: [
          { line: 1, column: 38, message: '`django.utils.translation.LANGUAGE_SESSION_KEY` is deprecated since Django 3.0 and removed in 4.0: read the language from the `LANGUAGE_COOKIE_NAME` cookie (`set_language()` stores it there) or use `translation.get_language()`' },
          { line: 3, column: 17, message: '`django.utils.translation.LANGUAGE_SESSION_KEY` is deprecated since Django 3.0 and removed in 4.0: read the language from the `LANGUAGE_COOKIE_NAME` cookie (`set_language()` stores it there) or use `translation.get_language()`' },
        ],
      },
      {
        code: dedent`
          def current(request):
              return request.session.get("_language")
        `,
        errors: [
          { line: 2, column: 32, message: 'The session key `"_language"` is deprecated since Django 3.0 and removed in 4.0: read the language from the `LANGUAGE_COOKIE_NAME` cookie (`set_language()` stores it there) or use `translation.get_language()`' },
        ],
      },
    ],
  },
});

/** The constant's imports and uses, and the session key it held: `session["_language"]`, `session.get("_language")`. */
export default definePythonRule({
  ...names,
  triggers: [...names.triggers!, '_language'],
  // The session key needs no import.
  requires: undefined,
  check(context) {
    names.check(context);
    for (const { node } of stringsEqualTo(context, ['_language'])) {
      const parent = node.parent;
      const session =
        parent?.type === 'subscript' ? parent.childForFieldName('value')
          : parent?.type === 'argument_list' && parent.parent?.type === 'call' ? parent.parent.childForFieldName('function')?.childForFieldName('object')
            : null;
      if (!session || !/(^|\.)session$/.test(session.text)) continue;
      context.report({ node, subject: 'The session key `"_language"`', advice });
    }
  },
});
