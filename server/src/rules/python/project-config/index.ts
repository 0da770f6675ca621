// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import { authFunctionViews, i18nCatalogViews } from './function-views';
import { oldStyleMiddleware, remoteUserMiddlewareProcessRequest } from './middleware';
import { commaSeparatedIntegerField, implicitParentLink, managerInheritanceFromFuture, postgresCiFields } from './model-fields';
import { reverseDottedPath, settingsLoginUrlDottedPath } from './reverse-dotted-path';

export const projectConfigRules: Rule<any>[] = [
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
