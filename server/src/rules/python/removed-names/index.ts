// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import authLogoutviewGetNextPage from './auth-logoutview-get-next-page';
import authTestsSkipIfCustomUser from './auth-tests-skip-if-custom-user';
import coreContextProcessors from './core-context-processors';
import dbBackendCheckAggregateSupport from './db-backend-check-aggregate-support';
import dbBackendFieldCastSql from './db-backend-field-cast-sql';
import dbBackendFulltextSearchSql from './db-backend-fulltext-search-sql';
import dbIntrospectionGetIndexes from './db-introspection-get-indexes';
import dbModelsAddLazyRelation from './db-models-add-lazy-relation';
import dbModelsInvalidQuery from './db-models-invalid-query';
import dbModelsSqlAggregates from './db-models-sql-aggregates';
import dbModelsSubfieldbase from './db-models-subfieldbase';
import filefieldGetDirectoryName from './filefield-get-directory-name';
import formsFieldHasChangedPrivate from './forms-field-has-changed-private';
import formsHtmlOutput from './forms-html-output';
import formsWidgetFormatValuePrivate from './forms-widget-format-value-private';
import gisAdminGeomodeladmin from './gis-admin-geomodeladmin';
import gisAdminOpenlayerswidget from './gis-admin-openlayerswidget';
import gisFunctionsForcerhr from './gis-functions-forcerhr';
import gisGeoipModule from './gis-geoip-module';
import gisGeomanager from './gis-geomanager';
import gisGeoquerysetAggregates from './gis-geoqueryset-aggregates';
import gisGeoquerysetMethods from './gis-geoqueryset-methods';
import gisGeosGettersSetters from './gis-geos-getters-setters';
import gisUtilsPrecisionWkt from './gis-utils-precision-wkt';
import modelFieldGetValFromObj from './model-field-get-val-from-obj';
import modelMetaLegacyApi from './model-meta-legacy-api';
import queryAggregateMethods from './query-aggregate-methods';
import requestXreadlines from './request-xreadlines';
import sitemapsFlatpagesitemap from './sitemaps-flatpagesitemap';
import sqlCompilerCalled from './sql-compiler-called';
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
import utilsSafestringMarkForEscaping from './utils-safestring-mark-for-escaping';

export const removedNameRules: Rule<any>[] = [
  authLogoutviewGetNextPage,
  authTestsSkipIfCustomUser,
  coreContextProcessors,
  dbBackendCheckAggregateSupport,
  dbBackendFieldCastSql,
  dbBackendFulltextSearchSql,
  dbIntrospectionGetIndexes,
  dbModelsAddLazyRelation,
  dbModelsInvalidQuery,
  dbModelsSqlAggregates,
  dbModelsSubfieldbase,
  filefieldGetDirectoryName,
  formsFieldHasChangedPrivate,
  formsHtmlOutput,
  formsWidgetFormatValuePrivate,
  gisAdminGeomodeladmin,
  gisAdminOpenlayerswidget,
  gisFunctionsForcerhr,
  gisGeoipModule,
  gisGeomanager,
  gisGeoquerysetAggregates,
  gisGeoquerysetMethods,
  gisGeosGettersSetters,
  gisUtilsPrecisionWkt,
  modelFieldGetValFromObj,
  modelMetaLegacyApi,
  queryAggregateMethods,
  requestXreadlines,
  sitemapsFlatpagesitemap,
  sqlCompilerCalled,
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
  utilsSafestringMarkForEscaping,
];
