// Settings that Django dropped without a replacement setting. Each rule finds the assignments in
// settings modules, class-based settings included (`settingAssignments`); when the value is the one
// Django behaves as without it (the old default, or the new behaviour), the fix removes the
// setting, otherwise the message says what to do.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { deleteSettingEdits } from '../../../engine/python-edits';
import { literalString, settingAssignments } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

type RuleSpec = Omit<PythonRule, 'check' | 'languages' | 'onlyIn' | 'truth' | 'fix' | 'docsUrl'> & { docsUrl?: string };

interface RemovedSetting extends RuleSpec {
  setting: string;
  /** Values that removing the setting keeps as they are: the fix deletes it. */
  removable?: (value: Node) => boolean;
  /** What to do with a value the fix does not remove. */
  advice: string;
  /** What to do with a removable value; default "remove it". */
  removableAdvice?: string;
  truth?: PythonRule['truth'];
}

const isFalse = (value: Node) => value.type === 'false';
const isString = (...values: string[]) => (value: Node) => {
  const text = literalString(value);
  return text !== null && values.includes(text.toLowerCase());
};

export function removedSettingRule(spec: RemovedSetting): PythonRule {
  const { setting, removable, advice, removableAdvice, ...rest } = spec;
  return {
    docsUrl: deprecationNotes(spec.deprecatedIn!),
    truth: { removed: [`django.conf.global_settings.${setting}`] },
    ...rest,
    fix: removable ? 'safe' : 'none',
    languages: ['python'],
    onlyIn: ['settings'],
    check(context: PythonRuleContext) {
      const assignments = settingAssignments(context, setting);
      if (assignments.length === 0) return;
      const plain = removable && assignments.every((a) => a.right && a.assignment.type === 'assignment' && removable(a.right));
      const edits = plain ? deleteSettingEdits(context, setting, assignments) : null;
      for (const { left, right } of assignments) {
        const canRemove = removable && right && removable(right);
        context.report({
          node: left,
          subject: `The \`${setting}\` setting`,
          advice: canRemove ? removableAdvice ?? 'remove it' : advice,
          fix: edits ? { title: `Remove \`${setting}\``, edits } : undefined,
        });
      }
    },
  };
}

export const settingsAllowedIncludeRoots = removedSettingRule({
  id: 'settings-allowed-include-roots',
  title: 'Remove `ALLOWED_INCLUDE_ROOTS`',
  category: 'settings',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  setting: 'ALLOWED_INCLUDE_ROOTS',
  docs: {
    what: 'Finds the `ALLOWED_INCLUDE_ROOTS` setting in settings modules.',
    why: 'It limited the files `{% ssi %}` could include; Django 1.10 removed both the tag and the setting.',
    fixSafety: 'No automatic fix: the `{% ssi %}` tags that rely on it must become `{% include %}` first (the `template-ssi-tag` rule finds them).',
  },
  advice: 'replace the `{% ssi %}` tags it allows with `{% include %}` and remove it',
  checklist: ['setting-allowed-include-roots'],
  examples: {
    valid: [{ code: 'ALLOWED_HOSTS = ["example.com"]\n', filename: 'settings.py' }],
    invalid: [{ code: 'ALLOWED_INCLUDE_ROOTS = ("/var/www/includes/",)\n', filename: 'settings.py', findings: 1 }],
  },
});

export const settingsUseEtags = removedSettingRule({
  id: 'settings-use-etags',
  title: '`USE_ETAGS` → `ConditionalGetMiddleware`',
  category: 'settings',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  setting: 'USE_ETAGS',
  removable: isFalse,
  docs: {
    what: 'Finds the `USE_ETAGS` setting in settings modules.',
    why: 'Django 1.11 moved ETag generation to `ConditionalGetMiddleware`; from 2.1 `USE_ETAGS = True` does nothing, so responses lose their ETags.',
    fixSafety: 'Removes `USE_ETAGS = False`, the default. `USE_ETAGS = True` gets a message: add `django.middleware.http.ConditionalGetMiddleware` to the middleware instead.',
  },
  advice: 'add `django.middleware.http.ConditionalGetMiddleware` to `MIDDLEWARE` and remove it',
  removableAdvice: 'remove it: `False` is the default',
  checklist: ['use-etags'],
  truth: { removed: ['django.conf.global_settings.USE_ETAGS'], replacements: ['django.middleware.http.ConditionalGetMiddleware'] },
  examples: {
    valid: [{ code: 'MIDDLEWARE = ["django.middleware.http.ConditionalGetMiddleware"]\n', filename: 'settings.py' }],
    invalid: [
      { code: 'DEBUG = False\nUSE_ETAGS = False\n', filename: 'settings.py', findings: 1, output: 'DEBUG = False\n' },
      { code: 'USE_ETAGS = True\n', filename: 'settings.py', findings: 1 },
    ],
  },
});

