import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { callsTo } from '../../engine/python-queries';
import { dedent, keywordArgumentRule } from '../shapes';

const signalClass = ['django.dispatch.dispatcher.Signal'];

/** Django's signals (`django.db.models.signals.post_save`, …) and signals created with `Signal()` in this module. */
function isSignal(context: PythonRuleContext, receiver: Node): boolean {
  const name = context.scopes.qualifiedNameOf(receiver);
  if (name !== null) return /^django\.(\w+\.)*signals\.\w+$/.test(name);
  if (receiver.type !== 'identifier') return false;
  return callsTo(context, signalClass).some(({ call }) => {
    const parent = call.parent;
    return parent?.type === 'assignment' && parent.childForFieldName('left')?.text === receiver.text;
  });
}

export default keywordArgumentRule({
  id: 'signal-disconnect-weak',
  title: 'Drop `Signal.disconnect(weak=…)`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `weak` passed to `disconnect()` of Django\'s signals and of signals the module creates with `Signal()`.',
    why: 'The argument never had an effect on `disconnect()`; Django 1.9 deprecated it and 2.0 removed it (`TypeError`).',
    fixSafety: 'Safe: the argument did nothing.',
  },
  fix: 'safe',
  // Whether a name is a signal can depend on its `Signal()` in another statement: it runs on the whole file after every edit.
  locality: 'file',
  checklist: ['signal-disconnect-weak'],
  truth: { removedParameters: [{ symbol: 'django.dispatch.dispatcher.Signal.disconnect', name: 'weak' }] },
  sites: { methods: { names: ['disconnect'], receiver: isSignal } },
  keywords: [{ name: 'weak', subject: '`Signal.disconnect(weak=…)`', remove: true, advice: 'remove it (it never had an effect)' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models.signals import post_save

          post_save.disconnect(handler, sender=Book)
          socket.disconnect(weak=False)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models import signals
          from django.dispatch import Signal

          paid = Signal()
          signals.post_save.disconnect(handler, sender=Book, weak=False)
          paid.disconnect(on_paid, weak=True)
        `,
        errors: [
          { line: 5, column: 52, message: '`Signal.disconnect(weak=…)` is deprecated since Django 1.9 and removed in 2.0: remove it (it never had an effect)' },
          { line: 6, column: 26, message: '`Signal.disconnect(weak=…)` is deprecated since Django 1.9 and removed in 2.0: remove it (it never had an effect)' },
        ],
        output: dedent`
          from django.db.models import signals
          from django.dispatch import Signal

          paid = Signal()
          signals.post_save.disconnect(handler, sender=Book)
          paid.disconnect(on_paid)
        `,
      },
      {
        code: dedent`
          from django.core.signals import request_finished
          from django.test import TestCase

          from shop.handlers import flush_cache


          class CacheTests(TestCase):
              def tearDown(self):
                  request_finished.disconnect(flush_cache, dispatch_uid="flush", weak=False)
        `,
        errors: [
          { line: 9, column: 72, message: '`Signal.disconnect(weak=…)` is deprecated since Django 1.9 and removed in 2.0: remove it (it never had an effect)' },
        ],
        output: dedent`
          from django.core.signals import request_finished
          from django.test import TestCase

          from shop.handlers import flush_cache


          class CacheTests(TestCase):
              def tearDown(self):
                  request_finished.disconnect(flush_cache, dispatch_uid="flush")
        `,
      },
    ],
  },
});
