import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import { addImports } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { callArguments, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { hasInterpolation, strFormatFix } from '../shapes/removed-names';

/** The literal with `{{`/`}}` unescaped, or null when it is not a plain literal without placeholders. */
function literalWithoutPlaceholders(node: Node): string | null {
  if (node.type !== 'string' || /^[a-zA-Z]*[fF]/.test(node.text) || hasInterpolation(node)) return null;
  const unescaped = node.text.replace(/\{\{|\}\}/g, (pair) => pair[0]);
  const braces = node.text.replace(/\{\{|\}\}/g, '');
  return /[{}]/.test(braces) ? null : unescaped;
}

export default definePythonRule({
  id: 'format-html-without-arguments',
  title: '`format_html()` without arguments → `mark_safe()` or pass the values',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docs: {
    what: 'Finds `django.utils.html.format_html()` called with the format string only (no `args`/`kwargs`).',
    why:
      'Without arguments `format_html()` escapes nothing, which usually hides an injection bug (`format_html(f"…{value}")`); Django 5.0 deprecated such calls and ' +
      'Django 6.0 raises `TypeError`.',
    fixSafety:
      'Safe for a string literal without placeholders: `mark_safe()` returns the same safe string (`{{`/`}}` become `{`/`}`, as `str.format()` made them). ' +
      '`format_html("…".format(args))` becomes `format_html("…", args)` (django-upgrade\'s `format_html`), so the values are escaped: HTML inside them then shows as text, so that fix is unsafe. ' +
      'Anything else (an f-string, a variable) needs the values passed as arguments so they are escaped.',
  },
  upstream: { djangoUpgrade: 'format_html' },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['format-html-no-args'],
  truth: { replacements: ['django.utils.html.format_html', 'django.utils.safestring.mark_safe'], note: 'the change is in what format_html() accepts, not in a name' },
  triggers: ['format_html'],
  check(context) {
    const { scopes, text } = context;
    for (const { call, callee } of callsTo(context, ['django.utils.html.format_html'])) {
      const { list, positional, keywords, hasSplat } = callArguments(call);
      if (!list || list.type !== 'argument_list' || positional.length !== 1 || keywords.size || hasSplat) continue;
      const literal = literalWithoutPlaceholders(positional[0]);
      let fix: { title: string; edits: TextEdit[] } | undefined;
      // `mark_safe` must mean Django's at the call (not a parameter of the function around it).
      if (literal !== null && scopes.renameSafety('mark_safe', 'django.utils.safestring.mark_safe', [callee], callee.startIndex) === 'safe') {
        try {
          fix = {
            title: 'Use `mark_safe()`',
            edits: normalizeEdits([
              { start: callee.startIndex, end: callee.endIndex, text: 'mark_safe' },
              { start: positional[0].startIndex, end: positional[0].endIndex, text: literal },
              ...addImports(scopes, text, [{ module: 'django.utils.safestring', name: 'mark_safe' }], { before: callee.startIndex }),
            ]),
          };
        } catch {
          fix = undefined;
        }
      }
      // `format_html("…".format(args))` → `format_html("…", args)`, as django-upgrade's `format_html` writes it.
      fix ??= strFormatFix(text, positional[0]);
      context.report({
        node: call,
        subject: '`format_html()` without arguments',
        advice: literal !== null ? 'use `mark_safe()` for a constant string' : 'pass the values as arguments (`format_html("<b>{}</b>", value)`) so they are escaped',
        fix,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.html import format_html

          html = format_html("<b>{}</b>", name)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.html import format_html

          ICON = format_html("<i class='icon'>{{x}}</i>")
          bad = format_html(f"<b>{name}</b>")
        `,
        errors: [
          { line: 3, column: 8, message: '`format_html()` without arguments is deprecated since Django 5.0 and removed in 6.0: use `mark_safe()` for a constant string' },
          { line: 4, column: 7, message: '`format_html()` without arguments is deprecated since Django 5.0 and removed in 6.0: pass the values as arguments (`format_html("<b>{}</b>", value)`) so they are escaped' },
        ],
        output: dedent`
          from django.utils.html import format_html
          from django.utils.safestring import mark_safe

          ICON = mark_safe("<i class='icon'>{x}</i>")
          bad = format_html(f"<b>{name}</b>")
        `,
      },
      {
        code: dedent`
          from django.utils.html import format_html

          html = format_html("<b>{}</b>".format(name))
        `,
        errors: [
          { line: 3, column: 8, message: '`format_html()` without arguments is deprecated since Django 5.0 and removed in 6.0: pass the values as arguments (`format_html("<b>{}</b>", value)`) so they are escaped' },
        ],
        output: dedent`
          from django.utils.html import format_html

          html = format_html("<b>{}</b>", name)
        `,
      },
    ],
  },
});
