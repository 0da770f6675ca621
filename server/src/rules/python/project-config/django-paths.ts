// Django classes that settings name by dotted path (backends, loaders, hashers, serializers,
// renderers): a rule finds the exact path as a string (in settings, `override_settings(...)`,
// anywhere) and every import and use of the class, and rewrites both when there is a drop-in
// replacement.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { removeElement } from '../../../engine/python-edits';
import type { Fix } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { replaceStringContent } from '../../../engine/python-edits';
import { stringsEqualTo } from '../../../engine/python-queries';
import { MovedName, movedNamesRule, PythonRule } from '../../shapes';

type RuleSpec = Omit<PythonRule, 'check' | 'languages'>;

interface DjangoPath extends MovedName {
  /** A string in a list or tuple (e.g. a loader in `loaders`) is removed from it, when there is no replacement. */
  removeFromList?: boolean;
}

export function djangoPathRule(spec: RuleSpec & { names: DjangoPath[] }): PythonRule {
  const names = movedNamesRule(spec);
  return {
    ...names,
    check(context: PythonRuleContext) {
      names.check(context);
      for (const { node, value } of stringsEqualTo(context, spec.names.map((n) => n.old))) {
        const name = spec.names.find((n) => n.old === value)!;
        context.report({
          node,
          subject: name.subject ?? `\`${name.old}\``,
          advice: name.advice ?? `use \`${name.replacement}\``,
          fix: spec.fix === 'none' ? undefined : stringFix(context, node, name),
        });
      }
    },
  };
}

function stringFix(context: PythonRuleContext, node: Node, name: DjangoPath): Fix | undefined {
  if (name.replacement) {
    const edit = replaceStringContent(node, name.replacement);
    return edit ? { title: `Use \`${name.replacement}\``, edits: [edit] } : undefined;
  }
  const container = node.parent;
  if (name.removeFromList && container && (container.type === 'list' || container.type === 'tuple')) {
    return { title: `Remove \`${name.old}\``, edits: removeElement(context.text, container, node) };
  }
  return undefined;
}

export const eggsTemplateLoader = djangoPathRule({
  id: 'eggs-template-loader',
  title: 'Remove the eggs template loader',
  category: 'settings',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `django.template.loaders.eggs.Loader` in template loader lists, and imports of it.',
    why: 'Django 2.0 removed the loader (Python eggs are obsolete); a settings module that lists it fails when templates load.',
    fixSafety: 'Removes the loader from its list. Review: templates that really lived inside an installed egg are no longer found, so the fix is not part of fix-all.',
  },
  fix: 'unsafe',
  checklist: ['eggs-loader'],
  names: [{
    old: 'django.template.loaders.eggs.Loader',
    subject: 'The eggs template loader',
    advice: 'remove it (install the package normally so the app directories loader finds its templates)',
    removeFromList: true,
  }],
  examples: {
    valid: [{ code: 'TEMPLATE_LOADERS = ["django.template.loaders.filesystem.Loader"]\n', filename: 'settings.py' }],
    invalid: [{
      code: "TEMPLATE_LOADERS = (\n    'django.template.loaders.filesystem.Loader',\n    'django.template.loaders.app_directories.Loader',\n    'django.template.loaders.eggs.Loader',\n)\n",
      filename: 'example.py',
      findings: 1,
      output: "TEMPLATE_LOADERS = (\n    'django.template.loaders.filesystem.Loader',\n    'django.template.loaders.app_directories.Loader',\n)\n",
    }],
  },
});

export const cachedStaticFilesStorage = djangoPathRule({
  id: 'cached-static-files-storage',
  title: '`CachedStaticFilesStorage` → `ManifestStaticFilesStorage`',
  category: 'settings',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  docsUrl: deprecationNotes('2.2'),
  docs: {
    what: 'Finds `django.contrib.staticfiles.storage.CachedStaticFilesStorage` as a settings path and in imports and subclasses.',
    why: 'Django 2.2 deprecated it (its cache could get out of sync with the files); Django 3.1 removed it.',
    fixSafety: 'Switches to `ManifestStaticFilesStorage`. Review: it reads the manifest that `collectstatic` writes and, with `DEBUG = False`, fails on files missing from it, so the fix is not part of fix-all.',
  },
  fix: 'unsafe',
  checklist: ['cached-static-files-storage'],
  names: [{
    old: 'django.contrib.staticfiles.storage.CachedStaticFilesStorage',
    replacement: 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage',
  }],
  examples: {
    valid: [{ code: 'STATICFILES_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"\n', filename: 'settings.py' }],
    invalid: [
      {
        code: 'STATICFILES_STORAGE = "django.contrib.staticfiles.storage.CachedStaticFilesStorage"\n',
        filename: 'example.py',
        findings: 1,
        output: 'STATICFILES_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"\n',
      },
      {
        code: 'from django.contrib.staticfiles.storage import CachedStaticFilesStorage\n\nclass Storage(CachedStaticFilesStorage):\n    pass\n',
        findings: 2,
        output: 'from django.contrib.staticfiles.storage import ManifestStaticFilesStorage\n\nclass Storage(ManifestStaticFilesStorage):\n    pass\n',
      },
    ],
  },
});

