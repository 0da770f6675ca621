import { dedent, removedMethodsRule } from '../shapes';

const logEntries = new Set(['django.contrib.admin.models.LogEntry']);

export default removedMethodsRule({
  id: 'admin-logentry-log-action',
  title: '`LogEntry.objects.log_action()` → `log_actions()`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docs: {
    what: 'Finds `log_action()` called on `LogEntry.objects` (or on `self` in a `LogEntryManager` subclass), and overrides of it there.',
    why: 'Django 5.1 added the bulk `log_actions(user_id, queryset, action_flag, …)`; `log_action()` was deprecated and Django 6.0 removed it.',
    fixSafety: 'No fix: `log_actions()` takes a queryset (or list) of objects instead of one object\'s content type, id and `repr`.',
  },
  fix: 'none',
  checklist: ['logentry-log-action'],
  classes: ['django.contrib.admin.models.LogEntryManager'],
  receiver: (context, receiver) =>
    receiver.type === 'attribute' &&
    receiver.childForFieldName('attribute')?.text === 'objects' &&
    logEntries.has(context.scopes.qualifiedNameOf(receiver.childForFieldName('object')) ?? ''),
  methods: [
    {
      name: 'log_action',
      subject: '`LogEntryManager.log_action()`',
      advice: 'use `LogEntry.objects.log_actions(user_id, [obj], action_flag, change_message, single_object=True)`',
    },
  ],
  truth: { removed: ['django.contrib.admin.models.LogEntryManager.log_action'], replacements: ['django.contrib.admin.models.LogEntryManager.log_actions'] },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.admin.models import CHANGE, LogEntry

          LogEntry.objects.log_actions(user.pk, [book], CHANGE, single_object=True)
        `,
      },
      {
        code: dedent`
          logger.log_action("x")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.admin.models import CHANGE, LogEntry
          from django.contrib.contenttypes.models import ContentType

          LogEntry.objects.log_action(user.pk, ContentType.objects.get_for_model(book).pk, book.pk, str(book), CHANGE)
        `,
        errors: [
          { line: 4, column: 1, message: '`LogEntryManager.log_action()` is deprecated since Django 5.1 and removed in 6.0: use `LogEntry.objects.log_actions(user_id, [obj], action_flag, change_message, single_object=True)`' },
        ],
      },
    ],
  },
});
