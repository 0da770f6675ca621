import { releaseNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'admin-action-checkbox-name',
  title: '`django.contrib.admin.ACTION_CHECKBOX_NAME` → `django.contrib.admin.helpers`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '3.1',
  docsUrl: releaseNotes('3.1', 'miscellaneous'),
  docs: {
    what: 'Finds `ACTION_CHECKBOX_NAME` imported from `django.contrib.admin` (django-upgrade: `compatibility_imports`).',
    why: '`django.contrib.admin` re-exported it from `django.contrib.admin.helpers` for compatibility; Django 3.1 dropped the re-export, so the import fails.',
    fixSafety: 'Safe: the same constant, imported from `django.contrib.admin.helpers` (there since Django 1.7).',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [{ old: 'django.contrib.admin.ACTION_CHECKBOX_NAME', replacement: 'django.contrib.admin.helpers.ACTION_CHECKBOX_NAME' }],
  examples: {
    valid: [{ code: 'from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME\n' }],
    invalid: [{
      code: 'from django.contrib.admin import ACTION_CHECKBOX_NAME, ModelAdmin\n\nselected = request.POST.getlist(ACTION_CHECKBOX_NAME)\n',
      findings: 2,
      output: 'from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME\nfrom django.contrib.admin import ModelAdmin\n\nselected = request.POST.getlist(ACTION_CHECKBOX_NAME)\n',
    }],
  },
});
