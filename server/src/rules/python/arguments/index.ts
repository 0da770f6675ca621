// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import earliestLatestFieldName from './earliest-latest-field-name';
import fromDbValueContext from './from-db-value-context';
import getGroupByColsAlias from './get-group-by-cols-alias';
import isnullNonBoolean from './isnull-non-boolean';
import middlewareGetResponseRequired from './middleware-get-response-required';
import assertQuerysetEqualTransform from './assert-queryset-equal-transform';
import discoverRunnerExtraTests from './discover-runner-extra-tests';
import isDstArgument from './is-dst-argument';
import cachedPropertyName from './cached-property-name';
import exclusionConstraintOpclasses from './exclusion-constraint-opclasses';
import iteratorPrefetchChunkSize from './iterator-prefetch-chunk-size';
import nullsFirstLastFalse from './nulls-first-last-false';
import geometryWidgetMapSize from './geometry-widget-map-size';
import fieldCacheName from './field-cache-name';
import filesystemStorageOsOpenFlags from './filesystem-storage-os-open-flags';
import ogrGeometryCoordDim from './ogr-geometry-coord-dim';
import { inlineHasAddPermissionObj, modelAdminLookupAllowedRequest } from './admin-method-signatures';
import { configureUserCreated, configureUserRequest } from './remote-user-configure-user';
import { baseConstraintPositionalArguments, modelSavePositionalArguments, signerPositionalArguments } from './keyword-only-arguments';
import { getJoiningColumnsFallback, getPrefetchQuerysetFallback } from './prefetch-and-join-fallbacks';
import { postgresAggregateDefault, urlFieldAssumeScheme } from './default-flips';
import { createTestDbSerialize, loginWithoutUser, mailAttachMimeBase, paginatorOrphans, percentInAlias, valuesListFlatWithoutField } from './future-deprecations';
import contributeToClassVirtualOnly from './contribute-to-class-virtual-only';
import managerUseForRelatedFields from './manager-use-for-related-fields';
import multipolygonCascadedUnion from './multipolygon-cascaded-union';
import reverseRelationAssignment from './reverse-relation-assignment';
import authBackendAuthenticateRequest from './auth-backend-authenticate-request';
import isSafeUrlHost from './is-safe-url-host';
import logoutThenLoginExtraContext from './logout-then-login-extra-context';
import metaHasAutoField from './meta-has-auto-field';
import widgetRenderRenderer from './widget-render-renderer';
import { metaAddFieldVirtual, metaVirtualFields } from './meta-private-fields';
import assertRaisesMessageCallableObj from './assert-raises-message-callable-obj';
import assertRedirectsHost from './assert-redirects-host';
import authViewsCurrentApp from './auth-views-current-app';
import feedAddItemEnclosure from './feed-add-item-enclosure';
import feedMimeType from './feed-mime-type';
import signalDisconnectWeak from './signal-disconnect-weak';
import templateLoaderOldApi from './template-loader-old-api';
import templateLoaderTemplateDirs from './template-loader-template-dirs';
import emailValidatorDomainWhitelist from './email-validator-domain-whitelist';
import backendTemplateRenderContext from './backend-template-render-context';
import contenttypeNameArgument from './contenttype-name-argument';
import fieldRel from './field-rel';
import fieldRelated from './field-related';
import formmixinGetFormDefault from './formmixin-get-form-default';
import { inlineAdminFormContentTypeId, templateInlineAdminFormContentTypeId } from './inline-admin-form-content-type-id';
import modelchoicefieldCacheChoices from './modelchoicefield-cache-choices';
import passwordResetIsAdminSite from './password-reset-is-admin-site';
import queryAggregates from './query-aggregates';
import redirectviewPermanentDefault from './redirectview-permanent-default';
import regexfieldErrorMessage from './regexfield-error-message';
import remoteFieldTo from './remote-field-to';
import renderContextInstance from './render-context-instance';
import renderDictionaryArgument from './render-dictionary-argument';
import routerAllowMigrateSignature from './router-allow-migrate-signature';
import signerSeparator from './signer-separator';
import storageMaxLength from './storage-max-length';
import successUrlPercentPlaceholders from './success-url-percent-placeholders';
import templateCurrentApp from './template-current-app';
import templateDirsArgument from './template-dirs-argument';
import templateResponseContextObjects from './template-response-context-objects';
import testcaseUrls from './testcase-urls';

export const argumentRules: Rule<any>[] = [
  earliestLatestFieldName,
  fromDbValueContext,
  getGroupByColsAlias,
  isnullNonBoolean,
  middlewareGetResponseRequired,
  assertQuerysetEqualTransform,
  discoverRunnerExtraTests,
  isDstArgument,
  cachedPropertyName,
  exclusionConstraintOpclasses,
  iteratorPrefetchChunkSize,
  nullsFirstLastFalse,
  geometryWidgetMapSize,
  fieldCacheName,
  filesystemStorageOsOpenFlags,
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
  managerUseForRelatedFields,
  multipolygonCascadedUnion,
  reverseRelationAssignment,
  authBackendAuthenticateRequest,
  isSafeUrlHost,
  logoutThenLoginExtraContext,
  metaHasAutoField,
  widgetRenderRenderer,
  metaAddFieldVirtual,
  metaVirtualFields,
  assertRaisesMessageCallableObj,
  assertRedirectsHost,
  authViewsCurrentApp,
  feedAddItemEnclosure,
  feedMimeType,
  signalDisconnectWeak,
  templateLoaderOldApi,
  templateLoaderTemplateDirs,
  emailValidatorDomainWhitelist,
  backendTemplateRenderContext,
  contenttypeNameArgument,
  fieldRel,
  fieldRelated,
  formmixinGetFormDefault,
  inlineAdminFormContentTypeId,
  templateInlineAdminFormContentTypeId,
  modelchoicefieldCacheChoices,
  passwordResetIsAdminSite,
  queryAggregates,
  redirectviewPermanentDefault,
  regexfieldErrorMessage,
  remoteFieldTo,
  renderContextInstance,
  renderDictionaryArgument,
  routerAllowMigrateSignature,
  signerSeparator,
  storageMaxLength,
  successUrlPercentPlaceholders,
  templateCurrentApp,
  templateDirsArgument,
  templateResponseContextObjects,
  testcaseUrls,
];
