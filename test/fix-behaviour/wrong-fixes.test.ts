// Fixes that used to write wrong code (issue 15), each run under real Django before and after the
// fix: the fixed modules must compute what the originals computed (module-level values, what URL
// patterns resolve, what importers get), and the fixed text must say what it says below.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { getAnalyzer } from '../helpers/analyzer';
import { compareRuns, Pair, Program, runOf, runPairs } from './harness';

interface WrongFix {
  name: string;
  /** The package's files before the fix; imported in this order. */
  files: Record<string, string>;
  /** Where the original runs, and where the fixed code runs (the same release first, so only the fix differs). */
  before: string;
  after: string[];
  /** What the fixed files must and must not contain. */
  contains?: Record<string, RegExp[]>;
  lacks?: Record<string, RegExp[]>;
}

const cases: WrongFix[] = [
  {
    name: 'compatibility fallback: try/except ImportError',
    files: {
      'labels.py': 'try:\n    from django.utils.translation import ugettext_lazy\nexcept ImportError:\n    ugettext_lazy = None\n\nTITLE = ugettext_lazy("Title")\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    contains: { 'labels.py': [/from django\.utils\.translation import gettext_lazy as ugettext_lazy/] },
  },
  {
    name: 'compatibility fallback: if/else',
    files: {
      'text.py': 'import django\n\nif django.VERSION >= (2, 0):\n    from django.utils.encoding import force_text\nelse:\n    force_text = str\n\nVALUE = force_text(b"abc")\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    contains: { 'text.py': [/import force_str as force_text/] },
  },
  {
    name: 'shadowed name: a parameter of the function that uses the renamed import',
    files: {
      'labels.py': 'from django.utils.translation import ugettext\n\n\ndef label(value, gettext=str.upper):\n    return ugettext(value) + gettext(value)\n\n\nLABEL = label("x")\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    lacks: { 'labels.py': [/return gettext\(value\) \+ gettext/] },
  },
  {
    name: 'shadowed name: the new name is already imported, and a parameter shadows it',
    files: {
      'labels.py': 'from django.utils.translation import gettext, ugettext\n\n\ndef label(value, gettext=str.upper):\n    return ugettext(value) + gettext(value)\n\n\nLABEL = label("x")\nPLAIN = gettext("y")\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    contains: { 'labels.py': [/import gettext, gettext as ugettext\n/] },
    lacks: { 'labels.py': [/return gettext\(value\) \+ gettext/] },
  },
  {
    name: 'shadowed name: `url()` → `path()` inside `def section(path, view)`',
    files: {
      'urls.py': 'from django.conf.urls import url\n\n\ndef about(request):\n    return None\n\n\ndef section(path, view):\n    return [url(r"^about/$", view, name=path)]\n\n\nurlpatterns = section("about", about)\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    lacks: { 'urls.py': [/django\.conf\.urls/] },
  },
  {
    name: 'shadowed name: a comprehension variable',
    files: {
      'labels.py': 'from django.utils.translation import gettext, ugettext\n\nLABELS = [ugettext(gettext) for gettext in ["a", "b"]]\nOTHER = gettext("c")\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    lacks: { 'labels.py': [/\[gettext\(gettext\)/] },
  },
  {
    name: 'shadowed name: a class body',
    files: {
      'labels.py': 'from django.utils.translation import ugettext\n\n\nclass Labels:\n    gettext = staticmethod(str.upper)\n    title = ugettext("title")\n    shout = gettext("title")\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    lacks: { 'labels.py': [/title = gettext\(/] },
  },
  {
    name: '`a; b` line: deleting the first statement leaves no indented `import os`',
    files: {
      'labels.py': 'from django.utils.translation import gettext\nfrom django.utils.translation import ugettext; import os\n\nSEP = os.sep + ugettext("x") + gettext("y")\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    contains: { 'labels.py': [/^import os$/m] },
    lacks: { 'labels.py': [/ugettext/] },
  },
  {
    name: '`a; b` line: `x.allow_tags = True; x.short_description = "…"`',
    files: {
      'admin.py': 'from django.contrib import admin\n\n\ndef thumbnail(obj):\n    return "<img>"\nthumbnail.allow_tags = True; thumbnail.short_description = "Thumbnail"\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    contains: { 'admin.py': [/^thumbnail\.short_description = "Thumbnail"$/m] },
    lacks: { 'admin.py': [/allow_tags/] },
  },
  {
    name: 'import placed before its first module-level use',
    files: {
      'links.py': 'from django.utils import http\n\nSAFE = http.urlquote("a b")\n\nimport os\n\nQUERY = http.urlencode({"a": os.sep})\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    contains: { 'links.py': [/from urllib\.parse import quote\n(.*\n)*SAFE = quote/] },
  },
  {
    name: 'a wildcard import that rebinds the new name (`path` from `os`)',
    files: {
      'views.py': 'from os import path\n\n\ndef index(request):\n    return path.sep\n',
      'urls.py': 'from django.conf.urls import url\nfrom .views import *\n\nurlpatterns = [url(r"^$", index, name="index")]\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    lacks: { 'urls.py': [/django\.conf\.urls/, /import path/] },
  },
  {
    name: 're-export: a name listed in `__all__`',
    files: {
      'compat.py': 'from django.utils.encoding import force_text\n\n__all__ = ["force_text"]\n',
      'users.py': 'from .compat import force_text\n\nNAME = force_text(b"ada")\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    contains: { 'compat.py': [/force_str as force_text/] },
  },
  {
    name: 're-export: a compat module that imports a name it never uses',
    files: {
      'compat.py': 'from django.utils.encoding import force_text, smart_text\n',
      'users.py': 'from .compat import force_text, smart_text\n\nNAME = force_text(b"ada") + smart_text(b"!")\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    contains: { 'compat.py': [/force_str as force_text/, /smart_str as smart_text/] },
  },
  {
    name: 'comments: removing the last name of a parenthesised import keeps the line before\'s comment',
    files: {
      'labels.py': 'from django.utils.translation import (\n    gettext,  # noqa: F401\n    ugettext,\n)\n\nGREETING = ugettext("hello") + gettext("!")\n',
    },
    before: '3.2',
    after: ['3.2', '4.0'],
    contains: { 'labels.py': [/gettext, {2}# noqa: F401\n\)/] },
  },
];

async function fixProgram(files: Record<string, string>, current: string): Promise<Record<string, string>> {
  const analyzer = await getAnalyzer();
  const fixed: Record<string, string> = {};
  for (const [file, text] of Object.entries(files)) {
    const input = { language: 'python' as const, path: file, text, fileKinds: fileKindsOf(file) };
    fixed[file] = analyzer.fix(input, { current, target: '5.2', showFuture: false, isEnabled: (rule) => !rule.optIn }).text;
  }
  return fixed;
}

test('fixes that used to change what the code does now keep it (under real Django, before and after)', { timeout: 900_000 }, async (t) => {
  const pairs: Pair[] = [];
  const fixedTexts = new Map<string, Record<string, string>>();
  for (const wrong of cases) {
    const fixed = await fixProgram(wrong.files, wrong.before);
    fixedTexts.set(wrong.name, fixed);
    const modules = Object.keys(wrong.files);
    const program = (files: Record<string, string>): Program => ({ files, modules });
    pairs.push({ key: wrong.name, before: program(wrong.files), after: program(fixed), releases: { before: wrong.before, after: wrong.after } });
  }
  const report = runPairs(pairs);
  const problems: string[] = [];
  for (const wrong of cases) {
    const fixed = fixedTexts.get(wrong.name)!;
    if (Object.entries(fixed).every(([file, text]) => text === wrong.files[file])) problems.push(`${wrong.name}: nothing was fixed`);
    for (const [file, patterns] of Object.entries(wrong.contains ?? {})) {
      for (const pattern of patterns) if (!pattern.test(fixed[file])) problems.push(`${wrong.name}: ${file} should match ${pattern}:\n${fixed[file]}`);
    }
    for (const [file, patterns] of Object.entries(wrong.lacks ?? {})) {
      for (const pattern of patterns) if (pattern.test(fixed[file])) problems.push(`${wrong.name}: ${file} should not match ${pattern}:\n${fixed[file]}`);
    }
    const before = runOf(report, wrong.name, 'before', wrong.before);
    if (!before || Object.values(before.modules).some((m) => m.error !== null)) {
      problems.push(`${wrong.name}: the original does not run under Django ${wrong.before}: ${JSON.stringify(before?.modules ?? before)}`);
      continue;
    }
    for (const version of wrong.after) {
      const after = runOf(report, wrong.name, 'after', version);
      if (!after) {
        problems.push(`${wrong.name}: the fixed code did not run under Django ${version}`);
        continue;
      }
      // Across releases Django's own values change; the same release shows what the fix changed.
      const differences = compareRuns(before, after, version === wrong.before);
      problems.push(...differences.map((d) => `${wrong.name}: ${d.text}`));
    }
  }
  t.diagnostic(`${cases.length} cases, each run under Django ${[...new Set(cases.flatMap((c) => [c.before, ...c.after]))].join(', ')}`);
  assert.deepEqual(problems, []);
});

// The same check in the rules that write a new name into code (beyond the renames): where a
// parameter of the function around the site has that name, the fix is withheld.
const shadowedSites: Array<[string, string]> = [
  ['format-html-without-arguments', 'from django.utils.html import format_html\nfrom django.utils.safestring import mark_safe\n\ndef f(mark_safe=None):\n    return format_html("<b>x</b>")\n'],
  ['text-unescape-entities', 'from django.utils.text import unescape_entities\nimport html\n\ndef clean(html):\n    return unescape_entities(html)\n'],
  ['models-permalink', 'from django.db import models\nfrom django.urls import reverse\n\nclass A(models.Model):\n    @models.permalink\n    def get_absolute_url(self, reverse=None):\n        return ("a", [self.pk])\n'],
  ['timezone-fixed-offset', 'from django.utils.timezone import FixedOffset\nfrom datetime import timedelta, timezone\n\ndef tz(timezone):\n    return FixedOffset(60)\n'],
];

test('rules that write a new name withhold their fix where a parameter shadows it', async () => {
  const analyzer = await getAnalyzer();
  for (const [ruleId, code] of shadowedSites) {
    const findings = analyzer.lint({ language: 'python', path: 'example.py', text: code, fileKinds: fileKindsOf('example.py') }, { current: '3.2', target: '6.0', showFuture: true, isEnabled: (rule) => rule.id === ruleId });
    assert.ok(findings.length > 0, `${ruleId} reports the code`);
    assert.deepEqual(findings.filter((f) => f.fix).map((f) => f.fix!.title), [], `${ruleId} offers no fix`);
  }
});
