import { dedent } from '../shapes';
import { djangoPathRule } from '../shapes/django-paths';

export default djangoPathRule({
  id: 'pickle-session-serializer',
  title: 'Replace `PickleSerializer`',
  category: 'settings',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docs: {
    what: 'Finds `django.contrib.sessions.serializers.PickleSerializer` as a settings path (`SESSION_SERIALIZER`) and in imports.',
    why: 'Unpickling session data lets anyone who knows `SECRET_KEY` run code; Django 4.1 deprecated the serializer and 5.0 removed it.',
    fixSafety: 'No automatic fix: switching to `JSONSerializer` drops existing sessions that hold non-JSON values, and those values must become JSON-serializable first.',
  },
  fix: 'none',
  checklist: ['pickle-serializer'],
  names: [{
    old: 'django.contrib.sessions.serializers.PickleSerializer',
    advice: 'use `django.contrib.sessions.serializers.JSONSerializer` (store only JSON-serializable values in sessions) or a serializer of your own',
  }],
  examples: {
    valid: [
      {
        code: dedent`
          SESSION_SERIALIZER = "django.contrib.sessions.serializers.JSONSerializer"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          SESSION_SERIALIZER = 'django.contrib.sessions.serializers.PickleSerializer'
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 22, message: '`django.contrib.sessions.serializers.PickleSerializer` is deprecated since Django 4.1 and removed in 5.0: use `django.contrib.sessions.serializers.JSONSerializer` (store only JSON-serializable values in sessions) or a serializer of your own' },
        ],
      },
    ],
  },
});
