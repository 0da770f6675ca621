// An opt-in modernisation (`--select modernize`): the old spelling still works, the new one reads better.
import { releaseNotes } from '../docs-links';
import type { TextEdit } from '../../engine/types';
import { tagArguments, tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

export default defineTemplateRule({
  id: 'template-with-legacy-as',
  title: '`{% with x as y %}` → `{% with y=x %}`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  docsUrl: releaseNotes('1.3', 'other-new-features'),
  docs: {
    what: 'Finds the legacy `x as y` assignment form in `{% with %}` and `{% blocktranslate with %}`.',
    why: 'Since Django 1.3 the `y=x` form is the documented one and allows several assignments; the legacy form still works.',
    fixSafety: 'Safe: the same assignment.',
  },
  fix: 'safe',
  truth: { note: 'both forms are parsed by django.template.base.token_kwargs' },
  upstream: { djade: 'migrate_assignments' },
  triggers: ['with', 'blocktrans', 'blocktranslate'],
  check(context) {
    for (const tag of tagsNamed(context, ['with', 'blocktrans', 'blocktranslate'])) {
      const args = tagArguments(tag);
      const start = tag.childForFieldName('name')!.text === 'with' ? 0 : args.findIndex((a) => a.text === 'with') + 1;
      if (start < 0 || (start === 0 && tag.childForFieldName('name')!.text !== 'with')) continue;
      const [value, as, name] = args.slice(start, start + 3);
      if (!value || as?.text !== 'as' || !name || name.type !== 'filter_expression' || !/^\w+$/.test(name.text)) continue;
      const edits: TextEdit[] = [{ start: value.startIndex, end: name.endIndex, text: `${name.text}=${value.text}` }];
      context.report({ node: as, subject: 'The legacy `x as y` assignment', advice: `write \`${name.text}=${value.text}\``, fix: { title: `Use \`${name.text}=${value.text}\``, edits } });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% with total=business.employees.count %}{{ total }}{% endwith %}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% with business.employees.count as total %}{{ total }}{% endwith %}{% blocktrans with a.b as c %}{{ c }}{% endblocktrans %}
        `,
        errors: [
          { line: 1, column: 34, message: 'The legacy `x as y` assignment: write `total=business.employees.count`' },
          { line: 1, column: 92, message: 'The legacy `x as y` assignment: write `c=a.b`' },
        ],
        output: dedent`
          {% with total=business.employees.count %}{{ total }}{% endwith %}{% blocktrans with c=a.b %}{{ c }}{% endblocktrans %}
        `,
      },
      {
        code: dedent`
          {% with request.user.profile as profile %}
            <p>{{ profile.display_name }}</p>
          {% endwith %}
        `,
        errors: [
          { line: 1, column: 30, message: 'The legacy `x as y` assignment: write `profile=request.user.profile`' },
        ],
        output: dedent`
          {% with profile=request.user.profile %}
            <p>{{ profile.display_name }}</p>
          {% endwith %}
        `,
      },
    ],
  },
});
