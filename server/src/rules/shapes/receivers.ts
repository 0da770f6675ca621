// What a receiver is known to be, from evidence in the module (issue 11: a rule that matches an
// attribute or method name reports only when the receiver is the Django object it means).
//
// Evidence is one of: the name says it (`user`, `request.user`), the value it was assigned comes
// from Django (`authenticate(…)`, `User.objects.get(…)`, `request.user`), or it is a parameter of a
// Django hook whose type Django fixes (an authentication backend's `has_perm(self, user_obj, …)`,
// the test function given to `user_passes_test`). A name bound several times counts only when every
// binding in its scope is evidence. Without evidence the rules stay silent.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { attributeAccesses, bindingsInScope, callArguments, callsTo, ClassMatcher, derivesFrom, enclosingFunction, enclosingMethod, functionsNamed, importsFrom, methodNamed, methodsOf, namesAny, classOfMethod, sameNode, stringValue, unparenthesized } from '../../engine/python-queries';
import { authBackends, isOptions } from './arguments';

/**
 * Names that say they hold a user: `user`, `request.user`, `self.request.user`, `current_user`, and
 * `user_obj` (what Django's authentication backends call the user they are given).
 */
const userNamePattern = /(^|\.|_)user(_obj)?$/i;

/** Django's user classes: their instances, and `self` in their methods (custom user models). */
const userClasses = [
  'django.contrib.auth.models.User',
  'django.contrib.auth.models.AbstractUser',
  'django.contrib.auth.models.AnonymousUser',
  'django.contrib.auth.base_user.AbstractBaseUser',
  'django.contrib.auth.models.AbstractBaseUser',
];

/** Functions that return a user (or `AnonymousUser`). */
const userFunctions = ['django.contrib.auth.authenticate', 'django.contrib.auth.get_user', 'django.shortcuts.get_object_or_404'];

/** Manager methods that return one instance of the model. */
const instanceMethods = new Set(['get', 'create', 'create_user', 'create_superuser', 'get_by_natural_key', 'first', 'last', 'latest', 'earliest']);

/**
 * Authentication backend methods whose first argument (after `self`) Django passes a user:
 * `ModelBackend`'s permission API, which `User.has_perm()` and friends call on every backend.
 */
const backendUserHooks = new Set([
  'has_perm', 'has_module_perms', 'get_all_permissions', 'get_user_permissions', 'get_group_permissions', 'user_can_authenticate',
  'get_user_permissions', '_get_permissions', '_get_user_permissions', '_get_group_permissions',
]);

const maxDepth = 4;

/** Whether `node` is known to be a user object (see the module comment). */
export function isUserExpression(context: PythonRuleContext, node: Node | null, depth = 0): boolean {
  const expression = unparenthesized(node);
  if (!expression || depth > maxDepth) return false;
  if (expression.type !== 'call' && userNamePattern.test(expression.text.replace(/\s+/g, ''))) return true;
  switch (expression.type) {
    case 'subscript':
      return isContextUser(expression);
    case 'call':
      return isUserValue(context, expression, depth);
    case 'identifier':
      if (expression.text === 'self') return isSelfOfUserClass(context, expression);
      return everyBinding(context, expression, (bound) => isUserBinding(context, bound, depth + 1));
    default:
      return false;
  }
}

/** `context['user']`, `response.context['user']`: the user that the auth context processor puts in a template context. */
function isContextUser(subscript: Node): boolean {
  const value = subscript.childForFieldName('value');
  const key = subscript.childForFieldName('subscript');
  return !!value && /(^|\.)context$/.test(value.text.replace(/\s+/g, '')) && stringValue(key) === 'user';
}

function isSelfOfUserClass(context: PythonRuleContext, self: Node): boolean {
  const fn = enclosingFunction(self);
  const cls = fn ? classOfMethod(fn) : null;
  return !!cls && derivesFrom(context, cls, userClasses);
}

/** A value that is a user: `authenticate(…)`, `get_user(request)`, `User.objects.get(…)`, `get_object_or_404(User, …)`, `AnonymousUser()`. */
function isUserValue(context: PythonRuleContext, call: Node, depth: number): boolean {
  const callee = call.childForFieldName('function');
  if (!callee) return false;
  const qualifiedName = context.scopes.qualifiedNameOf(callee);
  if (qualifiedName !== null) {
    if (namesAny(qualifiedName, ['django.shortcuts.get_object_or_404'])) return isUserModel(context, callArguments(call).positional[0] ?? null, depth + 1);
    if (namesAny(qualifiedName, userFunctions)) return true;
    if (namesAny(qualifiedName, userClasses)) return true;
  }
  // Model.objects.get(…) / Model._default_manager.get(…) on the user model.
  if (callee.type !== 'attribute' || !instanceMethods.has(callee.childForFieldName('attribute')?.text ?? '')) return false;
  const manager = callee.childForFieldName('object');
  if (manager?.type !== 'attribute' || !['objects', '_default_manager'].includes(manager.childForFieldName('attribute')?.text ?? '')) return false;
  return isUserModel(context, manager.childForFieldName('object'), depth + 1);
}

