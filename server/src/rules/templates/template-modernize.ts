// Opt-in modernisations of templates: none of these spellings is deprecated, but newer ones read
// better (what Djade rewrites). Turned on with `--select modernize` or a rule id.
import { releaseNotes } from '../docs-links';
import type { TextEdit } from '../../engine/types';
import { replaceNode } from '../../engine/python-edits';
import { filtersNamed, tagArguments, tagsNamed } from '../../engine/template-queries';
import { TemplateRule } from '../shapes';

const translationNames: Record<string, string> = {
  trans: 'translate',
  blocktrans: 'blocktranslate',
  endblocktrans: 'endblocktranslate',
};

export const transToTranslate: TemplateRule = {
  id: 'template-trans-to-translate',
  title: '`{% trans %}`/`{% blocktrans %}` → `{% translate %}`/`{% blocktranslate %}`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  languages: ['django-template'],
  docsUrl: releaseNotes('3.1', 'internationalization'),
  docs: {
    what: 'Finds the short translation tags `trans`, `blocktrans` and `endblocktrans` (also in `{% load … from i18n %}`).',
    why: 'Django 3.1 added the clearer names `translate` and `blocktranslate`; the old ones still work.',
    fixSafety: 'Safe from Django 3.1, where the new tag names exist.',
  },
  fix: 'safe',
  fixMinVersion: '3.1',
  truth: { replacements: ['django.templatetags.i18n.do_translate', 'django.templatetags.i18n.do_block_translate'], note: 'the tags are registered under both names from 3.1' },
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
    valid: [{ code: '{% translate "Hi" %}{% blocktranslate %}x{% endblocktranslate %}\n' }],
    invalid: [{
      code: '{% load trans from i18n %}{% trans "Hi" %}{% blocktrans count n=items|length %}one{% plural %}many{% endblocktrans %}\n',
      findings: 4,
      output: '{% load translate from i18n %}{% translate "Hi" %}{% blocktranslate count n=items|length %}one{% plural %}many{% endblocktranslate %}\n',
    }],
  },
};

export const withLegacyAs: TemplateRule = {
  id: 'template-with-legacy-as',
  title: '`{% with x as y %}` → `{% with y=x %}`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  languages: ['django-template'],
  docsUrl: releaseNotes('1.3', 'other-new-features'),
  docs: {
    what: 'Finds the legacy `x as y` assignment form in `{% with %}` and `{% blocktranslate with %}`.',
    why: 'Since Django 1.3 the `y=x` form is the documented one and allows several assignments; the legacy form still works.',
    fixSafety: 'Safe: the same assignment.',
  },
  fix: 'safe',
  truth: { note: 'both forms are parsed by django.template.base.token_kwargs' },
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
    valid: [{ code: '{% with total=business.employees.count %}{{ total }}{% endwith %}\n' }],
    invalid: [{
      code: '{% with business.employees.count as total %}{{ total }}{% endwith %}{% blocktrans with a.b as c %}{{ c }}{% endblocktrans %}\n',
      findings: 2,
      output: '{% with total=business.employees.count %}{{ total }}{% endwith %}{% blocktrans with c=a.b %}{{ c }}{% endblocktrans %}\n',
    }],
  },
};

export const jsonScriptEmptyId: TemplateRule = {
  id: 'template-json-script-empty-id',
  title: '`|json_script:""` → `|json_script`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  languages: ['django-template'],
  docsUrl: releaseNotes('4.1', 'templates'),
  docs: {
    what: 'Finds `json_script` given an empty element id.',
    why: 'Since Django 4.1 the element id is optional; an empty string only works around its absence in older versions.',
    fixSafety: 'Safe from Django 4.1, which renders no id attribute in both cases.',
  },
  fix: 'safe',
  fixMinVersion: '4.1',
  truth: { replacements: ['django.utils.html.json_script'], note: 'the optional element_id arrived in 4.1' },
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
    valid: [{ code: '{{ data|json_script:"data" }}{{ data|json_script }}\n' }],
    invalid: [{ code: '{{ data|json_script:"" }}\n', findings: 1, output: '{{ data|json_script }}\n' }],
  },
};
