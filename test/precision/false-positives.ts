// The false-positive patterns found by hand-labelling the precision corpus (labels.jsonl, verdict
// "wrong"), each reproduced by a small example of our own (no corpus code is copied). They are the
// `valid` examples the rules must accept: every finding an example gets is a false positive.
// precision.test.ts checks that each one gets findings of exactly the rules named in `rules` while
// `fixed` is false (so the example really reproduces the pattern), and none at all once `fixed` is
// true.
export interface FalsePositiveFixture {
  /** The pattern name used in labels.jsonl. */
  pattern: string;
  /** The rules that report it today (until fixed). */
  rules: string[];
  /** Why the finding is wrong, in one sentence. */
  why: string;
  /** Where the example is checked (decides its file kinds). */
  filename: string;
  code: string;
  /** true once the rules no longer report it. */
  fixed: boolean;
}

export const falsePositiveFixtures: FalsePositiveFixture[] = [
  {
    pattern: 'own-method-look-alike',
    rules: ['get-joining-columns-fallback', 'foreign-object-get-reverse-joining-columns'],
    why:
      'A custom related field that defines get_joining_columns()/get_reverse_joining_columns() itself calls its own methods; ' +
      'only a call whose receiver is a Django ForeignObject (or a subclass that does not define the method) is the deprecated API. ' +
      '(The `def get_joining_columns` without get_joining_fields() is itself a right finding of get-joining-columns-fallback: ' +
      'the fixed rule should report that definition and not the call.)',
    filename: 'labels/fields.py',
    code: [
      'from django.db.models.fields.related import RelatedField',
      '',
      '',
      'class LabelRel:',
      '    def __init__(self, field):',
      '        self.field = field',
      '',
      '    def join_columns(self):',
      '        return self.field.get_reverse_joining_columns()',
      '',
      '',
      'class LabelField(RelatedField):',
      '    def get_joining_fields(self, reverse_join=False):',
      '        return ((self, self),)',
      '',
      '    def get_joining_columns(self, reverse_join=False):',
      '        return (("id", "object_id"),)',
      '',
      '    def get_reverse_joining_columns(self):',
      '        return self.get_joining_columns(reverse_join=True)',
      '',
    ].join('\n'),
    fixed: true,
  },
  {
    pattern: 'method-name-look-alike',
    rules: ['sql-compiler-called'],
    why:
      'A method whose name starts with as_ but is not as_sql()/as_<vendor>() (here a search-query builder on a django.utils.tree.Node ' +
      'subclass) calls its own callback parameter, not an SQL compiler.',
    filename: 'search/query.py',
    code: [
      'from django.utils import tree',
      '',
      '',
      'class SearchNode(tree.Node):',
      '    def as_query_string(self, fragment):',
      '        parts = [fragment(field, value) for field, value in self.children]',
      '        return " AND ".join(parts)',
      '',
    ].join('\n'),
    fixed: true,
  },
  {
    pattern: 'own-attribute-look-alike',
    rules: ['field-related'],
    why:
      'A custom related field that assigns self.related itself owns that attribute; reading field.related on it is not the removed ' +
      'RelatedField.related.',
    filename: 'labels/tests.py',
    code: [
      'from django.db.models.fields.related import RelatedField',
      'from django.test import SimpleTestCase',
      '',
      '',
      'class LabelManager(RelatedField):',
      '    def contribute_to_class(self, cls, name):',
      '        super().contribute_to_class(cls, name)',
      '        self.related = (cls, name)',
      '',
      '',
      'class LabelManagerTests(SimpleTestCase):',
      '    def test_related(self):',
      '        field = LabelManager()',
      '        self.assertEqual(field.related[1], "labels")',
      '',
    ].join('\n'),
    fixed: true,
  },
  {
    pattern: 'mongo-meta-look-alike',
    rules: ['meta-has-auto-field'],
    why:
      'cls._meta of a mongoengine Document (a dict-like mapping of mongoengine) is not django.db.models.options.Options; ' +
      'without evidence that cls is a Django model the attribute names prove nothing.',
    filename: 'documents/fields.py',
    code: [
      'from mongoengine.fields import StringField',
      '',
      '',
      'class KeyField(StringField):',
      '    def contribute_to_class(self, cls, name):',
      '        if self.primary_key:',
      '            assert not cls._meta.has_auto_field',
      '            cls._meta.has_auto_field = True',
      '',
    ].join('\n'),
    fixed: true,
  },
  {
    pattern: 'compat-module-fallback',
    rules: ['widget-render-renderer'],
    why:
      'A module imported only from an `except ImportError:` fallback for Django releases older than any supported one is dead code; ' +
      'its findings belong to an opt-in modernisation ("remove the compatibility module"), not to errors. (Needs the importing ' +
      'module: media/admin/__init__.py here.)',
    filename: 'media/admin/compat.py',
    code: [
      '# Imported by media/admin/__init__.py only when',
      '# `from django.forms import ClearableFileInput` fails (Django < 1.3).',
      'from django import forms',
      '',
      '',
      'class PreviewWidget(forms.FileInput):',
      '    def render(self, name, value, attrs=None):',
      '        return super(PreviewWidget, self).render(name, value, attrs)',
      '',
    ].join('\n'),
    fixed: false,
  },
  {
    pattern: 'except-fallback',
    rules: ['field-rel', 'utils-six'],
    why:
      'The old API inside the `except AttributeError:`/`except ImportError:` fallback of a `try:` that uses the new API only runs on ' +
      'releases older than the new API; it is dead at the target (an opt-in modernisation at most).',
    filename: 'history/models.py',
    code: [
      'import copy',
      '',
      '',
      'def copy_relation(field):',
      '    field = copy.copy(field)',
      '    try:',
      '        field.remote_field = copy.copy(field.remote_field)',
      '    except AttributeError:',
      '        field.rel = copy.copy(field.rel)',
      '    return field',
      '',
      '',
      'def lazy_title(title):',
      '    try:',
      '        from django.utils.functional import keep_lazy_text',
      '        return keep_lazy_text(title)',
      '    except ImportError:',
      '        from django.utils import six',
      '        from django.utils.functional import lazy',
      '        return lazy(title, six.text_type)',
      '',
    ].join('\n'),
    fixed: true,
  },
  {
    pattern: 'try-import-with-working-fallback',
    rules: ['encoding-force-text'],
    why:
      'An old import in `try:` whose `except ImportError:` binds a replacement that works at the target is compatibility code: ' +
      'at the target the fallback runs. (Contrast the common case where the fallback imports an even older Django name: both fail, ' +
      'and the finding is right.)',
    filename: 'reports/management/commands/show_tags.py',
    code: [
      'from django.core.management.base import BaseCommand',
      '',
      'try:',
      '    from django.utils.encoding import smart_text',
      'except ImportError:',
      '    smart_text = str',
      '',
      '',
      'class Command(BaseCommand):',
      '    def handle(self, *args, **options):',
      '        self.stdout.write(smart_text(self.help or ""))',
      '',
    ].join('\n'),
    fixed: true,
  },
  {
    pattern: 'south-migration',
    rules: ['foreign-key-on-delete', 'field-rel'],
    why:
      'South migrations (south_migrations/, or a migrations/ module importing south.v2) never run on Django 1.7+: Django\'s ' +
      'migration loader skips them and South does not support 1.7. Their findings are noise; at most one hint to delete them.',
    filename: 'shop/south_migrations/0002_add_owner.py',
    code: [
      'from south.db import db',
      'from south.v2 import SchemaMigration',
      'from django.db import models',
      '',
      '',
      'class Migration(SchemaMigration):',
      '    def forwards(self, orm):',
      "        db.add_column('shop_item', 'owner', models.ForeignKey(orm['auth.User'], null=True))",
      '',
      '    def backwards(self, orm):',
      "        for field in orm['shop.Item']._meta.fields:",
      "            if field.rel and field.rel.to == orm['auth.User']:",
      "                db.delete_column('shop_item', field.column)",
      '',
    ].join('\n'),
    fixed: true,
  },
  {
    pattern: 'get-version-string-guard',
    rules: ['conf-urls-defaults'],
    why:
      'The else branch of `if django.get_version() >= "1.5":` runs on Django older than 1.5 and on 1.10 and 1.11 (the string ' +
      'comparison fails for "1.10" and "1.11"), where conf.urls.defaults is gone too: the guard bounds it below 2.0, so it is ' +
      'dead at any target from 2.0 (the default), where nothing in it is reported.',
    filename: 'shop/urls.py',
    code: [
      'import django',
      '',
      "if django.get_version() >= '1.5':",
      '    from django.conf.urls import include',
      'else:',
      '    from django.conf.urls.defaults import include',
      '',
    ].join('\n'),
    fixed: true,
  },
  {
    pattern: 'name-error-fallback',
    rules: ['models-loading'],
    why:
      'The `except NameError:` after a use of a name that only a Django 1.7+ import binds (`apps`): the handler runs only on ' +
      'older releases, where the old API it uses still exists.',
    filename: 'history/registry.py',
    code: [
      'try:',
      '    from django.apps import apps',
      'except ImportError:',
      '    pass',
      '',
      '',
      'def models_module(model):',
      '    try:',
      '        return apps.app_configs[model._meta.app_label].name',
      '    except NameError:',
      '        from django.db.models import get_app',
      '        return get_app(model._meta.app_label).__name__',
      '',
    ].join('\n'),
    fixed: true,
  },
];
