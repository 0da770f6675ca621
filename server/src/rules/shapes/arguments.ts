// Helpers of the rules that were in rules/python/arguments/ (only these rules use them): the Django
// objects several of them name, and small questions about calls and receivers.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { callArguments, classDefinitions, classOfMethod, functionsNamed, isSuperCall, methodCalls, methodsOf, namesAny } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { definePythonRule, type PythonRule, type RuleSpec } from './define';

export const render = 'django.shortcuts.render';
export const renderToResponse = 'django.shortcuts.render_to_response';
export const renderToString = 'django.template.loader.render_to_string';
export const getTemplate = 'django.template.loader.get_template';
export const selectTemplate = 'django.template.loader.select_template';
export const context = 'django.template.context.Context';
export const requestContext = 'django.template.context.RequestContext';
export const template = 'django.template.base.Template';
export const templateResponse = 'django.template.response.TemplateResponse';
export const simpleTemplateResponse = 'django.template.response.SimpleTemplateResponse';

/** Test case classes whose methods (`self.assert…`) are Django's. */
export const testCases = [
  'django.test.testcases.SimpleTestCase',
  'django.test.testcases.TransactionTestCase',
  'django.test.testcases.TestCase',
  'django.test.testcases.LiveServerTestCase',
  'django.contrib.staticfiles.testing.StaticLiveServerTestCase',
];

/** The authentication backends Django ships (bases of custom backends). */
export const authBackends = [
  'django.contrib.auth.backends.BaseBackend',
  'django.contrib.auth.backends.ModelBackend',
  'django.contrib.auth.backends.AllowAllUsersModelBackend',
  'django.contrib.auth.backends.RemoteUserBackend',
  'django.contrib.auth.backends.AllowAllUsersRemoteUserBackend',
];

export const remoteUserBackends = ['django.contrib.auth.backends.RemoteUserBackend', 'django.contrib.auth.backends.AllowAllUsersRemoteUserBackend'];

/** Form widgets (bases of custom widgets). */
export const widgets = [
  'django.forms.widgets.Widget', 'django.forms.widgets.Input', 'django.forms.widgets.TextInput', 'django.forms.widgets.NumberInput',
  'django.forms.widgets.EmailInput', 'django.forms.widgets.URLInput', 'django.forms.widgets.PasswordInput', 'django.forms.widgets.HiddenInput',
  'django.forms.widgets.MultipleHiddenInput', 'django.forms.widgets.FileInput', 'django.forms.widgets.ClearableFileInput',
  'django.forms.widgets.Textarea', 'django.forms.widgets.DateTimeBaseInput', 'django.forms.widgets.DateInput', 'django.forms.widgets.DateTimeInput',
  'django.forms.widgets.TimeInput', 'django.forms.widgets.CheckboxInput', 'django.forms.widgets.Select', 'django.forms.widgets.NullBooleanSelect',
  'django.forms.widgets.SelectMultiple', 'django.forms.widgets.RadioSelect', 'django.forms.widgets.CheckboxSelectMultiple',
  'django.forms.widgets.MultiWidget', 'django.forms.widgets.SplitDateTimeWidget', 'django.forms.widgets.SplitHiddenDateTimeWidget',
  'django.forms.widgets.SelectDateWidget', 'django.forms.extras.widgets.SelectDateWidget',
  'django.contrib.admin.widgets.AdminTextInputWidget', 'django.contrib.admin.widgets.ForeignKeyRawIdWidget',
  'django.contrib.admin.widgets.RelatedFieldWidgetWrapper', 'django.contrib.admin.widgets.FilteredSelectMultiple',
  'django.contrib.admin.widgets.AdminDateWidget', 'django.contrib.admin.widgets.AdminTimeWidget', 'django.contrib.admin.widgets.AdminSplitDateTime',
  'django.contrib.admin.widgets.AdminTextareaWidget', 'django.contrib.admin.widgets.AdminFileWidget', 'django.contrib.admin.widgets.AdminURLFieldWidget',
];

/** Model fields and expressions (bases of custom fields and expressions). */
export const modelFields = [
  'django.db.models.fields.Field', 'django.db.models.fields.CharField', 'django.db.models.fields.TextField', 'django.db.models.fields.IntegerField',
  'django.db.models.fields.DecimalField', 'django.db.models.fields.BinaryField', 'django.db.models.fields.BigIntegerField',
  'django.db.models.fields.DateField', 'django.db.models.fields.DateTimeField', 'django.db.models.fields.FloatField',
  'django.db.models.fields.related.ForeignKey', 'django.db.models.fields.related.ForeignObject', 'django.db.models.fields.related.ManyToManyField',
];

export const expressions = [
  'django.db.models.expressions.BaseExpression', 'django.db.models.expressions.Expression', 'django.db.models.expressions.Func',
  'django.db.models.expressions.Value', 'django.db.models.expressions.RawSQL', 'django.db.models.expressions.Col',
  'django.db.models.expressions.Subquery', 'django.db.models.expressions.ExpressionWrapper', 'django.db.models.aggregates.Aggregate',
];

/** `Signer` and its subclass. */
export const signers = ['django.core.signing.Signer', 'django.core.signing.TimestampSigner'];

/** Django's feed generators (bases of custom feeds). */
export const feedGenerators = [
  'django.utils.feedgenerator.SyndicationFeed', 'django.utils.feedgenerator.RssFeed', 'django.utils.feedgenerator.Rss201rev2Feed',
  'django.utils.feedgenerator.RssUserland091Feed', 'django.utils.feedgenerator.Atom1Feed', 'django.utils.feedgenerator.DefaultFeed',
];

