// Django's `RemovedInDjangoNNWarning` classes: each exists while the deprecations it marks run and
// disappears in release NN, so importing it fails from then on (issue 11). One rule per class, since
// each is gone from a different release (the rules warning-class-removed-in-django-*).
import type { RuleSpec } from './define';

export const warningClassAdvice = 'remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`';

export function warningClassDocs(name: string, since: string, removed: string): RuleSpec['docs'] {
  return {
    what: `Finds imports and uses of \`django.utils.deprecation.${name}\`.`,
    why: `Django ${since} added \`${name}\` for the deprecations that end in ${removed}; Django ${removed} removed them and the class with them, so importing it raises \`ImportError\` (often in code that only silences those warnings).`,
  };
}
