import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import { deleteStatement, removeImportEntries } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';

const decorator = 'django.contrib.auth.tests.utils.skipIfCustomUser';

export default definePythonRule({
  id: 'auth-tests-skip-if-custom-user',
  title: '`@skipIfCustomUser` removed',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `django.contrib.auth.tests.utils.skipIfCustomUser`, the decorator that skipped a test when `AUTH_USER_MODEL` was not `auth.User`.',
    why: 'Django 1.9 deprecated it (Django\'s own tests stopped needing it); Django 2.0 removed it with the `django.contrib.auth.tests` package.',
    fixSafety:
      'Quick fix only: removes the decorator and its import, so the tests also run with a custom user model. To keep skipping them, write ' +
      '`@skipIf(settings.AUTH_USER_MODEL != "auth.User", "Custom user model in use")` instead.',
  },
  fix: 'unsafe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  checklist: ['skip-if-custom-user'],
  truth: { removed: [decorator] },
  triggers: ['skipIfCustomUser'],
  check(context) {
    const { scopes, text } = context;
    const sites: Node[] = [];
    const edits: TextEdit[] = [];
    let fixable = true;
    const entries = scopes.imports.filter((entry) => entry.qualifiedName === decorator);
    const references = scopes.referencesTo(decorator);
    for (const reference of references) {
      const parent = reference.node.parent;
      if (parent?.type === 'decorator' && parent.namedChildren.filter((n) => n?.type !== 'comment').length === 1) edits.push(deleteStatement(text, parent));
      else fixable = false;
      if (reference.node.type !== 'identifier' || !reference.importEntry.aliasNode) sites.push(reference.node);
    }
    for (const entry of entries) {
      sites.push(entry.entry);
      edits.push(...removeImportEntries(text, entry.statement, [entry.entry]));
    }
    for (const reference of references) {
      // `from django.contrib.auth.tests import utils` … `@utils.skipIfCustomUser`: the module import goes when nothing else uses it.
      const entry = reference.importEntry;
      if (entry.qualifiedName !== decorator && !entries.includes(entry) && scopes.usesOf(entry).every((use) => references.some((r) => r.node.startIndex === use.node.startIndex))) {
        entries.push(entry);
        edits.push(...removeImportEntries(text, entry.statement, [entry.entry]));
      }
    }
    let fix: { title: string; edits: TextEdit[] } | undefined;
    if (fixable) {
      try {
        fix = { title: 'Remove `@skipIfCustomUser`', edits: normalizeEdits(edits) };
      } catch {
        fix = undefined;
      }
    }
    for (const node of sites) context.report({ node, subject: '`@skipIfCustomUser`', advice: 'remove it, or skip with `unittest.skipIf` on `settings.AUTH_USER_MODEL`', fix });
  },
  examples: {
    valid: [
      {
        code: dedent`
          from unittest import skipIf

          from django.conf import settings
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.auth.tests.utils import skipIfCustomUser
          from django.test import TestCase


          @skipIfCustomUser
          class LoginTests(TestCase):
              pass
        `,
        errors: [
          { line: 1, column: 45, message: '`@skipIfCustomUser` is deprecated since Django 1.9 and removed in 2.0: remove it, or skip with `unittest.skipIf` on `settings.AUTH_USER_MODEL`' },
          { line: 5, column: 2, message: '`@skipIfCustomUser` is deprecated since Django 1.9 and removed in 2.0: remove it, or skip with `unittest.skipIf` on `settings.AUTH_USER_MODEL`' },
        ],
        output: dedent`
          from django.test import TestCase


          class LoginTests(TestCase):
              pass
        `,
      },
      {
        code: dedent`
          from django.contrib.auth.tests import utils
          from django.test import TestCase


          class PasswordResetTests(TestCase):
              @utils.skipIfCustomUser
              def test_reset_email(self):
                  self.assertEqual(1 + 1, 2)
        `,
        errors: [
          { line: 6, column: 6, message: '`@skipIfCustomUser` is deprecated since Django 1.9 and removed in 2.0: remove it, or skip with `unittest.skipIf` on `settings.AUTH_USER_MODEL`' },
        ],
        output: dedent`
          from django.test import TestCase


          class PasswordResetTests(TestCase):
              def test_reset_email(self):
                  self.assertEqual(1 + 1, 2)
        `,
      },
    ],
  },
});
