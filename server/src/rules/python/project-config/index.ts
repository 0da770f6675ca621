// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import { oldStyleMiddleware, remoteUserMiddlewareProcessRequest } from './middleware';
import { commaSeparatedIntegerField, implicitParentLink, managerInheritanceFromFuture, postgresCiFields } from './model-fields';

export const projectConfigRules: Rule<any>[] = [
  commaSeparatedIntegerField,
  postgresCiFields,
  implicitParentLink,
  managerInheritanceFromFuture,
  oldStyleMiddleware,
  remoteUserMiddlewareProcessRequest,
];
