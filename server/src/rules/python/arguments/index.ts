// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import isnullNonBoolean from './isnull-non-boolean';
import reverseRelationAssignment from './reverse-relation-assignment';
import { inlineAdminFormContentTypeId, templateInlineAdminFormContentTypeId } from './inline-admin-form-content-type-id';

export const argumentRules: Rule<any>[] = [
  isnullNonBoolean,
  reverseRelationAssignment,
  inlineAdminFormContentTypeId,
  templateInlineAdminFormContentTypeId,
];
