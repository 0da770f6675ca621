// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import isnullNonBoolean from './isnull-non-boolean';
import contributeToClassVirtualOnly from './contribute-to-class-virtual-only';
import reverseRelationAssignment from './reverse-relation-assignment';
import backendTemplateRenderContext from './backend-template-render-context';
import { inlineAdminFormContentTypeId, templateInlineAdminFormContentTypeId } from './inline-admin-form-content-type-id';

export const argumentRules: Rule<any>[] = [
  isnullNonBoolean,
  contributeToClassVirtualOnly,
  reverseRelationAssignment,
  backendTemplateRenderContext,
  inlineAdminFormContentTypeId,
  templateInlineAdminFormContentTypeId,
];
