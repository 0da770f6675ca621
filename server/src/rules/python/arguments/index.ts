// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import isnullNonBoolean from './isnull-non-boolean';
import discoverRunnerExtraTests from './discover-runner-extra-tests';
import ogrGeometryCoordDim from './ogr-geometry-coord-dim';
import { inlineHasAddPermissionObj, modelAdminLookupAllowedRequest } from './admin-method-signatures';
import { configureUserCreated, configureUserRequest } from './remote-user-configure-user';
import { baseConstraintPositionalArguments, modelSavePositionalArguments, signerPositionalArguments } from './keyword-only-arguments';
import { getJoiningColumnsFallback, getPrefetchQuerysetFallback } from './prefetch-and-join-fallbacks';
import { postgresAggregateDefault, urlFieldAssumeScheme } from './default-flips';
import { createTestDbSerialize, loginWithoutUser, mailAttachMimeBase, paginatorOrphans, percentInAlias, valuesListFlatWithoutField } from './future-deprecations';
import contributeToClassVirtualOnly from './contribute-to-class-virtual-only';
import reverseRelationAssignment from './reverse-relation-assignment';
import { metaAddFieldVirtual, metaVirtualFields } from './meta-private-fields';
import templateLoaderTemplateDirs from './template-loader-template-dirs';
import emailValidatorDomainWhitelist from './email-validator-domain-whitelist';
import backendTemplateRenderContext from './backend-template-render-context';
import fieldRel from './field-rel';
import { inlineAdminFormContentTypeId, templateInlineAdminFormContentTypeId } from './inline-admin-form-content-type-id';

export const argumentRules: Rule<any>[] = [
  isnullNonBoolean,
  discoverRunnerExtraTests,
  ogrGeometryCoordDim,
  inlineHasAddPermissionObj,
  modelAdminLookupAllowedRequest,
  configureUserRequest,
  configureUserCreated,
  signerPositionalArguments,
  baseConstraintPositionalArguments,
  modelSavePositionalArguments,
  getPrefetchQuerysetFallback,
  getJoiningColumnsFallback,
  urlFieldAssumeScheme,
  postgresAggregateDefault,
  loginWithoutUser,
  createTestDbSerialize,
  mailAttachMimeBase,
  paginatorOrphans,
  percentInAlias,
  valuesListFlatWithoutField,
  contributeToClassVirtualOnly,
  reverseRelationAssignment,
  metaAddFieldVirtual,
  metaVirtualFields,
  templateLoaderTemplateDirs,
  emailValidatorDomainWhitelist,
  backendTemplateRenderContext,
  fieldRel,
  inlineAdminFormContentTypeId,
  templateInlineAdminFormContentTypeId,
];
