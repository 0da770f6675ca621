import { dedent } from '../shapes';
import { CompatName, drfCompatRule, drfReleaseNotes } from '../shapes/libraries';

/** The shims for Python 2.6 and Django < 1.6 that `rest_framework.compat` lost in 3.3. */
const compat: Record<string, CompatName> = {
  OrderedDict: { advice: 'use `collections.OrderedDict` (or a plain `dict`, ordered since Python 3.7)', replacement: 'collections.OrderedDict' },
  EmailValidator: { advice: "use Django's `django.core.validators.EmailValidator`", replacement: 'django.core.validators.EmailValidator' },
  URLValidator: { advice: "use Django's `django.core.validators.URLValidator`", replacement: 'django.core.validators.URLValidator' },
  get_model_name: { advice: 'use `model._meta.model_name`' },
};

export default drfCompatRule({
  id: 'drf-compat-ordered-dict',
  title: '`rest_framework.compat.OrderedDict`, `EmailValidator`, `URLValidator`, `get_model_name` were removed',
  deprecatedIn: '3.3',
  removedIn: '3.3',
  names: compat,
  docsUrl: drfReleaseNotes('3.3'),
  docs: {
    why: "DRF 3.3 dropped Python 2.6 and Django 1.5/1.6, and with them the shims of its private `rest_framework.compat` module that projects borrowed: `OrderedDict` (for Python 2.6), `get_model_name` and the validators (for Django < 1.6). The importing module fails.",
    fixSafety: 'Safe: `OrderedDict` and the validators were those of the standard library and Django on every release DRF 3.2 supported, so the fix imports them from there; `get_model_name(model)` gets no fix (it becomes `model._meta.model_name` at each call).',
  },
  examples: {
    valid: [
      {
        code: dedent`
          from collections import OrderedDict

          from django.core.validators import URLValidator
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework import serializers
          from rest_framework.compat import OrderedDict


          class TotalsSerializer(serializers.Serializer):
              def to_representation(self, instance):
                  return OrderedDict([("count", instance.count), ("sum", instance.total)])
        `,
        errors: [
          { line: 2, column: 35, message: '`rest_framework.compat.OrderedDict` was removed in Django REST Framework 3.3 without a deprecation period: use `collections.OrderedDict` (or a plain `dict`, ordered since Python 3.7)' },
          { line: 7, column: 16, message: '`rest_framework.compat.OrderedDict` was removed in Django REST Framework 3.3 without a deprecation period: use `collections.OrderedDict` (or a plain `dict`, ordered since Python 3.7)' },
        ],
        output: dedent`
          from rest_framework import serializers
          from collections import OrderedDict


          class TotalsSerializer(serializers.Serializer):
              def to_representation(self, instance):
                  return OrderedDict([("count", instance.count), ("sum", instance.total)])
        `,
      },
      {
        code: dedent`
          from rest_framework import compat

          website_validator = compat.URLValidator(schemes=["https"])
        `,
        errors: [
          { line: 3, column: 21, message: '`rest_framework.compat.URLValidator` was removed in Django REST Framework 3.3 without a deprecation period: use Django\'s `django.core.validators.URLValidator`' },
        ],
        output: dedent`
          from django.core.validators import URLValidator

          website_validator = URLValidator(schemes=["https"])
        `,
      },
      {
        code: dedent`
          from rest_framework.compat import get_model_name


          def cache_key(model, pk):
              return "%s:%s" % (get_model_name(model), pk)
        `,
        errors: [
          { line: 1, column: 35, message: '`rest_framework.compat.get_model_name` was removed in Django REST Framework 3.3 without a deprecation period: use `model._meta.model_name`' },
          { line: 5, column: 23, message: '`rest_framework.compat.get_model_name` was removed in Django REST Framework 3.3 without a deprecation period: use `model._meta.model_name`' },
        ],
      },
    ],
  },
});
