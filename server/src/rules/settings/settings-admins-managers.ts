import type { Node } from 'web-tree-sitter';
import { settingAssignments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const items = (node: Node) => node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');

export default definePythonRule({
  id: 'settings-admins-managers',
  title: '`ADMINS`/`MANAGERS` as `(name, email)` tuples → email strings',
  category: 'settings',
  deprecatedIn: '6.0',
  removedIn: null,
  onlyIn: ['settings'],
  docs: {
    what: 'Finds `ADMINS` and `MANAGERS` settings written as lists of `(name, email)` tuples.',
    why: 'Django 6.0 takes a list of email addresses (`"Name <a@example.com>"` works too) and deprecated the tuples.',
    fixSafety: 'Keeps the addresses and drops the names (write `"Name <address>"` by hand to keep them). Needs Django 6.0+: older releases expect tuples.',
  },
  upstream: { djangoUpgrade: 'settings_admins_managers' },
  fix: 'safe',
  fixMinVersion: '6.0',
  checklist: ['admins-managers-tuples'],
  truth: { replacements: ['django.conf.global_settings.ADMINS', 'django.conf.global_settings.MANAGERS'], note: 'the shape of the value changed, not a name' },
  triggers: ['ADMINS', 'MANAGERS'],
  check(context) {
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
    valid: [
      {
        code: dedent`
          ADMINS = ["ops@example.com"]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          ADMINS = [
              ("Ops", "ops@example.com"),
              ("Dev", "dev@example.com"),
          ]
          MANAGERS = ADMINS
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: '`ADMINS` as `(name, email)` tuples is deprecated since Django 6.0: list the email addresses (`"Name <address>"` keeps the name)' },
        ],
        output: dedent`
          ADMINS = [
              "ops@example.com",
              "dev@example.com",
          ]
          MANAGERS = ADMINS
        `,
      },
      {
        code: dedent`
          ADMINS = [("Site admin", "admin@example.com")]
          MANAGERS = [("Editorial", "editors@example.com")]
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: '`ADMINS` as `(name, email)` tuples is deprecated since Django 6.0: list the email addresses (`"Name <address>"` keeps the name)' },
          { line: 2, column: 1, message: '`MANAGERS` as `(name, email)` tuples is deprecated since Django 6.0: list the email addresses (`"Name <address>"` keeps the name)' },
        ],
        output: dedent`
          ADMINS = ["admin@example.com"]
          MANAGERS = ["editors@example.com"]
        `,
      },
    ],
  },
});
