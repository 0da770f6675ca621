import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { callsTo } from '../../../engine/python-queries';
import { keywordArgumentRule } from '../../shapes';

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
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `weak` passed to `disconnect()` of Django\'s signals and of signals the module creates with `Signal()`.',
    why: 'The argument never had an effect on `disconnect()`; Django 1.9 deprecated it and 2.0 removed it (`TypeError`).',
    fixSafety: 'Safe: the argument did nothing.',
  },
  fix: 'safe',
  checklist: ['signal-disconnect-weak'],
  truth: { removedParameters: [{ symbol: 'django.dispatch.dispatcher.Signal.disconnect', name: 'weak' }] },
  sites: { methods: { names: ['disconnect'], receiver: isSignal } },
  keywords: [{ name: 'weak', subject: '`Signal.disconnect(weak=…)`', remove: true, advice: 'remove it (it never had an effect)' }],
  examples: {
    valid: [{ code: 'from django.db.models.signals import post_save\n\npost_save.disconnect(handler, sender=Book)\nsocket.disconnect(weak=False)\n' }],
    invalid: [{
      code: 'from django.db.models import signals\nfrom django.dispatch import Signal\n\npaid = Signal()\nsignals.post_save.disconnect(handler, sender=Book, weak=False)\npaid.disconnect(on_paid, weak=True)\n',
      findings: 2,
      output: 'from django.db.models import signals\nfrom django.dispatch import Signal\n\npaid = Signal()\nsignals.post_save.disconnect(handler, sender=Book)\npaid.disconnect(on_paid)\n',
    }],
  },
});