export const memcachedCacheBackend = djangoPathRule({
  id: 'memcached-cache-backend',
  title: '`MemcachedCache` → `PyMemcacheCache`',
  category: 'settings',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  docsUrl: deprecationNotes('3.2'),
  docs: {
    what: 'Finds the `django.core.cache.backends.memcached.MemcachedCache` cache backend (based on `python-memcached`).',
    why: '`python-memcached` is unmaintained; Django 3.2 added `PyMemcacheCache` (based on `pymemcache`) and Django 4.1 removed `MemcachedCache`.',
    fixSafety: 'Switches the backend path to `PyMemcacheCache`. Review: it needs the `pymemcache` package installed, and backend-specific `OPTIONS` differ, so the fix is not part of fix-all. Needs Django 3.2+.',
  },
  fix: 'unsafe',
  fixMinVersion: '3.2',
  checklist: ['memcachedcache'],
  names: [{
    old: 'django.core.cache.backends.memcached.MemcachedCache',
    replacement: 'django.core.cache.backends.memcached.PyMemcacheCache',
    advice: 'use `django.core.cache.backends.memcached.PyMemcacheCache` (install `pymemcache`) or `PyLibMCCache`',
  }],
  examples: {
    valid: [{ code: 'CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache"}}\n', filename: 'settings.py' }],
    invalid: [{
      code: "CACHES = {\n    'default': {\n        'BACKEND': 'django.core.cache.backends.memcached.MemcachedCache',\n        'LOCATION': '127.0.0.1:11211',\n    }\n}\n",
      filename: 'settings.py',
      findings: 1,
      output: "CACHES = {\n    'default': {\n        'BACKEND': 'django.core.cache.backends.memcached.PyMemcacheCache',\n        'LOCATION': '127.0.0.1:11211',\n    }\n}\n",
    }],
  },
});

export const pickleSessionSerializer = djangoPathRule({
  id: 'pickle-session-serializer',
  title: 'Replace `PickleSerializer`',
  category: 'settings',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docsUrl: deprecationNotes('4.1'),
  docs: {
    what: 'Finds `django.contrib.sessions.serializers.PickleSerializer` as a settings path (`SESSION_SERIALIZER`) and in imports.',
    why: 'Unpickling session data lets anyone who knows `SECRET_KEY` run code; Django 4.1 deprecated the serializer and 5.0 removed it.',
    fixSafety: 'No automatic fix: switching to `JSONSerializer` drops existing sessions that hold non-JSON values, and those values must become JSON-serializable first.',
  },
  fix: 'none',
  checklist: ['pickle-serializer'],
  names: [{
    old: 'django.contrib.sessions.serializers.PickleSerializer',
    advice: 'use `django.contrib.sessions.serializers.JSONSerializer` (store only JSON-serializable values in sessions) or a serializer of your own',
  }],
  examples: {
    valid: [{ code: 'SESSION_SERIALIZER = "django.contrib.sessions.serializers.JSONSerializer"\n', filename: 'settings.py' }],
    invalid: [{ code: "SESSION_SERIALIZER = 'django.contrib.sessions.serializers.PickleSerializer'\n", filename: 'settings.py', findings: 1 }],
  },
});

