// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import coreContextProcessors from './core-context-processors';
import dbModelsSqlAggregates from './db-models-sql-aggregates';
import dbModelsSubfieldbase from './db-models-subfieldbase';
import formsFieldHasChangedPrivate from './forms-field-has-changed-private';
import gisGeoquerysetAggregates from './gis-geoqueryset-aggregates';
import modelMetaLegacyApi from './model-meta-legacy-api';
import queryAggregateMethods from './query-aggregate-methods';
import sitemapsFlatpagesitemap from './sitemaps-flatpagesitemap';
import sqlCompilerCalled from './sql-compiler-called';
import templateLoaderBaseloader from './template-loader-baseloader';
import templateResolveVariable from './template-resolve-variable';
import testUtilsTesttemplateloader from './test-utils-testtemplateloader';
import utilsChecksums from './utils-checksums';
import utilsHtmlRemoveTags from './utils-html-remove-tags';

export const removedNameRules: Rule<any>[] = [
  coreContextProcessors,
  dbModelsSqlAggregates,
  dbModelsSubfieldbase,
  formsFieldHasChangedPrivate,
  gisGeoquerysetAggregates,
  modelMetaLegacyApi,
  queryAggregateMethods,
  sitemapsFlatpagesitemap,
  sqlCompilerCalled,
  templateLoaderBaseloader,
  templateResolveVariable,
  testUtilsTesttemplateloader,
  utilsChecksums,
  utilsHtmlRemoveTags,
];