/** The user model: `User` (imported from Django), `get_user_model()`, or a name bound to one of them. */
export function isUserModel(context: PythonRuleContext, node: Node | null, depth = 0): boolean {
  const expression = unparenthesized(node);
  if (!expression || depth > maxDepth) return false;
  if (expression.type === 'call') {
    return namesAny(context.scopes.qualifiedNameOf(expression.childForFieldName('function')), ['django.contrib.auth.get_user_model']);
  }
  if (namesAny(context.scopes.qualifiedNameOf(expression), ['django.contrib.auth.models.User'])) return true;
  if (expression.type !== 'identifier') return false;
  return everyBinding(context, expression, (bound) => {
    const assignment = assignedValue(bound);
    return assignment !== null && isUserModel(context, assignment, depth + 1);
  });
}

/** A binding of a name that makes it a user: assigned a user, or a parameter Django passes a user. */
function isUserBinding(context: PythonRuleContext, bound: Node, depth: number): boolean {
  const value = assignedValue(bound);
  if (value) return isUserExpression(context, value, depth);
  return isUserParameter(context, bound);
}

/** The value of `name = value` when `target` is `name` (the only target), else null. */
function assignedValue(target: Node): Node | null {
  const assignment = target.parent;
  if (assignment?.type !== 'assignment' || !sameNode(assignment.childForFieldName('left'), target)) return null;
  return assignment.childForFieldName('right');
}

/** The function or lambda whose parameter `identifier` is, or null. */
function functionOfParameter(identifier: Node): Node | null {
  let holder = identifier.parent;
  if (holder && ['default_parameter', 'typed_parameter', 'typed_default_parameter'].includes(holder.type)) holder = holder.parent;
  if (!holder || (holder.type !== 'parameters' && holder.type !== 'lambda_parameters')) return null;
  const fn = holder.parent;
  return fn && (fn.type === 'function_definition' || fn.type === 'lambda') ? fn : null;
}

/** Names of the positional parameters of a function or lambda, in order. */
function parameterNames(fn: Node): string[] {
  const list = fn.childForFieldName('parameters');
  const names: string[] = [];
  for (const child of list?.namedChildren ?? []) {
    if (!child) continue;
    if (child.type === 'identifier') names.push(child.text);
    else if (['default_parameter', 'typed_parameter', 'typed_default_parameter'].includes(child.type)) {
      const name = child.childForFieldName('name') ?? child.namedChildren.find((n) => n?.type === 'identifier') ?? null;
      if (name) names.push(name.text);
    } else break; // *args, **kwargs, separators: no positional parameter after them
  }
  return names;
}

/**
 * A parameter Django passes a user: the first after `self` of an authentication backend's
 * permission methods (the class derives from Django's backends, or defines `authenticate` or
 * `get_user`, as every backend must), and the first of the test function of `user_passes_test`.
 */
function isUserParameter(context: PythonRuleContext, identifier: Node): boolean {
  const fn = functionOfParameter(identifier);
  if (!fn) return false;
  const names = parameterNames(fn);
  if (fn.type === 'function_definition') {
    const cls = classOfMethod(fn);
    const method = fn.childForFieldName('name')?.text ?? '';
    if (cls && backendUserHooks.has(method) && names[1] === identifier.text && isAuthBackend(context, cls)) return true;
  }
  return names[0] === identifier.text && isUserTest(context, fn);
}

function isAuthBackend(context: PythonRuleContext, cls: Node): boolean {
  return derivesFrom(context, cls, authBackends) || methodNamed(cls, 'authenticate') !== null || methodNamed(cls, 'get_user') !== null;
}

/** A lambda given to `user_passes_test(…)`, or a module function whose name is given to it. */
function isUserTest(context: PythonRuleContext, fn: Node): boolean {
  const tests = callsTo(context, ['django.contrib.auth.decorators.user_passes_test']).map(({ call }) => callArguments(call).positional[0]).filter(Boolean);
  if (fn.type === 'lambda') return tests.some((test) => sameNode(unparenthesized(test), fn));
  const name = fn.childForFieldName('name')?.text;
  return !!name && fn.parent?.type === 'module' && tests.some((test) => test.type === 'identifier' && test.text === name);
}

