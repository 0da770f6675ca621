import type { Node } from 'web-tree-sitter';
import { compatFallbacks, keepBlockEdit, tupleOf, type CompatFallback } from '../../engine/compat-fallbacks';
import { compareTuples } from '../../engine/version-guards';
import type { Fix } from '../../engine/types';
import { releaseNotes } from '../docs-links';
import { dedent, definePythonRule } from '../shapes';

const what: Record<CompatFallback['kind'], string> = {
  'import-fallback': 'The `except ImportError:` fallback',
  'attribute-fallback': 'The `except AttributeError:` fallback',
  'handled-import': 'The `try:` import',
  'hasattr-guarded': 'The `hasattr()` test',
  'south-migration': 'This South migration',
  'name-error-fallback': 'The `except NameError:` fallback',
};

/** The fallback's statement, its dead part and the part that stays, for the kinds that have one. */
function deadAndKept(fallback: CompatFallback): { dead: Node; keep: Node } | null {
  const statement = fallback.statement;
  if (!statement || statement.type !== 'try_statement') return null;
  const body = statement.childForFieldName('body');
  const handler = statement.namedChildren.find((c) => c?.type === 'except_clause') ?? null;
  const handlerBlock = handler?.namedChildren.find((c) => c?.type === 'block') ?? null;
  if (!body || !handler || !handlerBlock) return null;
  return { dead: handler, keep: body };
}

export default definePythonRule({
  id: 'compat-fallback',
  title: 'Remove compatibility fallbacks for Django releases the project no longer runs',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  docsUrl: releaseNotes('1.7', 'minor-features'),
  docs: {
    what: 'Finds compatibility code that is dead at the target Django version: the `except ImportError:` of a `try:` importing a name the target has (`django.urls`, `keep_lazy_text`, …, or a Python 3 standard-library module), the `except AttributeError:` after a new attribute (`remote_field`), the `except NameError:` after a name only such a `try:` import binds (`apps` from `django.apps`), and South migrations. The other findings are not reported there at all: the fallback runs only where the old API still exists.',
    why: 'Code kept for releases the project left behind is dead: it hides what the project really runs and keeps old names alive in the source (django-upgrade\'s `versioned_branches` does this for `if django.VERSION` blocks).',
    fixSafety: 'Safe: keeps the branch that runs on the target and deletes the dead one, only when the project already runs a release where the dead branch cannot run (`djangoUpgrade.currentVersion` or the detected one) and the `try` has no other handler, `else` or `finally`. Comments in the deleted branch go with it.',
  },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  truth: { note: 'decided by the project\'s Django versions; the releases that introduced each new name are proven by test/engine/compat-fallbacks.test.ts' },
  triggers: ['ImportError', 'ModuleNotFoundError', 'AttributeError', 'NameError', 'south'],
  check(context) {
    const target = context.target ? tupleOf(context.target) : null;
    const current = context.current ? tupleOf(context.current) : null;
    for (const fallback of compatFallbacks(context.tree, () => context.scopes, context.text)) {
      // A handled import is dead only where the old name is gone, which the rules know, not this one.
      if (fallback.kind === 'hasattr-guarded' || fallback.kind === 'handled-import') continue;
      const dead = fallback.below[0] === 0 && fallback.below[1] === 0 ? 'never needed at the target' : `runs only on Django < ${fallback.below.join('.')}`;
      if (!target || compareTuples(target, fallback.below) < 0) continue;
      const parts = deadAndKept(fallback);
      let fix: Fix | undefined;
      if (parts && current && compareTuples(current, fallback.below) >= 0) {
        const edit = keepBlockEdit(context.text, fallback.statement!, parts.keep);
        if (edit) fix = { title: 'Remove the compatibility fallback', edits: [edit] };
      }
      const node = parts?.dead ?? null;
      context.report({
        ...(node ? { node } : { start: 0, end: context.text.indexOf('\n') === -1 ? context.text.length : context.text.indexOf('\n') }),
        subject: what[fallback.kind],
        advice: fallback.kind === 'south-migration'
          ? 'South runs only on Django < 1.7: delete the file (Django\'s migrations replace it)'
          : `it ${dead} (\`${fallback.evidence}\` exists from ${fallback.below.join('.')}): remove the compatibility fallback`,
        fix,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          try:
              from cStringIO import StringIO
          except ImportError:
              from io import StringIO
        `,
        current: '1.11',
      },
    ],
    invalid: [
      {
        code: dedent`
          try:
              from django.urls import reverse
          except ImportError:
              from django.core.urlresolvers import reverse
        `,
        current: '2.2',
        errors: [
          { line: 3, column: 1, message: 'The `except ImportError:` fallback: it runs only on Django < 1.10 (`django.urls.reverse` exists from 1.10): remove the compatibility fallback' },
        ],
        output: dedent`
          from django.urls import reverse
        `,
      },
      {
        code: dedent`
          def copy_fields(field):
              try:
                  field.remote_field = copy.copy(field.remote_field)
              except AttributeError:
                  # Django < 1.9
                  field.rel = copy.copy(field.rel)
              return field
        `,
        current: '1.11',
        errors: [
          { line: 4, column: 5, message: 'The `except AttributeError:` fallback: it runs only on Django < 1.9 (`remote_field` exists from 1.9): remove the compatibility fallback' },
        ],
        output: dedent`
          def copy_fields(field):
              field.remote_field = copy.copy(field.remote_field)
              return field
        `,
      },
      {
        code: dedent`
          try:
              from django.utils.functional import keep_lazy_text
              title = keep_lazy_text(title)
          except ImportError:
              from django.utils.functional import lazy
              title = lazy(title, str)
        `,
        current: '1.11',
        errors: [
          { line: 4, column: 1, message: 'The `except ImportError:` fallback: it runs only on Django < 1.10 (`django.utils.functional.keep_lazy_text` exists from 1.10): remove the compatibility fallback' },
        ],
        output: dedent`
          from django.utils.functional import keep_lazy_text
          title = keep_lazy_text(title)
        `,
      },
    ],
  },
});
