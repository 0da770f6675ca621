import type { PythonRuleContext } from '../../engine/lint';
import { removeElement } from '../../engine/python-edits';
import { deprecationNotes } from '../docs-links';
import { stringValue } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

const path = 'django.contrib.auth.middleware.SessionAuthenticationMiddleware';

const rule: PythonRule = {
  id: 'settings-session-auth-middleware',
  title: 'Remove `SessionAuthenticationMiddleware`',
  category: 'settings',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds `SessionAuthenticationMiddleware` in middleware lists of settings modules.',
    why: 'Session verification is always on since Django 1.10, where the class became a no-op; Django 2.0 removed it, so the import fails at startup.',
    fixSafety: 'Safe: removes the list entry, which did nothing since 1.10.',
  },
  fix: 'safe',
  checklist: ['session-auth-middleware-optin'],
  truth: { removed: ['django.contrib.auth.middleware.SessionAuthenticationMiddleware'] },
  fixMinVersion: '1.10',
  check(context: PythonRuleContext) {
    for (const node of context.tree.rootNode.descendantsOfType('string')) {
      if (!node || stringValue(node) !== path) continue;
      const container = node.parent;
      const inList = container && (container.type === 'list' || container.type === 'tuple');
      context.report({
        node,
        subject: '`SessionAuthenticationMiddleware`',
        advice: 'remove it: session verification is always on',
        fix: inList ? { title: 'Remove `SessionAuthenticationMiddleware`', edits: removeElement(context.text, container!, node) } : undefined,
      });
    }
  },
  examples: {
    valid: [{ code: 'MIDDLEWARE = ["django.contrib.auth.middleware.AuthenticationMiddleware"]\n', filename: 'settings.py' }],
    invalid: [
      {
        code: 'MIDDLEWARE_CLASSES = (\n    "django.contrib.auth.middleware.AuthenticationMiddleware",\n    "django.contrib.auth.middleware.SessionAuthenticationMiddleware",\n    "django.contrib.messages.middleware.MessageMiddleware",\n)\n',
        filename: 'settings.py',
        findings: 1,
        output: 'MIDDLEWARE_CLASSES = (\n    "django.contrib.auth.middleware.AuthenticationMiddleware",\n    "django.contrib.messages.middleware.MessageMiddleware",\n)\n',
      },
      {
        code: "MIDDLEWARE = ('a.B', 'django.contrib.auth.middleware.SessionAuthenticationMiddleware')\n",
        filename: 'config/settings/base.py',
        findings: 1,
        output: "MIDDLEWARE = ('a.B',)\n",
      },
    ],
  },
};
export default rule;
