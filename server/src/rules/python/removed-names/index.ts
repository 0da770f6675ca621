// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import authTestsSkipIfCustomUser from './auth-tests-skip-if-custom-user';
import coreContextProcessors from './core-context-processors';
import dbBackendCheckAggregateSupport from './db-backend-check-aggregate-support';
import dbBackendFieldCastSql from './db-backend-field-cast-sql';
import dbBackendFulltextSearchSql from './db-backend-fulltext-search-sql';
import dbIntrospectionGetIndexes from './db-introspection-get-indexes';
import dbModelsAddLazyRelation from './db-models-add-lazy-relation';
import dbModelsSqlAggregates from './db-models-sql-aggregates';
import dbModelsSubfieldbase from './db-models-subfieldbase';
import filefieldGetDirectoryName from './filefield-get-directory-name';
import formsFieldHasChangedPrivate from './forms-field-has-changed-private';
import formsWidgetFormatValuePrivate from './forms-widget-format-value-private';
import gisGeoipModule from './gis-geoip-module';
import gisGeomanager from './gis-geomanager';
import gisGeoquerysetAggregates from './gis-geoqueryset-aggregates';
import gisGeoquerysetMethods from './gis-geoqueryset-methods';
import gisGeosGettersSetters from './gis-geos-getters-setters';
import gisUtilsPrecisionWkt from './gis-utils-precision-wkt';
import modelFieldGetValFromObj from './model-field-get-val-from-obj';
import modelMetaLegacyApi from './model-meta-legacy-api';
import queryAggregateMethods from './query-aggregate-methods';
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
import utilsChecksums from './utils-checksums';
import utilsFunctionalAllowLazy from './utils-functional-allow-lazy';
import utilsHtmlRemoveTags from './utils-html-remove-tags';
import utilsSafestringMarkForEscaping from './utils-safestring-mark-for-escaping';

export const removedNameRules: Rule<any>[] = [
  authTestsSkipIfCustomUser,
  coreContextProcessors,
  dbBackendCheckAggregateSupport,
  dbBackendFieldCastSql,
  dbBackendFulltextSearchSql,
  dbIntrospectionGetIndexes,
  dbModelsAddLazyRelation,
  dbModelsSqlAggregates,
  dbModelsSubfieldbase,
  filefieldGetDirectoryName,
  formsFieldHasChangedPrivate,
  formsWidgetFormatValuePrivate,
  gisGeoipModule,
  gisGeomanager,
  gisGeoquerysetAggregates,
  gisGeoquerysetMethods,
  gisGeosGettersSetters,
  gisUtilsPrecisionWkt,
  modelFieldGetValFromObj,
  modelMetaLegacyApi,
  queryAggregateMethods,
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
  utilsChecksums,
  utilsFunctionalAllowLazy,
  utilsHtmlRemoveTags,
  utilsSafestringMarkForEscaping,
];