export const settingsDefaultContentType = removedSettingRule({
  id: 'settings-default-content-type',
  title: 'Remove `DEFAULT_CONTENT_TYPE`',
  category: 'settings',
  deprecatedIn: '2.0',
  removedIn: '3.0',
  setting: 'DEFAULT_CONTENT_TYPE',
  removable: isString('text/html'),
  docs: {
    what: 'Finds the `DEFAULT_CONTENT_TYPE` setting in settings modules.',
    why: 'Django 3.0 removed it: every response defaults to `text/html` again, and other content types must be set per response.',
    fixSafety: 'Removes `DEFAULT_CONTENT_TYPE = "text/html"`, the default. Other values get a message: set `content_type` on the responses that need it.',
  },
  advice: 'set `content_type=` on the responses that need it and remove it',
  removableAdvice: 'remove it: `"text/html"` is the default',
  checklist: ['default-content-type'],
  examples: {
    valid: [{ code: 'DEFAULT_CHARSET = "utf-8"\n', filename: 'settings.py' }],
    invalid: [
      { code: 'DEFAULT_CONTENT_TYPE = "text/html"\nDEFAULT_CHARSET = "utf-8"\n', filename: 'settings.py', findings: 1, output: 'DEFAULT_CHARSET = "utf-8"\n' },
      { code: "DEFAULT_CONTENT_TYPE = 'application/xhtml+xml'\n", filename: 'settings.py', findings: 1 },
    ],
  },
});

export const settingsFileCharset = removedSettingRule({
  id: 'settings-file-charset',
  title: 'Remove `FILE_CHARSET`',
  category: 'settings',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  setting: 'FILE_CHARSET',
  removable: isString('utf-8', 'utf8'),
  docs: {
    what: 'Finds the `FILE_CHARSET` setting in settings modules, at module level or in a settings class.',
    why: 'From Django 3.1 templates, static files and translation catalogs are always read as UTF-8.',
    fixSafety: 'Removes `FILE_CHARSET = "utf-8"`, the default. Other encodings get a message: the files must be converted to UTF-8.',
  },
  advice: 'convert templates and static files to UTF-8 and remove it',
  removableAdvice: 'remove it: files are always read as UTF-8',
  checklist: ['file-charset'],
  examples: {
    valid: [{ code: 'DEFAULT_CHARSET = "utf-8"\n', filename: 'settings.py' }],
    invalid: [
      { code: "FILE_CHARSET = 'utf-8'\n", filename: 'settings.py', findings: 1, output: '' },
      { code: "FILE_CHARSET = 'latin-1'\n", filename: 'settings.py', findings: 1 },
      { code: "class Base(Configuration):\n    DEBUG = False\n    FILE_CHARSET = 'utf-8'\n", filename: 'project/settings.py', findings: 1, output: 'class Base(Configuration):\n    DEBUG = False\n' },
    ],
  },
});

export const settingsDefaultHashingAlgorithm = removedSettingRule({
  id: 'settings-default-hashing-algorithm',
  title: 'Remove `DEFAULT_HASHING_ALGORITHM`',
  category: 'settings',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  setting: 'DEFAULT_HASHING_ALGORITHM',
  removable: isString('sha256'),
  docs: {
    what: 'Finds the `DEFAULT_HASHING_ALGORITHM` transitional setting in settings modules.',
    why: 'It let sites running several Django versions keep SHA-1 signatures during the upgrade to 3.1; Django 4.0 always uses SHA-256 and removed the setting.',
    fixSafety: 'Removes `DEFAULT_HASHING_ALGORITHM = "sha256"`, the default. `"sha1"` gets a message: remove it once every instance runs Django 3.1 or later.',
  },
  advice: 'remove it once every instance of the site runs Django 3.1+ (SHA-1 signatures stop validating in 4.0)',
  removableAdvice: 'remove it: `"sha256"` is the default',
  checklist: ['default-hashing-algorithm'],
  examples: {
    valid: [{ code: 'SECRET_KEY = "x"\n', filename: 'settings.py' }],
    invalid: [
      { code: 'DEFAULT_HASHING_ALGORITHM = "sha256"\n', filename: 'settings.py', findings: 1, output: '' },
      { code: 'DEFAULT_HASHING_ALGORITHM = "sha1"\n', filename: 'settings.py', findings: 1 },
    ],
  },
});

