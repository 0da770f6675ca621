import { dedent, definePythonRule } from '../shapes';
import { moduleAssignments } from '../../engine/python-queries';
import { celeryWhatsNew } from '../shapes/libraries';

/**
 * Celery 3.1's setting names whose Django form changed in 4.0, and the new (lowercase) names: with
 * `app.config_from_object("django.conf:settings", namespace="CELERY")` Celery reads the new name as
 * `CELERY_` + its upper case (`task_always_eager` → `CELERY_TASK_ALWAYS_EAGER`). Read from Celery
 * 5.5's `celery.app.defaults.NAMESPACES` (each option's old names), kept to the names 3.1 had and
 * whose Django form differs (`CELERY_RESULT_BACKEND` stays).
 */
export const renamedCelerySettings: Readonly<Record<string, string>> = {
  BROKER_CONNECTION_MAX_RETRIES: 'broker_connection_max_retries',
  BROKER_CONNECTION_RETRY: 'broker_connection_retry',
  BROKER_CONNECTION_TIMEOUT: 'broker_connection_timeout',
  BROKER_FAILOVER_STRATEGY: 'broker_failover_strategy',
  BROKER_HEARTBEAT: 'broker_heartbeat',
  BROKER_HEARTBEAT_CHECKRATE: 'broker_heartbeat_checkrate',
  BROKER_HOST: 'broker_host',
  BROKER_LOGIN_METHOD: 'broker_login_method',
  BROKER_PASSWORD: 'broker_password',
  BROKER_POOL_LIMIT: 'broker_pool_limit',
  BROKER_PORT: 'broker_port',
  BROKER_TRANSPORT: 'broker_transport',
  BROKER_TRANSPORT_OPTIONS: 'broker_transport_options',
  BROKER_URL: 'broker_url',
  BROKER_USER: 'broker_user',
  BROKER_USE_SSL: 'broker_use_ssl',
  BROKER_VHOST: 'broker_vhost',
  CELERYBEAT_MAX_LOOP_INTERVAL: 'beat_max_loop_interval',
  CELERYBEAT_SCHEDULE: 'beat_schedule',
  CELERYBEAT_SCHEDULER: 'beat_scheduler',
  CELERYBEAT_SCHEDULE_FILENAME: 'beat_schedule_filename',
  CELERYBEAT_SYNC_EVERY: 'beat_sync_every',
  CELERYD_AGENT: 'worker_agent',
  CELERYD_AUTOSCALER: 'worker_autoscaler',
  CELERYD_CONCURRENCY: 'worker_concurrency',
  CELERYD_CONSUMER: 'worker_consumer',
  CELERYD_HIJACK_ROOT_LOGGER: 'worker_hijack_root_logger',
  CELERYD_LOG_COLOR: 'worker_log_color',
  CELERYD_LOG_FORMAT: 'worker_log_format',
  CELERYD_MAX_TASKS_PER_CHILD: 'worker_max_tasks_per_child',
  CELERYD_POOL: 'worker_pool',
  CELERYD_POOL_PUTLOCKS: 'worker_pool_putlocks',
  CELERYD_POOL_RESTARTS: 'worker_pool_restarts',
  CELERYD_PREFETCH_MULTIPLIER: 'worker_prefetch_multiplier',
  CELERYD_STATE_DB: 'worker_state_db',
  CELERYD_TASK_LOG_FORMAT: 'worker_task_log_format',
  CELERYD_TASK_SOFT_TIME_LIMIT: 'task_soft_time_limit',
  CELERYD_TASK_TIME_LIMIT: 'task_time_limit',
  CELERYD_TIMER: 'worker_timer',
  CELERYD_TIMER_PRECISION: 'worker_timer_precision',
  CELERYD_WORKER_LOST_WAIT: 'worker_lost_wait',
  CELERY_ACKS_LATE: 'task_acks_late',
  CELERY_ALWAYS_EAGER: 'task_always_eager',
  CELERY_ANNOTATIONS: 'task_annotations',
  CELERY_CREATE_MISSING_QUEUES: 'task_create_missing_queues',
  CELERY_DEFAULT_DELIVERY_MODE: 'task_default_delivery_mode',
  CELERY_DEFAULT_EXCHANGE: 'task_default_exchange',
  CELERY_DEFAULT_EXCHANGE_TYPE: 'task_default_exchange_type',
  CELERY_DEFAULT_QUEUE: 'task_default_queue',
  CELERY_DEFAULT_RATE_LIMIT: 'task_default_rate_limit',
  CELERY_DEFAULT_ROUTING_KEY: 'task_default_routing_key',
  CELERY_DISABLE_RATE_LIMITS: 'worker_disable_rate_limits',
  CELERY_EAGER_PROPAGATES_EXCEPTIONS: 'task_eager_propagates',
  CELERY_ENABLE_REMOTE_CONTROL: 'worker_enable_remote_control',
  CELERY_IGNORE_RESULT: 'task_ignore_result',
  CELERY_MAX_CACHED_RESULTS: 'result_cache_max',
  CELERY_MESSAGE_COMPRESSION: 'task_compression',
  CELERY_QUEUES: 'task_queues',
  CELERY_REDIRECT_STDOUTS: 'worker_redirect_stdouts',
  CELERY_REDIRECT_STDOUTS_LEVEL: 'worker_redirect_stdouts_level',
  CELERY_RESULT_DBURI: 'database_url',
  CELERY_RESULT_DB_SHORT_LIVED_SESSIONS: 'database_short_lived_sessions',
  CELERY_RESULT_DB_TABLENAMES: 'database_table_names',
  CELERY_RESULT_ENGINE_OPTIONS: 'database_engine_options',
  CELERY_ROUTES: 'task_routes',
  CELERY_SEND_EVENTS: 'worker_send_task_events',
  CELERY_SEND_TASK_SENT_EVENT: 'task_send_sent_event',
  CELERY_STORE_ERRORS_EVEN_IF_IGNORED: 'task_store_errors_even_if_ignored',
  CELERY_TASK_RESULT_EXPIRES: 'result_expires',
  CELERY_TRACK_STARTED: 'task_track_started',
};

