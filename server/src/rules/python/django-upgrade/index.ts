// Rules that bring the catalogue to parity with django-upgrade's fixers (test/parity checks the
// output against the real tool). In the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import adminDecorators from './admin-decorators';
import adminRegisterDecorator from './admin-register-decorator';

export const djangoUpgradeParityRules: Rule<any>[] = [
  adminRegisterDecorator,
  adminDecorators,
];
