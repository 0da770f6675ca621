import { normalizeEdits } from '../../engine/apply-fixes';
import { addModuleImport } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { linesBeforeImport } from '../../engine/python-edits';
import { dedent, definePythonRule } from '../shapes';

const qualifiedName = 'django.utils.text.unescape_entities';

export default definePythonRule({
  id: 'text-unescape-entities',
  title: '`django.utils.text.unescape_entities()` → `html.unescape()`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docs: {
    what: 'Finds `django.utils.text.unescape_entities`.',
    why: 'Django 3.0 deprecated it in favour of the standard library\'s `html.unescape()`; 4.0 removed it.',
    fixSafety: 'Safe: `html.unescape()` handles every entity the old function did (and more). Adds `import html` when the name `html` is free. Needs Django 2.0+ (Python 3).',
  },
  upstream: { djangoUpgrade: 'utils_text' },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  fixMinVersion: '2.0',
  checklist: ['text-unescape-entities'],
  truth: { removed: [qualifiedName] },
  triggers: ['unescape_entities'],
  check(context) {
    const { scopes, text } = context;
    const entries = scopes.imports.filter((e) => e.qualifiedName === qualifiedName);
    const references = scopes.referencesTo(qualifiedName);
    if (entries.length === 0 && references.length === 0) return;
    const htmlImported = scopes.imports.some((e) => e.boundQualifiedName === 'html' && e.localName === 'html' && e.scope === scopes.moduleScope);
    // `html` must mean the standard module at every call (`def clean(html): unescape_entities(html)`).
    const firstUse = Math.min(...references.map((r) => r.node.startIndex));
    let fixable = scopes.renameSafety('html', 'html', references.map((r) => r.node), entries[0]?.statement.startIndex ?? firstUse) === 'safe';
    const edits: TextEdit[] = [];
    for (const reference of references) edits.push({ start: reference.node.startIndex, end: reference.node.endIndex, text: 'html.unescape' });
    const fromImports = entries.filter((e) => e.module !== null);
    if (entries.some((e) => e.module === null)) fixable = false;
    if (fromImports.length > 0) {
      for (const entry of fromImports) edits.push(...linesBeforeImport(text, entry.statement, [entry.entry], htmlImported || entry !== fromImports[0] ? [] : ['import html']));
    } else if (!htmlImported) {
      edits.push(addModuleImport(scopes, text, 'html', undefined, firstUse));
    }
    let fix;
    if (fixable) {
      try {
        fix = { title: 'Use `html.unescape()`', edits: normalizeEdits(edits) };
      } catch {
        fix = undefined;
      }
    }
    for (const node of [...entries.map((e) => e.entry), ...references.filter((r) => r.node.type === 'attribute' || r.node.text === 'unescape_entities').map((r) => r.node)]) {
      context.report({ node, subject: '`unescape_entities()`', advice: 'use `html.unescape()`', fix });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import html

          text = html.unescape(raw)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.text import slugify, unescape_entities

          text = unescape_entities(raw)
        `,
        errors: [
          { line: 1, column: 40, message: '`unescape_entities()` is deprecated since Django 3.0 and removed in 4.0: use `html.unescape()`' },
          { line: 3, column: 8, message: '`unescape_entities()` is deprecated since Django 3.0 and removed in 4.0: use `html.unescape()`' },
        ],
        output: dedent`
          import html
          from django.utils.text import slugify

          text = html.unescape(raw)
        `,
      },
      {
        code: dedent`
          from django.utils import text

          clean = text.unescape_entities(raw)
        `,
        errors: [
          { line: 3, column: 9, message: '`unescape_entities()` is deprecated since Django 3.0 and removed in 4.0: use `html.unescape()`' },
        ],
        output: dedent`
          from django.utils import text
          import html

          clean = html.unescape(raw)
        `,
      },
    ],
  },
});
