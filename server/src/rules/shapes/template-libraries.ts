// Template tag libraries and filters Django removed: `{% load x from future %}` opt-ins that became
// the default, and filters with no replacement. Triggers: the word each rule cannot report without.
import { deleteTag, filtersNamed, tagArguments, tagsNamed } from '../../engine/template-queries';
import { defineTemplateRule, RuleSpec, TemplateRule } from './define';

type Spec = Omit<RuleSpec, 'title' | 'category' | 'docs' | 'fix' | 'truth'>;

/**
 * `{% load a b from future %}` for tags whose new behaviour became the default: the load does
 * nothing, then fails once Django removed those `future` tags. The fix deletes the tag when it
 * loads only these names.
 */
export function loadFromFutureRule(spec: Spec & { names: string[] }): TemplateRule {
  const { names, ...rest } = spec;
  return defineTemplateRule({
    ...rest,
    title: `Remove \`{% load ${names.join('/')} from future %}\``,
    category: 'templates',
    docs: {
      what: `Finds \`{% load … from future %}\` for ${names.map((n) => `\`${n}\``).join(' and ')}.`,
      why: `The new behaviour became the default, so loading it from \`future\` does nothing; Django ${spec.removedIn} removed those \`future\` tags and the template fails to compile.`,
      fixSafety: 'Safe: deletes the tag (its line when it stands alone).',
    },
    fix: 'safe',
    truth: { removed: names.map((name) => `django.templatetags.future.${name}`) },
    triggers: ['future'],
    check(context) {
      for (const tag of tagsNamed(context, ['load'])) {
        const args = tagArguments(tag).map((a) => a.text);
        if (args.length < 3 || args[args.length - 1] !== 'future' || args[args.length - 2] !== 'from') continue;
        const loaded = args.slice(0, -2);
        if (!loaded.some((name) => names.includes(name))) continue;
        const onlyOurs = loaded.every((name) => names.includes(name));
        context.report({
          node: tag,
          subject: `\`{% load ${loaded.join(' ')} from future %}\``,
          advice: 'remove it: the built-in tag behaves this way already',
          fix: onlyOurs ? { title: 'Remove the `future` load', edits: [deleteTag(context.text, tag)] } : undefined,
        });
      }
    },
  });
}

/** A filter Django removed without a drop-in replacement: reported, with what to do instead. */
export function removedFilterRule(spec: Spec & { filter: string; advice: string; why: string }): TemplateRule {
  const { filter, advice, why, ...rest } = spec;
  return defineTemplateRule({
    ...rest,
    title: `The \`|${filter}\` filter was removed`,
    category: 'templates',
    docs: { what: `Finds the \`${filter}\` template filter.`, why, fixSafety: `No automatic fix: ${advice}.` },
    fix: 'none',
    truth: { removed: [`django.template.defaultfilters.${filter}`] },
    triggers: [filter],
    check(context) {
      for (const node of filtersNamed(context, [filter])) context.report({ node, subject: `The \`${filter}\` filter`, advice });
    },
  });
}
