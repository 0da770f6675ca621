import { deprecationNotes } from '../../docs-links';
import { receiverResolvesTo } from '../../../engine/python-queries';
import { keywordArgumentRule } from '../../shapes';

export default keywordArgumentRule({
  id: 'contenttype-name-argument',
  title: 'Drop `name=` when creating a `ContentType`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds `name=` passed to `ContentType.objects.create()` and `get_or_create()`.',
    why: '`ContentType.name` stopped being a database column in Django 1.8 (it is computed from the model\'s `verbose_name`); the manager dropped the argument with a warning until 1.10, which rejects it.',
    fixSafety: 'Safe: the value was already ignored.',
  },
  fix: 'safe',
  checklist: ['contenttype-name-on-create'],
  truth: {
    removed: ['django.contrib.contenttypes.models.ContentTypeManager.create'],
    note: 'the manager\'s `create()` override existed only to drop `name` with a warning (1.8–1.9)',
  },
  sites: { methods: { names: ['create', 'get_or_create'], receiver: receiverResolvesTo(['django.contrib.contenttypes.models.ContentType.objects']) } },
  keywords: [{ name: 'name', subject: '`ContentType.objects.create(name=…)`', remove: true, advice: 'remove it: the name comes from the model\'s `verbose_name`' }],
  examples: {
    valid: [{ code: 'from django.contrib.contenttypes.models import ContentType\n\nContentType.objects.create(app_label="shop", model="order")\n' }],
    invalid: [{
      code: 'from django.contrib.contenttypes.models import ContentType\n\nct = ContentType.objects.create(app_label="shop", model="order", name="order")\n',
      findings: 1,
      output: 'from django.contrib.contenttypes.models import ContentType\n\nct = ContentType.objects.create(app_label="shop", model="order")\n',
    }],
  },
});
