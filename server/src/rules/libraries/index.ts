// The rules for the libraries around Django (issue 13): one folder per library, one file per rule,
// each rule carrying its library (`Rule.library`), whose releases its versions are, and its category.
import type { Rule } from '../../engine/types';
import drfDetailListRoute from './drf/drf-detail-list-route';
import drfDynamicDetailListRoute from './drf/drf-dynamic-detail-list-route';
import drfRouterBaseName from './drf/drf-router-base-name';
import drfRouterGetDefaultBaseName from './drf/drf-router-get-default-base-name';
import drfFiltersDjangoFilterBackend from './drf/drf-filters-django-filter-backend';
import drfDjangoObjectPermissionsFilter from './drf/drf-django-object-permissions-filter';
import drfAutoschemaPrivateMethods from './drf/drf-autoschema-private-methods';

export const drfRules: readonly Rule<any>[] = [
  drfDetailListRoute,
  drfDynamicDetailListRoute,
  drfRouterBaseName,
  drfRouterGetDefaultBaseName,
  drfFiltersDjangoFilterBackend,
  drfDjangoObjectPermissionsFilter,
  drfAutoschemaPrivateMethods,
];

export const libraryRules: readonly Rule<any>[] = [...drfRules];
