import { deprecationNotes } from '../docs-links';
import { deleteTag, tagArguments, tagsNamed } from '../../engine/template-queries';
import { TemplateRule } from '../shapes';

/** Rules for `{% load x from future %}`, which became a no-op and was then removed. */
function loadFromFutureRule(id: string, names: string[], deprecatedIn: string, removedIn: string, checklist: string[]): TemplateRule {
  return {
    id,
    title: `Remove \`{% load ${names.join('/')} from future %}\``,
    category: 'templates',
    deprecatedIn,
    removedIn,
    languages: ['django-template'],
    docsUrl: deprecationNotes(deprecatedIn),
    docs: {
      what: `Finds \`{% load … from future %}\` for ${names.map((n) => `\`${n}\``).join(' and ')}.`,
      why: `The new behaviour became the default, so loading it from \`future\` does nothing; Django ${removedIn} removed those \`future\` tags and the template fails to compile.`,
      fixSafety: 'Safe: deletes the tag (its line when it stands alone).',
    },
    fix: 'safe',
    checklist,
    truth: { removed: names.map((name) => `django.templatetags.future.${name}`) },
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
    examples: {
      valid: [{ code: `{% load i18n %}{% ${names[0]} "x" %}\n` }],
      invalid: [{ code: `{% load ${names[0]} from future %}\n{% ${names[0]} "x" %}\n`, findings: 1, output: `{% ${names[0]} "x" %}\n` }],
    },
  };
}

export const loadSsiUrlFromFuture = loadFromFutureRule('template-load-url-from-future', ['url', 'ssi'], '1.7', '1.9', ['load-url-from-future', 'load-ssi-from-future']);
export const loadCycleFirstofFromFuture = loadFromFutureRule('template-load-cycle-from-future', ['cycle', 'firstof'], '1.8', '1.10', ['load-cycle-from-future', 'load-firstof-from-future']);