/** Django's template loaders (bases of custom loaders). */
export const templateLoaders = [
  'django.template.loaders.base.Loader', 'django.template.loader.BaseLoader', 'django.template.loaders.filesystem.Loader',
  'django.template.loaders.app_directories.Loader', 'django.template.loaders.cached.Loader', 'django.template.loaders.locmem.Loader',
  'django.template.loaders.eggs.Loader',
];

/** Admin inlines and model admins (bases of the hooks Django calls with one more argument). */
export const inlines = [
  'django.contrib.admin.options.InlineModelAdmin', 'django.contrib.admin.options.TabularInline', 'django.contrib.admin.options.StackedInline',
  'django.contrib.contenttypes.admin.GenericInlineModelAdmin', 'django.contrib.contenttypes.admin.GenericTabularInline',
  'django.contrib.contenttypes.admin.GenericStackedInline',
];
export const modelAdmins = ['django.contrib.admin.options.BaseModelAdmin', 'django.contrib.admin.options.ModelAdmin', 'django.contrib.gis.admin.options.GISModelAdmin', 'django.contrib.gis.admin.options.GeoModelAdmin', 'django.contrib.gis.admin.options.OSMGeoAdmin'];

/** `super().name(...)` calls inside a method, with their argument lists. */
export function superCalls(fn: Node, name: string): Node[] {
  const calls: Node[] = [];
  for (const call of fn.descendantsOfType('call')) {
    const callee = call?.childForFieldName('function');
    if (call && callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === name) {
      const receiver = callee.childForFieldName('object');
      if (receiver && isSuperCall(receiver)) calls.push(call);
    }
  }
  return calls;
}

/** An edit appending `text` to a call's arguments when it passes exactly `count` positional arguments and nothing else. */
export function appendToSuperCall(call: Node, count: number, text: string): TextEdit | null {
  const { list, positional, keywords, hasSplat } = callArguments(call);
  if (!list || positional.length !== count || keywords.size > 0 || hasSplat) return null;
  const last = positional[positional.length - 1];
  return last ? { start: last.endIndex, end: last.endIndex, text: `, ${text}` } : { start: list.startIndex + 1, end: list.startIndex + 1, text };
}

/** `x._meta` and names commonly bound to it (`opts`, `meta`). */
export const isOptions = (object: Node) =>
  (object.type === 'attribute' && object.childForFieldName('attribute')?.text === '_meta') ||
  (object.type === 'identifier' && (object.text === 'opts' || object.text === 'meta' || object.text === 'options'));

/** Receivers that are model fields (attribute names such as `rel` are too common to report on any object): `x._meta.get_field(...)`, `x.field`, and names such as `field`, `f`, `fk`, `m2m`, `parent_field`, `related_field`. */
export function isFieldExpression(node: Node): boolean {
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    return callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'get_field';
  }
  const name = node.type === 'identifier' ? node.text : node.type === 'attribute' ? node.childForFieldName('attribute')?.text ?? '' : '';
  return /^(f|fk|m2m|o2o|field|(\w+_)?field)$/.test(name);
}

// `Context(...)`/`RequestContext(...)` values passed where Django 1.8+ template APIs take a dict.
export interface ContextObject {
  kind: 'Context' | 'RequestContext';
  /** The dict it wraps (null: none). */
  dict: Node | null;
  /** The request of a RequestContext. */
  request: Node | null;
  /** Whether it has only those arguments, so it can be unwrapped exactly. */
  simple: boolean;
}

export function contextObject(ruleContext: PythonRuleContext, value: Node): ContextObject | null {
  if (value.type !== 'call') return null;
  const called = ruleContext.scopes.qualifiedNameOf(value.childForFieldName('function'));
  const isRequest = namesAny(called, [requestContext]);
  if (!isRequest && !namesAny(called, [context])) return null;
  const { positional, keywords, hasSplat } = callArguments(value);
  if (isRequest) {
    return { kind: 'RequestContext', request: positional[0] ?? null, dict: positional[1] ?? null, simple: !hasSplat && keywords.size === 0 && positional.length >= 1 && positional.length <= 2 };
  }
  return { kind: 'Context', request: null, dict: positional[0] ?? null, simple: !hasSplat && keywords.size === 0 && positional.length <= 1 };
}

/**
 * A rule for a hook Django stopped falling back to (Django 5.0 → 6.0): classes that define only the
 * old method, and calls of it. Triggers: the old method's name.
 */
export function fallbackRule(spec: Omit<RuleSpec, 'category' | 'deprecatedIn' | 'removedIn' | 'docs' | 'fix'> & { oldName: string; newName: string; what: string; why: string; advice: string }): PythonRule {
  const { oldName, newName, what, why, advice, ...rest } = spec;
  return definePythonRule({
    ...rest,
    category: 'removed-api',
    deprecatedIn: '5.0',
    removedIn: '6.0',
    docs: { what, why, fixSafety: `No automatic fix: ${advice}.` },
    fix: 'none',
    triggers: [oldName],
    // Whether a call is reported depends on a definition of the method anywhere in the module.
    locality: 'file',
    check(context) {
      for (const classNode of classDefinitions(context)) {
        if (methodsOf(classNode, newName).length > 0) continue;
        for (const method of methodsOf(classNode, oldName)) {
          context.report({ node: method.nameNode, subject: `\`${oldName}()\` without \`${newName}()\``, advice });
        }
      }
      // A module that defines the method itself may be calling its own (its definition is reported
      // above when it lacks the new one): only calls in modules without one are Django's.
      if (functionsNamed(context, [oldName]).some((fn) => classOfMethod(fn) !== null)) return;
      for (const { call, name } of methodCalls(context, [oldName])) {
        context.report({ node: call, subject: `\`${name}()\``, advice: `call \`${newName}()\`` });
      }
    },
  });
}