/**
 * Whether `accept` holds for every binding of the name `identifier` refers to, in the scope that
 * binds it (false when it is unbound, imported, or bound by anything but an assignment or a parameter).
 */
export function everyBinding(context: PythonRuleContext, identifier: Node, accept: (bound: Node) => boolean): boolean {
  const bindings = bindingsInScope(context, identifier);
  if (!bindings || bindings.length === 0) return false;
  const root = context.tree.rootNode;
  for (const binding of bindings) {
    if (binding.importEntry) return false;
    const bound = root.descendantForIndex(binding.start, binding.start + binding.name.length);
    if (!bound || bound.type !== 'identifier' || bound.text !== identifier.text) return false;
    if (!accept(bound)) return false;
  }
  return true;
}

/** Methods of `cls` (for rules that ask whether a class defines a method itself). */
export function definesMethod(cls: Node, name: string): boolean {
  return methodsOf(cls, name).length > 0;
}

// ---------------------------------------------------------------------------------------------
// Look-alikes: objects that share a Django attribute or method name without being Django's

/**
 * Libraries whose classes also have a `_meta` (mongoengine documents, peewee models): in a module
 * that imports one, `x._meta` proves nothing about Django.
 */
const otherMetaLibraries = ['mongoengine', 'peewee', 'mongoalchemy', 'flask_mongoengine'];

/** Whether the module imports a library whose objects also have a `_meta` (see `otherMetaLibraries`). */
export function importsOtherMetaLibrary(context: PythonRuleContext): boolean {
  return context.memo('receivers:otherMetaLibraries', () => importsFrom(context, otherMetaLibraries));
}

/** `x._meta` (or `opts`, `meta`, `options`) in a module where nothing else has a `_meta`: Django's `Options`. */
export function isDjangoOptions(object: Node, context: PythonRuleContext): boolean {
  return isOptions(object) && !importsOtherMetaLibrary(context);
}

/**
 * `x._meta`, or a name every binding of which in its scope is `name = x._meta` (`opts = self.model._meta`),
 * in a module where nothing else has a `_meta`.
 */
export function isMetaExpression(context: PythonRuleContext, node: Node): boolean {
  if (importsOtherMetaLibrary(context)) return false;
  const isMeta = (value: Node | null) => value?.type === 'attribute' && value.childForFieldName('attribute')?.text === '_meta';
  if (isMeta(node)) return true;
  return node.type === 'identifier' && node.text !== 'self' && everyBinding(context, node, (bound) => isMeta(unparenthesized(assignedValue(bound))));
}

/**
 * Whether the module defines a method `name` itself in a class that does not derive from `bases`
 * (Django's classes that have it): then `x.name()` may call that class's own method, which Django's
 * deprecation does not touch.
 */
export function definesOwnMethod(context: PythonRuleContext, name: string, bases: ClassMatcher): boolean {
  return functionsNamed(context, [name]).some((fn) => {
    const cls = classOfMethod(fn);
    return cls !== null && !derivesFrom(context, cls, bases);
  });
}

/** `self.name()` (or `cls.name()`) in a class that defines `name` itself. */
export function callsOwnMethod(receiver: Node, name: string): boolean {
  if (receiver.type !== 'identifier' || (receiver.text !== 'self' && receiver.text !== 'cls')) return false;
  const owner = enclosingMethod(receiver);
  return owner !== null && definesMethod(owner.cls, name);
}

/** Whether a class of the module sets `self.name = …` itself: the attribute is then its own. */
export function setsOwnAttribute(context: PythonRuleContext, name: string): boolean {
  return attributeAccesses(context, name).some((access) => {
    const object = access.childForFieldName('object');
    const assignment = access.parent;
    return object?.type === 'identifier' && object.text === 'self' && assignment?.type === 'assignment' && sameNode(assignment.childForFieldName('left'), access) && enclosingMethod(access) !== null;
  });
}

/**
 * Whether `node` is in the `except` handler of a `try` whose body mentions `word` (as a whole
 * word): the fallback of `try: new API … except TypeError: old API`, which runs only on releases
 * where the new API fails.
 */
export function inFallbackAfter(node: Node, word: string): boolean {
  const pattern = new RegExp(`\\b${word}\\b`);
  for (let current: Node | null = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition' || current.type === 'class_definition') return false;
    if (current.type !== 'except_clause') continue;
    const body = current.parent?.type === 'try_statement' ? current.parent.childForFieldName('body') : null;
    if (body && pattern.test(body.text)) return true;
  }
  return false;
}
