import { deprecationNotes } from '../../docs-links';
import { subclassAttributeRule } from '../../shapes';

export const feedGenerators = [
  'django.utils.feedgenerator.SyndicationFeed', 'django.utils.feedgenerator.RssFeed', 'django.utils.feedgenerator.Rss201rev2Feed',
  'django.utils.feedgenerator.RssUserland091Feed', 'django.utils.feedgenerator.Atom1Feed', 'django.utils.feedgenerator.DefaultFeed',
];

export default subclassAttributeRule({
  id: 'feed-mime-type',
  title: 'Feed generator `mime_type` → `content_type`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `mime_type` class attributes of subclasses of `django.utils.feedgenerator` feeds (`RssFeed`, `Atom1Feed`, …).',
    why: 'Django 1.9 renamed the attribute to `content_type` and the syndication views read only the new name, so the override is ignored; 2.0 removed `mime_type`.',
    fixSafety: 'Safe: renames the attribute (unless the class also sets `content_type`). Needs Django 1.9+, where `content_type` is read.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['feed-mime-type'],
  truth: {
    removed: ['django.utils.feedgenerator.RssFeed.mime_type', 'django.utils.feedgenerator.Atom1Feed.mime_type'],
    replacements: ['django.utils.feedgenerator.RssFeed.content_type', 'django.utils.feedgenerator.Atom1Feed.content_type'],
  },
  bases: feedGenerators,
  baseName: 'SyndicationFeed',
  members: [{ name: 'mime_type', rename: 'content_type', advice: 'name it `content_type`' }],
  examples: {
    valid: [{ code: 'from django.utils.feedgenerator import Rss201rev2Feed\n\nclass Podcast(Rss201rev2Feed):\n    content_type = "application/xml; charset=utf-8"\n' }],
    invalid: [{
      code: 'from django.utils.feedgenerator import Rss201rev2Feed\n\nclass Podcast(Rss201rev2Feed):\n    mime_type = "application/xml; charset=utf-8"\n',
      findings: 1,
      output: 'from django.utils.feedgenerator import Rss201rev2Feed\n\nclass Podcast(Rss201rev2Feed):\n    content_type = "application/xml; charset=utf-8"\n',
    }],
  },
});
