import { dedent } from '../shapes';
import { CompatName, drfCompatRule, drfReleaseNotes } from '../shapes/libraries';

const compat: Record<string, CompatName> = {
  parse_header_parameters: { advice: "use Django's `django.utils.http.parse_header_parameters` (Django 4.2+)", replacement: 'django.utils.http.parse_header_parameters', django: '4.2' },
};

export default drfCompatRule({
  id: 'drf-compat-parse-header-parameters',
  title: '`rest_framework.compat.parse_header_parameters` → `django.utils.http.parse_header_parameters`',
  deprecatedIn: '3.15.2',
  removedIn: '3.15.2',
  names: compat,
  docsUrl: drfReleaseNotes('3.15'),
  docs: {
    why: "DRF 3.15.0 added `parse_header_parameters` to its private `rest_framework.compat` module as a shim for Django < 4.2, and 3.15.2, which needs Django 4.2, removed it again in favour of Django's own; custom parsers and renderers that imported it fail.",
    fixSafety: "Safe: imports Django's function, which the shim stood in for (Django 4.2+: no fix on a project known to run an older Django).",
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.http import parse_header_parameters
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.compat import parse_header_parameters
          from rest_framework.parsers import BaseParser


          class CsvParser(BaseParser):
              media_type = "text/csv"

              def parse(self, stream, media_type=None, parser_context=None):
                  _, params = parse_header_parameters(media_type)
                  return stream.read().decode(params.get("charset", "utf-8"))
        `,
        errors: [
          { line: 1, column: 35, message: '`rest_framework.compat.parse_header_parameters` was removed in Django REST Framework 3.15.2 without a deprecation period: use Django\'s `django.utils.http.parse_header_parameters` (Django 4.2+)' },
          { line: 9, column: 21, message: '`rest_framework.compat.parse_header_parameters` was removed in Django REST Framework 3.15.2 without a deprecation period: use Django\'s `django.utils.http.parse_header_parameters` (Django 4.2+)' },
        ],
        output: dedent`
          from django.utils.http import parse_header_parameters
          from rest_framework.parsers import BaseParser


          class CsvParser(BaseParser):
              media_type = "text/csv"

              def parse(self, stream, media_type=None, parser_context=None):
                  _, params = parse_header_parameters(media_type)
                  return stream.read().decode(params.get("charset", "utf-8"))
        `,
      },
      {
        code: dedent`
          import rest_framework.compat


          def content_type(header):
              return rest_framework.compat.parse_header_parameters(header)[0]
        `,
        errors: [
          { line: 5, column: 12, message: '`rest_framework.compat.parse_header_parameters` was removed in Django REST Framework 3.15.2 without a deprecation period: use Django\'s `django.utils.http.parse_header_parameters` (Django 4.2+)' },
        ],
        output: dedent`
          from django.utils.http import parse_header_parameters


          def content_type(header):
              return parse_header_parameters(header)[0]
        `,
      },
    ],
  },
});
