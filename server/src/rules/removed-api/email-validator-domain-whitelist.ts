import { attributeAccesses, classAssignments, importsFrom, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const validators = ['django.core.validators.EmailValidator'];

export default definePythonRule({
  id: 'email-validator-domain-whitelist',
  title: '`EmailValidator.domain_whitelist` → `domain_allowlist`',
  category: 'removed-api',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  docs: {
    what: 'Finds the `domain_whitelist` attribute: set in subclasses of `EmailValidator`, or read/assigned (`validator.domain_whitelist`) in modules that import `django.core.validators`. (The `whitelist=` argument is the rule for django-upgrade\'s `email_validator` fixer.)',
    why: 'Django 3.2 renamed it to `domain_allowlist`; 4.1 removed the old name, so a subclass\'s list is ignored and reads raise `AttributeError`.',
    fixSafety: 'Safe: renames the attribute (unless the class also sets `domain_allowlist`). Needs Django 3.2+.',
  },
  fix: 'safe',
  fixMinVersion: '3.2',
  checklist: ['emailvalidator-domain-whitelist'],
  truth: { removed: ['django.core.validators.EmailValidator.domain_whitelist'], replacements: ['django.core.validators.EmailValidator.domain_allowlist'] },
  triggers: ['domain_whitelist'],
  check(context) {
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
    for (const access of attributeAccesses(context, 'domain_whitelist')) {
      const attribute = access.childForFieldName('attribute')!;
      if (reported.has(access.startIndex)) continue;
      context.report({
        node: access,
        subject: '`EmailValidator.domain_whitelist`',
        advice: 'use `domain_allowlist`',
        fix: { title: 'Use `domain_allowlist`', edits: [{ start: attribute.startIndex, end: attribute.endIndex, text: 'domain_allowlist' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.validators import EmailValidator

          class Corporate(EmailValidator):
              domain_allowlist = ["localhost", "intranet"]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.validators import EmailValidator

          class Corporate(EmailValidator):
              domain_whitelist = ["localhost", "intranet"]

          validate = EmailValidator()
          validate.domain_whitelist.append("example.com")
        `,
        errors: [
          { line: 4, column: 5, message: '`EmailValidator.domain_whitelist` is deprecated since Django 3.2 and removed in 4.1: name it `domain_allowlist`' },
          { line: 7, column: 1, message: '`EmailValidator.domain_whitelist` is deprecated since Django 3.2 and removed in 4.1: use `domain_allowlist`' },
        ],
        output: dedent`
          from django.core.validators import EmailValidator

          class Corporate(EmailValidator):
              domain_allowlist = ["localhost", "intranet"]

          validate = EmailValidator()
          validate.domain_allowlist.append("example.com")
        `,
      },
      {
        code: dedent`
          from django.core import validators


          class StaffEmailValidator(validators.EmailValidator):
              domain_whitelist = ["staff.example.com"]
              message = "Use your staff address."
        `,
        errors: [
          { line: 5, column: 5, message: '`EmailValidator.domain_whitelist` is deprecated since Django 3.2 and removed in 4.1: name it `domain_allowlist`' },
        ],
        output: dedent`
          from django.core import validators


          class StaffEmailValidator(validators.EmailValidator):
              domain_allowlist = ["staff.example.com"]
              message = "Use your staff address."
        `,
      },
    ],
  },
});
