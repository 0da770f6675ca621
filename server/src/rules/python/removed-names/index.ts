// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import authLogoutviewGetNextPage from './auth-logoutview-get-next-page';
import authMakeRandomPassword from './auth-make-random-password';
import authTestsSkipIfCustomUser from './auth-tests-skip-if-custom-user';
import dbModelsChoicesmeta from './db-models-choicesmeta';
import dbModelsInvalidQuery from './db-models-invalid-query';
import formatHtmlWithoutArguments from './format-html-without-arguments';
import formsFieldHasChangedPrivate from './forms-field-has-changed-private';
import formsWidgetFormatValuePrivate from './forms-widget-format-value-private';
import gisAdminGeomodeladmin from './gis-admin-geomodeladmin';
import gisFunctionsForcerhr from './gis-functions-forcerhr';
import gisGeoip2CoordsOpen from './gis-geoip2-coords-open';
import gisGeomanager from './gis-geomanager';
import gisGeosGettersSetters from './gis-geos-getters-setters';
import managementNoargscommand from './management-noargscommand';
import modelFieldGetValFromObj from './model-field-get-val-from-obj';
import modelMetaLegacyApi from './model-meta-legacy-api';
import requestXreadlines from './request-xreadlines';
import sqlCompilerCalled from './sql-compiler-called';
import storageGetStorageClass from './storage-get-storage-class';
import storageNaiveTimeMethods from './storage-naive-time-methods';
import templateLibraryAssignmentTag from './template-library-assignment-tag';
import templateLoaderBaseloader from './template-loader-baseloader';
import templateLoaderCalled from './template-loader-called';
import translationStringConcat from './translation-string-concat';
import utilsDatetimeSafe from './utils-datetime-safe';
import utilsFunctionalAllowLazy from './utils-functional-allow-lazy';
import utilsHttpCookieDate from './utils-http-cookie-date';

export const removedNameRules: Rule<any>[] = [
  authLogoutviewGetNextPage,
  authMakeRandomPassword,
  authTestsSkipIfCustomUser,
  dbModelsChoicesmeta,
  dbModelsInvalidQuery,
  formatHtmlWithoutArguments,
  formsFieldHasChangedPrivate,
  formsWidgetFormatValuePrivate,
  gisAdminGeomodeladmin,
  gisFunctionsForcerhr,
  gisGeoip2CoordsOpen,
  gisGeomanager,
  gisGeosGettersSetters,
  managementNoargscommand,
  modelFieldGetValFromObj,
  modelMetaLegacyApi,
  requestXreadlines,
  sqlCompilerCalled,
  storageGetStorageClass,
  storageNaiveTimeMethods,
  templateLibraryAssignmentTag,
  templateLoaderBaseloader,
  templateLoaderCalled,
  translationStringConcat,
  utilsDatetimeSafe,
  utilsFunctionalAllowLazy,
  utilsHttpCookieDate,
];
