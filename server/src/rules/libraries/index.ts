// The rules for the libraries around Django (issue 13): one folder per library, one file per rule,
// each rule carrying its library (`Rule.library`), whose releases its versions are, and its category.
import type { Rule } from '../../engine/types';
import drfDetailListRoute from './drf/drf-detail-list-route';
import drfDynamicDetailListRoute from './drf/drf-dynamic-detail-list-route';
import drfRouterBaseName from './drf/drf-router-base-name';
import drfRouterGetDefaultBaseName from './drf/drf-router-get-default-base-name';
import drfFiltersDjangoFilterBackend from './drf/drf-filters-django-filter-backend';
import drfDjangoObjectPermissionsFilter from './drf/drf-django-object-permissions-filter';
import drfExcludeFromSchema from './drf/drf-exclude-from-schema';
import drfNullBooleanField from './drf/drf-null-boolean-field';
import drfRequestDataQueryParams from './drf/drf-request-data-query-params';
import drfPaginateBySettings from './drf/drf-paginate-by-settings';
import drfViewPaginateBy from './drf/drf-view-paginate-by';
import drfRemovedSettings from './drf/drf-removed-settings';
import drfRemovedSettingsPaginationSerializer from './drf/drf-removed-settings-pagination-serializer';
import drfModelserializerWithoutFields from './drf/drf-modelserializer-without-fields';
import drfSerializerMetaOptions from './drf/drf-serializer-meta-options';
import drfCoreapiSchemas from './drf/drf-coreapi-schemas';
import drfIncludeDocsUrls from './drf/drf-include-docs-urls';
import drfAutoschemaPrivateMethods from './drf/drf-autoschema-private-methods';
import celeryTaskModule from './celery/celery-task-module';
import celerySettingsNames from './celery/celery-settings-names';
import celeryDjcelery from './celery/celery-djcelery';

export const drfRules: readonly Rule<any>[] = [
  drfDetailListRoute,
  drfDynamicDetailListRoute,
  drfRouterBaseName,
  drfRouterGetDefaultBaseName,
  drfFiltersDjangoFilterBackend,
  drfDjangoObjectPermissionsFilter,
  drfExcludeFromSchema,
  drfNullBooleanField,
  drfRequestDataQueryParams,
  drfPaginateBySettings,
  drfViewPaginateBy,
  drfRemovedSettings,
  drfRemovedSettingsPaginationSerializer,
  drfModelserializerWithoutFields,
  drfSerializerMetaOptions,
  drfCoreapiSchemas,
  drfIncludeDocsUrls,
  drfAutoschemaPrivateMethods,
];

export const celeryRules: readonly Rule<any>[] = [celeryTaskModule, celerySettingsNames, celeryDjcelery];

export const libraryRules: readonly Rule<any>[] = [...drfRules, ...celeryRules];
