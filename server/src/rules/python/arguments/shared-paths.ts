// Canonical paths of the Django objects several argument rules name.
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
