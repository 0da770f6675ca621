// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import isnullNonBoolean from './isnull-non-boolean';
import discoverRunnerExtraTests from './discover-runner-extra-tests';
import ogrGeometryCoordDim from './ogr-geometry-coord-dim';
import contributeToClassVirtualOnly from './contribute-to-class-virtual-only';
import reverseRelationAssignment from './reverse-relation-assignment';
import templateLoaderTemplateDirs from './template-loader-template-dirs';
import emailValidatorDomainWhitelist from './email-validator-domain-whitelist';
import backendTemplateRenderContext from './backend-template-render-context';
import fieldRel from './field-rel';
import { inlineAdminFormContentTypeId, templateInlineAdminFormContentTypeId } from './inline-admin-form-content-type-id';

export const argumentRules: Rule<any>[] = [
  isnullNonBoolean,
  discoverRunnerExtraTests,
  ogrGeometryCoordDim,
  contributeToClassVirtualOnly,
  reverseRelationAssignment,
  templateLoaderTemplateDirs,
  emailValidatorDomainWhitelist,
  backendTemplateRenderContext,
  fieldRel,
  inlineAdminFormContentTypeId,
  templateInlineAdminFormContentTypeId,
];
