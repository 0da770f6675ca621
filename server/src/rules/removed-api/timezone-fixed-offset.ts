import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { TextEdit } from '../../engine/types';
import { linesBeforeImport } from '../../engine/python-edits';
import { callArguments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const qualifiedName = 'django.utils.timezone.FixedOffset';

export default definePythonRule({
  id: 'timezone-fixed-offset',
  title: '`django.utils.timezone.FixedOffset` → `datetime.timezone`',
  category: 'removed-api',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  docs: {
    what: 'Finds `django.utils.timezone.FixedOffset`.',
    why: 'Python 3 has `datetime.timezone` for fixed offsets; Django 2.2 deprecated its own class and 3.1 removed it.',
    fixSafety: 'Safe: `FixedOffset(offset, name)` becomes `timezone(timedelta(minutes=offset), name)`, with `from datetime import timedelta, timezone`. Only when every use is such a call and the names `timezone` and `timedelta` are free (django-upgrade does not check the names: next to `from django.utils import timezone` its fix shadows Django\'s module). Needs Django 2.0+ (Python 3).',
  },
  upstream: { djangoUpgrade: 'timezone_fixedoffset' },
  fix: 'safe',
  fixMinVersion: '2.0',
  checklist: ['timezone-fixedoffset'],
  truth: { removed: [qualifiedName] },
  triggers: ['FixedOffset'],
  check(context) {
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
    valid: [
      {
        code: dedent`
          from datetime import timedelta, timezone

          tz = timezone(timedelta(minutes=120))
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.timezone import FixedOffset, now

          tz = FixedOffset(120, "CEST")
          other = FixedOffset(offset=-60)
        `,
        errors: [
          { line: 1, column: 35, message: '`django.utils.timezone.FixedOffset` is deprecated since Django 2.2 and removed in 3.1: use `datetime.timezone(datetime.timedelta(minutes=offset), name)`' },
          { line: 3, column: 6, message: '`django.utils.timezone.FixedOffset` is deprecated since Django 2.2 and removed in 3.1: use `datetime.timezone(datetime.timedelta(minutes=offset), name)`' },
          { line: 4, column: 9, message: '`django.utils.timezone.FixedOffset` is deprecated since Django 2.2 and removed in 3.1: use `datetime.timezone(datetime.timedelta(minutes=offset), name)`' },
        ],
        output: dedent`
          from datetime import timedelta, timezone
          from django.utils.timezone import now

          tz = timezone(timedelta(minutes=120), "CEST")
          other = timezone(offset=timedelta(minutes=-60))
        `,
      },
      {
        code: dedent`
          from django.utils import timezone
          from django.utils.timezone import FixedOffset

          tz = FixedOffset(60)
          now = timezone.now()
        `,
        errors: [
          { line: 2, column: 35, message: '`django.utils.timezone.FixedOffset` is deprecated since Django 2.2 and removed in 3.1: use `datetime.timezone(datetime.timedelta(minutes=offset), name)`' },
          { line: 4, column: 6, message: '`django.utils.timezone.FixedOffset` is deprecated since Django 2.2 and removed in 3.1: use `datetime.timezone(datetime.timedelta(minutes=offset), name)`' },
        ],
      },
      {
        code: dedent`
          import datetime

          from django.utils.timezone import FixedOffset


          def parse_offset(minutes):
              return FixedOffset(minutes)
        `,
        errors: [
          { line: 3, column: 35, message: '`django.utils.timezone.FixedOffset` is deprecated since Django 2.2 and removed in 3.1: use `datetime.timezone(datetime.timedelta(minutes=offset), name)`' },
          { line: 7, column: 12, message: '`django.utils.timezone.FixedOffset` is deprecated since Django 2.2 and removed in 3.1: use `datetime.timezone(datetime.timedelta(minutes=offset), name)`' },
        ],
        output: dedent`
          import datetime

          from datetime import timedelta, timezone


          def parse_offset(minutes):
              return timezone(timedelta(minutes=minutes))
        `,
      },
    ],
  },
});
