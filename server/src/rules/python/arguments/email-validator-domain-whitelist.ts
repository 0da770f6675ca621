import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { classAssignments, importsFrom, subclassesOf } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const validators = ['django.core.validators.EmailValidator'];

const rule: PythonRule = {
  id: 'email-validator-domain-whitelist',
  title: '`EmailValidator.domain_whitelist` → `domain_allowlist`',
  category: 'removed-api',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  languages: ['python'],
  docsUrl: deprecationNotes('3.2'),
  docs: {
    what: 'Finds the `domain_whitelist` attribute: set in subclasses of `EmailValidator`, or read/assigned (`validator.domain_whitelist`) in modules that import `django.core.validators`. (The `whitelist=` argument is the rule for django-upgrade\'s `email_validator` fixer.)',
    why: 'Django 3.2 renamed it to `domain_allowlist`; 4.1 removed the old name, so a subclass\'s list is ignored and reads raise `AttributeError`.',
    fixSafety: 'Safe: renames the attribute (unless the class also sets `domain_allowlist`). Needs Django 3.2+.',
  },
  fix: 'safe',
  fixMinVersion: '3.2',
  checklist: ['emailvalidator-domain-whitelist'],
  truth: { removed: ['django.core.validators.EmailValidator.domain_whitelist'], replacements: ['django.core.validators.EmailValidator.domain_allowlist'] },
  check(context: PythonRuleContext) {
    const reported = new Set<number>();
    for (const classNode of subclassesOf(context, validators)) {
      if (classAssignments(classNode, 'domain_allowlist').length > 0) continue;
      for (const { left } of classAssignments(classNode, 'domain_whitelist')) {
        reported.add(left.startIndex);
        context.report({
          node: left,
          subject: '`EmailValidator.domain_whitelist`',
          advice: 'name it `domain_allowlist`',
          fix: { title: 'Rename to `domain_allowlist`', edits: [{ start: left.startIndex, end: left.endIndex, text: 'domain_allowlist' }] },
        });
      }
    }
    if (!importsFrom(context, ['django.core.validators'])) return;
    for (const access of context.tree.rootNode.descendantsOfType('attribute')) {
      const attribute = access?.childForFieldName('attribute');
      if (!access || attribute?.text !== 'domain_whitelist' || reported.has(access.startIndex)) continue;
      context.report({
        node: access,
        subject: '`EmailValidator.domain_whitelist`',
        advice: 'use `domain_allowlist`',
        fix: { title: 'Use `domain_allowlist`', edits: [{ start: attribute.startIndex, end: attribute.endIndex, text: 'domain_allowlist' }] },
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.core.validators import EmailValidator\n\nclass Corporate(EmailValidator):\n    domain_allowlist = ["localhost", "intranet"]\n' }],
    invalid: [{
      code: 'from django.core.validators import EmailValidator\n\nclass Corporate(EmailValidator):\n    domain_whitelist = ["localhost", "intranet"]\n\nvalidate = EmailValidator()\nvalidate.domain_whitelist.append("example.com")\n',
      findings: 2,
      output: 'from django.core.validators import EmailValidator\n\nclass Corporate(EmailValidator):\n    domain_allowlist = ["localhost", "intranet"]\n\nvalidate = EmailValidator()\nvalidate.domain_allowlist.append("example.com")\n',
    }],
  },
};
export default rule;
