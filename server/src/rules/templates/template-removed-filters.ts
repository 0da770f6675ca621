import { deprecationNotes } from '../docs-links';
import { filtersNamed } from '../../engine/template-queries';
import { TemplateRule } from '../shapes';

function removedFilterRule(id: string, filter: string, deprecatedIn: string, removedIn: string, advice: string, why: string, checklist: string[]): TemplateRule {
  return {
    id,
    title: `The \`|${filter}\` filter was removed`,
    category: 'templates',
    deprecatedIn,
    removedIn,
    languages: ['django-template'],
    docsUrl: deprecationNotes(deprecatedIn),
    docs: { what: `Finds the \`${filter}\` template filter.`, why, fixSafety: `No automatic fix: ${advice}.` },
    fix: 'none',
    checklist,
    truth: { removed: [`django.template.defaultfilters.${filter}`] },
    check(context) {
      for (const node of filtersNamed(context, [filter])) {
        context.report({ node, subject: `The \`${filter}\` filter`, advice });
      }
    },
    examples: {
      valid: [{ code: '{{ value|striptags }}\n' }],
      invalid: [{ code: `<p>{{ value|${filter}${filter === 'removetags' ? ':"b i"' : ''} }}</p>\n`, findings: 1 }],
    },
  };
}

export const removetags = removedFilterRule(
  'template-removetags-filter', 'removetags', '1.8', '1.10',
  'use `|striptags`, or sanitize the HTML in Python with a library such as bleach',
  'It could not guarantee HTML-safe output; Django 1.10 removed it, so templates that use it fail to compile.',
  ['removetags-filter'],
);

export const fixAmpersands = removedFilterRule(
  'template-fix-ampersands-filter', 'fix_ampersands', '1.7', '1.8',
  'remove it; autoescaping already escapes `&`',
  'Autoescaping made it redundant; Django 1.8 removed it, so templates that use it fail to compile.',
  ['filter-fix-ampersands'],
);
