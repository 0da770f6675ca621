// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import adminLogDeletion from './admin-log-deletion';
import adminLogentryLogAction from './admin-logentry-log-action';
import authLogoutviewGetNextPage from './auth-logoutview-get-next-page';
import authMakeRandomPassword from './auth-make-random-password';
import authTestsSkipIfCustomUser from './auth-tests-skip-if-custom-user';
import coreContextProcessors from './core-context-processors';
import dbBackendCheckAggregateSupport from './db-backend-check-aggregate-support';
import dbBackendFieldCastSql from './db-backend-field-cast-sql';
import dbBackendFulltextSearchSql from './db-backend-fulltext-search-sql';
import dbIntrospectionGetIndexes from './db-introspection-get-indexes';
import dbModelsAddLazyRelation from './db-models-add-lazy-relation';
import dbModelsChoicesmeta from './db-models-choicesmeta';
import dbModelsInvalidQuery from './db-models-invalid-query';
import dbModelsSqlAggregates from './db-models-sql-aggregates';
import dbModelsSubfieldbase from './db-models-subfieldbase';
import filefieldGetDirectoryName from './filefield-get-directory-name';
import foreignObjectGetReverseJoiningColumns from './foreign-object-get-reverse-joining-columns';
import formatHtmlWithoutArguments from './format-html-without-arguments';
import formsFieldHasChangedPrivate from './forms-field-has-changed-private';
import formsHtmlOutput from './forms-html-output';
import formsWidgetFormatValuePrivate from './forms-widget-format-value-private';
import gisAdminGeomodeladmin from './gis-admin-geomodeladmin';
import gisAdminOpenlayerswidget from './gis-admin-openlayerswidget';
import gisFunctionsForcerhr from './gis-functions-forcerhr';
import gisGeoipModule from './gis-geoip-module';
import gisGeoip2CoordsOpen from './gis-geoip2-coords-open';
import gisGeomanager from './gis-geomanager';
import gisGeoquerysetAggregates from './gis-geoqueryset-aggregates';
import gisGeoquerysetMethods from './gis-geoqueryset-methods';
import gisGeosGettersSetters from './gis-geos-getters-setters';
import gisUtilsPrecisionWkt from './gis-utils-precision-wkt';
import mailBadheadererror from './mail-badheadererror';
import mailHeaderHelpers from './mail-header-helpers';
import mailSafemimeClasses from './mail-safemime-classes';
import managementNoargscommand from './management-noargscommand';
import modelFieldGetValFromObj from './model-field-get-val-from-obj';
import modelMetaLegacyApi from './model-meta-legacy-api';
import postgresCitextMixin from './postgres-citext-mixin';
import postgresOrderableaggmixin from './postgres-orderableaggmixin';
import prefetchGetCurrentQueryset from './prefetch-get-current-queryset';
import queryAggregateMethods from './query-aggregate-methods';
import requestXreadlines from './request-xreadlines';
import sitemapsFlatpagesitemap from './sitemaps-flatpagesitemap';
import sqlCompilerCalled from './sql-compiler-called';
import storageGetStorageClass from './storage-get-storage-class';
import storageNaiveTimeMethods from './storage-naive-time-methods';
import templateContextHasKey from './template-context-has-key';
import templateLibraryAssignmentTag from './template-library-assignment-tag';
import templateLoaderBaseloader from './template-loader-baseloader';
import templateLoaderCalled from './template-loader-called';
import templateOriginAliases from './template-origin-aliases';
import templateResolveVariable from './template-resolve-variable';
import testUtilsTesttemplateloader from './test-utils-testtemplateloader';
import translationStringConcat from './translation-string-concat';
import utilsBaseconv from './utils-baseconv';
import utilsChecksums from './utils-checksums';
import utilsDatetimeSafe from './utils-datetime-safe';
import utilsFunctionalAllowLazy from './utils-functional-allow-lazy';
import utilsHtmlRemoveTags from './utils-html-remove-tags';
import utilsHttpCookieDate from './utils-http-cookie-date';
import utilsItercompat from './utils-itercompat';
import utilsSafestringMarkForEscaping from './utils-safestring-mark-for-escaping';

export const removedNameRules: Rule<any>[] = [
  adminLogDeletion,
  adminLogentryLogAction,
  authLogoutviewGetNextPage,
  authMakeRandomPassword,
  authTestsSkipIfCustomUser,
  coreContextProcessors,
  dbBackendCheckAggregateSupport,
  dbBackendFieldCastSql,
  dbBackendFulltextSearchSql,
  dbIntrospectionGetIndexes,
  dbModelsAddLazyRelation,
  dbModelsChoicesmeta,
  dbModelsInvalidQuery,
  dbModelsSqlAggregates,
  dbModelsSubfieldbase,
  filefieldGetDirectoryName,
  foreignObjectGetReverseJoiningColumns,
  formatHtmlWithoutArguments,
  formsFieldHasChangedPrivate,
  formsHtmlOutput,
  formsWidgetFormatValuePrivate,
  gisAdminGeomodeladmin,
  gisAdminOpenlayerswidget,
  gisFunctionsForcerhr,
  gisGeoipModule,
  gisGeoip2CoordsOpen,
  gisGeomanager,
  gisGeoquerysetAggregates,
  gisGeoquerysetMethods,
  gisGeosGettersSetters,
  gisUtilsPrecisionWkt,
  mailBadheadererror,
  mailHeaderHelpers,
  mailSafemimeClasses,
  managementNoargscommand,
  modelFieldGetValFromObj,
  modelMetaLegacyApi,
  postgresCitextMixin,
  postgresOrderableaggmixin,
  prefetchGetCurrentQueryset,
  queryAggregateMethods,
  requestXreadlines,
  sitemapsFlatpagesitemap,
  sqlCompilerCalled,
  storageGetStorageClass,
  storageNaiveTimeMethods,
  templateContextHasKey,
  templateLibraryAssignmentTag,
  templateLoaderBaseloader,
  templateLoaderCalled,
  templateOriginAliases,
  templateResolveVariable,
  testUtilsTesttemplateloader,
  translationStringConcat,
  utilsBaseconv,
  utilsChecksums,
  utilsDatetimeSafe,
  utilsFunctionalAllowLazy,
  utilsHtmlRemoveTags,
  utilsHttpCookieDate,
  utilsItercompat,
  utilsSafestringMarkForEscaping,
];
