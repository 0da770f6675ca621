import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { settingAssignments } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const items = (node: Node) => node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');

const rule: PythonRule = {
  id: 'settings-admins-managers',
  title: '`ADMINS`/`MANAGERS` as `(name, email)` tuples → email strings',
  category: 'settings',
  deprecatedIn: '6.0',
  removedIn: null,
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('6.0'),
  docs: {
    what: 'Finds `ADMINS` and `MANAGERS` settings written as lists of `(name, email)` tuples (django-upgrade: `settings_admins_managers`).',
    why: 'Django 6.0 takes a list of email addresses (`"Name <a@example.com>"` works too) and deprecated the tuples.',
    fixSafety: 'Keeps the addresses and drops the names (write `"Name <address>"` by hand to keep them). Needs Django 6.0+: older releases expect tuples.',
  },
  fix: 'safe',
  fixMinVersion: '6.0',
  checklist: ['admins-managers-tuples'],
  truth: { replacements: ['django.conf.global_settings.ADMINS', 'django.conf.global_settings.MANAGERS'], note: 'the shape of the value changed, not a name' },
  check(context: PythonRuleContext) {
    for (const name of ['ADMINS', 'MANAGERS']) {
      for (const { left, right } of settingAssignments(context, name)) {
        if (!right || (right.type !== 'list' && right.type !== 'tuple')) continue;
        const elements = items(right);
        if (!elements.every((e) => e.type === 'tuple' && items(e).length === 2)) continue;
        context.report({
          node: left,
          subject: `\`${name}\` as \`(name, email)\` tuples`,
          advice: 'list the email addresses (`"Name <address>"` keeps the name)',
          fix: {
            title: 'Keep the email addresses',
            edits: elements.map((tuple) => ({ start: tuple.startIndex, end: tuple.endIndex, text: items(tuple)[1].text })),
          },
        });
      }
    }
  },
  examples: {
    valid: [{ code: 'ADMINS = ["ops@example.com"]\n', filename: 'settings.py' }],
    invalid: [{
      code: 'ADMINS = [\n    ("Ops", "ops@example.com"),\n    ("Dev", "dev@example.com"),\n]\nMANAGERS = ADMINS\n',
      filename: 'settings.py',
      findings: 1,
      output: 'ADMINS = [\n    "ops@example.com",\n    "dev@example.com",\n]\nMANAGERS = ADMINS\n',
    }],
  },
};
export default rule;
