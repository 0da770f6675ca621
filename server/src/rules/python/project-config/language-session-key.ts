import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { stringValue } from '../../../engine/python-queries';
import { movedNamesRule, PythonRule } from '../../shapes';

const advice = 'read the language from the `LANGUAGE_COOKIE_NAME` cookie (`set_language()` stores it there) or use `translation.get_language()`';

const names = movedNamesRule({
  id: 'language-session-key',
  title: 'The language in the session (`LANGUAGE_SESSION_KEY`)',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docsUrl: deprecationNotes('3.0'),
  docs: {
    what: 'Finds `django.utils.translation.LANGUAGE_SESSION_KEY` and reads of `request.session["_language"]`.',
    why: 'Django 3.0 stopped reading the language from the session and 4.0 stopped `set_language()` writing it there and removed the constant: the language lives in the `LANGUAGE_COOKIE_NAME` cookie.',
    fixSafety: 'No automatic fix: code that reads or writes the session key must use the language cookie (or `translation.activate()` per request) instead.',
  },
  fix: 'none',
  checklist: ['set-language-session'],
  names: [{ old: 'django.utils.translation.LANGUAGE_SESSION_KEY', advice }],
  examples: {
    valid: [{ code: 'from django.conf import settings\n\nlanguage = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)\n' }],
    invalid: [
      { code: 'from django.utils.translation import LANGUAGE_SESSION_KEY\n\nrequest.session[LANGUAGE_SESSION_KEY] = "de"\n', findings: 2 },
      { code: 'def current(request):\n    return request.session.get("_language")\n', findings: 1 },
    ],
  },
});

const rule: PythonRule = {
  ...names,
  triggers: [...names.triggers!, '_language'],
  check(context: PythonRuleContext) {
    names.check(context);
    for (const node of context.tree.rootNode.descendantsOfType('string')) {
      if (!node || stringValue(node) !== '_language') continue;
      const parent = node.parent;
      const session =
        parent?.type === 'subscript' ? parent.childForFieldName('value')
          : parent?.type === 'argument_list' && parent.parent?.type === 'call' ? parent.parent.childForFieldName('function')?.childForFieldName('object')
            : null;
      if (!session || !/(^|\.)session$/.test(session.text)) continue;
      context.report({ node, subject: 'The session key `"_language"`', advice });
    }
  },
};
export default rule;