export const settingsUseDeprecatedPytz = removedSettingRule({
  id: 'settings-use-deprecated-pytz',
  title: 'Remove `USE_DEPRECATED_PYTZ`',
  category: 'settings',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  setting: 'USE_DEPRECATED_PYTZ',
  removable: isFalse,
  docs: {
    what: 'Finds the `USE_DEPRECATED_PYTZ` transitional setting in settings modules.',
    why: 'Django 4.0 switched to `zoneinfo`; `USE_DEPRECATED_PYTZ = True` kept `pytz` time zones for one more cycle, and Django 5.0 removed it.',
    fixSafety: 'Removes `USE_DEPRECATED_PYTZ = False`, the default. `True` gets a message: move the code that relies on `pytz` time zones (`localize()`, `normalize()`, `is_dst`) to `zoneinfo` first.',
  },
  advice: 'move the code that relies on `pytz` time zones to `zoneinfo` and remove it',
  removableAdvice: 'remove it: `False` is the default',
  checklist: ['use-deprecated-pytz'],
  examples: {
    valid: [{ code: 'USE_TZ = True\n', filename: 'settings.py' }],
    invalid: [
      { code: 'USE_TZ = True\nUSE_DEPRECATED_PYTZ = False\n', filename: 'settings.py', findings: 1, output: 'USE_TZ = True\n' },
      { code: 'USE_DEPRECATED_PYTZ = True\n', filename: 'settings.py', findings: 1 },
    ],
  },
});

export const settingsCsrfCookieMasked = removedSettingRule({
  id: 'settings-csrf-cookie-masked',
  title: 'Remove `CSRF_COOKIE_MASKED`',
  category: 'settings',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  setting: 'CSRF_COOKIE_MASKED',
  removable: isFalse,
  docs: {
    what: 'Finds the `CSRF_COOKIE_MASKED` transitional setting in settings modules.',
    why: 'Django 4.1 stopped masking the CSRF cookie; `CSRF_COOKIE_MASKED = True` kept the old format for one cycle, and Django 5.0 removed it.',
    fixSafety: 'Removes `CSRF_COOKIE_MASKED = False`, the default. `True` gets a message: remove it once nothing reads the masked cookie value.',
  },
  advice: 'remove it once nothing (e.g. front-end code) relies on the masked cookie value',
  removableAdvice: 'remove it: `False` is the default',
  checklist: ['csrf-cookie-masked'],
  examples: {
    valid: [{ code: 'CSRF_COOKIE_SECURE = True\n', filename: 'settings.py' }],
    invalid: [
      { code: 'CSRF_COOKIE_MASKED = False\n', filename: 'settings.py', findings: 1, output: '' },
      { code: 'CSRF_COOKIE_MASKED = True\n', filename: 'settings.py', findings: 1 },
    ],
  },
});

export const settingsUrlizeAssumeHttps = removedSettingRule({
  id: 'settings-urlize-assume-https',
  title: 'Transitional `URLIZE_ASSUME_HTTPS`',
  category: 'settings',
  deprecatedIn: '6.0',
  removedIn: null,
  setting: 'URLIZE_ASSUME_HTTPS',
  docs: {
    what: 'Finds the `URLIZE_ASSUME_HTTPS` transitional setting in settings modules.',
    why: 'In Django 6.0 `urlize`/`urlizetrunc` still link bare domains with `http://` and warn; `URLIZE_ASSUME_HTTPS = True` opts into the future `https://` default. The setting itself is deprecated and goes away when HTTPS becomes the default.',
    fixSafety: 'No automatic fix: keep `URLIZE_ASSUME_HTTPS = True` until the release that makes HTTPS the default, then remove it.',
  },
  advice: 'set it to `True` during the 6.x releases, and remove it when HTTPS becomes the default',
  checklist: ['urlize-assume-https'],
  examples: {
    valid: [{ code: 'USE_TZ = True\n', filename: 'settings.py' }],
    invalid: [{ code: 'URLIZE_ASSUME_HTTPS = True\n', filename: 'settings.py', findings: 1 }],
  },
});

export const removedSettingRules: PythonRule[] = [
  settingsAllowedIncludeRoots,
  settingsUseEtags,
  settingsDefaultContentType,
  settingsFileCharset,
  settingsDefaultHashingAlgorithm,
  settingsUseDeprecatedPytz,
  settingsCsrfCookieMasked,
  settingsUrlizeAssumeHttps,
];
