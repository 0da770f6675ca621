import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { normalizeEdits } from '../../../engine/apply-fixes';
import type { TextEdit } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { linesBeforeImport } from '../../../engine/python-edits';
import { callArguments } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const qualifiedName = 'django.utils.timezone.FixedOffset';

const rule: PythonRule = {
  id: 'timezone-fixed-offset',
  title: '`django.utils.timezone.FixedOffset` → `datetime.timezone`',
  category: 'removed-api',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  languages: ['python'],
  docsUrl: deprecationNotes('2.2'),
  docs: {
    what: 'Finds `django.utils.timezone.FixedOffset` (django-upgrade: `timezone_fixedoffset`).',
    why: 'Python 3 has `datetime.timezone` for fixed offsets; Django 2.2 deprecated its own class and 3.1 removed it.',
    fixSafety: 'Safe: `FixedOffset(offset, name)` becomes `timezone(timedelta(minutes=offset), name)`, with `from datetime import timedelta, timezone`. Only when every use is such a call and the names `timezone` and `timedelta` are free (django-upgrade does not check the names: next to `from django.utils import timezone` its fix shadows Django\'s module). Needs Django 2.0+ (Python 3).',
  },
  fix: 'safe',
  fixMinVersion: '2.0',
  checklist: ['timezone-fixedoffset'],
  truth: { removed: [qualifiedName] },
  check(context: PythonRuleContext) {
    const { scopes, text } = context;
    const entries = scopes.imports.filter((e) => e.qualifiedName === qualifiedName);
    const references = scopes.referencesTo(qualifiedName);
    if (entries.length === 0 && references.length === 0) return;
    const edits: TextEdit[] = [];
    const sites: Record<'timezone' | 'timedelta', Node[]> = { timezone: [], timedelta: [] };
    let fixable = entries.length === 1 && entries[0].module === 'django.utils.timezone' && !entries[0].aliasNode && entries[0].scope === scopes.moduleScope;
    for (const reference of references) {
      const call = reference.node.parent;
      if (reference.node.type !== 'identifier' || call?.type !== 'call' || call.childForFieldName('function')?.startIndex !== reference.node.startIndex) {
        fixable = false;
        continue;
      }
      const { list, positional, keywords } = callArguments(call);
      const first = list?.namedChildren.find((n) => n && n.type !== 'comment');
      const offset = first && first.type !== 'list_splat' && first.type !== 'dictionary_splat' && first.type !== 'keyword_argument' ? positional[0] : keywords.get('offset')?.childForFieldName('value');
      if (!offset) {
        fixable = false;
        continue;
      }
      edits.push({ start: reference.node.startIndex, end: reference.node.endIndex, text: 'timezone' });
      edits.push({ start: offset.startIndex, end: offset.startIndex, text: 'timedelta(minutes=' }, { start: offset.endIndex, end: offset.endIndex, text: ')' });
      sites.timezone.push(reference.node);
      sites.timedelta.push(offset);
    }
    // Each name must mean `datetime`'s where the fix writes it (not a parameter `timezone`).
    const datetimeName = (name: 'timezone' | 'timedelta') => scopes.renameSafety(name, `datetime.${name}`, sites[name], entries[0]?.statement.startIndex ?? 0) === 'safe';
    if (!datetimeName('timezone') || !datetimeName('timedelta')) fixable = false;
    let fix;
    if (fixable) {
      const missing = ['timedelta', 'timezone'].filter((name) => !scopes.imports.some((e) => e.qualifiedName === `datetime.${name}` && e.localName === name));
      edits.push(...linesBeforeImport(text, entries[0].statement, [entries[0].entry], missing.length ? [`from datetime import ${missing.join(', ')}`] : []));
      try {
        fix = { title: 'Use `datetime.timezone(timedelta(minutes=…))`', edits: normalizeEdits(edits) };
      } catch {
        fix = undefined;
      }
    }
    for (const node of [...entries.map((e) => e.entry), ...references.filter((r) => r.node.type === 'attribute' || r.node.text === 'FixedOffset').map((r) => r.node)]) {
      context.report({ node, subject: '`django.utils.timezone.FixedOffset`', advice: 'use `datetime.timezone(datetime.timedelta(minutes=offset), name)`', fix });
    }
  },
  examples: {
    valid: [{ code: 'from datetime import timedelta, timezone\n\ntz = timezone(timedelta(minutes=120))\n' }],
    invalid: [
      {
        code: 'from django.utils.timezone import FixedOffset, now\n\ntz = FixedOffset(120, "CEST")\nother = FixedOffset(offset=-60)\n',
        findings: 3,
        output: 'from datetime import timedelta, timezone\nfrom django.utils.timezone import now\n\ntz = timezone(timedelta(minutes=120), "CEST")\nother = timezone(offset=timedelta(minutes=-60))\n',
      },
      { code: 'from django.utils import timezone\nfrom django.utils.timezone import FixedOffset\n\ntz = FixedOffset(60)\nnow = timezone.now()\n', findings: 2 },
    ],
  },
};
export default rule;
