import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'test-runner-setup-databases',
  title: '`django.test.runner.setup_databases` → `django.test.utils.setup_databases`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docsUrl: deprecationNotes('1.11'),
  docs: {
    what: 'Finds `setup_databases` imported from `django.test.runner` (django-upgrade: `compatibility_imports`).',
    why: 'Django 1.11 moved it to `django.test.utils`; 2.1 removed the old location.',
    fixSafety: 'Safe: the same function. Needs Django 1.11+.',
  },
  fix: 'safe',
  fixMinVersion: '1.11',
  checklist: ['test-runner-setup-databases'],
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [{ old: 'django.test.runner.setup_databases', replacement: 'django.test.utils.setup_databases', subject: '`django.test.runner.setup_databases()`' }],
  examples: {
    valid: [{ code: 'from django.test.utils import setup_databases\n' }],
    invalid: [{
      code: 'from django.test.runner import DiscoverRunner, setup_databases\n',
      findings: 1,
      output: 'from django.test.utils import setup_databases\nfrom django.test.runner import DiscoverRunner\n',
    }],
  },
});