export const cryptPasswordHasher = djangoPathRule({
  id: 'crypt-password-hasher',
  title: 'Remove `CryptPasswordHasher`',
  category: 'settings',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docsUrl: deprecationNotes('4.1'),
  docs: {
    what: 'Finds `django.contrib.auth.hashers.CryptPasswordHasher` in `PASSWORD_HASHERS` and in imports.',
    why: 'It relies on the `crypt` module that Python 3.13 removes; Django 5.0 removed the hasher.',
    fixSafety: 'No automatic fix: users whose passwords are still stored with it could no longer log in. Keep a copy of the hasher in your project until they have logged in again (passwords are then re-hashed with the first hasher).',
  },
  fix: 'none',
  checklist: ['crypt-password-hasher'],
  names: [{
    old: 'django.contrib.auth.hashers.CryptPasswordHasher',
    advice: 'remove it once no stored password uses it, or keep a copy of it in your project',
  }],
  examples: {
    valid: [{ code: 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]\n', filename: 'settings.py' }],
    invalid: [{
      code: 'PASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.PBKDF2PasswordHasher",\n    "django.contrib.auth.hashers.CryptPasswordHasher",\n]\n',
      filename: 'settings.py',
      findings: 1,
    }],
  },
});

const sha1Advice = 'remove it once no stored password uses it, or keep a copy of it in your project (for fast tests, use `MD5PasswordHasher`)';

export const weakPasswordHashers = djangoPathRule({
  id: 'weak-password-hashers',
  title: 'Remove the SHA-1 and unsalted MD5 password hashers',
  category: 'settings',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  docsUrl: deprecationNotes('4.2'),
  docs: {
    what: 'Finds `SHA1PasswordHasher`, `UnsaltedSHA1PasswordHasher` and `UnsaltedMD5PasswordHasher` from `django.contrib.auth.hashers`, in `PASSWORD_HASHERS` (often in test settings) and in imports.',
    why: 'They are insecure; Django 4.2 deprecated them and 5.1 removed them.',
    fixSafety: 'No automatic fix: users whose passwords are still stored with them could no longer log in. Test settings that used an unsalted hasher for speed can use `MD5PasswordHasher`.',
  },
  fix: 'none',
  checklist: ['sha1-password-hasher', 'unsalted-sha1-password-hasher', 'unsalted-md5-password-hasher'],
  names: ['SHA1PasswordHasher', 'UnsaltedSHA1PasswordHasher', 'UnsaltedMD5PasswordHasher'].map((name) => ({
    old: `django.contrib.auth.hashers.${name}`,
    advice: sha1Advice,
  })),
  examples: {
    valid: [{ code: 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]\n', filename: 'test_settings.py' }],
    invalid: [
      { code: 'PASSWORD_HASHERS = ("django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",)\n', filename: 'test_settings.py', findings: 1 },
      {
        code: 'from django.contrib.auth.hashers import SHA1PasswordHasher\nfrom django.test import override_settings\n\n@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher"])\ndef test_login():\n    pass\n',
        filename: 'tests/test_auth.py',
        findings: 2,
      },
    ],
  },
});

export const divFormRenderers = djangoPathRule({
  id: 'div-form-renderers',
  title: '`DjangoDivFormRenderer`/`Jinja2DivFormRenderer` → default renderers',
  category: 'settings',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.0'),
  docs: {
    what: 'Finds the transitional form renderers `django.forms.renderers.DjangoDivFormRenderer` and `Jinja2DivFormRenderer` (in `FORM_RENDERER`, imports and subclasses).',
    why: 'They opted into `<div>` form rendering before Django 5.0 made it the default; Django 6.0 removed them.',
    fixSafety: 'Safe: from Django 5.0 `DjangoTemplates` and `Jinja2` render forms with the same `<div>` templates. Needs Django 5.0+.',
  },
  fix: 'safe',
  fixMinVersion: '5.0',
  checklist: ['django-div-form-renderer', 'jinja2-div-form-renderer'],
  names: [
    { old: 'django.forms.renderers.DjangoDivFormRenderer', replacement: 'django.forms.renderers.DjangoTemplates' },
    { old: 'django.forms.renderers.Jinja2DivFormRenderer', replacement: 'django.forms.renderers.Jinja2' },
  ],
  examples: {
    valid: [{ code: 'FORM_RENDERER = "django.forms.renderers.TemplatesSetting"\n', filename: 'settings.py' }],
    invalid: [
      {
        code: 'FORM_RENDERER = "django.forms.renderers.DjangoDivFormRenderer"\n',
        filename: 'settings.py',
        findings: 1,
        output: 'FORM_RENDERER = "django.forms.renderers.DjangoTemplates"\n',
      },
      {
        code: 'from django.forms.renderers import Jinja2DivFormRenderer\n\nclass Renderer(Jinja2DivFormRenderer):\n    pass\n',
        findings: 2,
        output: 'from django.forms.renderers import Jinja2\n\nclass Renderer(Jinja2):\n    pass\n',
      },
    ],
  },
});

export const djangoPathRules: PythonRule[] = [
  eggsTemplateLoader,
  cachedStaticFilesStorage,
  memcachedCacheBackend,
  pickleSessionSerializer,
  cryptPasswordHasher,
  weakPasswordHashers,
  divFormRenderers,
];
