// A rule whose findings share one fix of the whole file (a class hierarchy rewritten at once,
// say): what `finder` reports, each finding offering the fix `edits` computes on the first one.
import type { PythonRuleContext } from '../../engine/lint';
import type { Report, TextEdit } from '../../engine/types';
import type { PythonRule } from './define';

/** `edits` returns null when the file cannot be fixed safely. The rule keeps the finder's triggers. */
export function withFileFix(finder: PythonRule, title: string, edits: (context: PythonRuleContext) => TextEdit[] | null): PythonRule {
  return {
    ...finder,
    check(context) {
      let computed: TextEdit[] | null | undefined;
      // The finder sees the same context (its lazy scopes included) with its own report.
      const inner: PythonRuleContext = Object.create(context, {
        report: {
          value: (report: Report) => {
            computed ??= edits(context);
            context.report({ ...report, fix: computed ? { title, edits: computed } : undefined });
          },
        },
      });
      finder.check(inner);
    },
  };
}
