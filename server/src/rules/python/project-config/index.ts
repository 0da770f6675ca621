// Rules of this group, in the order docs/rules.md lists them (it sorts them anyway).
import type { Rule } from '../../../engine/types';
import { oldStyleMiddleware, remoteUserMiddlewareProcessRequest } from './middleware';

export const projectConfigRules: Rule<any>[] = [
  oldStyleMiddleware,
  remoteUserMiddlewareProcessRequest,
];
