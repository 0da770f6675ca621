// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import { authFunctionViews, i18nCatalogViews } from './function-views';
import { oldStyleMiddleware, remoteUserMiddlewareProcessRequest } from './middleware';
import { commaSeparatedIntegerField, implicitParentLink, managerInheritanceFromFuture, postgresCiFields } from './model-fields';
import { reverseDottedPath, settingsLoginUrlDottedPath } from './reverse-dotted-path';
import { includeAppNameArgument, includeNamespaceWithoutAppName, includeThreeTuple } from './url-includes';

export const projectConfigRules: Rule<any>[] = [
  includeAppNameArgument,
  includeThreeTuple,
  includeNamespaceWithoutAppName,
  reverseDottedPath,
  settingsLoginUrlDottedPath,
  authFunctionViews,
  i18nCatalogViews,
  commaSeparatedIntegerField,
  postgresCiFields,
  implicitParentLink,
  managerInheritanceFromFuture,
  oldStyleMiddleware,
  remoteUserMiddlewareProcessRequest,
];
