import { dedent, definePythonRule } from '../shapes';
import { lastName } from '../../engine/python-queries';
import { celeryWhatsNew, importSites, MovedLibraryName, movedLibraryNames } from '../shapes/libraries';

const names: MovedLibraryName[] = [
  { old: 'celery.task.task', replacement: 'celery.shared_task' },
  { old: 'celery.task.Task', replacement: 'celery.Task' },
  { old: 'celery.task.periodic_task' },
  { old: 'celery.task.PeriodicTask' },
];

const advice: Record<string, string> = {
  task: 'use `@shared_task` (or `@app.task`)',
  Task: 'use `celery.Task`',
  periodic_task: 'declare the schedule in `beat_schedule` (`CELERY_BEAT_SCHEDULE`) and decorate the task with `@shared_task`',
  PeriodicTask: 'declare the schedule in `beat_schedule` (`CELERY_BEAT_SCHEDULE`) and make it a plain task',
};

export default definePythonRule({
  id: 'celery-task-module',
  title: 'The old task API `celery.task` (`task`, `periodic_task`, `Task`) was removed',
  category: 'celery',
  library: 'celery',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  fixMinVersion: '3.1',
  docsUrl: celeryWhatsNew('5.0'),
  triggers: ['task', 'Task', 'periodic_task', 'PeriodicTask'],
  docs: {
    what: 'Finds imports and uses of the compat module `celery.task`: `task`, `periodic_task`, `Task`, `PeriodicTask` (and `from celery import task`).',
    why: "Celery's deprecation timeline listed the old task API for removal in 5.0 (`from celery import shared_task` instead); 5.0 removed the module, so the tasks module no longer imports and the worker registers nothing. `periodic_task` was replaced by the `beat_schedule` setting.",
    fixSafety:
      'Unsafe: `task` becomes `shared_task` and `Task` `celery.Task`, whose methods (`delay`, `apply_async`, `retry`) are instance methods where the old class had class methods (call them on the task, not the class). `periodic_task` and `PeriodicTask` are reported only: their schedule moves to `beat_schedule`.',
  },
  fix: 'unsafe',
  truth: {
    removed: ['celery.task.base.task', 'celery.task.base.periodic_task', 'celery.task.base.PeriodicTask', 'celery.task.base.Task'],
    replacements: ['celery.app.shared_task', 'celery.app.task.Task'],
  },
  check(context) {
    if (!context.text.includes('task')) return;
    const found = movedLibraryNames(context, names);
    // `from celery import task`: the module as a decorator.
    for (const node of importSites(context, 'celery.task')) {
      if (!found.some((f) => f.node.startIndex <= node.startIndex && node.endIndex <= f.node.endIndex)) found.push({ node, name: { old: 'celery.task' }, edits: null });
    }
    for (const { node, name, edits } of found.sort((a, b) => a.node.startIndex - b.node.startIndex)) {
      const short = lastName(name.old);
      context.report({
        node,
        subject: `\`${name.old}\``,
        advice: advice[short] ?? 'use `from celery import shared_task`',
        fix: edits ? { title: `Use \`${lastName(name.replacement!)}\``, edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from celery import shared_task


          @shared_task
          def send(order_id):
              return order_id
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from celery.task import task


          @task
          def send(order_id):
              return order_id
        `,
        errors: [
          { line: 1, column: 25, message: '`celery.task.task` is deprecated since Celery 4.0 and removed in 5.0: use `@shared_task` (or `@app.task`)' },
          { line: 4, column: 2, message: '`celery.task.task` is deprecated since Celery 4.0 and removed in 5.0: use `@shared_task` (or `@app.task`)' },
        ],
        output: dedent`
          from celery import shared_task


          @shared_task
          def send(order_id):
              return order_id
        `,
      },
      {
        code: dedent`
          from celery.task import Task


          class Send(Task):
              def run(self, order_id):
                  return order_id
        `,
        errors: [
          { line: 1, column: 25, message: '`celery.task.Task` is deprecated since Celery 4.0 and removed in 5.0: use `celery.Task`' },
          { line: 4, column: 12, message: '`celery.task.Task` is deprecated since Celery 4.0 and removed in 5.0: use `celery.Task`' },
        ],
        output: dedent`
          from celery import Task


          class Send(Task):
              def run(self, order_id):
                  return order_id
        `,
      },
      {
        code: dedent`
          from datetime import timedelta

          from celery.task import periodic_task


          @periodic_task(run_every=timedelta(minutes=5))
          def cleanup():
              return None
        `,
        errors: [
          { line: 3, column: 25, message: '`celery.task.periodic_task` is deprecated since Celery 4.0 and removed in 5.0: declare the schedule in `beat_schedule` (`CELERY_BEAT_SCHEDULE`) and decorate the task with `@shared_task`' },
          { line: 6, column: 2, message: '`celery.task.periodic_task` is deprecated since Celery 4.0 and removed in 5.0: declare the schedule in `beat_schedule` (`CELERY_BEAT_SCHEDULE`) and decorate the task with `@shared_task`' },
        ],
      },
    ],
  },
});