/** `task_always_eager` → `NAMESPACES['task']['always_eager']`: where Celery defines it. */
export function namespaceClaim(setting: string): string {
  const cut = setting.indexOf('_');
  return `celery.app.defaults.NAMESPACES['${setting.slice(0, cut)}']['${setting.slice(cut + 1)}']`;
}

export default definePythonRule({
  id: 'celery-settings-names',
  title: 'Celery 3 setting names (`BROKER_URL`, `CELERY_ALWAYS_EAGER`, `CELERYBEAT_SCHEDULE`, …) → the `CELERY_` namespace',
  category: 'celery',
  library: 'celery',
  deprecatedIn: '4.0',
  removedIn: '6.0',
  onlyIn: ['settings'],
  docsUrl: celeryWhatsNew('4.0'),
  triggers: Object.keys(renamedCelerySettings),
  docs: {
    what: `Finds the ${Object.keys(renamedCelerySettings).length} Celery 3 settings whose name changed in Celery 4 (\`BROKER_URL\`, \`CELERY_ALWAYS_EAGER\`, \`CELERYBEAT_SCHEDULE\`, \`CELERYD_CONCURRENCY\`, …) assigned in Django settings modules.`,
    why: 'Celery 4.0 renamed its settings in lowercase (`broker_url`, `task_always_eager`, `beat_schedule`); a Django project reads them with `namespace="CELERY"` as `CELERY_BROKER_URL`, `CELERY_TASK_ALWAYS_EAGER`, `CELERY_BEAT_SCHEDULE`. With the namespace, the old names are silently ignored; without it they are read until Celery 6.0, and mixing old and new names is an error.',
    fixSafety:
      'Unsafe: renames the setting to its `CELERY_` form, which Celery reads only when the app is configured with `app.config_from_object("django.conf:settings", namespace="CELERY")`; check the Celery app module. Not offered when the new name is already set.',
  },
  fix: 'unsafe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  fixMinVersion: '4.0',
  truth: {
    deprecated: [namespaceClaim('task_always_eager'), namespaceClaim('beat_schedule')],
    replacements: [...new Set(Object.values(renamedCelerySettings))].map(namespaceClaim),
  },
  check(context) {
    if (!/\b(BROKER|CELERY)/.test(context.text)) return;
    const assigned = (name: string) => moduleAssignments(context, name).length > 0;
    for (const [old, setting] of Object.entries(renamedCelerySettings)) {
      const replacement = `CELERY_${setting.toUpperCase()}`;
      for (const { left } of moduleAssignments(context, old)) {
        context.report({
          node: left,
          subject: `The Celery setting \`${old}\``,
          advice: `use \`${replacement}\` (\`${setting}\`, read with \`namespace="CELERY"\`)`,
          fix: assigned(replacement) ? undefined : { title: `Rename to \`${replacement}\``, edits: [{ start: left.startIndex, end: left.endIndex, text: replacement }] },
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          CELERY_BROKER_URL = "redis://localhost:6379/0"
          CELERY_TASK_ALWAYS_EAGER = True
          CELERY_RESULT_BACKEND = "redis://localhost:6379/1"
        `,
        filename: 'site/settings.py',
      },
      {
        code: dedent`
          BROKER_URL = "redis://localhost:6379/0"
        `,
        filename: 'celeryconfig.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          BROKER_URL = "redis://localhost:6379/0"
          CELERY_ALWAYS_EAGER = True
          CELERYBEAT_SCHEDULE = {}
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 1, message: 'The Celery setting `BROKER_URL` is deprecated since Celery 4.0 and will be removed in 6.0: use `CELERY_BROKER_URL` (`broker_url`, read with `namespace="CELERY"`)' },
          { line: 2, column: 1, message: 'The Celery setting `CELERY_ALWAYS_EAGER` is deprecated since Celery 4.0 and will be removed in 6.0: use `CELERY_TASK_ALWAYS_EAGER` (`task_always_eager`, read with `namespace="CELERY"`)' },
          { line: 3, column: 1, message: 'The Celery setting `CELERYBEAT_SCHEDULE` is deprecated since Celery 4.0 and will be removed in 6.0: use `CELERY_BEAT_SCHEDULE` (`beat_schedule`, read with `namespace="CELERY"`)' },
        ],
        output: dedent`
          CELERY_BROKER_URL = "redis://localhost:6379/0"
          CELERY_TASK_ALWAYS_EAGER = True
          CELERY_BEAT_SCHEDULE = {}
        `,
      },
      {
        code: dedent`
          CELERYD_CONCURRENCY = 4
          CELERY_WORKER_CONCURRENCY = 8
          CELERY_TASK_RESULT_EXPIRES = 3600
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 1, message: 'The Celery setting `CELERYD_CONCURRENCY` is deprecated since Celery 4.0 and will be removed in 6.0: use `CELERY_WORKER_CONCURRENCY` (`worker_concurrency`, read with `namespace="CELERY"`)' },
          { line: 3, column: 1, message: 'The Celery setting `CELERY_TASK_RESULT_EXPIRES` is deprecated since Celery 4.0 and will be removed in 6.0: use `CELERY_RESULT_EXPIRES` (`result_expires`, read with `namespace="CELERY"`)' },
        ],
        output: dedent`
          CELERYD_CONCURRENCY = 4
          CELERY_WORKER_CONCURRENCY = 8
          CELERY_RESULT_EXPIRES = 3600
        `,
      },
    ],
  },
});
