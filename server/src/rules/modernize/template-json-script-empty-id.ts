// An opt-in modernisation (`--select modernize`): the old spelling still works, the new one reads better.
import { releaseNotes } from '../docs-links';
import { filtersNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

export default defineTemplateRule({
  id: 'template-json-script-empty-id',
  title: '`|json_script:""` → `|json_script`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  docsUrl: releaseNotes('4.1', 'templates'),
  docs: {
    what: 'Finds `json_script` given an empty element id.',
    why: 'Since Django 4.1 the element id is optional; an empty string only works around its absence in older versions.',
    fixSafety: 'Safe from Django 4.1, which renders no id attribute in both cases.',
  },
  fix: 'safe',
  fixMinVersion: '4.1',
  truth: { replacements: ['django.utils.html.json_script'], note: 'the optional element_id arrived in 4.1' },
  upstream: { djade: 'migrate_empty_json_script' },
  triggers: ['json_script'],
  check(context) {
    for (const filter of filtersNamed(context, ['json_script'])) {
      const argument = filter.childForFieldName('argument');
      if (!argument || !['""', "''"].includes(argument.text)) continue;
      const name = filter.childForFieldName('name')!;
      context.report({
        node: filter,
        subject: '`|json_script:""`',
        advice: 'drop the empty element id',
        fix: { title: 'Drop the empty id', edits: [{ start: name.endIndex, end: argument.endIndex, text: '' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {{ data|json_script:"data" }}{{ data|json_script }}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {{ data|json_script:"" }}
        `,
        errors: [
          { line: 1, column: 8, message: '`|json_script:""`: drop the empty element id' },
        ],
        output: dedent`
          {{ data|json_script }}
        `,
      },
      {
        code: dedent`
          {{ chart_data|json_script:'' }}
          <script>
            const data = JSON.parse(document.currentScript.previousElementSibling.textContent);
          </script>
        `,
        errors: [
          { line: 1, column: 14, message: '`|json_script:""`: drop the empty element id' },
        ],
        output: dedent`
          {{ chart_data|json_script }}
          <script>
            const data = JSON.parse(document.currentScript.previousElementSibling.textContent);
          </script>
        `,
      },
    ],
  },
});
