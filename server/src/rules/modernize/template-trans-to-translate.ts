// An opt-in modernisation (`--select modernize`): the old spelling still works, the new one reads better.
import { releaseNotes } from '../docs-links';
import { replaceNode } from '../../engine/python-edits';
import { tagArguments, tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

const translationNames: Record<string, string> = {
  trans: 'translate',
  blocktrans: 'blocktranslate',
  endblocktrans: 'endblocktranslate',
};

export default defineTemplateRule({
  id: 'template-trans-to-translate',
  title: '`{% trans %}`/`{% blocktrans %}` → `{% translate %}`/`{% blocktranslate %}`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  docsUrl: releaseNotes('3.1', 'internationalization'),
  docs: {
    what: 'Finds the short translation tags `trans`, `blocktrans` and `endblocktrans` (also in `{% load … from i18n %}`).',
    why: 'Django 3.1 added the clearer names `translate` and `blocktranslate`; the old ones still work.',
    fixSafety: 'Safe from Django 3.1, where the new tag names exist.',
  },
  fix: 'safe',
  fixMinVersion: '3.1',
  truth: { replacements: ['django.templatetags.i18n.do_translate', 'django.templatetags.i18n.do_block_translate'], note: 'the tags are registered under both names from 3.1' },
  upstream: { djade: 'migrate_translation_tags' },
  triggers: ['trans', 'blocktrans', 'endblocktrans'],
  check(context) {
    for (const tag of tagsNamed(context, Object.keys(translationNames))) {
      const name = tag.childForFieldName('name')!;
      context.report({
        node: name,
        subject: `\`{% ${name.text} %}\``,
        advice: `\`{% ${translationNames[name.text]} %}\` is the current name`,
        fix: { title: `Use \`${translationNames[name.text]}\``, edits: [replaceNode(name, translationNames[name.text])] },
      });
    }
    for (const tag of tagsNamed(context, ['load'])) {
      const args = tagArguments(tag);
      const from = args.findIndex((a) => a.text === 'from');
      if (from < 0 || args[args.length - 1]?.text !== 'i18n') continue;
      for (const arg of args.slice(0, from)) {
        if (!translationNames[arg.text]) continue;
        context.report({
          node: arg,
          subject: `\`${arg.text}\` in \`{% load … from i18n %}\``,
          advice: `load \`${translationNames[arg.text]}\``,
          fix: { title: `Load \`${translationNames[arg.text]}\``, edits: [replaceNode(arg, translationNames[arg.text])] },
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% translate "Hi" %}{% blocktranslate %}x{% endblocktranslate %}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% load trans from i18n %}{% trans "Hi" %}{% blocktrans count n=items|length %}one{% plural %}many{% endblocktrans %}
        `,
        errors: [
          { line: 1, column: 9, message: '`trans` in `{% load … from i18n %}`: load `translate`' },
          { line: 1, column: 30, message: '`{% trans %}`: `{% translate %}` is the current name' },
          { line: 1, column: 46, message: '`{% blocktrans %}`: `{% blocktranslate %}` is the current name' },
          { line: 1, column: 102, message: '`{% endblocktrans %}`: `{% endblocktranslate %}` is the current name' },
        ],
        output: dedent`
          {% load translate from i18n %}{% translate "Hi" %}{% blocktranslate count n=items|length %}one{% plural %}many{% endblocktranslate %}
        `,
      },
      {
        code: dedent`
          {% load i18n %}
          <h1>{% trans "Orders" %}</h1>
          {% blocktrans with total=orders|length %}You have {{ total }} orders.{% endblocktrans %}
        `,
        errors: [
          { line: 2, column: 8, message: '`{% trans %}`: `{% translate %}` is the current name' },
          { line: 3, column: 4, message: '`{% blocktrans %}`: `{% blocktranslate %}` is the current name' },
          { line: 3, column: 73, message: '`{% endblocktrans %}`: `{% endblocktranslate %}` is the current name' },
        ],
        output: dedent`
          {% load i18n %}
          <h1>{% translate "Orders" %}</h1>
          {% blocktranslate with total=orders|length %}You have {{ total }} orders.{% endblocktranslate %}
        `,
      },
    ],
  },
});
